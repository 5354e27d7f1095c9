"""会议, driven as a clerk drives it, on the demo office as of 2026-11-25."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from lz_desktop.domain.meetings import MeetingKind
from lz_desktop.domain.obligations import Status
from lz_desktop.services import duties, meetings, obligations, roster
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.meeting_dialog import ABSENT, MeetingDialog
from lz_desktop.ui.pages.meetings_page import MeetingsPage

from .conftest import shown

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> MeetingsPage:
    page = MeetingsPage(office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _unit(office: Office, short_name: str) -> int:
    return next(int(u.id or 0) for u in roster.list_units(office.db) if u.short_name == short_name)


def _dialog(qtbot: QtBot, office: Office, unit: str, kind: MeetingKind) -> MeetingDialog:
    dialog = MeetingDialog(office, TODAY, unit_id=_unit(office, unit), kind=kind)
    qtbot.addWidget(dialog)
    return dialog


def _attendance(dialog: MeetingDialog, row: int) -> QComboBox:
    combo = dialog.ui.attendanceTable.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    return combo


def test_a_unit_one_topic_meeting_short_sees_it_and_records_the_second(qtbot: QtBot, app: QApplication,
                                                                       demo_office: Office) -> None:
    union = _unit(demo_office, "区总工会")
    page = _page(qtbot, demo_office)
    page.show_duties(union)
    rows = {page.duty_model.text(i, 1): i for i in range(page.duty_model.rowCount())}
    topic = rows["主要负责人主持召开党风廉政建设工作专题会议"]
    assert [page.duty_model.text(topic, c) for c in (3, 4, 5)] == ["待履行", "1", "2"]
    assert "区总工会2026年度应履行的责任" in page.ui.dutiesSummary.text()

    dialog = _dialog(qtbot, demo_office, "区总工会", MeetingKind.PRINCIPAL_TOPIC)
    ui = dialog.ui
    ui.heldOnEdit.setDate(QDate(2026, 11, 30))  # in the future
    ui.chairCombo.setCurrentIndex(2)  # a member, not the principal
    _attendance(dialog, 1).setCurrentIndex(_attendance(dialog, 1).findData(ABSENT))
    ui.agendaEdit.insertPlainText("研究部署四季度党风廉政建设工作")
    dialog.save()
    text = shown(ui.errorLabel)
    assert "“会议日期”（2026年11月30日）晚于今天" in text
    assert "不是主要负责人；此类会议须由主要负责人主持" in text and "第八条第（二）项" in text
    assert "缺席，须注明原因" in text
    assert ui.agendaEdit.toPlainText() == "研究部署四季度党风廉政建设工作"  # nothing typed is lost

    ui.heldOnEdit.setDate(QDate(2026, 11, 24))
    assert _attendance(dialog, 1).currentData() == ABSENT  # kept while the date moves
    ui.chairCombo.setCurrentIndex(1)  # the principal, listed first
    ui.attendanceTable.item(1, 3).setText("外出学习")
    ui.placeEdit.insert("工会三楼会议室")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved is not None

    page.refresh()
    rows = {page.duty_model.text(i, 1): i for i in range(page.duty_model.rowCount())}
    assert page.duty_model.text(rows["主要负责人主持召开党风廉政建设工作专题会议"], 3) == "已履行"
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    page.refresh_meetings(select=dialog.saved)
    detail = page.ui.detailView.toPlainText()
    assert "主要负责人主持的专题会议（第八条第（二）项）" in detail and "（外出学习）" in detail


def test_decisions_become_a_task_and_a_finding(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    dialog = _dialog(qtbot, demo_office, "区财政局", MeetingKind.STANDING_COMMITTEE_TOPIC)
    ui = dialog.ui
    ui.chairCombo.setCurrentIndex(1)
    ui.agendaEdit.insertPlainText("研究财政资金监管廉政风险")
    ui.addDecisionButton.click()
    ui.decisionsTable.item(0, 0).setText("建立财政资金拨付廉政风险台账")
    outcome, leader = ui.decisionsTable.cellWidget(0, 1), ui.decisionsTable.cellWidget(0, 2)
    assert isinstance(outcome, QComboBox) and isinstance(leader, QComboBox)
    outcome.setCurrentIndex(outcome.findData("task"))
    dialog.save()
    assert "须指定责任领导" in shown(ui.errorLabel)
    leader.setCurrentIndex(2)
    ui.addDecisionButton.click()
    ui.decisionsTable.item(1, 0).setText("专项资金超范围列支问题限期整改")
    outcome2, leader2 = ui.decisionsTable.cellWidget(1, 1), ui.decisionsTable.cellWidget(1, 2)
    assert isinstance(outcome2, QComboBox) and isinstance(leader2, QComboBox)
    outcome2.setCurrentIndex(outcome2.findData("finding"))
    leader2.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    bureau = _unit(demo_office, "区财政局")
    assert any(v.task.content == "建立财政资金拨付廉政风险台账" for v in duties.tasks(demo_office.db, bureau, 2026, TODAY))
    assert any(row.finding.description == "专项资金超范围列支问题限期整改"
               for row in r.ledger(demo_office.db, TODAY, unit_ids=[bureau]))

    again = MeetingDialog(demo_office, TODAY, meeting_id=dialog.saved)
    qtbot.addWidget(again)
    assert again.ui.decisionsTable.rowCount() == 2 and not again.ui.decisionsTable.cellWidget(0, 1).isEnabled()
    again.ui.decisionsTable.selectRow(0)
    again.ui.removeDecisionButton.click()
    assert again.ui.decisionsTable.rowCount() == 2  # decisions already taken stay
    assert again.ui.reasonEdit.isVisibleTo(again)  # a recorded meeting is corrected with a reason
    again.ui.placeEdit.setText("区财政局三楼会议室")
    again.save()
    assert "“更正理由”不能为空" in shown(again.ui.errorLabel)
    again.ui.reasonEdit.insert("地点以会议通知为准")
    again.save()
    assert again.result() == again.DialogCode.Accepted
    said = meetings.corrections_of(demo_office.db, dialog.saved or 0)
    assert said and said[-1].endswith("改为“区财政局三楼会议室”。理由：地点以会议通知为准")
    fresh = MeetingDialog(demo_office, TODAY)
    qtbot.addWidget(fresh)
    assert not fresh.ui.reasonEdit.isVisibleTo(fresh)  # a new meeting needs none


def _attended(office: Office) -> int:
    """How many subordinate life meetings 区委's principal is recorded at this year (Art. 8(6))."""
    results = obligations.unit_obligations(office.db, _unit(office, "区委"), 2026, TODAY)
    return len(next(r for r in results if r.obligation.code == "art8_lower_life_meeting").counted)


