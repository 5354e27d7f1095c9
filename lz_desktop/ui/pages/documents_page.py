"""文书: the register of drafts and issued documents, a preview, and what a clerk does with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from lz_desktop.documents.fonts import MissingGlyphs
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.official_document import DocumentStatus
from lz_desktop.services import documents
from lz_desktop.services.documents import Batch, RegisterEntry
from lz_desktop.services.office import Office, StorageError, worker_office
from lz_desktop.ui.dialogs.draft_dialog import DraftDialog
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.documents_page_ui import Ui_DocumentsPage
from lz_desktop.ui.jobs import BackgroundJob, with_progress_dialog
from lz_desktop.ui.models.register_model import RegisterModel
from lz_desktop.ui.printing import print_in_background

ALL_YEARS = "全部"


class DocumentsPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self._told_stand_ins = False
        self.model = RegisterModel(self)
        ui = self.ui
        ui.registerTable.setModel(self.model)
        self.pdf_document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.preview = QPdfView(ui.previewContainer)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("公文预览"))
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setDocument(self.pdf_document)
        ui.previewLayout.addWidget(self.preview, 1)
        ui.splitter.setSizes([500, 620])
        ui.yearCombo.addItems([ALL_YEARS, *[str(y) for y in range(self.today.year, self.today.year - 6, -1)]])
        ui.yearCombo.setCurrentText(str(self.today.year))
        ui.yearCombo.currentTextChanged.connect(lambda _t: self.refresh())
        ui.registerTable.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        ui.registerTable.doubleClicked.connect(lambda _i: self.edit_draft())
        for button, action in ((ui.newButton, self.new_draft), (ui.editButton, self.edit_draft),
                               (ui.issueButton, self.issue), (ui.voidButton, self.void),
                               (ui.batchButton, self.batch_issue),
                               (ui.deleteButton, self.delete_draft), (ui.printButton, self.print_selected),
                               (ui.pdfButton, self.save_pdf), (ui.docxButton, self.save_docx)):
            button.clicked.connect(action)
        self.refresh()

    # state ---------------------------------------------------------------------------------
    def selected(self) -> RegisterEntry | None:
        rows = self.ui.registerTable.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if len(rows) == 1 else None

    def selected_drafts(self) -> list[RegisterEntry]:
        rows = sorted(i.row() for i in self.ui.registerTable.selectionModel().selectedRows())
        entries = [e for e in (self.model.entry_at(r) for r in rows) if e is not None]
        return [e for e in entries if e.status is DocumentStatus.DRAFT]

    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else (e.id if (e := self.selected()) else None)
        year = self.ui.yearCombo.currentText()
        self.model.set_entries(documents.register(self.office.db, None if year == ALL_YEARS else int(year)))
        for column, width in enumerate((150, 80, 260, 160, 90)):
            self.ui.registerTable.setColumnWidth(column, width)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.ui.registerTable.selectRow(row)
        self._selection_changed()

    def _selection_changed(self) -> None:
        entry, writable = self.selected(), not self.office.read_only
        ui = self.ui
        is_draft = entry is not None and entry.status is DocumentStatus.DRAFT
        ui.newButton.setEnabled(writable)
        ui.editButton.setEnabled(writable and is_draft)
        ui.issueButton.setEnabled(writable and is_draft)
        ui.deleteButton.setEnabled(writable and is_draft)
        ui.batchButton.setEnabled(writable and len(self.selected_drafts()) > 1)
        ui.voidButton.setEnabled(writable and entry is not None and entry.status is DocumentStatus.ISSUED)
        for button in (ui.printButton, ui.pdfButton, ui.docxButton):
            button.setEnabled(entry is not None)
        self.show_preview(entry)

    def show_preview(self, entry: RegisterEntry | None) -> None:
        self.pdf_document.close()
        if entry is None:
            self.ui.previewLabel.setText(self.tr("选择左侧的公文以预览。"))
            return
        try:
            data = documents.pdf_bytes(self.office.db, entry.id)
        except (MissingGlyphs, RuleViolation) as e:  # RuleViolation: a case paper, for the case roles only
            self.ui.previewLabel.setText(str(e))
            return
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        faces = self.tr("；字体：{0}").format(entry.faces) if entry.faces else ""
        state = {DocumentStatus.DRAFT: self.tr("草稿预览（未编号）"), DocumentStatus.ISSUED:
                 self.tr("已印发：{0}（与印发时完全相同）").format(entry.number) + faces,
                 DocumentStatus.VOIDED: self.tr("已作废：{0}，原因：{1}").format(entry.number, entry.void_reason)}
        self.ui.previewLabel.setText(state[entry.status])

    # actions -------------------------------------------------------------------------------
    def new_draft(self) -> None:
        dialog = DraftDialog(self.office, today=self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=dialog.doc_id)

    def edit_draft(self) -> None:
        entry = self.selected()
        if entry is None or entry.status is not DocumentStatus.DRAFT or self.office.read_only:
            return
        dialog = DraftDialog(self.office, doc_id=entry.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=entry.id)

    def issue(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        prefix, ok = QInputDialog.getText(self, self.tr("编号印发"), self.tr(
            "发文字号前缀（编号按前缀和年度顺延，作废的号不再使用）："), QLineEdit.EchoMode.Normal,
            documents.document_prefix(self.office.db, entry.id))
        if ok:
            self.issue_with(entry.id, prefix)

    def issue_with(self, doc_id: int, prefix: str) -> bool:
        try:
            issued = documents.issue(self.office.db, doc_id, prefix.strip())
        except ValidationError as e:
            say(self.ui.messageLabel, "未印发：" + "；".join(p.text() for p in e.problems), error=True)
            return False
        except (MissingGlyphs, RuleViolation, StorageError) as e:
            say(self.ui.messageLabel, f"未印发：{e}", error=True)
            return False
        say(self.ui.messageLabel, self.tr("已编号印发：{0}").format(issued.number) + self._stand_ins_note(issued),
            error=False)
        self.refresh(select=doc_id)
        return True

    def _stand_ins_note(self, issued: RegisterEntry) -> str:
        """Said once in the window: documents go out in open faces where the official fonts are missing."""
        if not issued.stand_ins or self._told_stand_ins:
            return ""
        self._told_stand_ins = True
        return self.tr("。本机未安装公文正式字体（仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312），已用随程序附带的"
                       "开源字体代替，发文登记中记有每份公文所用字体；安装正式字体后，此后印发的公文即用正式字体。")

    def batch_issue(self) -> None:
        drafts = self.selected_drafts()
        if len(drafts) < 2:
            return
        prefix, ok = QInputDialog.getText(self, self.tr("批量印发"), self.tr(
            "为所选 {0} 份草稿依次编号，发文字号前缀：").format(len(drafts)), QLineEdit.EchoMode.Normal,
            documents.document_prefix(self.office.db, drafts[0].id))
        if ok:
            job = self.start_batch([d.id for d in drafts], prefix.strip())
            self._progress = with_progress_dialog(job, self, self.tr("正在编号印发 {0} 份公文…").format(len(drafts)))
            job.succeeded.connect(self._offer_batch_print)

    def start_batch(self, doc_ids: list[int], prefix: str) -> BackgroundJob:
        """Issue the drafts in a worker thread over its own connection; the register updates after."""
        office = self.office

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Batch:
            with worker_office(office, read_only=False) as writer:
                return documents.issue_batch(writer.db, doc_ids, prefix, progress=progress,
                                             cancelled=cancelled)

        job = BackgroundJob(work, self, what=self.tr("批量印发"))
        job.succeeded.connect(self._batch_done)
        job.failed.connect(lambda e: say(self.ui.messageLabel, f"未印发（本批均未编号）：{_reason(e)}", error=True))
        job.done.connect(lambda: self.refresh())
        self.job = job
        job.start()
        return job

    def _batch_done(self, batch: Batch) -> None:
        self.last_batch = batch
        first, last = batch.entries[0].number, batch.entries[-1].number
        say(self.ui.messageLabel, self.tr("已印发 {0} 份：{1} 至 {2}").format(len(batch.entries), first, last)
            + self._stand_ins_note(batch.entries[0]), error=False)

    def _offer_batch_print(self, batch: Batch) -> None:
        answer = QMessageBox.question(self, self.tr("打印"), self.tr("打印本批 {0} 份公文？").format(
            len(batch.entries)))
        if answer == QMessageBox.StandardButton.Yes:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
                try:
                    pages = print_in_background(self, batch.pdf, printer)
                except OSError as e:
                    say(self.ui.messageLabel, f"未打印：{e}", error=True)
                    return
                if pages is not None:
                    say(self.ui.messageLabel, self.tr("已送打印：本批 {0} 份，{1} 页").format(
                        len(batch.entries), pages), error=False)

    def void(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("作废"), self.tr(
            "作废“{0}”的原因（该文号保留在登记中，不再使用）：").format(entry.number))
        if ok:
            try:
                documents.void(self.office.db, entry.id, reason)
            except (ValidationError, RuleViolation, StorageError) as e:
                say(self.ui.messageLabel, f"未作废：{e}", error=True)
                return
            say(self.ui.messageLabel, self.tr("已作废：{0}").format(entry.number), error=False)
            self.refresh(select=entry.id)

    def delete_draft(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = QMessageBox.question(self, self.tr("请确认"), self.tr("删除草稿“{0}”？").format(entry.title))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                documents.delete_draft(self.office.db, entry.id)
            except (RuleViolation, StorageError) as e:
                say(self.ui.messageLabel, str(e), error=True)
                return
            self.refresh()

    def print_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(entry.id, printer)

    def print_to(self, doc_id: int, printer: QPrinter) -> None:
        try:
            pages = print_in_background(self, documents.pdf_bytes(self.office.db, doc_id), printer)
        except (OSError, MissingGlyphs) as e:
            say(self.ui.messageLabel, f"未打印：{e}", error=True)
            return
        done = self.tr("已取消打印。") if pages is None else self.tr("已送打印：{0} 页").format(pages)
        say(self.ui.messageLabel, done, error=False)

    def save_pdf(self) -> None:
        self._save("PDF 文件 (*.pdf)", ".pdf", lambda doc_id, path: documents.save_pdf(self.office.db, doc_id, path))

    def save_docx(self) -> None:
        self._save("Word 文档 (*.docx)", ".docx",
                   lambda doc_id, path: documents.save_docx(self.office.db, doc_id, path))

    def _save(self, file_filter: str, suffix: str, write: Callable[[int, str], object]) -> None:
        entry = self.selected()
        if entry is None:
            return
        name = (entry.number or entry.title or "公文草稿").replace("/", "-") + suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), name, file_filter)
        if not path:
            return
        try:
            write(entry.id, path)
        except (OSError, MissingGlyphs) as e:
            say(self.ui.messageLabel, f"未保存：{e}", error=True)
            return
        say(self.ui.messageLabel, self.tr("已保存：{0}").format(path), error=False)


def _reason(error: object) -> str:
    if isinstance(error, ValidationError):
        return "；".join(p.text() for p in error.problems)
    return str(error)
