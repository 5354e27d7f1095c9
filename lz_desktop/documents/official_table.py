"""Tables in official style (ledgers, score sheets): landscape where wide, header rows on every page.

GB/T 9704-2012 8.1: a table turned landscape keeps the page number where the document has it; the
table's head faces the binding edge on odd pages. Title in 小标宋, cells in 仿宋, headers in 黑体,
every character drawn with a font that has it (the same fallback as the body of documents).
"""

from __future__ import annotations

import html
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from lz_desktop.documents import layout as L
from lz_desktop.documents.charts import BarChart, drawing
from lz_desktop.documents.fonts import FontChoice, LoadedFont, MissingGlyphs, missing, runs

CELL_PT, HEADER_PT, TABLE_TITLE_PT = 12, 12, 18
CELL_PADDING = 6  # reportlab's default, left and right of every cell


@dataclass(frozen=True)
class OfficialTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty
    landscape: bool = True
    note: str = ""  # a line under the title, e.g. 截至2026年11月25日
    charts: tuple[BarChart, ...] = ()  # drawn after the table, one per row, each in its own frame


class Cancelled(Exception):
    """The clerk pressed 取消 while the table was laid out: nothing was made."""


class _Watch:
    """What the wrapped cells report as they are laid out: how far the layout has come, at most four times a
    second (each wrapped cell is measured, measured again where its page is cut, and drawn: about three
    measures a cell), and whether the clerk has cancelled. platypus measures every row before it draws the
    first page (6,000 ledger rows: six seconds), so a check per page came too late."""

    def __init__(self, cancelled: Callable[[], bool], progress: Callable[[int, int], None]):
        self.cancelled, self.progress = cancelled, progress
        self.done, self.total, self.said = 0, 1, 0.0

    def tick(self) -> None:
        self.done += 1
        if self.done % 64:
            return
        if self.cancelled():
            raise Cancelled
        now = time.monotonic()
        if now - self.said >= 0.25:
            self.said = now
            self.progress(min(self.done, self.total - 1), self.total)


class _Cell(Paragraph):
    watch: _Watch | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.watch is not None:
            self.watch.tick()
        return super().wrap(availWidth, availHeight)


Heights = list[float | None]  # a table's row heights, None where not yet measured


class _Windowed(Flowable):
    """A long table handed to platypus a window of rows at a time. platypus splits a table page by page, and
    each split makes a new table of all the rows left: the district ledger's 60,000 rows took 530 s, growing
    with the square of the rows. Here a split lays out only the next WINDOW rows as a real table, keeps the
    part that fits the page, and passes the rows after it on, with the heights already measured (a row's
    height depends only on its cells and the column widths): the same pages, each row measured once."""

    WINDOW = 40  # rows: more than a page holds (at most 20 rows of one line of 12 pt on a landscape page)

    def __init__(self, header: list[object], rows: list[list[object]], heights: Heights,
                 make: Callable[[list[list[object]], Heights], LongTable]):
        super().__init__()
        self.header, self.rows, self.heights, self.make = header, rows, heights, make
        self._window: LongTable | None = None

    def _table(self) -> LongTable:
        if self._window is None:
            self._window = self.make([self.header, *self.rows[:self.WINDOW]], self.heights[:self.WINDOW + 1])
        return self._window

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if len(self.rows) > self.WINDOW:  # more rows than a page holds: the frame must split it, measuring them
            return sum(self._table()._colWidths), availHeight + 1
        return self._table().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        window = self._table()
        parts = window.split(availWidth, availHeight)
        if len(self.rows) <= self.WINDOW or not parts:
            return parts
        kept = len(parts[0]._cellvalues) - 1  # its rows, less the header
        measured: Heights = list(window._rowHeights)  # the header's, then the window's rows'
        heights = [measured[0], *measured[kept + 1:], *self.heights[self.WINDOW + 1:]]
        return [parts[0], _Windowed(self.header, self.rows[kept:], heights, self.make)]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # type: ignore[no-untyped-def]
        self._table().drawOn(canvas, x, y, _sW)  # the last window, when it fits whole


