"""Reading a filled-in .xlsx sheet by its header labels: every non-blank row as trimmed text, numbered as
Excel numbers it, so that a problem can be named by row and column."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class WorkbookError(Exception):
    """The file cannot be read as the expected sheet; the message says why, in Chinese."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number Excel shows
    values: dict[str, str]
    formulas: frozenset[str] = frozenset()  # codes of the cells holding a formula (read as empty)


def read_sheet(path: str | os.PathLike[str], title: str, columns: Sequence[tuple[str, str, bool]],
               hint: str) -> list[SheetRow]:
    """Rows of the sheet `title` (or the first sheet); `columns` are (code, header label, required)."""
    from openpyxl import load_workbook  # on first use: the pages that import this module need only its types

    file = Path(path)
    if not file.exists():
        raise WorkbookError(f"找不到文件 {file}。")
    try:
        # Not data_only: a formula cell is told from a value (data_only gives a formula never calculated, as
        # openpyxl writes them, as empty: “必填，不能为空” for a name that was a formula).
        wb = load_workbook(file, read_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise WorkbookError(f"{file.name} 不是可读取的 .xlsx 工作簿（{type(e).__name__}）。") from e
    try:
        ws = wb[title] if title in wb.sheetnames else wb.worksheets[0]
        rows = ws.iter_rows()
        header = [text(c.value) for c in next(rows, ())]
        missing = [label for _code, label, required in columns if required and label not in header]
        if missing:
            raise WorkbookError(f"{file.name} 第1行缺少必需的列：{'、'.join(missing)}。{hint}")
        index = {label: header.index(label) for _code, label, _r in columns if label in header}
        found: list[SheetRow] = []
        for number, cells in enumerate(rows, start=2):
            at = {code: cells[index[label]] for code, label, _r in columns
                  if label in index and index[label] < len(cells)}
            formulas = frozenset(code for code, cell in at.items() if getattr(cell, "data_type", "") == "f")
            values = {code: "" if code in formulas or code not in at else text(at[code].value)
                      for code, _label, _r in columns}
            if any(values.values()) or formulas:
                found.append(SheetRow(number, values, formulas))
        return found
    finally:
        wb.close()


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # Excel writes a control character in a cell as _xHHHH_ (OOXML's escape); openpyxl hands it back as is.
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), str(value)).strip()


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
FORMULA_PROBLEM = "是公式，请复制后“粘贴为数值”再导入"
