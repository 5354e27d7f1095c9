"""The GUI entry point: the Chinese UI, the office file, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lz_desktop.paths import resource
from lz_desktop.services import accounts
from lz_desktop.services.office import DatabaseFileError, Office, open_office
from lz_desktop.ui import guards, memory
from lz_desktop.ui.chinese import install_chinese
from lz_desktop.ui.dialogs.account_dialogs import LoginDialog, UserDialog
from lz_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from lz_desktop.ui.main_window import APP_TITLE, MainWindow
from lz_desktop.ui.qt_supplement import chinese_system_locale

DEFAULT_FILE_NAME = "office.lzdb"


def default_database_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DEFAULT_FILE_NAME


def make_application() -> QApplication:
    if QApplication.instance() is None:
        chinese_system_locale()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("lz-desktop")
    app.setApplicationName("lz-desktop")
    app.setApplicationDisplayName(APP_TITLE)
    app.setWindowIcon(QIcon(str(resource("icons", "lz-desktop.png"))))
    install_chinese(app)
    guards.install(app)
    memory.install(app)
    return app


def open_or_create(path: Path) -> Office | None:
    """The office in `path`; a new file asks first (demo or empty). None if the clerk cancels."""
    if not path.exists() or path.stat().st_size == 0:
        dialog = FirstStartDialog(path)
        return dialog.office if dialog.exec() else None
    return open_office(path)


def no_display() -> bool:
    """On Linux, Qt aborts without a display: say so in words instead (exit 2)."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_path: Path | None) -> int:
    if no_display():
        print("没有图形显示，无法打开窗口。请在桌面环境中运行；在服务器上可用 xvfb-run，"
              "或使用不需要窗口的子命令（lz-desktop --help）。", file=sys.stderr)
        return 2
    app = make_application()
    path = db_path or default_database_path()
    try:
        office = open_or_create(path)
    except DatabaseFileError as e:
        QMessageBox.critical(None, "无法打开数据文件", str(e))
        return 2
    while office is not None:
        if not sign_in(office):
            office.close()
            return 0
        window = MainWindow(office)
        window.show()
        try:
            code = app.exec()
        finally:
            if not getattr(window, "office_closed", False):
                office.close()
        if not window.reopen:
            return code
        if window.next_path is not None:  # 文件 › 新建/打开: another office file (a new one asks demo or empty)
            path = window.next_path
            try:
                office = open_or_create(path)
            except DatabaseFileError as e:
                QMessageBox.critical(None, "无法打开数据文件", str(e))
                return 2
        else:
            office = open_office(path)  # after a restore: the restored file, signed in again
    return 0


def sign_in(office: Office) -> bool:
    """Who is working: the login, or on a file with no account yet, its first administrator."""
    if accounts.has_users(office.db):
        return LoginDialog(office).exec() == QDialog.DialogCode.Accepted
    if office.read_only:  # no account can be made in a read-only file: look, but change nothing
        accounts.sign_in_guest(office.db)
        return True
    return UserDialog(office, first=True).exec() == QDialog.DialogCode.Accepted
