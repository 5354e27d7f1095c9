"""整改, driven as a clerk drives it, on the demo office as of 2026-11-25."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.domain.rectification import RectificationStatus as S
from lz_desktop.services import documents
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.rectification_dialogs import (
    CloseDialog,
    FeedbackDialog,
    FindingDialog,
    FollowUpDialog,
    MeasureDoneDialog,
    MeasuresDialog,
)
from lz_desktop.ui.models.ledger_model import OVERDUE, LedgerModel
from lz_desktop.ui.pages.rectification_page import RectificationPage

from .conftest import ModalAnswers, shown

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> RectificationPage:
    page = RectificationPage(office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _status_of(page: RectificationPage, finding_id: int) -> S:
    return next(row.status for row in r.ledger(page.office.db, TODAY) if row.finding.id == finding_id)


def test_the_ledger_filters_and_colours_what_is_overdue(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    # seven from 整改, one from a meeting decision, two from 区卫生健康委's inspection of its hospital
    assert page.model.rowCount() == 10
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("overdue"))
    assert {row.status for row in page.model.rows} == {S.MEASURES_OVERDUE, S.COMPLETION_OVERDUE}
    from PySide6.QtCore import Qt

    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE
    page.ui.statusCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText("药品")
    assert [row.finding.unit_short_name for row in page.model.rows] == ["区卫生健康委"]


def test_a_finding_from_registration_to_closing(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                modals: ModalAnswers) -> None:
    page = _page(qtbot, demo_office)
    dialog = FindingDialog(demo_office, TODAY, parent=page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "“问题描述”不能为空" in shown(dialog.ui.errorLabel)
    combo = dialog.ui.unitCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).strip("\u3000") == "区财政局"))
    dialog.ui.descriptionEdit.insertPlainText("“三重一大”事项未经集体研究。")
    dialog.ui.ruleEdit.insert("《办法》第八条第（五）项")
    dialog.ui.foundOnEdit.setDate(QDate(2026, 11, 16))
    dialog.save()
    assert dialog.saved is not None
    finding_id = dialog.saved.id
    page.refresh(select=finding_id)
    assert page.ui.feedBackButton.isEnabled() and not page.ui.measuresButton.isEnabled()

    feedback = FeedbackDialog(demo_office, [row.finding for row in page.selected()], TODAY, page)
    qtbot.addWidget(feedback)
    assert "2026年12月25日" in feedback.ui.deadlineValue.text()
    feedback.ui.fedBackOnEdit.setDate(QDate(2026, 11, 18))
    assert "2026年12月18日" in feedback.ui.deadlineValue.text()
    feedback.ui.titleEdit.insert("区财政局专项检查")
    feedback.save()
    page.refresh(select=finding_id)
    assert _status_of(page, finding_id) is S.AWAITING_MEASURES

    drafted: list[int] = []
    page.document_drafted.connect(drafted.append)
    page.draft_notice()
    entry = documents.entry(demo_office.db, drafted[0])
    assert entry.kind is DocumentKind.RECTIFICATION_NOTICE and entry.source_label.startswith("检查考核反馈")
    assert "“三重一大”事项未经集体研究。" in "".join(documents.content(demo_office.db, entry.id).body)

    measures = MeasuresDialog(demo_office, page.selected()[0].finding.feedback_id or 0, TODAY, page)
    qtbot.addWidget(measures)
    measures.ui.measuresTable.item(0, 1).setText("修订议事规则，重大事项一律集体研究。")
    assert measures.due_edit(0).text() == "请选择日期"
    measures.save()
    assert "第1行 完成期限”未选择日期" in shown(measures.ui.errorLabel)
    assert measures.ui.measuresTable.item(0, 1).text() == "修订议事规则，重大事项一律集体研究。"  # kept
    measures.due_edit(0).setDate(QDate(2026, 12, 20))
    assert measures.due_edit(0).text() == "2026年12月20日"
    measures.save()
    assert "须指定责任领导" in shown(measures.ui.errorLabel)
    leader_choice = measures.ui.measuresTable.cellWidget(0, 3)
    leader_choice.setCurrentIndex(1)
    measures.ui.filedOnEdit.setDate(QDate(2026, 11, 20))
    measures.save()
    page.refresh(select=finding_id)
    assert _status_of(page, finding_id) is S.IN_PROGRESS and page.ui.doneButton.isEnabled()

    def done_on_monday(box: QWidget) -> None:  # the unit reported it done on Monday, not today
        assert isinstance(box, MeasureDoneDialog)
        assert box.ui.measureCombo.currentText() == "修订议事规则，重大事项一律集体研究。（2026年12月20日前）"
        box.ui.doneOnEdit.setDate(QDate(2026, 11, 23))
        box.save()

    modals.then(done_on_monday)
    page.measure_done()
    assert _status_of(page, finding_id) is S.AWAITING_VERIFICATION
    refused: list[str] = []

    def close_too_early(box: QWidget) -> None:
        assert isinstance(box, CloseDialog) and box.ui.buttonBox.button(box.ui.buttonBox.StandardButton.Save).text() \
            == "验收销号"
        box.ui.opinionEdit.setPlainText("议事规则已修订。")
        box.save()
        refused.append(shown(box.ui.errorLabel))
        QTimer.singleShot(0, box.reject)  # 取消, with the opinion typed: asked first (after this handler returns)

    modals.then(close_too_early).then(lambda box: next(
        b for b in box.buttons() if b.text() == "放弃并关闭").click())  # type: ignore[attr-defined]
    page.close_finding()
    assert "跟踪督查" in refused[0]  # no verification yet: refused with the reason
    assert _status_of(page, finding_id) is S.AWAITING_VERIFICATION

    follow = FollowUpDialog(demo_office, finding_id, TODAY, page)
    qtbot.addWidget(follow)
    follow.ui.onDateEdit.setDate(QDate(2026, 11, 25))
    follow.ui.resultEdit.insertPlainText("查阅修订后的议事规则，已执行。")
    follow.ui.byEdit.insert("王芳")
    follow.save()
    page.refresh(select=finding_id)

    def accept_with_opinion(box: QWidget) -> None:
        assert isinstance(box, CloseDialog)
        box.ui.opinionEdit.setPlainText("议事规则已修订并执行，验收合格")
        box.save()

    modals.then(accept_with_opinion)
    page.close_finding()
    assert _status_of(page, finding_id) is S.CLOSED
    history = [page.ui.timelineList.item(i).text() for i in range(page.ui.timelineList.count())]
    assert history[0].endswith("“三重一大”事项未经集体研究。")
    assert "2026年11月23日  整改措施完成：修订议事规则，重大事项一律集体研究" in history
    assert history[-1] == "2026年11月25日  验收合格，销号。验收意见：议事规则已修订并执行，验收合格。"


def test_export_writes_exactly_what_is_shown(qtbot: QtBot, app: QApplication, demo_office: Office,
                                            tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("overdue"))
    page.model.sort(2, Qt.SortOrder.DescendingOrder)  # the file keeps the order the clerk chose
    with qtbot.waitSignal(page.export_to(str(tmp_path / "台账.xlsx")).done, timeout=60000):
        pass  # written in the background
    assert "已导出所示" in page.ui.messageLabel.text()
    ws = load_workbook(tmp_path / "台账.xlsx")["整改台账"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:5] == ("单位", "状态", "下一期限", "逾期天数", "问题") and len(rows) == 1 + page.model.rowCount()
    assert [row[1] for row in rows[1:]] == [row.status.label for row in page.model.rows]
    assert [row[4] for row in rows[1:]] == [row.finding.description for row in page.model.rows]


def test_the_count_of_an_export_never_closes_its_dialog_early(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the rows and writing them make one count: a count that reached its maximum would close the
    progress dialog while the file was still being written."""
    from lz_desktop.ui.jobs import BackgroundJob

    reported: list[tuple[int, int]] = []
    monkeypatch.setattr(BackgroundJob, "_progress", lambda _job, done, total: reported.append((done, total)))
    page = _page(qtbot, demo_office)
    for start in (lambda: page.export_to(str(tmp_path / "台账.xlsx")),
                  lambda: page.write_ledger_pdf(str(tmp_path / "台账.pdf"))):
        reported.clear()
        with qtbot.waitSignal(start().done, timeout=60000):
            pass
        rows = page.model.total
        assert reported[0] == (3 * rows, 10 * rows)  # all rows read: 30% of the count
        assert all(done < total for done, total in reported)
        assert [d / t for d, t in reported] == sorted(d / t for d, t in reported)
    assert (tmp_path / "台账.xlsx").exists() and (tmp_path / "台账.pdf").exists()


