"""整改台账 out of the window: the rows the filter shows, in the order shown, as a workbook (导出所示…) or an
official-style PDF (台账PDF…), written by a worker with progress and 取消. A part of the 整改 page
(RectificationPage), kept apart so that the page holds the clerk's actions and this the files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lz_desktop.documents.files import write_atomically
from lz_desktop.services import ledger_files
from lz_desktop.services import rectification as r
from lz_desktop.services.office import worker_office
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.jobs import BackgroundJob, with_progress_dialog

# Above this many rows 台账PDF… asks first: about 200 pages (the district's ledger sets 9-10 rows a page;
# on the development machine 6,300 rows take 6 s, the district's 60,000 rows 48 s and 449 MB, for 14 MB of PDF).
LARGE_PDF_ROWS = 2000
ROWS_PER_PDF_PAGE = 9


# Writes the rows shown to a file, in a worker: (rows, cancelled, progress).
Writer = Callable[[list[r.LedgerRow], Callable[[], bool], Callable[[int, int], None]], None]


class LedgerFiles(QWidget):
    """Needs the page's `office`, `today`, `model` (the ledger shown), `query` (its filter) and `ui.messageLabel`."""

    def save_ledger_pdf(self) -> None:
        if self.model.total > LARGE_PDF_ROWS and not self.large_pdf_wanted(self.model.total):
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("台账另存为 PDF"), self.tr("整改台账.pdf"),
                                              "PDF 文件 (*.pdf)")
        if path:
            job = self.write_ledger_pdf(path)
            self._progress = with_progress_dialog(job, self, self.tr("正在生成台账 PDF…"))

    def large_pdf_wanted(self, rows: int) -> bool:
        """A district's whole ledger is thousands of pages and about a minute of layout: say so before starting."""
        question = self.tr(
            "所示 {0} 行将生成约 {1} 页的 PDF：数千行要几秒到十几秒，数万行约需一分钟，并占用较多内存。\n\n"
            "整个台账一般不必打印：可先按单位、状态或年度筛选，或用“导出所示…”导出 Excel 表格。\n\n"
            "仍要生成 PDF 吗？").format(rows, -(-rows // ROWS_PER_PDF_PAGE))
        answer = QMessageBox.question(self, self.tr("台账 PDF"), question)
        return answer == QMessageBox.StandardButton.Yes

    def write_ledger_pdf(self, path: str) -> BackgroundJob:
        title, today = self.tr("整改台账"), self.today

        def write(rows: list[r.LedgerRow], cancelled: Callable[[], bool], progress: Callable[[int, int], None]) -> None:
            # 取消 stops the layout within moments
            data = ledger_files.ledger_pdf(rows, title, today, cancelled, progress)
            if data is not None and not cancelled():
                write_atomically(path, lambda tmp: tmp.write_bytes(data))

        return self._write_in_background(write, self.tr("已保存台账：{0}").format(path), "未保存")

    def _write_in_background(self, write: Writer, done: str, refused: str) -> BackgroundJob:
        """The rows the filter shows, in the order shown, written to a file by a worker with its own
        connection: a district's 60,000 rows take seconds as a workbook and minutes as a PDF."""
        query = r.sorted_by(self.query, self.model.sort_column, self.model.descending)
        office = self.office

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bool:
            # One count for the clerk: reading the rows is its first 30%, writing them the rest. A phase that
            # reached the dialog's maximum would close it while the file was still being written.
            with worker_office(office) as reader:
                rows = r.ledger_rows_counted(reader.db, query, lambda done, total: progress(3 * done, 10 * total),
                                             cancelled)
            if rows is not None and not cancelled():
                write(rows, cancelled, lambda done, total: progress(3 * total + 7 * done, 10 * total))
            return not cancelled()

        job = BackgroundJob(work, self, what=self.tr("导出整改台账"))
        job.succeeded.connect(lambda written: say(self.ui.messageLabel, done if written else "已取消，未写文件。",
                                                  error=False))
        job.failed.connect(lambda e: say(self.ui.messageLabel, f"{refused}：{e}", error=True))
        self.file_job = job
        job.start()
        return job

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出整改台账"), self.tr("整改台账.xlsx"),
                                              "Excel 工作簿 (*.xlsx)")
        if path:
            job = self.export_to(path)
            self._progress = with_progress_dialog(job, self, self.tr("正在导出台账…"))

    def export_to(self, path: str) -> BackgroundJob:
        done = self.tr("已导出所示 {0} 行：{1}").format(self.model.total, path)
        return self._write_in_background(
            lambda rows, _cancelled, progress: ledger_files.export_ledger(path, rows, progress), done, "未导出")

