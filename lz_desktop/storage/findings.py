"""Findings, measures, follow-ups and timelines. Statuses are not stored: they are derived."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.rectification import FindingFacts, FindingSeverity, MeasureFacts
from lz_desktop.storage import bigrams
from lz_desktop.storage.like import ESCAPE, contains
from lz_desktop.storage.units import TREE_CTE


@dataclass(frozen=True)
class FindingRow:
    id: int
    unit_id: int
    unit_short_name: str
    source: LeadSource
    description: str
    rule_ref: str
    severity: FindingSeverity
    found_on: dt.date
    feedback_id: int | None
    facts: FindingFacts
    leaders: str = ""  # responsible leaders' names, 、-separated


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def insert(db: Database, unit_id: int, source: LeadSource, description: str, rule_ref: str,
           severity: FindingSeverity, evidence: str, found_on: dt.date, leader_ids: tuple[int, ...]) -> int:
    cur = db.execute(
        "INSERT INTO findings(unit_id, source, description, rule_ref, severity, evidence, found_on, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [unit_id, source.value, description, rule_ref, severity.value, evidence, found_on.isoformat(),
         dt.datetime.now().isoformat(timespec="seconds")])
    finding_id = int(cur.lastrowid or 0)
    for leader_id in leader_ids:
        db.execute("INSERT INTO finding_leaders(finding_id, leader_id) VALUES (?, ?)", [finding_id, leader_id])
    return finding_id


def attach_to_feedback(db: Database, finding_id: int, feedback_id: int) -> None:
    db.execute("UPDATE findings SET feedback_id = ? WHERE id = ?", [feedback_id, finding_id])


def add_measure(db: Database, finding_id: int, content: str, leader_id: int | None, due_on: dt.date) -> int:
    cur = db.execute("INSERT INTO measures(finding_id, content, leader_id, due_on) VALUES (?, ?, ?, ?)",
                     [finding_id, content, leader_id, due_on.isoformat()])
    return int(cur.lastrowid or 0)


def complete_measure(db: Database, measure_id: int, done_on: dt.date) -> None:
    db.execute("UPDATE measures SET done_on = ? WHERE id = ?", [done_on.isoformat(), measure_id])


def measure_finding(db: Database, measure_id: int) -> int | None:
    row = db.execute("SELECT finding_id FROM measures WHERE id = ?", [measure_id]).fetchone()
    return int(row[0]) if row else None


def add_followup(db: Database, finding_id: int, on_date: dt.date, method: str, result: str, by_whom: str) -> None:
    db.execute("INSERT INTO followups(finding_id, on_date, method, result, by_whom) VALUES (?, ?, ?, ?, ?)",
               [finding_id, on_date.isoformat(), method, result, by_whom])


def followup_count(db: Database, finding_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM followups WHERE finding_id = ?", [finding_id]).fetchone()[0])


def set_closed(db: Database, finding_id: int, closed_on: dt.date | None) -> None:
    db.execute("UPDATE findings SET closed_on = ? WHERE id = ?",
               [closed_on.isoformat() if closed_on else None, finding_id])


def add_event(db: Database, finding_id: int, on_date: dt.date, kind: str, text: str) -> None:
    db.execute("INSERT INTO finding_events(finding_id, on_date, recorded_at, kind, text) VALUES (?, ?, ?, ?, ?)",
               [finding_id, on_date.isoformat(), dt.datetime.now().isoformat(timespec="seconds"), kind, text])


def events(db: Database, finding_id: int) -> list[tuple[dt.date, str, str]]:
    rows = db.execute("SELECT on_date, kind, text FROM finding_events WHERE finding_id = ? ORDER BY on_date, id",
                      [finding_id]).fetchall()
    return [(dt.date.fromisoformat(r[0]), r[1], r[2]) for r in rows]


def measures_of(db: Database, finding_id: int) -> list[tuple[int, str, dt.date, dt.date | None]]:
    rows = db.execute("SELECT id, content, due_on, done_on FROM measures WHERE finding_id = ? ORDER BY id",
                      [finding_id]).fetchall()
    return [(r[0], r[1], dt.date.fromisoformat(r[2]), _date(r[3])) for r in rows]


# Due dates as they stand after approved extensions (ISO dates compare as text).
_APPROVED = "(SELECT MAX(e.new_due) FROM extensions e WHERE e.{column} = {key} AND e.decision = 'approved')"
_MEASURE_DUE = f"MAX(m.due_on, COALESCE({_APPROVED.format(column='measure_id', key='m.id')}, m.due_on))"
_FILING_DUE = f"MAX(fb.measures_due, COALESCE({_APPROVED.format(column='feedback_id', key='fb.id')}, fb.measures_due))"
# The responsible leaders' names, as a row shows them and as the ledger sorts by them.
_LEADERS = ("(SELECT group_concat(l.name, '、') FROM finding_leaders fl JOIN leaders l ON l.id = fl.leader_id"
            " WHERE fl.finding_id = fi.id)")
_SELECT = f"""
SELECT fi.id, fi.unit_id, u.short_name, fi.source, fi.description, fi.rule_ref, fi.severity, fi.found_on,
       fi.feedback_id, fb.fed_back_on, {_FILING_DUE}, fb.measures_filed_on, fi.closed_on,
       (SELECT group_concat({_MEASURE_DUE} || '|' || COALESCE(m.done_on, ''), ';') FROM measures m
        WHERE m.finding_id = fi.id),
       {_LEADERS} AS leaders
