"""A report (the annual summary) as an editable Word draft: the same sections and tables as the PDF, the
header row of every table repeated on each page. Charts are left to the PDF; Word users redraw their own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt

from lz_desktop.documents import layout as L
from lz_desktop.documents.docx_export import FONTS, page_numbers, set_font
from lz_desktop.documents.files import unfit_character
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
            grid = word.add_table(rows=1, cols=len(table.headers))
            grid.style = "Table Grid"
            grid.alignment = WD_TABLE_ALIGNMENT.CENTER
            header = grid.rows[0]
            for cell, text in zip(header.cells, table.headers, strict=True):
                _cell(cell, text, FONTS["heading1"])
            _repeat_header(header)
            widths = [tc.tcPr.tcW.get(qn("w:w")) for tc in header._tr.tc_lst]
            grid._tbl.extend(_data_rows(table.rows, widths))
        if s.charts:
            para("（统计图见PDF版本。）", "body", 12, indent=True)
    word.save(str(path))


def _data_rows(rows: Sequence[Sequence[object]], widths: list[str]) -> list[BaseOxmlElement]:
    """A table's rows as python-docx writes them (a cell's text in a run, a tab as w:tab, a line break as w:br;
    cells take the document's default font), parsed as one fragment. Through python-docx's cell objects a
    district's tables took hundreds of thousands of small lxml calls, which kept the window waiting for
    Python's lock for up to 140 ms at a time while the summary was exported in the background."""
    xml = "".join("<w:tr>" + "".join(
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr><w:p>{_run(str(value))}</w:p></w:tc>'
        for value, width in zip(values, widths, strict=True)) + "</w:tr>" for values in rows)
    return list(parse_xml(f"<w:tbl {nsdecls('w')}>{xml}</w:tbl>"))


# What XML 1.0 cannot hold (tab, line feed and carriage return are written as w:tab and w:br).
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _run(text: str) -> str:
    bad = _NOT_IN_XML.search(text)
    if bad:
        raise unfit_character("表格中", text, bad, "Word")
    parts = []
    for piece in re.split(r"(\t|\r|\n)", text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            parts.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return f"<w:r>{''.join(parts)}</w:r>"


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
