"""The 作废 mark: every export and print of a voided document carries it on every page, with the date and the
reason, so that a copy taken from the register can never pass for a document in force. The issued bytes stay
as they were issued; the mark is laid over them (pypdf), never drawn into them."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lz_desktop.documents import layout as L
from lz_desktop.documents.fonts import FontChoice, LoadedFont, runs

MARK_PT, NOTE_PT = 96, 12


def stamp_pdf(data: bytes, note: str, choice: FontChoice | None = None) -> bytes:
    """`data` with a large red 作废 across every page and `note` in the top margin, above the type area."""
    fonts = (choice or FontChoice()).fonts("body")
    writer = PdfWriter(clone_from=io.BytesIO(data))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.merge_page(PdfReader(io.BytesIO(_overlay(width, height, note, fonts))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _overlay(width: float, height: float, note: str, fonts: list[LoadedFont]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, initialFontName=fonts[0].name)
    canvas.setFillColorRGB(*L.RED)
    canvas.saveState()
    canvas.setFillAlpha(0.35)  # the text under it stays readable
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30)
    _draw(canvas, "作废", fonts, MARK_PT, -_width("作废", fonts, MARK_PT) / 2, -MARK_PT / 3)
    canvas.restoreState()
    limit = width - 2 * L.LEFT * mm
    lines = L.break_lines(note, lambda c: _width(c, fonts, NOTE_PT), limit)[:3]
    for i, line in enumerate(lines):  # in the top margin (天头 37 mm), clear of the issuer mark
        _draw(canvas, line, fonts, NOTE_PT, L.LEFT * mm, height - (12 + 5.5 * i) * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _width(text: str, fonts: list[LoadedFont], size: float) -> float:
    return sum(stringWidth(chunk, font.name, size) for font, chunk in runs(text, fonts))


def _draw(canvas: Canvas, text: str, fonts: list[LoadedFont], size: float, x: float, y: float) -> None:
    for font, chunk in runs(text, fonts):
        canvas.setFont(font.name, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, font.name, size)
