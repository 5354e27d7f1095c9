"""An attached table (附件) after a document's signature, as GB/T 9704 sets it: on a page of its own, “附件”
in 黑体 3号 at the top left of the type area, its title centred on the third line, then the table — ruled, its
header row in 黑体 and repeated on each page, cells in 仿宋 4号 broken by the Chinese line rules."""

from __future__ import annotations

from typing import Protocol

from reportlab.lib.units import mm

from lz_desktop.documents import layout as L

CELL_PT = 14  # 4号: a table of the annex in the body's face, one size down, as tables in documents are
PAD = 1.5  # mm, each side of a cell's text
WEIGHTS = {"序号": 0.8, "姓名": 1.2}  # narrow columns; the others share what is left


class Pages(Protocol):  # what official._Pages offers the annex
    y: float
    canvas: object

    def draw(self, text: str, role: str, size: float, x_mm: float, baseline_mm: float) -> None: ...
    def width(self, text: str, role: str, size: float) -> float: ...
    def _wrap(self, text: str, role: str, size: float, limit: float, first_indent: float = 0.0) -> list[str]: ...
    def _next_page(self, *, numbered: bool = True) -> None: ...
    def text_line(self, text: str, role: str, size: float, *, align: str = "left", indent: float = 0.0,
                  x: float | None = None) -> None: ...


def draw_annex(pages: Pages, title: str, rows: tuple[tuple[str, ...], ...]) -> None:
    pages._next_page()
    pages.text_line("附件", "heading1", L.BODY_PT)
    pages.y += L.LINE_PITCH  # the title on the third line
    for line in L.title_lines(title, lambda s: len(s) * L.pt_to_mm(L.TITLE_PT), L.TYPE_W - 4 * L.CHAR_PITCH):
        pages.text_line(line, "title", L.TITLE_PT, align="center")
    pages.y += L.LINE_PITCH / 2
    header, body = rows[0], rows[1:]
    widths = _widths(header)
    _row(pages, header, widths, "heading1")
    for row in body:
        lines = _lines(pages, row, widths, "body")
        if pages.y + _height(lines) > L.TYPE_H + 0.01:
            pages._next_page()
            _row(pages, header, widths, "heading1")
        _draw(pages, lines, widths, _height(lines))


def _widths(header: tuple[str, ...]) -> list[float]:
    weights = [WEIGHTS.get(h, 2.0 if h != header[-1] else 4.0) for h in header]
    return [L.TYPE_W * w / sum(weights) for w in weights]


def _lines(pages: Pages, row: tuple[str, ...], widths: list[float], role: str) -> list[list[str]]:
    return [pages._wrap(text, role, CELL_PT, w - 2 * PAD) for text, w in zip(row, widths, strict=True)]


def _height(lines: list[list[str]]) -> float:
    return max(len(cell) for cell in lines) * _pitch() + 2 * PAD


def _pitch() -> float:
    return L.pt_to_mm(CELL_PT) * 1.5


def _row(pages: Pages, row: tuple[str, ...], widths: list[float], role: str) -> None:
    lines = _lines(pages, row, widths, role)
    _draw(pages, lines, widths, _height(lines), centred=True)


def _draw(pages: Pages, lines: list[list[str]], widths: list[float], height: float, *, centred: bool = False
          ) -> None:
    canvas = pages.canvas
    top, x = pages.y, 0.0
    canvas.setStrokeColorRGB(0, 0, 0)  # type: ignore[attr-defined]
    canvas.setLineWidth(0.25 * mm)  # type: ignore[attr-defined]
    role = "heading1" if centred else "body"
    for cell, width in zip(lines, widths, strict=True):
        canvas.rect((L.LEFT + x) * mm, L.y_pdf(top + height), width * mm, height * mm)  # type: ignore[attr-defined]
        for i, text in enumerate(cell):
            baseline = L.baseline_in_cell(top + PAD + i * _pitch(), CELL_PT, _pitch())
            offset = (width - pages.width(text, role, CELL_PT)) / 2 if centred else PAD
            pages.draw(text, role, CELL_PT, x + offset, baseline)
        x += width
    pages.y = top + height