def render_table(table: OfficialTable, choice: FontChoice | None = None,
                 cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> bytes:
    """`cancelled` is asked, and `progress` told, as the cells are laid out: a district's ledger is thousands
    of pages, minutes of layout."""
    watch = _Watch(cancelled, progress)
    choice = choice or FontChoice()
    body, head, title_fonts = choice.fonts("body"), choice.fonts("heading1"), choice.fonts("title")
    for where, text in (("表格标题", table.title), ("表头", "".join(table.headers))):
        check_text(text, title_fonts if where == "表格标题" else head, where)
    base = body[0].name  # not Helvetica: every font in the file is embedded
    page = landscape(A4) if table.landscape else A4
    buffer = io.BytesIO()
    side = 20 * mm if table.landscape else L.LEFT * mm
    document = SimpleDocTemplate(buffer, pagesize=page, leftMargin=side, rightMargin=side,
                                 topMargin=20 * mm, bottomMargin=20 * mm, title=table.title,
                                 creator="lz-desktop", invariant=1, initialFontName=base,
                                 initialFontSize=CELL_PT)
    width = page[0] - 2 * side
    weights = table.widths or (1.0,) * len(table.headers)
    col_widths = [width * w / sum(weights) for w in weights]
    def style(name: str, size: float, leading: float, centred: bool = True) -> ParagraphStyle:
        # CJK wrapping keeps 、，。） off the start of a line and （“ off its end (line-breaking rules).
        return ParagraphStyle(name, fontName=base, fontSize=size, leading=size * leading, wordWrap="CJK",
                              alignment=TA_CENTER if centred else 0)

    cell, header = style("cell", CELL_PT, 1.35, centred=False), style("head", HEADER_PT, 1.35)
    title, note = style("title", TABLE_TITLE_PT, 1.5), style("note", CELL_PT, 1.5)
    main = body[0]

    advance = L.Advances(partial(_advance, body, CELL_PT))
    room = [w - 2 * CELL_PADDING - 0.5 for w in col_widths]  # a hair less: reportlab must not break it again

    def cell_of(value: str, column: int) -> object:
        # A short cell the main font covers is drawn as plain text: a Paragraph (wrapping, per-character
        # fonts) costs tens of times more, and a district's ledger has 600,000 cells.
        if main.covers_all(value) and stringWidth(value, base, CELL_PT) + 2 * CELL_PADDING <= col_widths[column]:
            return value
        # Broken here by the rules of the documents' body (避头尾: no “ at a line's end, no ” or ）， at its
        # start), each line then set as it is: reportlab's CJK wrapping let “ end a line and ” stand alone.
        lines = [line for part in value.split("\n")
                 for line in L.break_lines(part, advance.__getitem__, room[column])]
        wrapped = _Cell("<br/>".join(markup(line, body) for line in lines), cell)
        wrapped.watch = watch
        watch.total += 3  # measured, then measured again and drawn on its page
        return wrapped

    head_advance = L.Advances(partial(_advance, head, HEADER_PT))
    data: list[list[object]] = [[Paragraph("<br/>".join(markup(line, head) for line in header_lines(
        h, head_advance.__getitem__, room[i])), header) for i, h in enumerate(table.headers)]]
    for number, row in enumerate(table.rows, start=1):
        check_text("".join(row), body, f"表格第{number}行")  # every glyph, before anything is drawn
        data.append([cell_of(value, column) for column, value in enumerate(row)])
        if number % 500 == 0:
            if cancelled():
                raise Cancelled
            progress(0, watch.total)  # none measured yet, of those counted so far: a job settles what it built
    grid_style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), base),  # the cells set it even when their Paragraphs do not need it
        ("FONTSIZE", (0, 0), (-1, -1), CELL_PT),
        ("LEADING", (0, 0), (-1, -1), CELL_PT * 1.35),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])

    def make(rows: list[list[object]], heights: Heights) -> LongTable:
        made = LongTable(rows, colWidths=col_widths, rowHeights=heights, repeatRows=1)
        made.setStyle(grid_style)
        return made

    grid = _Windowed(data[0], data[1:], [None] * len(data), make)
    story = [Paragraph(markup(table.title, title_fonts), title)]
    if table.note:
        story.append(Paragraph(markup(table.note, body), note))
    story += [Spacer(1, 4 * mm), grid]
    # platypus consumes the story as it lays out pages, and a table's parts hold their own rows: with no other
    # reference to the rows, each page's are freed when that page is done. Held here, all of them (a district
    # ledger's millions of objects) were freed at once on return, which Python does without letting the window
    # in: 140 ms for 20,000 rows.
    del data, grid
    for chart in table.charts:
        check_text(chart.title + "".join(chart.labels), body, "统计图")
        story += [Spacer(1, 8 * mm), drawing(chart, width, 70 * mm, chart_font(chart, body))]
    number = page_numbers(choice)

    def on_page(canvas, document) -> None:  # type: ignore[no-untyped-def]
        if cancelled():
            raise Cancelled
        number(canvas, document)

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def _advance(fonts: list[LoadedFont], size: float, char: str) -> float:
    """A character's advance in points, in the first of `fonts` that has it."""
    font = next((f for f in fonts if f.covers(char)), fonts[0])
    return stringWidth(char, font.name, size)


def header_lines(text: str, width_of: Callable[[str], float], limit: float) -> list[str]:
    """A column's heading on as few lines as fit, broken only between words: a heading is two-character words
    (责任|领导, 整改|措施), a character left over staying with the word before it (主持人, 整改|责任人); a word
    wider than the column alone is broken by the body's rules."""
    if sum(map(width_of, text)) <= limit:
        return [text]
    words = [text[i:i + 2] for i in range(0, len(text), 2)]
    if len(words) > 1 and len(words[-1]) == 1:
        words[-2:] = [words[-2] + words[-1]]
    lines: list[str] = []
    for word in words:
        if lines and sum(map(width_of, lines[-1] + word)) <= limit:
            lines[-1] += word
        else:
            lines.append(word)
    return [part for line in lines for part in L.break_lines(line, width_of, limit)]


def markup(text: str, fonts: list[LoadedFont]) -> str:
    """Paragraph markup naming, run by run, a font that has each character."""
    return "".join(f'<font name="{font.name}">{html.escape(chunk)}</font>' for font, chunk in runs(text, fonts))


def chart_font(chart: BarChart, fonts: list[LoadedFont]) -> str:
    """Graphics strings take one font: the first that has every character of the chart's text."""
    text = chart.title + "".join(chart.labels)
    return next((f.name for f in fonts if not missing(text, [f])), fonts[0].name)


def check_text(text: str, fonts: list[LoadedFont], where: str) -> None:
    lacking = missing(text, fonts)
    if lacking:
        raise MissingGlyphs("".join(lacking), where)


def page_numbers(choice: FontChoice):  # type: ignore[no-untyped-def]
    fonts = choice.fonts("page_number")

    def draw(canvas, document) -> None:  # type: ignore[no-untyped-def]
        page = canvas.getPageNumber()
        text = f"— {page} —"
        font = fonts[0].name
        canvas.setFont(font, L.PAGE_NO_PT)
        width = canvas.stringWidth(text, font, L.PAGE_NO_PT)
        x = document.pagesize[0] - document.rightMargin - width if page % 2 else document.leftMargin
        canvas.drawString(x, document.bottomMargin - 10 * mm, text)

    return draw
