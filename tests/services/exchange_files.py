"""Filling a 报送表 as a unit's clerk would, with openpyxl on the real file (values of any type a spreadsheet
program leaves: datetimes, text dates, numbers as text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from lz_desktop.domain.exchange import COLUMNS, SheetKind
from lz_desktop.services import exchange
from lz_desktop.services.office import Office

TODAY = dt.date(2026, 11, 25)
DUE = dt.date(2026, 12, 10)


def export(office: Office, folder: Path, **kwargs: object) -> dict[str, Path]:
    """Every unit's package of 2026, by the unit's short name."""
    folder.mkdir(exist_ok=True)
    options = {"today": TODAY, "due_on": DUE, "contact": "王芳 6888-1234"} | kwargs
    out = exchange.export_packages(office.db, 2026, folder, **options)  # type: ignore[arg-type]
    return {p.name.split("-")[0]: p for p in out.written}


def rows(path: Path, kind: SheetKind) -> dict[str, int]:
    """record key → the row it is on, from the package's own record sheet."""
    wb = load_workbook(path)
    try:
        return {str(r[2]): int(r[1]) for r in wb["_records"].iter_rows(values_only=True) if r[0] == kind.value}
    finally:
        wb.close()


def fill(path: Path, kind: SheetKind, row: int, values: dict[str, object]) -> None:
    """Type values into one row, by column label (as the clerk reads the header)."""
    wb = load_workbook(path)
    ws = wb[kind.sheet_title]
    letters = {c.label: i for i, c in enumerate(COLUMNS[kind], start=1)}
    for label, value in values.items():
        ws.cell(row, letters[label]).value = value  # ws.cell(r, c, None) would leave the cell as it was
    wb.save(path)
    wb.close()


def cell(path: Path, kind: SheetKind, row: int, label: str) -> object:
    wb = load_workbook(path)
    try:
        letters = {c.label: i for i, c in enumerate(COLUMNS[kind], start=1)}
        return wb[kind.sheet_title].cell(row, letters[label]).value
    finally:
        wb.close()
