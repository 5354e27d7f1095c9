"""A leader's 廉政档案 from 单位与班子, and its lines opening the records they came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services.office import Office
from lz_desktop.ui.main_window import MainWindow
from lz_desktop.ui.pages.cases_page import CasesPage
from lz_desktop.ui.pages.meetings_page import MeetingsPage

TODAY = dt.date(2026, 11, 25)


def _line(tree, section: str, start: str):  # type: ignore[no-untyped-def]
    top = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == section)
    return next(top.child(i) for i in range(top.childCount()) if top.child(i).text(1).startswith(start))


def test_the_file_opens_from_the_roster_and_each_line_opens_its_record(qtbot: QtBot, app: QApplication,
                                                                       demo_office: Office, tmp_path: Path) -> None:
    window = MainWindow(demo_office)
    qtbot.addWidget(window)
    window.show()
    window.show_area("单位与班子")
    page = window.roster_page
    page.today = TODAY
    page.ui.filterEdit.setText("罗杰")
    qtbot.waitUntil(lambda: page.leader_model.rowCount() > 0)
    row = next(i for i in range(page.leader_model.rowCount())
               if page.leader_model.leader_at(i).leader.name == "罗杰"
               and page.leader_model.leader_at(i).leader.term_end is None)
    page.ui.leaderTable.selectRow(row)
    assert page.ui.fileButton.isEnabled()
    page.show_file()
    dialog = page.file_dialog
    qtbot.addWidget(dialog)
    tree = dialog.tree
    sections = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert sections[:3] == ["任职情况", "责任书签订", "会议履责"]

    meeting = _line(tree, "会议履责", "主持区住房城乡建设委主要负责人主持的专题会议")
    tree.itemDoubleClicked.emit(meeting, 1)
    assert isinstance(window.stack.currentWidget(), MeetingsPage)
    shown = window.meetings_page.ui.meetingTable.selectionModel().selectedRows()
    assert shown and window.meetings_page.ui.yearSpin.value() == int(meeting.text(0)[:4])

    tree.itemDoubleClicked.emit(_line(tree, "责任追究", "2026年第1号"), 1)
    assert isinstance(window.stack.currentWidget(), CasesPage)
    assert window.cases_page.selected().row.number == "2026年第1号"

    from lz_desktop.ui.pages.documents_page import DocumentsPage
    from lz_desktop.ui.pages.inspections_page import InspectionsPage

    tree.itemDoubleClicked.emit(_line(tree, "考核结果", "2025年 区住房城乡建设委"), 1)
    assert isinstance(window.stack.currentWidget(), InspectionsPage)
    assert window.inspections_page.ui.yearSpin.value() == 2025
    tree.itemDoubleClicked.emit(_line(tree, "党风廉政意见", "2026年11月20日"), 1)
    assert isinstance(window.stack.currentWidget(), DocumentsPage)
    assert window.documents_page.selected().number == "永纪函〔2026〕1号"

    dialog.export_to(str(tmp_path / "档案.pdf"))
    assert (tmp_path / "档案.pdf").read_bytes().startswith(b"%PDF")
    assert "已导出" in dialog.messageLabel.text()


def test_a_statement_line_opens_the_statement_signed_or_not(qtbot: QtBot, app: QApplication,
                                                            demo_office: Office) -> None:
    from lz_desktop.services import roster
    from lz_desktop.ui.dialogs.integrity_file_dialog import IntegrityFileDialog
    from lz_desktop.ui.pages.duties_page import DutiesPage

    window = MainWindow(demo_office)
    qtbot.addWidget(window)
    window.show()
    leader = next(r.leader for r in roster.list_leaders(demo_office.db)
                  if r.leader.name == "罗杰" and r.leader.term_end is None)
    dialog = IntegrityFileDialog(demo_office, int(leader.id or 0), TODAY)
    qtbot.addWidget(dialog)
    dialog.open_record.connect(window.open_record)
    line = _line(dialog.tree, "责任书签订", "2026年度责任书：作为甲方与")
    dialog.tree.itemDoubleClicked.emit(line, 1)
    page = window.duties_page
    assert isinstance(window.stack.currentWidget(), DutiesPage)
    assert not page.ui.unsignedOnlyCheck.isChecked() and page.ui.tabs.currentWidget() is page.ui.statementTab
    assert page.ui.statementTable.selectionModel().selectedRows()
