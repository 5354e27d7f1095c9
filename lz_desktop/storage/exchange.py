"""报送 packages, the rows merged from them, and units' self-assessment scores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.storage.office import get_setting


@dataclass(frozen=True)
class PackageRow:
    id: str
    unit_id: int
    unit_short_name: str
    year: int
    issued_at: dt.datetime
    due_on: dt.date
    file_name: str
    rows_sent: int
    returned_on: dt.date | None
    late: bool
    sha256: str | None
    merged_at: dt.datetime | None
    rows_merged: int


_SELECT = """SELECT p.id, p.unit_id, u.short_name, p.year, p.issued_at, p.due_on, p.file_name, p.rows_sent,
                    p.returned_on, p.late, p.sha256, p.merged_at, p.rows_merged
             FROM packages p JOIN units u ON u.id = p.unit_id"""


def _row(r: tuple) -> PackageRow:
    return PackageRow(r[0], r[1], r[2], r[3], dt.datetime.fromisoformat(r[4]), dt.date.fromisoformat(r[5]), r[6],
                      r[7], dt.date.fromisoformat(r[8]) if r[8] else None, bool(r[9]), r[10],
                      dt.datetime.fromisoformat(r[11]) if r[11] else None, r[12])


def office_id(db: Database) -> str:
    return get_setting(db, "office_id")


def insert(db: Database, package_id: str, unit_id: int, year: int, issued_at: dt.datetime, due_on: dt.date,
           file_name: str, rows_sent: int) -> None:
    db.execute("INSERT INTO packages(id, unit_id, year, issued_at, due_on, file_name, rows_sent) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", [package_id, unit_id, year, issued_at.isoformat(timespec="seconds"),
                                               due_on.isoformat(), file_name, rows_sent])


def packages_of_unit(db: Database, unit_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM packages WHERE unit_id = ?", [unit_id]).fetchone()[0])


def get(db: Database, package_id: str) -> PackageRow | None:
    r = db.execute(_SELECT + " WHERE p.id = ?", [package_id]).fetchone()
    return _row(r) if r else None


def of_year(db: Database, year: int) -> list[PackageRow]:
    return [_row(r) for r in db.execute(_SELECT + " WHERE p.year = ? ORDER BY u.sort_order, u.id, p.issued_at",
                                        [year]).fetchall()]


def set_returned(db: Database, package_id: str, returned_on: dt.date, late: bool, sha256: str) -> None:
    db.execute("UPDATE packages SET returned_on = ?, late = ?, sha256 = ? WHERE id = ?",
               [returned_on.isoformat(), int(late), sha256, package_id])


def set_merged(db: Database, package_id: str, at: dt.datetime | None, rows: int) -> None:
    """`at` None: rows merged, but some left for the clerk to decide (the package stays 已收回待合并)."""
    db.execute("UPDATE packages SET merged_at = coalesce(?, merged_at), rows_merged = rows_merged + ? WHERE id = ?",
               [at.isoformat(timespec="seconds") if at else None, rows, package_id])


def merged_records(db: Database, package_id: str) -> set[str]:
    return {r[0] for r in db.execute("SELECT record FROM package_rows WHERE package_id = ?", [package_id])}


def add_merged_record(db: Database, package_id: str, record: str, at: dt.datetime, sha256: str) -> None:
    db.execute("INSERT INTO package_rows(package_id, record, merged_at, sha256) VALUES (?, ?, ?, ?)",
               [package_id, record, at.isoformat(timespec="seconds"), sha256])


def self_assessment(db: Database, unit_id: int, year: int) -> dict[int, tuple[float, str]]:
    """indicator id → (score, note) of the unit's own assessment of the year."""
    return {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT indicator_id, score, note FROM self_assessments WHERE unit_id = ? AND year = ?", [unit_id, year])}


def self_assessments_of_year(db: Database, year: int) -> dict[int, dict[int, float]]:
    out: dict[int, dict[int, float]] = {}
    for unit_id, indicator_id, score in db.execute(
            "SELECT unit_id, indicator_id, score FROM self_assessments WHERE year = ?", [year]):
        out.setdefault(unit_id, {})[indicator_id] = score
    return out


def set_self_assessment(db: Database, unit_id: int, year: int, indicator_id: int, score: float, note: str,
                        package_id: str | None, on: dt.date) -> None:
    db.execute("INSERT INTO self_assessments(unit_id, year, indicator_id, score, note, package_id, recorded_on) "
               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(unit_id, year, indicator_id) DO UPDATE SET "
               "score = excluded.score, note = excluded.note, package_id = excluded.package_id, "
               "recorded_on = excluded.recorded_on",
               [unit_id, year, indicator_id, score, note, package_id, on.isoformat()])
