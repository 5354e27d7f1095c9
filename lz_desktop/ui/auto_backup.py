"""The automatic backup (on exit, and the first use each day), kept apart from the 数据安全 page so that it runs
whether or not the clerk ever opens that page. The folder and the switch are this workstation's (QSettings):
the USB drive is where this computer mounts it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from lz_desktop.services import backups
from lz_desktop.services.office import Connection, Office
from lz_desktop.ui.jobs import BackgroundJob
from lz_desktop.ui.waiting import reading, run_waiting

FOLDER_KEY, AUTO_KEY = "backup/folder", "backup/automatic"


def folder() -> str:
    return str(QSettings().value(FOLDER_KEY, "") or "")


def set_folder(path: str) -> None:
    QSettings().setValue(FOLDER_KEY, path)


def enabled() -> bool:
    return str(QSettings().value(AUTO_KEY, "true")) == "true"


def set_enabled(on: bool) -> None:
    QSettings().setValue(AUTO_KEY, "true" if on else "false")


def problem() -> str:
    """Why automatic backup, switched on, would copy nothing: said on the dashboard, where the clerk looks."""
    if not enabled():
        return ""
    where = folder()
    if not where:
        return "自动备份已开启，但尚未选择备份文件夹，至今没有做过任何自动备份。"
    if not os.path.isdir(where) or not os.access(where, os.W_OK):
        return f"自动备份文件夹“{where}”不存在或不能写入（U盘未插好？），自动备份没有进行。"
    return ""


def run_if_due(office: Office, *, on_exit: bool = False, now: dt.datetime | None = None) -> backups.BackupInfo | None:
    """A checked automatic copy when one is due; None when not due, not set up, or the file is only read here."""
    where = _due_into(office, on_exit=on_exit, now=now)
    return None if where is None else _copy(office, where)(office.db)


def start_if_due(office: Office, parent: QObject) -> BackgroundJob | None:
    """The automatic backup during a session, copied and checked by a worker: a district's file takes over a
    second, and it comes unasked, while the clerk types. As the window closes, back_up_on_exit makes it."""
    where = _due_into(office, on_exit=False)
    if where is None:
        return None
    job = BackgroundJob(reading(office, _copy(office, where)), parent)
    job.start()
    return job


def back_up_on_exit(office: Office, parent: QWidget) -> backups.BackupInfo | None:
    """The copy made as the window closes, by a worker behind a progress dialog: a district's file takes over
    a second, and a window that stops painting as it closes looks hung."""
    where = _due_into(office, on_exit=True)
    if where is None:
        return None
    return run_waiting(parent, "正在自动备份…", reading(office, _copy(office, where)), cancellable=False)


def _due_into(office: Office, *, on_exit: bool, now: dt.datetime | None = None) -> str | None:
    """The folder an automatic copy of `office` goes into now; None when switched off, without a folder, on a
    file only read here, or (except on exit) when today's copy is made."""
    where = folder()
    if not enabled() or not where or office.read_only:
        return None
    if not on_exit and not backups.due(where, office.path.stem, now or dt.datetime.now()):
        return None
    return where


def _copy(office: Office, where: str) -> Callable[[Connection], backups.BackupInfo | None]:
    source = office.path

    def copy(db: Connection) -> backups.BackupInfo | None:
        try:
            return backups.backup(db, source, where, kind=backups.AUTO)
        except backups.BackupError:
            return None  # the next chance tries again; 数据安全 shows the folder's copies
    return copy
