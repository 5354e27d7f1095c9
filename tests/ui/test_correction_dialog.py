"""更正 from the ledger, as a clerk fixes a wrong date (ui/dialogs/correction_dialog.py, services/corrections.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.official_document import DocumentStatus
from lz_desktop.domain.rectification import FindingSeverity
from lz_desktop.services import documents
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.correction_dialog import CorrectionDialog
from lz_desktop.ui.pages.rectification_page import RectificationPage

from .conftest import ModalAnswers

TODAY = dt.date(2026, 11, 25)


def test_a_wrong_feedback_date_corrected_from_the_ledger(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                          modals: ModalAnswers) -> None:
    db = demo_office.db
    unit_id = next(row.finding.unit_id for row in r.ledger(db, TODAY) if row.finding.unit_short_name == "区教委")
    finding = r.record_finding(db, r.FindingDraft(unit_id, LeadSource.INSPECTION, "食堂采购未执行比价制度", "",
                                                  FindingSeverity.GENERAL, dt.date(2026, 11, 16)), today=TODAY)
    feedback = r.feed_back(db, unit_id, "专项检查", dt.date(2026, 11, 17), [finding.id], today=TODAY)  # meant 11-24
    notice = r.draft_rectification_notice(db, feedback.id, TODAY, contact="王芳，69001234")
    documents.issue(db, notice, "永纪办发", year=2026)
    page = RectificationPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh(select=finding.id)
    assert page.ui.correctButton.isEnabled()

    def correct_the_date(box: QWidget) -> None:
        assert isinstance(box, CorrectionDialog)
        steps = [box.ui.stepCombo.itemText(i) for i in range(box.ui.stepCombo.count())]
        assert steps == ["登记问题（2026年11月16日）", "反馈（2026年11月17日）"]
        box.ui.stepCombo.setCurrentIndex(1)
        date = box.findChild(QWidget, "fed_back_onField")
        date.setDate(QDate(2026, 11, 10))  # before the finding: refused, named
        box.ui.reasonEdit.setText("录入时反馈日期填错，以反馈会记录为准")
        box.save()
        assert "反馈日期”（2026年11月10日）早于发现问题的日期" in box.ui.errorLabel.text()
        assert box.ui.reasonEdit.text() == "录入时反馈日期填错，以反馈会记录为准"  # kept
        date.setDate(QDate(2026, 11, 24))
        box.save()

    asked: list[str] = []

    def void_and_redraft(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    drafted: list[int] = []
    page.document_drafted.connect(drafted.append)
    modals.then(correct_the_date).then(void_and_redraft)
    page.correct()
    qtbot.waitUntil(lambda: bool(drafted))
    assert "永纪办发〔2026〕" in asked[0] and "依据的是更正前的记录" in asked[0]
    assert documents.entry(db, notice).status is DocumentStatus.VOIDED
    assert "依据的记录已更正：录入时反馈日期填错" in documents.entry(db, notice).void_reason
    redrafted = documents.content(db, drafted[0])
    assert "11月24日" in "".join(redrafted.body) and documents.entry(db, drafted[0]).status is DocumentStatus.DRAFT
    history = [page.ui.timelineList.item(i).text() for i in range(page.ui.timelineList.count())]
    assert any(line.startswith("2026年11月24日  向单位反馈（专项检查）") for line in history)
    assert history[-1].startswith("2026年11月25日  更正反馈：反馈日期由“2026年11月17日”改为“2026年11月24日”")


def test_a_filter_from_the_dashboard_is_shown_and_cleared(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = RectificationPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    everything = page.model.total
    page.ui.messageLabel.setText("已保存。")
    page.show_only("due_soon")
    assert page.ui.filterBar.isVisible() and page.ui.messageLabel.text() == ""
    assert page.ui.filterLabel.text() == f"当前只显示：状态“7天内到期”，共 {page.model.total} 个问题。"
    page.ui.clearFilterButton.click()
    assert not page.ui.filterBar.isVisible() and page.model.total == everything


def test_days_overdue_are_a_column_of_their_own(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = RectificationPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show_only("overdue")
    model = page.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "逾期天数"
    days = {model.index(i, 0).data(): model.index(i, 3).data() for i in range(model.rowCount())}
    assert days == {"区城市管理委": "56", "区住房城乡建设委": "15"}  # due 2026-09-30 and 2026-11-10
    assert model.index(0, 2).data().endswith("日")  # dates on screen as 2026年9月30日
    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == "区城市管理委")
    page.ui.ledgerTable.selectRow(row)
    assert "整改逾期，已逾期56天（期限 2026年9月30日）" in page.ui.detailLabel.text()


def test_a_measure_not_done_shows_no_completion_date(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    row = next(x for x in r.ledger(demo_office.db, TODAY) if x.status.value == "in_progress")
    dialog = CorrectionDialog(demo_office, row.finding.id, TODAY, step_kind="measure")
    qtbot.addWidget(dialog)
    done = dialog.findChild(QWidget, "doneCheck")
    when = dialog.findChild(QWidget, "done_onField")
    assert not done.isChecked() and not when.isEnabled() and when.text() == "未完成"
    done.setChecked(True)  # the clerk records it done after all: today, to be changed if need be
    assert when.isEnabled() and when.text() == "2026年11月25日"
