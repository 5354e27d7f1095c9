"""The keyboard and the memory of a desktop program (ui/window_keys.py, ui/recent_files.py, main_window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.services.office import Office
from lz_desktop.ui import recent_files
from lz_desktop.ui.dialogs.rectification_dialogs import FindingDialog
from lz_desktop.ui.main_window import MainWindow

from .conftest import ModalAnswers


def _window(qtbot: QtBot, office: Office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None
    return found


def test_the_menus_show_the_keys(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    window = _window(qtbot, demo_office)
    keys = {name: _action(window, name).shortcut().toString() for name in (
        "findAction", "newRecordAction", "printAction", "refreshAction", "openFileAction", "quitAction")}
    assert keys == {"findAction": "Ctrl+F", "newRecordAction": "Ctrl+N", "printAction": "Ctrl+P",
                    "refreshAction": "F5", "openFileAction": "Ctrl+O", "quitAction": "Ctrl+Q"}
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "操作(&A)", "帮助(&H)"]


def test_ctrl_f_goes_to_the_pages_search_and_ctrl_n_opens_its_new_record(
        qtbot: QtBot, app: QApplication, demo_office: Office, modals: ModalAnswers) -> None:
    window = _window(qtbot, demo_office)
    window.show_area("整改")
    page = window.rectification_page
    page.ui.searchEdit.setText("药品")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.searchEdit.hasFocus() and page.ui.searchEdit.selectedText() == "药品"
    opened: list[QWidget] = []
    modals.then(lambda box: (opened.append(box), box.reject()))  # type: ignore[func-returns-value]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert isinstance(opened[0], FindingDialog)
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # Ctrl is up again (its release went to the dialog)


def test_a_key_the_page_has_no_use_for_says_so(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    window = _window(qtbot, demo_office)
    window.show_area("总览")
    _action(window, "printAction").trigger()
    assert window.statusBar().currentMessage() == "本页没有“打印”可用。"


def test_every_table_remembers_its_columns(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    window = _window(qtbot, demo_office)
    window.show_area("会议")
    table = window.meetings_page.findChild(QTableView, "meetingTable")
    assert table is not None and table.property("columnsRemembered")
    table.setColumnWidth(1, 333)
    window.close()
    again = _window(qtbot, demo_office)
    again.show_area("会议")
    assert again.meetings_page.findChild(QTableView, "meetingTable").columnWidth(1) == 333


def test_other_office_files_from_the_file_menu(qtbot: QtBot, app: QApplication, demo_office: Office,
                                               tmp_path: Path) -> None:
    other = tmp_path / "另一区.lzdb"
    other.write_bytes(b"")
    recent_files.add(other)
    window = _window(qtbot, demo_office)
    assert recent_files.listed()[:2] == [str(demo_office.path.resolve()), str(other.resolve())]
    window._fill_recent()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries == [str(other.resolve())]  # not the file already open
    window.recent_menu.actions()[0].trigger()
    assert window.reopen and window.next_path == other.resolve() and not window.isVisible()
    assert QKeySequence(QKeySequence.StandardKey.Open).toString() == "Ctrl+O"
