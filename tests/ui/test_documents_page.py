"""文书: drafting, issuing, previewing, printing, offscreen on a real file."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
from PySide6.QtCore import QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.domain.official_document import DocumentStatus
from lz_desktop.services import documents
from lz_desktop.services.office import Office, open_office
from lz_desktop.ui.dialogs.draft_dialog import DraftDialog
from lz_desktop.ui.models.register_model import RegisterModel
from lz_desktop.ui.pages.documents_page import DocumentsPage

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> DocumentsPage:
    page = DocumentsPage(office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _draft_through_the_dialog(qtbot: QtBot, office: Office) -> int:
    dialog = DraftDialog(office, today=TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.issuerEdit.text() == ui.issuerMarkEdit.text() == "测试区纪委办公室"  # a notice: the office's
    ui.titleEdit.insert("关于开展2026年度党风廉政建设责任制检查考核的通知")
    ui.addresseeEdit.insert("各单位党组（党委）")
    ui.bodyEdit.setPlainText("一、检查内容\n按照《办法》第十三条开展检查考核。\n\n二、时间安排\n12月上旬完成。")
    ui.copyToEdit.insert("区委办公室、区委组织部")
    ui.issueDateEdit.setDate(QDate(2026, 11, 25))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.doc_id is not None
    return dialog.doc_id


def test_draft_issue_and_preview(qtbot: QtBot, app: QApplication, office: Office) -> None:
    doc_id = _draft_through_the_dialog(qtbot, office)
    assert documents.content(office.db, doc_id).body == (
        "一、检查内容", "按照《办法》第十三条开展检查考核。", "二、时间安排", "12月上旬完成。")
    assert documents.content(office.db, doc_id).copy_to == ("区委办公室", "区委组织部")
    page = _page(qtbot, office)
    page.refresh(select=doc_id)
    assert page.model.index(0, 0).data() == "（未编号）" and page.model.index(0, 5).data() == "草稿"
    assert page.model.index(0, 6).data() == "（手工拟稿）"
    qtbot.waitUntil(lambda: page.pdf_document.status() == QPdfDocument.Status.Ready)
    expected = len(pypdf.PdfReader(io.BytesIO(documents.pdf_bytes(office.db, doc_id))).pages)
    assert page.pdf_document.pageCount() == expected and "草稿" in page.ui.previewLabel.text()
    assert page.ui.issueButton.isEnabled() and not page.ui.voidButton.isEnabled()

    assert page.issue_with(doc_id, "区纪办发")
    assert page.model.index(0, 0).data() == "区纪办发〔2026〕1号" and page.model.index(0, 5).data() == "已印发"
    assert "已印发：区纪办发〔2026〕1号" in page.ui.previewLabel.text()
    assert page.ui.voidButton.isEnabled() and not page.ui.editButton.isEnabled()
    # No official font on this machine: the stand-ins are said once, and recorded with the document.
    assert "本机未安装公文正式字体" in page.ui.messageLabel.text()
    assert "正文（仿宋）：Fandol 仿宋" in page.ui.previewLabel.text()
    assert documents.entry(office.db, doc_id).faces.startswith("标题（小标宋）：Fandol 宋体粗（代小标宋）")
    second = _draft_through_the_dialog(qtbot, office)
    assert page.issue_with(second, "区纪办发") and "正式字体" not in page.ui.messageLabel.text()  # once


def test_an_incomplete_draft_is_not_numbered_and_says_why(qtbot: QtBot, app: QApplication, office: Office) -> None:
    doc_id = documents.create_draft(office.db, documents.DocumentKind.NOTICE,
                                    documents.blank_notice(office.db, TODAY))
    page = _page(qtbot, office)
    page.refresh(select=doc_id)
    assert not page.issue_with(doc_id, "区纪办发")
    assert "“标题”不能为空" in page.ui.messageLabel.text() and "“主送机关”不能为空" in page.ui.messageLabel.text()
    assert documents.entry(office.db, doc_id).status is DocumentStatus.DRAFT


def test_printing_sends_every_page(qtbot: QtBot, app: QApplication, office: Office, tmp_path: Path) -> None:
    doc_id = _draft_through_the_dialog(qtbot, office)
    documents.issue(office.db, doc_id, "区纪办发")
    page = _page(qtbot, office)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(doc_id, printer)
    pages = len(pypdf.PdfReader(io.BytesIO(documents.pdf_bytes(office.db, doc_id))).pages)
    assert page.ui.messageLabel.text() == f"已送打印：{pages} 页"
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_register_model(qtmodeltester, app: QApplication, office: Office) -> None:  # type: ignore[no-untyped-def]
    for title in ("一", "二"):
        doc = documents.blank_notice(office.db, TODAY)
        documents.create_draft(office.db, documents.DocumentKind.NOTICE,
                               doc.__class__(**{**doc.__dict__, "title": title, "addressee": "各单位", "body": ("x",)}))
    model = RegisterModel()
    model.set_entries(documents.register(office.db, 2026))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_read_only_offers_reading_only(qtbot: QtBot, app: QApplication, office: Office) -> None:
    doc_id = _draft_through_the_dialog(qtbot, office)
    office.close()
    read_only = open_office(office.path, read_only=True)
    page = _page(qtbot, read_only)
    page.refresh(select=doc_id)
    assert not page.ui.newButton.isEnabled() and not page.ui.issueButton.isEnabled()
    assert page.ui.pdfButton.isEnabled() and page.ui.printButton.isEnabled()
    read_only.close()


def test_batch_issue_runs_in_the_background_and_the_register_follows(qtbot: QtBot, app: QApplication,
                                                                      office: Office) -> None:
    ids = [_draft_through_the_dialog(qtbot, office) for _ in range(3)]
    page = _page(qtbot, office)
    page.refresh()
    page.ui.registerTable.selectAll()
    assert [d.id for d in page.selected_drafts()] == sorted(ids, reverse=True)
    assert page.ui.batchButton.isEnabled()
    progress: list[tuple[int, int]] = []
    job = page.start_batch(ids, "区纪督")
    job.progressed.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: "已印发 3 份" in page.ui.messageLabel.text())
    assert "区纪督〔2026〕1号 至 区纪督〔2026〕3号" in page.ui.messageLabel.text()
    numbers = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert numbers == {"区纪督〔2026〕1号", "区纪督〔2026〕2号", "区纪督〔2026〕3号"}
    assert len(pypdf.PdfReader(io.BytesIO(page.last_batch.pdf)).pages) >= 3


def test_a_cancelled_batch_leaves_every_draft_unnumbered(qtbot: QtBot, app: QApplication, office: Office) -> None:
    ids = [_draft_through_the_dialog(qtbot, office) for _ in range(5)]
    page = _page(qtbot, office)
    job = page.start_batch(ids, "区纪督")
    job.cancel()  # thread-safe and immediate: seen before the second draft at the latest
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: "未印发" in page.ui.messageLabel.text())
    assert "已取消" in page.ui.messageLabel.text()
    assert all(documents.entry(office.db, i).status is DocumentStatus.DRAFT for i in ids)


def test_a_background_job_reports_progress_and_stops_when_cancelled(qtbot: QtBot, app: QApplication) -> None:
    import threading

    from lz_desktop.ui.jobs import BackgroundJob

    release = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 2)
        while not cancelled():
            release.wait(0.01)
        return "stopped"

    job = BackgroundJob(work)
    seen: list[object] = []
    job.progressed.connect(lambda d, t: seen.append((d, t)))
    job.succeeded.connect(seen.append)
    job.start()
    qtbot.waitUntil(lambda: (1, 2) in seen)
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    qtbot.waitUntil(lambda: "stopped" in seen)


def test_a_batch_issued_in_the_background_is_recorded_as_the_signed_in_clerks(
        qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    from lz_desktop.domain.accounts import Role
    from lz_desktop.services import accounts, audit_trail, reminders

    accounts.add_user(demo_office.db, "clerk", "李明", Role.CLERK, "Banshi2026a", "Banshi2026a")
    accounts.sign_in_as(demo_office.db, "clerk", "Banshi2026a")
    drafts = reminders.draft_reminders(demo_office.db, TODAY)
    page = _page(qtbot, demo_office)
    job = page.start_batch(drafts, "永纪督")
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    from lz_desktop.storage.session import sign_in

    sign_in(demo_office.db, "审计", Role.ADMIN, None)  # the audit trail is for administrators to read
    issued = [e for e in audit_trail.entries(demo_office.db, table="documents") if e.op == "update"]
    assert len(issued) >= len(drafts) and {e.actor for e in issued[:len(drafts)]} == {"李明"}  # not 系统


def test_a_reader_sees_a_decision_listed_but_not_its_text(qtbot: QtBot, app: QApplication,
                                                          demo_office: Office) -> None:
    from lz_desktop.domain.accounts import Role
    from lz_desktop.domain.official_document import DocumentKind
    from lz_desktop.storage.session import sign_in

    sign_in(demo_office.db, "李四", Role.READER, None)
    page = _page(qtbot, demo_office)
    decision = next(e for e in documents.register(demo_office.db) if e.kind is DocumentKind.ACCOUNTABILITY_DECISION)
    page.refresh(select=decision.id)
    row = page.model.row_of(decision.id)
    assert "仅限有案件权限" in page.model.index(row, 2).data()
    assert "没有“查看和办理责任追究案件”的权限" in page.ui.previewLabel.text()