FROM findings fi JOIN units u ON u.id = fi.unit_id LEFT JOIN feedbacks fb ON fb.id = fi.feedback_id
"""


def _row(r: tuple) -> FindingRow:
    measures = tuple(MeasureFacts(dt.date.fromisoformat(due), _date(done or None))
                     for due, done in (part.split("|") for part in r[13].split(";"))) if r[13] else ()
    facts = FindingFacts(_date(r[9]), _date(r[10]), _date(r[11]), measures, _date(r[12]))
    return FindingRow(r[0], r[1], r[2], LeadSource(r[3]), r[4], r[5], FindingSeverity(r[6]),
                      dt.date.fromisoformat(r[7]), r[8], facts, r[14] or "")


def get(db: Database, finding_id: int) -> FindingRow | None:
    row = db.execute(_SELECT + " WHERE fi.id = ?", [finding_id]).fetchone()
    return _row(row) if row else None


def findings_of_feedback(db: Database, feedback_id: int) -> list[FindingRow]:
    return [_row(r) for r in db.execute(_SELECT + " WHERE fi.feedback_id = ? ORDER BY fi.id", [feedback_id])]


def all_findings(db: Database, unit_ids: list[int] | None = None) -> list[FindingRow]:
    where, params = "", list[int]()
    if unit_ids is not None:
        where = f" WHERE fi.unit_id IN ({','.join('?' * len(unit_ids))})" if unit_ids else " WHERE 0"
        params = list(unit_ids)
    return [_row(r) for r in db.execute(_SELECT + where + " ORDER BY fi.found_on, fi.id", params).fetchall()]


def add_extension(db: Database, *, feedback_id: int | None, measure_id: int | None, requested_on: dt.date,
                  reason: str, new_due: dt.date) -> int:
    cur = db.execute("INSERT INTO extensions(feedback_id, measure_id, requested_on, reason, new_due, decision)"
                     " VALUES (?, ?, ?, ?, ?, 'pending')",
                     [feedback_id, measure_id, requested_on.isoformat(), reason, new_due.isoformat()])
    return int(cur.lastrowid or 0)


def decide_extension(db: Database, extension_id: int, decision: str, decided_on: dt.date) -> None:
    db.execute("UPDATE extensions SET decision = ?, decided_on = ? WHERE id = ? AND decision = 'pending'",
               [decision, decided_on.isoformat(), extension_id])


def pending_extensions(db: Database, finding_id: int) -> list[tuple[int, str, dt.date, dt.date]]:
    """(id, reason, requested_on, new_due) awaiting a decision, for the finding's feedback or measures."""
    rows = db.execute(
        "SELECT e.id, e.reason, e.requested_on, e.new_due FROM extensions e"
        " WHERE e.decision = 'pending' AND (e.feedback_id = (SELECT feedback_id FROM findings WHERE id = ?)"
        " OR e.measure_id IN (SELECT id FROM measures WHERE finding_id = ?)) ORDER BY e.id",
        [finding_id, finding_id]).fetchall()
    return [(r[0], r[1], dt.date.fromisoformat(r[2]), dt.date.fromisoformat(r[3])) for r in rows]


def add_attachment(db: Database, finding_id: int, name: str, data: bytes, added_on: dt.date) -> int:
    cur = db.execute("INSERT INTO finding_attachments(finding_id, name, size, added_on, data) VALUES (?, ?, ?, ?, ?)",
                     [finding_id, name, len(data), added_on.isoformat(), data])
    return int(cur.lastrowid or 0)


