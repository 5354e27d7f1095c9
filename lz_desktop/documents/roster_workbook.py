"""The roster as an .xlsx workbook: the blank template, the export, and reading a filled one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from lz_desktop.documents.files import keep_text, write_atomically
from lz_desktop.documents.workbook_reader import SheetRow, WorkbookError, read_sheet

if TYPE_CHECKING:
    from openpyxl import Workbook

# openpyxl (a tenth of a second to import) loads when a workbook is written or read: the 单位与班子 page
# imports this module for its labels.

__all__ = ["COLUMNS", "LABELS", "SheetRow", "WorkbookError", "read_roster", "write_roster", "write_template"]

# (code name, header label, column width, required): the one definition of the sheet.
COLUMNS: list[tuple[str, str, int, bool]] = [
    ("unit", "单位", 24, True),
    ("name", "姓名", 10, True),
    ("gender", "性别", 6, True),
    ("post", "职务", 24, True),
    ("rank", "职级", 10, False),
    ("role", "角色", 12, True),
    ("portfolio", "分管工作", 30, False),
    ("portfolio_units", "分管单位", 24, False),
    ("term_start", "任职开始", 12, True),
    ("term_end", "任职结束", 12, False),
    ("status", "状态", 8, False),
    ("note", "备注", 20, False),
]
LABELS = {code: label for code, label, _, _ in COLUMNS}
SHEET_TITLE = "领导干部名册"
HEADER_COLOUR = "DCE6F1"


def write_template(path: str | os.PathLike[str]) -> Path:
    return write_roster(path, [], with_example=True)


def write_roster(path: str | os.PathLike[str], rows: list[dict[str, str]], *,
                 with_example: bool = False) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    def build(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = SHEET_TITLE
        ws.append([label for _, label, _, _ in COLUMNS])
        for index, (_, _label, width, required) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=1, column=index)
            cell.font = Font(bold=True, color="C00000" if required else "000000")
            cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
            cell.alignment = Alignment(horizontal="center")
            ws.column_dimensions[cell.column_letter].width = width
        if with_example:
            ws.append(["区财政局", "张三", "男", "党组书记、局长", "正处级", "主要负责人",
                       "主持全面工作", "", "2023-3-5", "", "在职", "示例行，导入前请删除"])
        for row in rows:
            ws.append([row.get(code, "") for code, _, _, _ in COLUMNS])
            keep_text(ws[ws.max_row])
        ws.freeze_panes = "A2"
        _add_choices(ws)
        _add_instructions(wb)
        wb.save(tmp)

    return write_atomically(path, build)


def read_roster(path: str | os.PathLike[str]) -> list[SheetRow]:
    """Every non-blank data row, its cells as trimmed text (dates as yyyy-mm-dd)."""
    return read_sheet(path, SHEET_TITLE, [(code, label, required) for code, label, _w, required in COLUMNS],
                      "请使用“下载模板”得到的表格填写。")


def _add_choices(ws: object) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    choices = {"gender": "男,女", "role": "主要负责人,班子成员", "status": "在职,调离,退休"}
    for code, allowed in choices.items():
        col = [c for c, _, _, _ in COLUMNS].index(code) + 1
        letter = ws.cell(row=1, column=col).column_letter  # type: ignore[attr-defined]
        rule = DataValidation(type="list", formula1=f'"{allowed}"', allow_blank=True)
        rule.add(f"{letter}2:{letter}2000")
        ws.add_data_validation(rule)  # type: ignore[attr-defined]


def _add_instructions(wb: Workbook) -> None:
    ws = wb.create_sheet("填写说明")
    lines = [
        "红色列名为必填项。",
        "单位：填写单位全称或简称，须与系统中的单位一致。",
        "角色：主要负责人 或 班子成员；同一班子同一时间只能有一名主要负责人（《办法》第六条）。",
        "日期：可写作 2026-3-5、2026/03/05、2026.3.5 或 2026年3月5日。",
        "分管单位：多个单位用顿号“、”分隔。",
        "状态：在职、调离或退休，空白视为在职；调离、退休须填写任职结束日期。",
    ]
    for line in lines:
        ws.append([line])
    ws.column_dimensions["A"].width = 90
