"""Printing a PDF the app made: each page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from lz_desktop.documents.files import write_atomically
from lz_desktop.documents.fonts import MissingGlyphs
from lz_desktop.domain.errors import RuleViolation
from lz_desktop.services.office import Connection, Office
from lz_desktop.ui.waiting import reading, run_waiting


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
    """print_pdf in a worker, the window painting meanwhile (each page is rendered at the printer's resolution:
    a 105-page summary held the window for minutes); the pages sent, or None if the clerk pressed 取消."""
    return run_waiting(parent, "正在送打印机…", lambda count, cancelled: print_pdf(data, printer, count, cancelled),
                       what="打印")


def save_or_print(parent: QWidget, title: str, default_name: str, make: Callable[[Connection], bytes],
                  *, office: Office, to_printer: bool) -> str:
    """Ask where (a file or a printer), make the PDF from the office file in a worker (the case
    register of a district is 3 s of layout), write or print it; the outcome as one sentence.

    An empty string means the clerk cancelled a dialog. Errors come back as text beginning 未 (not done).
    """
    try:
        printer, path = None, ""
        if to_printer:
            printer = _chosen_printer(parent)
            if printer is None:
                return ""
        else:
            path, _ = QFileDialog.getSaveFileName(parent, title, default_name, "PDF 文件 (*.pdf)")
            if not path:
                return ""
        data = run_waiting(parent, "正在生成 PDF…", reading(office, make))
        if data is None:
            return "已取消打印。" if printer is not None else "已取消，未写文件。"
        if printer is not None:
            return _sent(print_in_background(parent, data, printer))
        write_atomically(path, lambda tmp: tmp.write_bytes(data))
        return f"已保存：{path}"
    except (OSError, MissingGlyphs, RuleViolation) as e:
        return f"未完成：{e}"


def print_made(parent: QWidget, data: bytes) -> str:
    """A PDF already made (the annual summary, laid out by its page's worker) to a printer the clerk chooses;
    the outcome as save_or_print says it."""
    printer = _chosen_printer(parent)
    if printer is None:
        return ""
    try:
        return _sent(print_in_background(parent, data, printer))
    except OSError as e:
        return f"未完成：{e}"


def _chosen_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    return printer if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted else None


def _sent(pages: int | None) -> str:
    return "已取消打印。" if pages is None else f"已送打印机：{pages} 页"
