"""更正 of records beyond a finding's steps: what changed and why (the audit trail keeps the rows themselves)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database


def add(db: Database, record: str, record_id: int, on_date: dt.date, changes: str, reason: str) -> None:
    db.execute("INSERT INTO corrections(record, record_id, on_date, changes, reason, recorded_at)"
               " VALUES (?, ?, ?, ?, ?, ?)",
               [record, record_id, on_date.isoformat(), changes, reason,
                dt.datetime.now().isoformat(timespec="seconds")])


def of(db: Database, record: str, record_id: int) -> list[tuple[dt.date, str, str]]:
    """(date, changes, reason), oldest first."""
    rows = db.execute("SELECT on_date, changes, reason FROM corrections WHERE record = ? AND record_id = ?"
                      " ORDER BY id", [record, record_id]).fetchall()
    return [(dt.date.fromisoformat(r[0]), r[1], r[2]) for r in rows]
