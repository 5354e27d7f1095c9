"""A report (the annual summary) as a PDF in official style: a cover, a contents page with page numbers,
sections whose tables break across pages with the header row repeated, and charts drawn with reportlab's
graphics in the document's embedded fonts."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from lz_desktop.documents import layout as L
from lz_desktop.documents.charts import drawing
from lz_desktop.documents.fonts import FontChoice
from lz_desktop.documents.official_table import chart_font, check_text, markup, page_numbers
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.report import Report, ReportTable, numbered

BODY_PT, CELL_PT, HEADING_PT, COVER_PT = 14, 10.5, 16, 22


class _Doc(BaseDocTemplate):
    """Laid out once: headings note the page they land on, and the contents page, which refers to a form
    drawn at the end, gets its entries when every page is known. (multiBuild laid the whole district summary
    out twice, 105 pages, to learn the same page numbers.)"""

    contents: _Contents | None = None

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None and self.contents is not None:
            self.contents.entries.append((level, flowable.toc_text, self.page))

    def _endBuild(self) -> None:
        self._doSave = 0  # the last page is finished first; then the contents; then the file
        super()._endBuild()
        if self.contents is not None:
            self.contents.draw_form(self.canv)
        self.canv.save()


class _Contents(Flowable):
    """The contents page's entries: as tall as the headings' titles make them, drawn when their pages are known."""

    FORM = "contents"

    def __init__(self, titles: list[str], style: ParagraphStyle):
        super().__init__()
        self.style = style
        self.entries: list[tuple[int, str, int]] = []
        self._sample = self._toc([(0, title, 0) for title in titles])  # the page numbers take no height

    def _toc(self, entries: list[tuple[int, str, int]]) -> TableOfContents:
        # The table that lays the entries out sets its cells' font before drawing each: without our face it
        # sets Helvetica, which the PDF then lists, unembedded, on every page.
        toc = TableOfContents(levelStyles=[self.style], tableStyle=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), self.style.fontName)]))
        toc.addEntries(entries)
        toc.beforeBuild()  # what a build would have noted, ready to draw
        return toc

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._sample.wrapOn(self.canv, availWidth, availHeight)[1]
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self.FORM)

    def draw_form(self, canvas: Canvas) -> None:
        canvas.beginForm(self.FORM)
        toc = self._toc(self.entries)
        height = toc.wrapOn(canvas, self.width, self.height)[1]
        toc.drawOn(canvas, 0, self.height - height)
        canvas.endForm()


def render_report(report: Report, choice: FontChoice | None = None,
                  progress: Callable[[int, int], None] = lambda done, total: None) -> bytes:
    choice = choice or FontChoice()
    title_fonts, head, body = choice.fonts("title"), choice.fonts("heading1"), choice.fonts("body")
    _check_all(report, title_fonts, head, body)
    base = body[0].name
    buffer = io.BytesIO()
    doc = _Doc(buffer, pagesize=A4, leftMargin=L.LEFT * mm, rightMargin=(L.PAGE_W - L.LEFT - L.TYPE_W) * mm,
               topMargin=L.TOP * mm, bottomMargin=(L.PAGE_H - L.TOP - L.TYPE_H) * mm, title=report.title,
               creator="lz-desktop", invariant=1, initialFontName=base, initialFontSize=BODY_PT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("cover", [frame]),
                          PageTemplate("body", [frame], onPage=page_numbers(choice))])

    def style(name: str, size: float, leading: float, *, centred: bool = False, indent: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=base, fontSize=size, leading=size * leading, wordWrap="CJK",
                              alignment=TA_CENTER if centred else 0, firstLineIndent=indent)

    cover, para = style("cover", COVER_PT, 1.5, centred=True), style("p", BODY_PT, 1.75, indent=2 * BODY_PT)
    heading, caption = style("h", HEADING_PT, 1.6), style("cap", BODY_PT - 2, 1.5, centred=True)
    heading.keepWithNext = caption.keepWithNext = 1  # a heading or a table's title never ends a page
    cell, header = style("cell", CELL_PT, 1.3), style("head", CELL_PT, 1.3, centred=True)
    contents = doc.contents = _Contents([numbered(i, section.heading) for i, section in enumerate(report.sections)],
                                        style("toc", BODY_PT, 1.9))
    # The cover title breaks where a word ends, as official titles do (GB/T 9704-2012 7.2.8).
    def width(text: str) -> float:  # digits and Latin letters are half as wide as a Chinese character
        return sum(0.5 if ord(c) < 128 else 1.0 for c in text) * L.pt_to_mm(COVER_PT)

    lines = L.title_lines(report.title, width, L.TYPE_W - 4 * L.CHAR_PITCH)
    story: list[Flowable] = [
        Spacer(1, 60 * mm), Paragraph("<br/>".join(markup(line, title_fonts) for line in lines), cover),
        Spacer(1, 12 * mm),
        Paragraph(markup(report.scope, body), style("scope", BODY_PT + 2, 1.6, centred=True)), Spacer(1, 70 * mm),
        Paragraph(markup(report.office, body), style("office", BODY_PT + 2, 1.6, centred=True)),
        Paragraph(markup(format_cn(report.made_on), body), style("date", BODY_PT + 2, 1.6, centred=True)),
        NextPageTemplate("body"), PageBreak(),
        Paragraph(markup("目　录", head), style("toch", HEADING_PT + 2, 1.6, centred=True)), Spacer(1, 6 * mm),
        contents, PageBreak(),
    ]
    for index, section in enumerate(report.sections):
        title = numbered(index, section.heading)
        h = Paragraph(markup(title, head), heading)
        h.toc_level, h.toc_text = 0, title
        story.append(h)
        story += [Paragraph(markup(text, body), para) for text in section.paragraphs]
        for table in section.tables:
            story += [Spacer(1, 3 * mm), Paragraph(markup(table.title, head), caption),
                      _table(table, doc.width, base, body, head, cell, header), Spacer(1, 4 * mm)]
        for chart in section.charts:
            story += [Spacer(1, 4 * mm), drawing(chart, doc.width, 70 * mm, chart_font(chart, body))]
        progress(index + 1, len(report.sections))
    doc.build(story)
    return buffer.getvalue()


def _table(table: ReportTable, width: float, base: str, body: list, head: list,
           cell: ParagraphStyle, header: ParagraphStyle) -> Table:
    weights = table.widths or (1.0,) * len(table.headers)
    widths = [width * w / sum(weights) for w in weights]
    main = body[0]

    def cell_of(value: object, column: int) -> object:
        # A short cell the main font covers is drawn as plain text: a Paragraph (wrapping, per-character
        # fonts) costs tens of times more, and a summary has thousands of cells.
        text = str(value)
        if len(text) * CELL_PT * 1.05 < widths[column] - 6 and main.covers_all(text):
            return text
        return Paragraph(markup(text, body), cell)

    data: list[list[object]] = [[Paragraph(markup(h, head), header) for h in table.headers]]
    data += [[cell_of(v, c) for c, v in enumerate(row)] for row in table.rows]
    if not table.rows:
        data.append([Paragraph(markup("（无）", body), cell)] + [Paragraph("", cell)] * (len(table.headers) - 1))
    grid = Table(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), base),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_PT),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return grid


def _check_all(report: Report, title_fonts: list, head: list, body: list) -> None:
    check_text(report.title, title_fonts, "标题")
    check_text(report.scope + report.office, body, "封面")
    for section in report.sections:
        check_text(section.heading, head, "章节标题")
        check_text("".join(section.paragraphs), body, f"“{section.heading}”正文")
        for table in section.tables:
            check_text(table.title + "".join(table.headers), head, f"“{table.title}”表头")
            check_text("".join(str(v) for row in table.rows for v in row), body, f"“{table.title}”")
        for chart in section.charts:
            check_text(chart.title + "".join(chart.labels), body, "统计图")
