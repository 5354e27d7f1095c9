"""Printing a PDF the app made: each page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from lz_desktop.documents.files import write_atomically
from lz_desktop.documents.fonts import MissingGlyphs
from lz_desktop.domain.errors import RuleViolation


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Send every page to `printer` (its copies and duplex as the print dialog set them)."""
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
            if page:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(page, QSize(target.width(), target.height()))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return document.pageCount()


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
            return f"已送打印机：{print_pdf(make(), printer)} 页"
        path, _ = QFileDialog.getSaveFileName(parent, title, default_name, "PDF 文件 (*.pdf)")
        if not path:
            return ""
        write_atomically(path, lambda tmp: tmp.write_bytes(make()))
        return f"已保存：{path}"
    except (OSError, MissingGlyphs, RuleViolation) as e:
        return f"未完成：{e}"
