"""The annual summary's Word draft: its tables read back as the clerk typed them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from lz_desktop.documents.report_docx import write_report_docx
from lz_desktop.domain.report import Report, ReportTable, Section


def report(*rows: tuple[str | int | float, ...]) -> Report:
    table = ReportTable("各单位整改情况", ("单位", "问题", "数量"), tuple(rows))
    return Report("2026年度汇总", "永安区（全区）", "区纪委", dt.date(2026, 11, 25), (Section("整改", (), (table,)),))


def test_table_cells_keep_tabs_line_breaks_spaces_and_markup_characters(tmp_path: Path) -> None:
    path = tmp_path / "汇总.docx"
    rows = (("区教委", "第一项\t说明\n第二行", 3), (" 区财政局 ", "<a & b> “引号” 'x'", 2.5), ("区法院", "", 0))
    write_report_docx(report(*rows), path)
    table = Document(str(path)).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["单位", "问题", "数量"], *([str(v) for v in row] for row in rows)]
    header = table.rows[0]._tr
    assert header.trPr is not None and header.trPr.xpath("./w:tblHeader")  # repeated on each page


def test_a_control_character_is_refused_by_where_it_is(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="第 3 个字符是控制字符（U\\+000B）"):
        write_report_docx(report(("区教委", "公务\x0b用车", 1)), tmp_path / "汇总.docx")
    assert not (tmp_path / "汇总.docx").exists()