def attachments(db: Database, finding_id: int) -> list[tuple[int, str, int]]:
    rows = db.execute("SELECT id, name, size FROM finding_attachments WHERE finding_id = ? ORDER BY id",
                      [finding_id]).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def attachment_data(db: Database, attachment_id: int) -> tuple[str, bytes] | None:
    row = db.execute("SELECT name, data FROM finding_attachments WHERE id = ?", [attachment_id]).fetchone()
    return (row[0], bytes(row[1])) if row else None


def _text_subquery(text: str) -> tuple[str, dict[str, object]]:
    """Findings that contain `text` in their description, rule or evidence (the bigram index from two
    characters, a scan for one), or whose unit or responsible leader is so named."""
    text = text.strip()
    params: dict[str, object] = {"pattern": contains(text)}
    if len(text) >= 2:
        own = "SELECT rowid FROM findings_bigrams WHERE findings_bigrams MATCH :phrase"
        params["phrase"] = bigrams.phrase(text)
    else:
        own = (f"SELECT id FROM findings WHERE description LIKE :pattern {ESCAPE} OR rule_ref LIKE :pattern {ESCAPE}"
               f" OR evidence LIKE :pattern {ESCAPE}")
    # Names first (300 units, 3,000 leaders), then their findings through the indexes.
    named = (f"SELECT id FROM findings WHERE unit_id IN (SELECT id FROM units WHERE short_name LIKE :pattern {ESCAPE}"
             f" OR name LIKE :pattern {ESCAPE}) UNION SELECT finding_id FROM finding_leaders WHERE leader_id IN"
             f" (SELECT id FROM leaders WHERE name LIKE :pattern {ESCAPE})")
    return f"{own} UNION {named}", params


def text_matches(db: Database, text: str) -> tuple[int, ...]:
    sql, params = _text_subquery(text)
    return tuple(int(r[0]) for r in db.execute(sql, params).fetchall())


# The status rule of domain.rectification.derive_status, in SQL, so that the ledger can filter, sort
# and page 60,000 findings in the database. tests/storage/test_ledger_sql.py holds the two to agreement.
_OPEN = "FROM measures m WHERE m.finding_id = fi.id AND m.done_on IS NULL"
_STATUS = f"""CASE
    WHEN fi.closed_on IS NOT NULL THEN 'closed'
    WHEN fb.id IS NULL THEN 'not_fed_back'
    WHEN fb.measures_filed_on IS NULL THEN
        CASE WHEN :today > {_FILING_DUE} THEN 'measures_overdue' ELSE 'awaiting_measures' END
    WHEN EXISTS (SELECT 1 FROM measures m WHERE m.finding_id = fi.id) AND NOT EXISTS (SELECT 1 {_OPEN})
        THEN 'awaiting_verification'
    WHEN EXISTS (SELECT 1 {_OPEN} AND {_MEASURE_DUE} < :today) THEN 'completion_overdue'
    ELSE 'in_progress' END"""
_NEXT_DUE = f"""CASE
    WHEN fi.closed_on IS NOT NULL OR fb.id IS NULL THEN NULL
    WHEN fb.measures_filed_on IS NULL THEN {_FILING_DUE}
    ELSE (SELECT MIN({_MEASURE_DUE}) {_OPEN}) END"""
# The two lists the dashboard counts and the ledger filters by, over a status and a next date.
_OVERDUE_STATUSES = "('measures_overdue', 'completion_overdue')"
_OVERDUE = "{status} IN " + _OVERDUE_STATUSES
_DUE_SOON = "{status} NOT IN " + _OVERDUE_STATUSES + " AND {next_due} BETWEEN :today AND date(:today, :window)"
_UNIT_PATH = "(SELECT path FROM tree WHERE tree.id = fi.unit_id)"
_COMPUTED = f", {_STATUS} AS status, {_NEXT_DUE} AS next_due, {_UNIT_PATH} AS unit_path\nFROM findings fi"
_LEDGER = _SELECT.replace("\nFROM findings fi", _COMPUTED, 1)
LEDGER_SORT = ["unit_path", "status", "next_due", "overdue_days", "description", "source", "severity", "rule_ref",
               "found_on", "fed_back_on", "leaders"]
# What the ledger filters and sorts by, each computed alone: choosing and ordering 6,000 of 60,000 findings
# then costs only the columns it reads, and the 200 rows a page shows are read whole afterwards.
_KEYS = {"unit_path": _UNIT_PATH, "status": _STATUS, "next_due": _NEXT_DUE,
         "overdue_days": f"(CASE WHEN ({_STATUS}) IN {_OVERDUE_STATUSES}"
                         f" THEN julianday(:today) - julianday({_NEXT_DUE}) ELSE 0 END)",
         "description": "fi.description",
         "source": "fi.source", "severity": "fi.severity", "rule_ref": "fi.rule_ref", "found_on": "fi.found_on",
         "fed_back_on": "fb.fed_back_on", "leaders": _LEADERS}
