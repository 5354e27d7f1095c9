"""The automatic backup (on exit, and the first use each day), kept apart from the 数据安全 page so that it runs
whether or not the clerk ever opens that page. The folder and the switch are this workstation's (QSettings):
the USB drive is where this computer mounts it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings

from lz_desktop.services import backups
from lz_desktop.services.office import Office

FOLDER_KEY, AUTO_KEY = "backup/folder", "backup/automatic"


def folder() -> str:
    return str(QSettings().value(FOLDER_KEY, "") or "")


def set_folder(path: str) -> None:
    QSettings().setValue(FOLDER_KEY, path)


def enabled() -> bool:
    return str(QSettings().value(AUTO_KEY, "true")) == "true"


def set_enabled(on: bool) -> None:
    QSettings().setValue(AUTO_KEY, "true" if on else "false")


def run_if_due(office: Office, *, on_exit: bool = False, now: dt.datetime | None = None) -> backups.BackupInfo | None:
    """A checked automatic copy when one is due; None when not due, not set up, or the file is only read here."""
    where = folder()
    if not enabled() or not where or office.read_only:
        return None
    if not on_exit and not backups.due(where, office.path.stem, now or dt.datetime.now()):
        return None
    try:
        return backups.backup(office.db, office.path, where, kind=backups.AUTO)
    except backups.BackupError:
        return None  # the next chance tries again; 数据安全 shows the folder's copies
