"""Printing a PDF the app made: each page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog, QWidget

from lz_desktop.documents.files import write_atomically
from lz_desktop.documents.fonts import MissingGlyphs
from lz_desktop.domain.errors import RuleViolation
from lz_desktop.ui.jobs import BackgroundJob


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], None] = lambda done, total: None,
              cancelled: Callable[[], bool] = lambda: False) -> int:
    """Send every page to `printer` (its copies and duplex as the print dialog set them). Safe in a worker
    thread: Qt paints on a QPrinter from any thread, and the QtPdf document is made here, in the caller's."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    first = document.pagePointSize(0) if document.pageCount() else None
    # Official tables (a plan, a ledger) are landscape pages: the paper turns with them.
    landscape = first is not None and first.width() > first.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the document carries its own GB/T 9704 margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法开始打印：打印机不可用。")
    try:
        for page in range(document.pageCount()):
            if cancelled():
                printer.abort()  # nothing half-printed reaches the spooler
                return page
            if page:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            _draw_in_bands(document, page, target.width(), target.height(), painter)
            progress(page + 1, document.pageCount())
    finally:
        painter.end()
    return document.pageCount()


BAND_PIXELS = 1_000_000  # a page rendered in strips of about this many pixels (see _draw_in_bands)


def _draw_in_bands(document: QPdfDocument, page: int, width: int, height: int, painter: QPainter) -> None:
    """The page at printer resolution, drawn strip by strip. QtPdf holds Python's lock while it hands back a
    rendered image, in proportion to its size: a whole A4 page held the window for 60 ms at 150 dpi, 170 ms
    at 300 and 800 ms at 600. Strips of a million pixels hold it about 30 ms at any resolution; at 600 dpi
    the page takes 40 % longer to send (35 strips)."""
    step = max(1, BAND_PIXELS // max(1, width))
    for top in range(0, height, step):
        rows = min(step, height - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, rows))
        painter.drawImage(QRect(0, top, width, rows), document.render(page, QSize(width, rows), options))
        time.sleep(0.002)  # the window's turn: a strip's hand-over leaves it waiting for Python's lock


def print_in_background(parent: QWidget, data: bytes, printer: QPrinter) -> int | None:
    """print_pdf in a worker, the window painting meanwhile: each page is rendered at the printer's resolution,
    and a 105-page summary held the window for minutes. Waits, as the print dialog before it did, in a local
    event loop; the pages sent, or None if the clerk pressed 取消."""
    sent = [0, 0]  # pages sent, pages in all: written by the worker, read by the timer below

    def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        return print_pdf(data, printer, lambda done, total: sent.__setitem__(slice(0, 2), (done, total)), cancelled)

    job = BackgroundJob(work, parent, what="打印")
    outcome: list[object] = []
    job.succeeded.connect(outcome.append)
    job.failed.connect(outcome.append)
    # Shown before the worker starts: a dialog's first showing, with the worker already rendering beside it,
    # held the window 100-180 ms.
    dialog = QProgressDialog("正在送打印机…", "取消", 0, 1, parent)  # not 0, 0: the busy animation repaints non-stop
    dialog.setWindowTitle("请稍候")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # the window paints, but takes no second print meanwhile
    dialog.canceled.connect(job.cancel)
    dialog.show()
    QApplication.processEvents()
    # A glance at the count four times a second: a signal per page, each repainting the dialog while the
    # worker sent pages, made the window stutter for 50-130 ms at a time.
    poll = QTimer(dialog, interval=250)

    def show_count() -> None:
        if sent[1]:
            dialog.setMaximum(sent[1])
            dialog.setValue(sent[0])

    poll.timeout.connect(show_count)
    loop = QEventLoop()
    job.done.connect(loop.quit)
    job.start()
    poll.start()
    loop.exec()
    poll.stop()
    dialog.reset()
    dialog.deleteLater()
    if outcome and isinstance(outcome[0], Exception):
        raise outcome[0]
    if job.was_cancelled() or not outcome:
        return None
    return int(outcome[0])  # type: ignore[call-overload]


def save_or_print(parent: QWidget, title: str, default_name: str, make: Callable[[], bytes],
                  *, to_printer: bool) -> str:
    """Ask where (a file or a printer), make the PDF, write or print it; the outcome as one sentence.

    An empty string means the clerk cancelled. Errors come back as text beginning 未 (not done).
    """
    try:
        if to_printer:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
                return ""
            pages = print_in_background(parent, make(), printer)
            return "已取消打印。" if pages is None else f"已送打印机：{pages} 页"
        path, _ = QFileDialog.getSaveFileName(parent, title, default_name, "PDF 文件 (*.pdf)")
        if not path:
            return ""
        write_atomically(path, lambda tmp: tmp.write_bytes(make()))
        return f"已保存：{path}"
    except (OSError, MissingGlyphs, RuleViolation) as e:
        return f"未完成：{e}"
