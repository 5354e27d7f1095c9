"""Feedbacks (反馈) and the measures deadline each one starts (Art. 19)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    unit_id: int
    unit_short_name: str
    title: str
    fed_back_on: dt.date
    measures_due: dt.date
    provisional: bool
    explanation: str
    measures_filed_on: dt.date | None


_SELECT = """
SELECT f.id, f.unit_id, u.short_name, f.title, f.fed_back_on, f.measures_due, f.provisional, f.explanation,
       f.measures_filed_on
FROM feedbacks f JOIN units u ON u.id = f.unit_id
"""


def _row(r: tuple) -> FeedbackRow:
    return FeedbackRow(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), dt.date.fromisoformat(r[5]),
                       bool(r[6]), r[7], dt.date.fromisoformat(r[8]) if r[8] else None)


def insert(db: Database, unit_id: int, title: str, fed_back_on: dt.date, due: dt.date, provisional: bool,
           explanation: str) -> int:
    cur = db.execute(
        "INSERT INTO feedbacks(unit_id, title, fed_back_on, measures_due, provisional, explanation, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [unit_id, title, fed_back_on.isoformat(), due.isoformat(), int(provisional), explanation,
         dt.datetime.now().isoformat(timespec="seconds")])
    return int(cur.lastrowid or 0)


def get(db: Database, feedback_id: int) -> FeedbackRow | None:
    row = db.execute(_SELECT + " WHERE f.id = ?", [feedback_id]).fetchone()
    return _row(row) if row else None


def open_feedbacks(db: Database) -> list[FeedbackRow]:
    """Those whose measures are not filed yet: their deadline still matters."""
    rows = db.execute(_SELECT + " WHERE f.measures_filed_on IS NULL ORDER BY f.measures_due, f.id").fetchall()
    return [_row(r) for r in rows]


def set_deadline(db: Database, feedback_id: int, due: dt.date, provisional: bool, explanation: str) -> None:
    db.execute("UPDATE feedbacks SET measures_due = ?, provisional = ?, explanation = ? WHERE id = ?",
               [due.isoformat(), int(provisional), explanation, feedback_id])


def set_filed(db: Database, feedback_id: int, filed_on: dt.date) -> None:
    db.execute("UPDATE feedbacks SET measures_filed_on = ? WHERE id = ?", [filed_on.isoformat(), feedback_id])
