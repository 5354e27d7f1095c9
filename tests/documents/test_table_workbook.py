"""Any table as a workbook: what a clerk sees on opening it in Excel or WPS."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from lz_desktop.documents.table_workbook import write_tables


def test_each_table_is_a_sheet_with_a_bold_frozen_filterable_header(tmp_path: Path) -> None:
    path = write_tables(tmp_path / "表.xlsx", [
        ("整改台账", ["单位", "问题", "分数"], [("区教委", "公务用车管理不规范，" * 10, 92.5), ("区财政局", "无", 88)]),
        ("空表", ["单位"], []),
    ])
    wb = load_workbook(path)
    assert wb.sheetnames == ["整改台账", "空表"]
    ws = wb["整改台账"]
    assert [[c.value for c in row] for row in ws.iter_rows()] == [
        ["单位", "问题", "分数"], ["区教委", "公务用车管理不规范，" * 10, 92.5], ["区财政局", "无", 88]]
    assert all(c.font.b for c in ws[1]) and not any(c.font.b for c in ws[2])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C3"
    # Wide enough for the longest cell (two units a character), never wider than 60.
    assert ws.column_dimensions["A"].width == 10
    assert ws.column_dimensions["B"].width == 60
    assert isinstance(ws["C2"].value, float) and isinstance(ws["C3"].value, int)  # numbers stay numbers
    empty = wb["空表"]
    assert [c.value for c in empty[1]] == ["单位"] and empty.max_row == 1
    assert empty.auto_filter.ref == "A1:A1"


def test_a_sheet_name_is_cut_to_excels_31_characters(tmp_path: Path) -> None:
    path = write_tables(tmp_path / "表.xlsx", [("很" * 40, ["甲"], [("一",)])])
    assert load_workbook(path).sheetnames == ["很" * 31]


def test_rows_are_counted_across_sheets_as_they_are_written(tmp_path: Path) -> None:
    told: list[tuple[int, int]] = []
    write_tables(tmp_path / "表.xlsx", [("甲", ["n"], [(i,) for i in range(3000)]),
                                       ("乙", ["n"], [(i,) for i in range(2500)])],
                 lambda done, total: told.append((done, total)))
    assert told == [(2000, 5500), (5000, 5500)]


def test_a_control_character_is_refused_by_its_cell_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="工作表“整改台账”第 3 行“问题”列的“公务\x0b用车”第 3 个字符是控制字符（U\\+000B）"):
        write_tables(tmp_path / "表.xlsx", [("整改台账", ["单位", "问题"], [("区教委", "无"), ("区财政局", "公务\x0b用车")])])
    assert list(tmp_path.iterdir()) == []  # no file, and no half-written one beside it


def test_a_table_workbook_and_a_csv_carry_no_live_formula(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Text from the record that starts with = stays text in an .xlsx; in a CSV a cell starting with = + - @,
    a tab or a return gets a leading apostrophe (OWASP), so no spreadsheet runs it."""
    from openpyxl import load_workbook

    from lz_desktop.documents.files import csv_safe
    from lz_desktop.documents.table_workbook import write_table

    out = write_table(tmp_path / "t.xlsx", "表", ["问题", "数"], [['=HYPERLINK("http://x")', 3], ["正常", -2]])
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells) and cells[2].value == '=HYPERLINK("http://x")'
    assert cells[3].value == 3 and cells[5].value == -2  # numbers stay numbers
    assert [csv_safe(v) for v in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "正常", 5)] == [
        "'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "正常", 5]
