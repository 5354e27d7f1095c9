"""An inspection's score sheet as .xlsx: one row per unit and scoring indicator, the way offices score today.

Exported with what is already scored; filled in by the inspection team; read back by header labels.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from lz_desktop.documents.files import keep_text, write_atomically
from lz_desktop.documents.workbook_reader import SheetRow, read_sheet

SHEET_TITLE = "评分表"
# (code, header, width, required to read back)
COLUMNS: list[tuple[str, str, int, bool]] = [
    ("unit", "单位", 18, True),
    ("level1", "一级指标", 14, True),
    ("level2", "二级指标", 18, False),
    ("points", "分值", 6, False),
    ("rule", "评分标准", 40, False),
    ("self_score", "自评得分", 9, False),
    ("score", "考核得分", 9, True),
    ("reason", "扣分理由", 40, False),
    ("comment", "备注", 20, False),
]
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
Cell = str | float | None


def write_score_sheet(path: str | os.PathLike[str], title: str, rows: Sequence[Sequence[Cell]]) -> Path:
    def build(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = SHEET_TITLE
        ws.append([label for _c, label, _w, _r in COLUMNS])
        for index, (_code, _label, width, required) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=1, column=index)
            cell.font = Font(bold=True, color="C00000" if required else "000000")
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(horizontal="center")
            ws.column_dimensions[cell.column_letter].width = width
        for row in rows:
            ws.append(list(row))
            keep_text(ws[ws.max_row])
        ws.freeze_panes = "A2"
        notes = wb.create_sheet("填写说明")
        for line in (title, "每行是一个单位的一项计分指标；请只填写“自评得分”“考核得分”“扣分理由”“备注”。",
                     "得分在 0 到该指标分值之间，至多一位小数；低于分值的须写明扣分理由。",
                     "同一单位同一指标只能出现一行；空白的考核得分视为尚未评分。"):
            notes.append([line])
        notes.column_dimensions["A"].width = 90
        wb.save(tmp)

    return write_atomically(path, build)


def read_score_sheet(path: str | os.PathLike[str]) -> list[SheetRow]:
    return read_sheet(path, SHEET_TITLE, [(code, label, required) for code, label, _w, required in COLUMNS],
                      "请使用“导出评分表”得到的表格填写。")