def test_a_life_meeting_reviews_the_last_ones_list(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    unit = "区政府"
    attended = _attended(demo_office)
    dialog = _dialog(qtbot, demo_office, unit, MeetingKind.DEMOCRATIC_LIFE)
    ui = dialog.ui
    assert ui.tabs.isTabEnabled(3) and not ui.tabs.isTabEnabled(4)
    ui.loadPreviousButton.click()
    previous = meetings.previous_life_meeting(demo_office.db, _unit(demo_office, unit), TODAY)
    assert previous is not None
    assert f"上次民主生活会（{previous.draft.held_on.year}年" in ui.previousReviewEdit.toPlainText()
    ui.chairCombo.setCurrentIndex(1)
    ui.agendaEdit.insertPlainText("2026年度民主生活会")
    ui.lifeTable.item(0, 1).setText("落实主体责任不够到位")
    ui.lifeTable.item(0, 2).setText("希望加强对分管领域的监督")
    committee_head = next(i for i in range(ui.observersList.count()) if "区委书记" in ui.observersList.item(i).text())
    ui.observersList.item(committee_head).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    record = meetings.record(demo_office.db, dialog.saved or 0)
    assert record.draft.life_entries[0].self_examination == "落实主体责任不够到位"
    assert _attended(demo_office) == attended + 1


def test_a_democratic_evaluation_counts_rates_and_names_bad_cells(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office) -> None:
    dialog = _dialog(qtbot, demo_office, "区人民医院", MeetingKind.DEMOCRATIC_EVALUATION)
    ui = dialog.ui
    ui.chairCombo.setCurrentIndex(1)
    ui.agendaEdit.insertPlainText("2026年度党风廉政建设民主评议")
    ui.groupsTable.item(0, 1).setText("30")
    ui.groupsTable.item(6, 1).setText("10")
    votes = (("32", "6", "2"), ("30", "8", "二"), ("36", "4", "0"))
    for row, (a, b, c) in enumerate(votes):
        for column, value in enumerate((a, b, c), start=1):
            ui.itemsTable.item(row, column).setText(value)
    dialog.save()
    assert "第2行“不满意”：二不是整数" in shown(ui.errorLabel)
    ui.itemsTable.item(1, 3).setText("2")
    assert ui.itemsTable.item(0, 4).text() == "95.0%"
    assert ui.evaluationSummary.text() == "参加 40 人，总体满意率 96.7%"
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    hospital = _unit(demo_office, "区人民医院")
    result = [x for x in obligations.unit_obligations(demo_office.db, hospital, 2026, TODAY)
              if x.obligation.code == "art16_evaluation"]
    assert result[0].status is Status.MET  # the demo's hospital had not held one yet


def test_attachments_and_export(qtbot: QtBot, app: QApplication, demo_office: Office, tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    page.ui.meetingTable.selectRow(0)
    meeting_id = page.meeting_model.records[0].key
    scan = tmp_path / "会议签到表.pdf"
    scan.write_bytes(b"%PDF-1.4 signed sheet")
    page.attach_file(meeting_id, str(scan))
    assert page.ui.attachmentsList.count() == 1 and page.ui.saveAttachmentButton.isEnabled()
    attachment_id = int(page.ui.attachmentsList.item(0).data(Qt.ItemDataRole.UserRole))
    page.save_attachment_to(attachment_id, str(tmp_path / "copy.pdf"))
    assert (tmp_path / "copy.pdf").read_bytes() == scan.read_bytes()

    _choose = page.ui.kindCombo
    _choose.setCurrentIndex(_choose.findData(MeetingKind.DEMOCRATIC_LIFE.value))
    assert {page.meeting_model.text(i, 2) for i in range(page.meeting_model.rowCount())} == {"民主生活会"}
    out = tmp_path / "会议.xlsx"
    page.export_to(str(out))
    wb = load_workbook(out)
    rows = list(wb["2026年度会议"].iter_rows(values_only=True))
    assert rows[0][:3] == ("日期", "单位", "会议类型")
    assert len(rows) - 1 == len(meetings.meetings(demo_office.db, year=2026))  # the whole year, not the filter
    assert wb["民主评议票数"].max_row > 1


def test_all_units_list_only_what_is_owed(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.show_duties()
    statuses = {page.duty_model.text(i, 3) for i in range(page.duty_model.rowCount())}
    assert statuses <= {"待履行", "未履行"} and page.duty_model.rowCount() == len(
        obligations.shortfalls(demo_office.db, 2026, TODAY))
    assert page.ui.unitCombo.currentText().strip(INDENT) == "全部单位"


def test_each_tab_reads_its_records_when_it_is_shown(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    assert page.meeting_model.rowCount() == len(meetings.meetings(demo_office.db, year=2026))
    assert page.duty_model.rowCount() == 0  # not read while out of sight
    page.ui.tabs.setCurrentWidget(page.ui.dutiesTab)
    owed = len(obligations.shortfalls(demo_office.db, 2026, TODAY))
    assert owed > 0 and page.duty_model.rowCount() == owed
    page.ui.yearSpin.setValue(2025)  # a change while the duties are in view: the meetings are read when shown
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    assert page.meeting_model.rowCount() == len(meetings.meetings(demo_office.db, year=2025))
    assert {page.meeting_model.text(i, 0)[:4] for i in range(page.meeting_model.rowCount())} <= {"2025"}
