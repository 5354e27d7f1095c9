"""Any table as an .xlsx sheet: a header row, then the rows as shown, filterable in Excel/WPS."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from lz_desktop.documents.files import write_atomically

Cell = str | int | float
Sheet = tuple[str, list[str], Sequence[Sequence[Cell]]]  # (sheet name, headers, rows)


def write_table(path: str | os.PathLike[str], sheet: str, headers: list[str],
                rows: Sequence[Sequence[Cell]]) -> Path:
    return write_tables(path, [(sheet, headers, rows)])


def write_tables(path: str | os.PathLike[str], sheets: list[Sheet]) -> Path:
    """One sheet per table; numbers stay numbers so that the clerk can sum and filter them."""
    def build(tmp: Path) -> None:
        wb = Workbook()
        first = wb.active
        assert first is not None
        wb.remove(first)
        for name, headers, rows in sheets:
            _fill(wb.create_sheet(name[:31]), headers, rows)
        wb.save(tmp)

    return write_atomically(path, build)


def _fill(ws: Worksheet, headers: list[str], rows: Sequence[Sequence[Cell]]) -> None:
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for column, header in enumerate(headers, start=1):
        width = max([len(header), *(len(str(r[column - 1])) for r in rows)])
        ws.column_dimensions[ws.cell(row=1, column=column).column_letter].width = min(60, width * 2 + 2)
