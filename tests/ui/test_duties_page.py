"""责任分解, driven as a clerk drives it, on the demo office as of 2026-11-25."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.domain.duties import DutyRole
from lz_desktop.services import duties, roster
from lz_desktop.services.office import Office
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.duty_dialogs import DateNoteDialog, TaskDialog, TemplatesDialog
from lz_desktop.ui.pages.duties_page import PLAN_UNIT_COLUMN, DutiesPage

from .conftest import shown

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> DutiesPage:
    page = DutiesPage(office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).strip(INDENT) == text))


def _cells(page: DutiesPage, column: int) -> list[str]:
    return [page.ui.taskTable.item(r, column).text() for r in range(page.ui.taskTable.rowCount())]


def test_the_district_plan_shows_its_tasks_with_derived_status(qtbot: QtBot, app: QApplication,
                                                              demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    assert page.ui.planUnitCombo.currentText().strip(INDENT) == "区委"
    assert "已于2026年2月26日公布" in page.ui.publishedLabel.text()
    assert not page.ui.publishButton.isEnabled()  # published once; the date is not changed again
    statuses = dict(zip(_cells(page, 1), _cells(page, 7), strict=True))
    assert statuses["推进工程建设领域廉政风险防控"] == "逾期未完成"
    assert statuses["开展群众身边不正之风和腐败问题集中整治"] == "推进中"
    assert page.ui.taskTable.isColumnHidden(PLAN_UNIT_COLUMN)

    page.show_overdue()  # what 总览's card opens: every unit's overdue tasks
    overdue = duties.overdue_tasks(demo_office.db, 2026, TODAY)
    assert page.ui.taskTable.rowCount() == len(overdue) > 1
    assert set(_cells(page, 7)) == {"逾期未完成"} and not page.ui.taskTable.isColumnHidden(PLAN_UNIT_COLUMN)
    assert not page.ui.addTaskButton.isEnabled() and not page.ui.planPdfButton.isEnabled()


def test_a_task_from_adding_to_done(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    before = page.ui.taskTable.rowCount()
    district = page.plan_unit_id or 0
    dialog = TaskDialog(demo_office, 2026, district, parent=page)
    qtbot.addWidget(dialog)
    dialog.ui.targetEdit.insert("完成风险点排查")
    dialog.save()
    text = shown(dialog.ui.errorLabel)
    assert "“任务内容”不能为空" in text and "“牵头单位”须指定" in text and "第八条第（一）项" in text
    assert dialog.ui.targetEdit.text() == "完成风险点排查"  # nothing typed is lost
    dialog.ui.contentEdit.insertPlainText("开展国有企业“三重一大”决策专项检查")
    _choose(dialog.ui.leadUnitCombo, "区财政局")
    supporting = dialog.ui.supportingList
    for i in range(supporting.count()):
        if supporting.item(i).text().strip(INDENT) in ("区财政局", "永安城发集团"):
            supporting.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert "“协办单位”不能包含牵头单位本身" in shown(dialog.ui.errorLabel)
    for i in range(supporting.count()):
        if supporting.item(i).text().strip(INDENT) == "区财政局":
            supporting.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.deadlineEdit.setDate(QDate(2026, 12, 20))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh_plan(select=dialog.saved)
    assert page.ui.taskTable.rowCount() == before + 1
    row = page.ui.taskTable.currentRow()
    assert page.ui.taskTable.item(row, 3).text() == "永安城发集团" and page.ui.taskTable.item(row, 7).text() == "未开始"

    task_id = dialog.saved or 0
    progress = DateNoteDialog("报告进展", "x", lambda day, note: duties.report_progress(
        demo_office.db, task_id, day, note, today=TODAY), day=TODAY, note_label="进展情况", parent=page)
    qtbot.addWidget(progress)
    progress.save()
    assert "“进展情况”不能为空" in shown(progress.ui.errorLabel)
    progress.ui.dateEdit.setDate(QDate(2026, 11, 30))
    progress.ui.noteEdit.insertPlainText("已完成两家企业的检查")
    progress.save()
    assert "晚于今天" in shown(progress.ui.errorLabel)
    assert progress.ui.noteEdit.toPlainText() == "已完成两家企业的检查"
    progress.ui.dateEdit.setDate(QDate(2026, 11, 20))
    progress.save()
    page.refresh_plan(select=task_id)
    assert page.ui.taskTable.item(page.ui.taskTable.currentRow(), 7).text() == "推进中"
    assert "2026年11月20日　已完成两家企业的检查" in page.ui.progressView.toPlainText()
    duties.complete_task(demo_office.db, task_id, TODAY, today=TODAY)
    page.refresh_plan(select=task_id)
    assert page.ui.taskTable.item(page.ui.taskTable.currentRow(), 7).text() == "已完成"
    assert not page.ui.doneButton.isEnabled() and not page.ui.progressButton.isEnabled()


def test_a_new_year_starts_from_last_years_plan_and_is_published(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    last_year = page.ui.taskTable.rowCount()
    page.ui.yearSpin.setValue(2027)
    assert page.ui.taskTable.rowCount() == 0 and page.ui.copyButton.isEnabled()
    assert "尚未公布" in page.ui.publishedLabel.text()
    page.copy_plan()
    assert page.ui.taskTable.rowCount() == last_year
    assert f"已复制2026年度计划的 {last_year} 项任务" in page.ui.messageLabel.text()
    assert all(cell.startswith("2027年") for cell in _cells(page, 6))
    assert not page.ui.copyButton.isEnabled()
    duties.publish_plan(demo_office.db, page.plan_unit_id or 0, 2027, TODAY, today=TODAY)
    page.refresh_plan()
    assert "已于2026年11月25日公布" in page.ui.publishedLabel.text()


def test_the_plan_table_as_a_landscape_pdf(qtbot: QtBot, app: QApplication, demo_office: Office,
                                           tmp_path: Path) -> None:
    data = duties.plan_pdf(demo_office.db, duties.default_plan_unit(demo_office.db) or 0, 2026)
    out = tmp_path / "plan.pdf"
    out.write_bytes(data)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert page.width > page.height  # landscape
    assert "2026年党风廉政建设工作任务分解表" in text.replace(" ", "") and "牵头单位" in text


def test_a_leaders_duty_list_and_the_templates(qtbot: QtBot, app: QApplication, demo_office: Office,
                                               tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    page.ui.tabs.setCurrentWidget(page.ui.listTab)
    page.ui.leaderFilterEdit.setText("方德霞")
    assert page.ui.leaderList.count() == 1
    page.ui.leaderList.setCurrentRow(0)
    text = page.ui.dutyListView.toPlainText()
    assert "区委办　方德霞（主任）　主要负责人（第八条）" in text and "第八条第（二）项" in text
    assert "召开全区党风廉政建设工作会议" in text  # a task of the plan she is responsible for

    dialog = TemplatesDialog(demo_office, page)
    qtbot.addWidget(dialog)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(DutyRole.MEMBER.value))
    dialog.ui.templateTable.item(3, 1).setText("")
    dialog.save()
    assert "第4条内容为空" in shown(dialog.ui.errorLabel)
    dialog.ui.templateTable.item(3, 1).setText("完成区委交办的其他党风廉政建设任务")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(DutyRole.TEAM.value))
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(DutyRole.MEMBER.value))
    assert dialog.ui.templateTable.item(3, 1).text() == "完成区委交办的其他党风廉政建设任务"  # kept across roles
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert duties.templates(demo_office.db)[DutyRole.MEMBER][3].text == "完成区委交办的其他党风廉政建设任务"


def test_statements_are_generated_signed_and_counted(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.ui.tabs.setCurrentWidget(page.ui.statementTab)
    signed, made = duties.signing_rate(demo_office.db, 2026)
    assert f"已生成 {made} 份，已签订 {signed} 份" in page.ui.rateLabel.text()
    unsigned = next(r for r in range(page.ui.statementTable.rowCount())
                    if page.ui.statementTable.item(r, 5).text() == "未签订")
    page.ui.statementTable.selectRow(unsigned)
    assert page.ui.signButton.isEnabled()
    assert "区委区委" not in page.ui.statementTable.item(unsigned, 3).text()
    statement_id = int(page.ui.statementTable.item(unsigned, 0).data(Qt.ItemDataRole.UserRole))
    duties.sign_statement(demo_office.db, statement_id, TODAY, today=TODAY)
    page.refresh_statements(select=statement_id)
    assert page.ui.statementTable.item(page.ui.statementTable.currentRow(), 5).text() == "2026年11月25日"
    assert not page.ui.signButton.isEnabled()
    assert f"已签订 {signed + 1} 份" in page.ui.rateLabel.text()

    roster_size = len(roster.list_leaders(demo_office.db))
    page.ui.yearSpin.setValue(2027)
    assert page.ui.statementTable.rowCount() == 0
    page.generate_statements()
    assert page.ui.statementTable.rowCount() > 0 and "已生成" in page.ui.messageLabel.text()
    assert page.ui.statementTable.rowCount() < roster_size * 2


def test_each_tab_reads_its_records_when_it_is_shown(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    assert page.ui.taskTable.rowCount() > 0  # the plan is in view
    assert page.ui.leaderList.count() == 0 and page.ui.statementTable.rowCount() == 0  # not read out of sight
    page.ui.tabs.setCurrentWidget(page.ui.listTab)
    assert page.ui.leaderList.count() > 0
    page.ui.tabs.setCurrentWidget(page.ui.statementTab)
    assert page.ui.statementTable.rowCount() == len(duties.statements(demo_office.db, 2026))


def test_the_years_duty_lists_are_exported_by_a_worker(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                       tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    page = _page(qtbot, demo_office)
    folder = tmp_path / "U盘"
    folder.mkdir()
    target = folder / "清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.export_lists()
    assert shown(page.ui.messageLabel).startswith(f"已导出：{target}") and shown(page.ui.messageLabel).endswith("打开所在文件夹")
    assert load_workbook(target).active.max_row > 1 and [p.name for p in folder.iterdir()] == ["清单.xlsx"]