def test_a_ledger_pdf_of_thousands_of_pages_is_asked_about_first(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office, tmp_path: Path,
                                                                 modals: ModalAnswers,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from lz_desktop.ui.pages import ledger_files_mixin

    monkeypatch.setattr(ledger_files_mixin, "LARGE_PDF_ROWS", 50)  # the demo's 116 rows stand for 60,000
    target = tmp_path / "台账.pdf"
    asked_for_file: list[int] = []

    def choose_file(*_a: object, **_k: object) -> tuple[str, str]:
        asked_for_file.append(1)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    questions: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            questions.append(box.text())
            box.button(button).click()
        return press

    page = _page(qtbot, demo_office)
    modals.then(answer(QMessageBox.StandardButton.No)).then(answer(QMessageBox.StandardButton.Yes))
    page.save_ledger_pdf()
    assert not asked_for_file and not target.exists()  # 否: nothing asked, nothing written
    assert f"所示 {page.model.total} 行将生成约 13 页" in questions[0] and "导出所示" in questions[0]
    page.save_ledger_pdf()
    with qtbot.waitSignal(page.file_job.done, timeout=60000):
        pass
    assert asked_for_file and target.exists() and len(questions) == 2


def test_a_ledger_file_cancelled_while_being_made_is_not_written(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office, tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    job = page.write_ledger_pdf(str(tmp_path / "台账.pdf"))
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    assert not (tmp_path / "台账.pdf").exists() and "已取消" in page.ui.messageLabel.text()


def test_ledger_model(qtmodeltester, app: QApplication, demo_office: Office) -> None:  # type: ignore[no-untyped-def]
    model = LedgerModel()
    model.set_rows(r.ledger(demo_office.db, TODAY), TODAY)
    qtmodeltester.check(model)


def test_reminders_for_what_is_overdue_and_the_ledger_as_an_official_table(
        qtbot: QtBot, app: QApplication, demo_office: Office, tmp_path: Path, modals: ModalAnswers) -> None:
    import pdfplumber

    page = _page(qtbot, demo_office)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    drafted: list[int] = []
    page.document_drafted.connect(drafted.append)
    shown_first: list[str] = []

    def answer(button: str):  # type: ignore[no-untyped-def]
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            shown_first.append(box.text() + "\n" + box.informativeText())
            next(b for b in box.buttons() if b.text() == button).click()
        return press

    modals.then(answer("生成草稿"))
    page.draft_reminders()
    assert "将为以下 2 个单位" in shown_first[0]
    assert "区城市管理委党组：年度计划未按要求公布（整改逾期，已逾期56天）" in shown_first[0]
    reminders = [e for e in documents.register(demo_office.db) if e.kind is DocumentKind.REMINDER_NOTICE]
    assert "生成 2 份督办通知草稿" in page.ui.messageLabel.text() and drafted
    assert {e.recipient for e in reminders} >= {"区城市管理委党组", "区住房城乡建设委党组"}
    modals.then(answer("取消"))  # a second click: warned, and nothing more is drafted
    page.draft_reminders()
    assert "已有草稿（2026年" in shown_first[1] and "再生成会重复督办" in shown_first[1]
    assert len([e for e in documents.register(demo_office.db) if e.kind is DocumentKind.REMINDER_NOTICE]) \
        == len(reminders)
    with qtbot.waitSignal(page.write_ledger_pdf(str(tmp_path / "台账.pdf")).done, timeout=60000):
        pass
    assert "已保存台账" in page.ui.messageLabel.text()
    pdf = pdfplumber.open(tmp_path / "台账.pdf")
    text = "".join(p.extract_text() for p in pdf.pages)
    assert pdf.pages[0].width > pdf.pages[0].height and "整改台账" in text and "共10项" in text
    assert all(row.finding.description[:8] in text.replace("\n", "") for row in page.model.rows)


def test_an_extension_is_asked_and_decided_from_the_ledger(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                           modals: ModalAnswers) -> None:
    from lz_desktop.ui.dialogs.rectification_dialogs import ExtensionDialog

    page = _page(qtbot, demo_office)
    row = next(x for x in page.model.rows if x.status is S.IN_PROGRESS)  # 区教委: due 2026-12-31
    page.refresh(select=row.finding.id)
    assert page.ui.extendButton.isEnabled() and not page.ui.decideButton.isEnabled()
    dialog = ExtensionDialog(demo_office, page.selected()[0], TODAY, page)
    qtbot.addWidget(dialog)
    assert "整改完成期限：2026年12月31日" in dialog.ui.currentDueValue.text()
    dialog.save()
    assert "“延期理由”不能为空" in shown(dialog.ui.errorLabel)
    dialog.ui.reasonEdit.insertPlainText("下属学校寒假前难以完成")
    dialog.ui.newDueEdit.setDate(QDate(2027, 1, 31))
    dialog.save()
    page.refresh(select=row.finding.id)
    assert page.ui.decideButton.isEnabled()

    def approve(box: QWidget) -> None:
        assert isinstance(box, QInputDialog) and "下属学校寒假前难以完成" in box.labelText()
        box.setTextValue("批准")
        box.accept()

    modals.then(approve)
    page.decide_extension()
    refreshed = next(x for x in page.model.rows if x.finding.id == row.finding.id)
    assert refreshed.next_due == dt.date(2027, 1, 31)
    assert page.ui.timelineList.item(page.ui.timelineList.count() - 1).text().endswith("延期至 2027年1月31日：批准")


def test_the_clerk_chooses_ledger_columns_and_they_are_remembered(qtbot: QtBot, app: QApplication,
                                                                  demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.columns.set_visible(5, False)  # 程度
    page.ui.ledgerTable.setColumnWidth(3, 333)
    page.save_layout()
    again = _page(qtbot, demo_office)
    header = again.ui.ledgerTable.horizontalHeader()
    assert header.isSectionHidden(5) and again.ui.ledgerTable.columnWidth(3) == 333
    for column in range(header.count()):
        if column != 0:
            again.columns.set_visible(column, False)
    again.columns.set_visible(0, False)
    assert not header.isSectionHidden(0)  # the last column stays


def test_responsible_leaders_and_the_unit_filter(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    from PySide6.QtCore import Qt

    page = _page(qtbot, demo_office)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    page.ui.unitCombo.setCurrentIndex(next(i for i in range(page.ui.unitCombo.count())
                                           if page.ui.unitCombo.itemText(i).strip("\u3000") == "区教委"))
    assert {row.finding.unit_short_name for row in page.model.rows} == {"区教委"}  # its schools have none this year
    page.ui.yearCombo.setCurrentIndex(0)
    assert {row.finding.unit_short_name for row in page.model.rows} == {"区教委", "永安一中", "实验小学"}
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    dialog = FindingDialog(demo_office, TODAY, unit_id=page.ui.unitCombo.currentData(), parent=page)
    qtbot.addWidget(dialog)
    assert dialog.ui.leadersList.count() >= 4
    first = dialog.ui.leadersList.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    name = first.text().split("（")[0]
    dialog.ui.descriptionEdit.insertPlainText("廉政谈话未覆盖全部中层干部。")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.leaders == name
    page.refresh()
    page.ui.unitCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText(name)
    assert [row.finding.description for row in page.model.rows] == ["廉政谈话未覆盖全部中层干部。"]


def test_an_attachment_is_added_and_listed(qtbot: QtBot, app: QApplication, demo_office: Office,
                                           tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    row = page.model.rows[0]
    page.refresh(select=row.finding.id)
    scan = tmp_path / "现场照片.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"0" * 4000)
    page.attach_file(row.finding.id, str(scan))
    assert page.ui.attachmentsList.item(0).text() == "现场照片.jpg（3 KB）"
    assert page.ui.saveAttachmentButton.isEnabled()
    page.attach_file(row.finding.id, str(tmp_path / "不存在.pdf"))
    assert "未添加附件" in page.ui.messageLabel.text()


def test_the_ledger_fetches_rows_as_the_view_scrolls(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    from PySide6.QtCore import Qt

    from lz_desktop.domain.accountability import LeadSource
    from lz_desktop.domain.rectification import FindingSeverity
    from lz_desktop.storage.transaction import transaction
    from lz_desktop.ui.models.ledger_model import PAGE

    unit_id = next(row.finding.unit_id for row in r.ledger(demo_office.db, TODAY))
    before = len(r.ledger(demo_office.db, TODAY))
    with transaction(demo_office.db):
        for i in range(450):
            r.record_finding(demo_office.db, r.FindingDraft(unit_id, LeadSource.PETITION, f"第{i:03d}件来信反映的问题",
                                                            "", FindingSeverity.GENERAL, TODAY), today=TODAY)
    page = _page(qtbot, demo_office)
    assert page.model.total == before + 450 and page.model.rowCount() == PAGE and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 2 * PAGE
    page.ui.ledgerTable.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # 问题, in the database
    descriptions = [row.finding.description for row in page.model.rows]
    assert descriptions == sorted(descriptions, reverse=True) and page.model.rowCount() == PAGE
    letters = [d for d in descriptions if d.startswith("第")]
    assert letters[:2] == ["第449件来信反映的问题", "第448件来信反映的问题"]  # past the first page unsorted: sorted in SQL
    assert len(page.model.all_rows()) == before + 450
    page.ui.searchEdit.setText("第12")
    assert page.model.total == 10  # 第120 … 第129: full text, not only what was loaded
