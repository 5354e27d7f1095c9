"""Any table as an .xlsx sheet: a header row, then the rows as shown, filterable in Excel/WPS."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from lz_desktop.documents.files import write_atomically


def write_table(path: str | os.PathLike[str], sheet: str, headers: list[str], rows: list[list[str]]) -> Path:
    def build(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = sheet[:31]
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for column, header in enumerate(headers, start=1):
            width = max([len(header), *(len(str(r[column - 1])) for r in rows)])
            ws.column_dimensions[ws.cell(row=1, column=column).column_letter].width = min(60, width * 2 + 2)
        wb.save(tmp)

    return write_atomically(path, build)
