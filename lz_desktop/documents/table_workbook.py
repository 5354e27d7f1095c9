"""Any table as an .xlsx sheet: a header row, then the rows as shown, filterable in Excel/WPS."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lz_desktop.documents.files import is_formula_text, unfit_character, write_atomically

Cell = str | int | float
Sheet = tuple[str, list[str], Sequence[Sequence[Cell]]]  # (sheet name, headers, rows)


Count = Callable[[int, int], None]  # (rows written, rows in all), every few thousand rows


def write_table(path: str | os.PathLike[str], sheet: str, headers: list[str],
                rows: Sequence[Sequence[Cell]], progress: Count = lambda done, total: None) -> Path:
    return write_tables(path, [(sheet, headers, rows)], progress)


def write_tables(path: str | os.PathLike[str], sheets: list[Sheet],
                 progress: Count = lambda done, total: None) -> Path:
    """One sheet per table; numbers stay numbers so that the clerk can sum and filter them.

    Rows are streamed to the file (openpyxl's write-only mode), not kept as cell objects: the ledger's 60,000
    rows made 600,000 of them, and Python's collector walked them again and again (up to 230 ms at a time)
    while the window waited for the export in the background."""
    total = sum(len(rows) for _name, _headers, rows in sheets)

    def build(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        written = 0
        for name, headers, rows in sheets:
            def count(done: int, before: int = written) -> None:
                progress(before + done, total)

            _fill(wb.create_sheet(name[:31]), headers, rows, count)
            written += len(rows)
        wb.save(tmp)

    return write_atomically(path, build)


def _fill(ws: WriteOnlyWorksheet, headers: list[str], rows: Sequence[Sequence[Cell]],
          written: Callable[[int], None]) -> None:
    # Widths and the frozen header row before the first row: a stream writes them at the top of the sheet.
    for column, header in enumerate(headers, start=1):
        width = max([len(header), *(len(str(r[column - 1])) for r in rows)])
        ws.column_dimensions[get_column_letter(column)].width = min(60, width * 2 + 2)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    ws.append([_styled(ws, header, bold) for header in headers])
    for number, row in enumerate(rows, start=1):
        try:
            ws.append([_text(ws, v) if isinstance(v, str) and is_formula_text(v) else v for v in row])
        except IllegalCharacterError:
            raise _refusal(ws.title, number + 1, headers, row) from None
        if number % 2000 == 0:
            written(number)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _refusal(sheet: str, row_number: int, headers: list[str], row: Sequence[Cell]) -> ValueError:
    """Which cell holds a character a workbook cannot: openpyxl's own words are English and name no cell."""
    for header, value in zip(headers, row, strict=False):
        bad = ILLEGAL_CHARACTERS_RE.search(str(value))
        if bad:
            return unfit_character(f"工作表“{sheet}”第 {row_number} 行“{header}”列", str(value), bad, "Excel")
    return ValueError(f"工作表“{sheet}”第 {row_number} 行有 Excel 文件不能容纳的字符。")


def _text(ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A string that starts with = kept a string: a leader named =cmd|'/c calc'!A0 must not run in Excel."""
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _styled(ws: WriteOnlyWorksheet, value: str, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    return cell