_LEAN = "FROM findings fi LEFT JOIN feedbacks fb ON fb.id = fi.feedback_id"


@dataclass(frozen=True)
class LedgerQuery:
    today: dt.date
    unit_ids: list[int] | None = None
    statuses: list[str] | None = None  # status values; None for all
    due_within_days: int | None = None  # not overdue and next due within so many days
    source: str | None = None
    year: int | None = None
    text: str = ""  # searched as in text_matches, in the same statement as the filter and the order
    sort_column: int = 0
    descending: bool = False


def _where(q: LedgerQuery) -> tuple[str, dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {"today": q.today.isoformat()}
    if q.unit_ids is not None:
        clauses.append(f"fi.unit_id IN ({','.join(str(int(i)) for i in q.unit_ids) or 'NULL'})")
    if q.statuses is not None:
        clauses.append(f"({_STATUS}) IN ({','.join(repr(str(s)) for s in q.statuses) or 'NULL'})")
    if (q.statuses is not None and "closed" not in q.statuses) or q.due_within_days is not None:
        clauses.insert(0, "fi.closed_on IS NULL")  # through the open findings' index (migration 0018)
    if q.due_within_days is not None:
        clauses.append(_DUE_SOON.format(status=f"({_STATUS})", next_due=f"({_NEXT_DUE})"))
        params["window"] = f"+{int(q.due_within_days)} days"
    if q.source is not None:
        clauses.append("fi.source = :source")
        params["source"] = q.source
    if q.year is not None:
        clauses.append("substr(fi.found_on, 1, 4) = :year")
        params["year"] = str(q.year)
    if q.text.strip():
        matches, more = _text_subquery(q.text)
        clauses.append(f"fi.id IN ({matches})")
        params.update(more)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def ledger_count(db: Database, q: LedgerQuery) -> int:
    where, params = _where(q)
    return int(db.execute(f"SELECT count(*) {_LEAN}{where}", params).fetchone()[0])


def open_counts(db: Database, today: dt.date, due_within_days: int) -> tuple[int, int, int]:
    """(overdue, due within so many days and not overdue, awaiting verification) in one pass over the open
    findings; materialised, so that each finding's status is derived once, not once per figure."""
    row = db.execute(
        f"""WITH open AS MATERIALIZED (SELECT {_STATUS} AS status, {_NEXT_DUE} AS next_due {_LEAN}
                                      WHERE fi.closed_on IS NULL)
        SELECT count(*) FILTER (WHERE {_OVERDUE.format(status='status')}),
               count(*) FILTER (WHERE {_DUE_SOON.format(status='status', next_due='next_due')}),
               count(*) FILTER (WHERE status = 'awaiting_verification') FROM open""",
        {"today": today.isoformat(), "window": f"+{int(due_within_days)} days"}).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def ledger_order(db: Database, q: LedgerQuery) -> list[int]:
    """The ids the filter selects, in the order chosen: the ledger's count and its pages in one query."""
    where, params = _where(q)
    column = LEDGER_SORT[q.sort_column] if 0 <= q.sort_column < len(LEDGER_SORT) else "unit_path"
    direction = "DESC" if q.descending else "ASC"
    sql = f"{TREE_CTE} SELECT fi.id {_LEAN}{where} ORDER BY {_KEYS[column]} {direction}, fi.found_on, fi.id"
    return [r[0] for r in db.execute(sql, params).fetchall()]


def ledger_rows_of(db: Database, today: dt.date, ids: list[int]) -> list[tuple[FindingRow, str, dt.date | None]]:
    """Whole ledger rows for these findings, in the order given."""
    sql = f"{TREE_CTE} SELECT * FROM ({_LEDGER}) WHERE id IN (SELECT value FROM json_each(:ids))"
    found = {r[0]: r for r in db.execute(sql, {"today": today.isoformat(), "ids": json.dumps(ids)}).fetchall()}
    return [(_row(r), r[15], _date(r[16])) for r in (found[i] for i in ids if i in found)]


def ledger_rows(db: Database, q: LedgerQuery, limit: int = -1, offset: int = 0
                ) -> list[tuple[FindingRow, str, dt.date | None]]:
    ids = ledger_order(db, q)
    return ledger_rows_of(db, q.today, ids[offset:] if limit < 0 else ids[offset:offset + limit])
