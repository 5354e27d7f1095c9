"""A 报送表 after a real spreadsheet program has re-saved it.

`tests/fixtures/package-libreoffice.xlsx` is a package of the demo office for 区人民医院, filled with openpyxl
(a completion date as a date, one typed as “11月21日”, a task's date typed as “2026年11月18日”, a score typed
with a full-width “７”, one as 6.5, the rest of the demo's earlier answers cleared) and then re-saved by
LibreOffice Calc 7.4:
`soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir re filled.xlsx`. LibreOffice turns
the very hidden sheets into hidden ones and rewrites every style; the package must read the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from lz_desktop.documents.package_workbook import read_package
from lz_desktop.domain.exchange import SheetKind, read_date, read_number

FIXTURE = Path(__file__).parent.parent / "fixtures" / "package-libreoffice.xlsx"


def test_a_package_re_saved_by_libreoffice_keeps_its_identity_locks_and_filled_values() -> None:
    wb = load_workbook(FIXTURE)
    assert wb["_package"].sheet_state == "hidden" and wb["自查自评"].protection.sheet
    points = wb["自查自评"]["D5"].value
    assert isinstance(points, int | float) and points > 0  # sent as a number, kept a number
    wb.close()
    package = read_package(FIXTURE)
    assert package.identity.unit_name == "北京市永安区人民医院" and package.identity.year == 2026
    assert not package.problems and package.digest_now == package.identity.locked_digest
    filled = {r.key: r for r in package.rows}
    measures = [r for r in package.rows if r.kind is SheetKind.MEASURES]
    assert [read_date(r.cells["done_on"], 2026) for r in measures] == [dt.date(2026, 11, 20), dt.date(2026, 11, 21)]
    assert isinstance(measures[0].cells["done_on"], dt.datetime)  # a date cell stays a date
    task = next(r for r in package.rows if r.kind is SheetKind.TASKS and r.cells["progress"])
    assert read_date(task.cells["done_on"], 2026) == dt.date(2026, 11, 18)
    scores = [read_number(r.cells["score"]) for r in package.rows
              if r.kind is SheetKind.SELF_ASSESSMENT and r.cells["score"] is not None]
    assert scores == [7.0, 6.5]
    assert len(filled) == len(package.rows)
