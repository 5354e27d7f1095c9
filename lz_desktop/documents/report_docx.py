"""A report (the annual summary) as an editable Word draft: the same sections and tables as the PDF, the
header row of every table repeated on each page. Charts are left to the PDF; Word users redraw their own."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from lz_desktop.documents import layout as L
from lz_desktop.documents.docx_export import FONTS, page_numbers, set_font
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.report import Report, numbered


def write_report_docx(report: Report, path: Path) -> None:
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(L.PAGE_W), Mm(L.PAGE_H)
    section.top_margin, section.left_margin = Mm(L.TOP), Mm(L.LEFT)
    section.right_margin = Mm(L.PAGE_W - L.LEFT - L.TYPE_W)
    section.bottom_margin = Mm(L.PAGE_H - L.TOP - L.TYPE_H)
    page_numbers(word)
    normal = word.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONTS["body"])
    normal.font.name = FONTS["body"]

    def para(text: str, role: str, size: float, *, centre: bool = False, indent: bool = False,
             space_before: float = 0) -> None:
        p = word.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_before = Mm(space_before)
        run = p.add_run(text)
        run.font.size = Pt(size)
        set_font(run, FONTS[role])

    para(report.title, "title", 26, centre=True, space_before=60)
    para(report.scope, "body", 16, centre=True, space_before=10)
    para(report.office, "body", 16, centre=True, space_before=70)
    para(format_cn(report.made_on), "body", 16, centre=True)
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for index, s in enumerate(report.sections):
        para(numbered(index, s.heading), "heading1", 16, space_before=4)
        for text in s.paragraphs:
            para(text, "body", 14, indent=True)
        for table in s.tables:
            para(table.title, "heading1", 12, centre=True, space_before=3)
            # All rows made at once and filled in order: add_row() and cell() lookups are what make large
            # tables slow in python-docx. Cells take the document's default font (set above).
            grid = word.add_table(rows=1 + len(table.rows), cols=len(table.headers))
            grid.style = "Table Grid"
            grid.alignment = WD_TABLE_ALIGNMENT.CENTER
            rows = grid.rows
            for cell, text in zip(rows[0].cells, table.headers, strict=True):
                _cell(cell, text, FONTS["heading1"])
            _repeat_header(rows[0])
            for values, row in zip(table.rows, rows[1:], strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.paragraphs[0].add_run(str(value))
        if s.charts:
            para("（统计图见PDF版本。）", "body", 12, indent=True)
    word.save(str(path))


def _cell(cell, text: str, font: str) -> None:  # type: ignore[no-untyped-def]
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(10.5)
    set_font(run, font)


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    """Word repeats a row marked tblHeader at the top of each page the table runs onto."""
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)
