"""A finding's recorded steps one by one, to be shown and corrected (更正): the finding itself, its feedback,
the filing of measures, each measure, each follow-up, the closing. Every UPDATE here is kept, before and after,
by the audit trail's triggers (storage/audit.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class MeasureStep:
    id: int
    content: str
    leader_id: int | None
    due_on: dt.date
    done_on: dt.date | None


@dataclass(frozen=True)
class FollowUpStep:
    id: int
    on_date: dt.date
    method: str
    result: str
    by_whom: str


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def measures(db: Database, finding_id: int) -> list[MeasureStep]:
    rows = db.execute("SELECT id, content, leader_id, due_on, done_on FROM measures WHERE finding_id = ? ORDER BY id",
                      [finding_id]).fetchall()
    return [MeasureStep(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), _date(r[4])) for r in rows]


def followups(db: Database, finding_id: int) -> list[FollowUpStep]:
    rows = db.execute("SELECT id, on_date, method, result, by_whom FROM followups WHERE finding_id = ?"
                      " ORDER BY on_date, id", [finding_id]).fetchall()
    return [FollowUpStep(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4]) for r in rows]


def evidence(db: Database, finding_id: int) -> str:
    row = db.execute("SELECT evidence FROM findings WHERE id = ?", [finding_id]).fetchone()
    return str(row[0]) if row else ""


def update_finding(db: Database, finding_id: int, *, source: str, description: str, rule_ref: str, severity: str,
                   evidence: str, found_on: dt.date) -> None:
    db.execute("UPDATE findings SET source = ?, description = ?, rule_ref = ?, severity = ?, evidence = ?,"
               " found_on = ? WHERE id = ?",
               [source, description, rule_ref, severity, evidence, found_on.isoformat(), finding_id])


def update_feedback(db: Database, feedback_id: int, title: str, fed_back_on: dt.date) -> None:
    db.execute("UPDATE feedbacks SET title = ?, fed_back_on = ? WHERE id = ?",
               [title, fed_back_on.isoformat(), feedback_id])


def update_measure(db: Database, measure_id: int, content: str, due_on: dt.date, done_on: dt.date | None) -> None:
    db.execute("UPDATE measures SET content = ?, due_on = ?, done_on = ? WHERE id = ?",
               [content, due_on.isoformat(), done_on.isoformat() if done_on else None, measure_id])


def update_followup(db: Database, followup_id: int, on_date: dt.date, method: str, result: str, by_whom: str) -> None:
    db.execute("UPDATE followups SET on_date = ?, method = ?, result = ?, by_whom = ? WHERE id = ?",
               [on_date.isoformat(), method, result, by_whom, followup_id])


def event_of(db: Database, finding_id: int, kind: str, on_date: dt.date | None = None,
             containing: str = "") -> tuple[int, dt.date, str] | None:
    """The timeline entry a step wrote (the latest of its kind, or the one of that date), as (id, date, text)."""
    sql = "SELECT id, on_date, text FROM finding_events WHERE finding_id = ? AND kind = ?"
    params: list[object] = [finding_id, kind]
    if on_date is not None:
        sql += " AND on_date = ?"
        params.append(on_date.isoformat())
    if containing:
        sql += " AND instr(text, ?) > 0"
        params.append(containing)
    row = db.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
    return (row[0], dt.date.fromisoformat(row[1]), row[2]) if row else None


def events_of(db: Database, finding_id: int, kind: str, on_date: dt.date) -> list[tuple[int, dt.date, str]]:
    rows = db.execute("SELECT id, on_date, text FROM finding_events WHERE finding_id = ? AND kind = ? AND on_date = ?",
                      [finding_id, kind, on_date.isoformat()]).fetchall()
    return [(row[0], dt.date.fromisoformat(row[1]), row[2]) for row in rows]


def rewrite_event(db: Database, event_id: int, on_date: dt.date, text: str) -> None:
    db.execute("UPDATE finding_events SET on_date = ?, text = ? WHERE id = ?", [on_date.isoformat(), text, event_id])
