"""Accountability cases: the office's most sensitive records. Every query of them lives here, so that a role
check (the data-safety issue) has one place to stand."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.accountability import Circumstance, LeadSource, Sanction, Severity, Subject
from lz_desktop.domain.cases import CaseDraft, CaseFacts, DecisionDraft, DecisionMode, HandlingBody
from lz_desktop.domain.responsibility import Responsibility
from lz_desktop.storage.units import TREE_CTE


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class CaseRow:
    id: int
    year: int
    serial: int
    draft: CaseDraft
    unit_short_name: str
    team_name: str
    subjects: str  # the team's name, or the leaders' names, 、-separated
    facts: CaseFacts
    conclusion: str

    @property
    def number(self) -> str:
        return f"{self.year}年第{self.serial}号"


@dataclass(frozen=True)
class DecisionRow:
    id: int
    case_id: int
    subject_name: str  # the leader's name, or the team's
    unit_id: int
    draft: DecisionDraft
    carried_out_on: dt.date | None
    document_id: int | None


_CASES = TREE_CTE + """
SELECT c.id, c.year, c.serial, c.source, c.received_on, c.content, c.assigned_by, c.subject, c.unit_id,
       c.circumstances, c.body, u.short_name, t.name,
       CASE WHEN c.subject = 'team' THEN t.name ELSE
         (SELECT group_concat(l.name, '、') FROM case_leaders x JOIN leaders l ON l.id = x.leader_id
          WHERE x.case_id = c.id) END,
       (SELECT group_concat(leader_id) FROM case_leaders WHERE case_id = c.id),
       c.investigation_started_on,
       (SELECT count(*) FROM case_decisions WHERE case_id = c.id AND superseded_by IS NULL AND sanctions != ''),
       (SELECT count(*) FROM case_decisions WHERE case_id = c.id AND superseded_by IS NULL AND sanctions != ''
          AND carried_out_on IS NOT NULL),
       c.closed_on, c.conclusion, c.decision_mode, c.supervising_id, c.objector_ids, c.decided_by_id
FROM cases c JOIN units u ON u.id = c.unit_id JOIN teams t ON t.unit_id = u.id JOIN tree ON tree.id = u.id
"""


def _case(r: tuple) -> CaseRow:
    leaders = tuple(int(x) for x in r[14].split(",")) if r[14] else ()
    draft = CaseDraft(LeadSource(r[3]), dt.date.fromisoformat(r[4]), r[5], r[6], Subject(r[7]), r[8], leaders,
                      tuple(Circumstance(x) for x in r[9].split(",") if x), HandlingBody(r[10]), DecisionMode(r[20]),
                      r[21], tuple(int(x) for x in r[22].split(",") if x), r[23])
    return CaseRow(r[0], r[1], r[2], draft, r[11], r[12], r[13] or "", CaseFacts(_date(r[15]), r[16], r[17],
                                                                                  _date(r[18])), r[19])


def cases(db: Database, *, year: int | None = None, leader_id: int | None = None,
          ids: Collection[int] | None = None) -> list[CaseRow]:
    where: list[str] = []
    params: list[object] = []
    if ids is not None:
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(ids)))
    if year is not None:
        where.append("c.year = ?")
        params.append(year)
    if leader_id is not None:
        where.append("c.id IN (SELECT case_id FROM case_leaders WHERE leader_id = ?)")
        params.append(leader_id)
    sql = _CASES + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.year DESC, c.serial DESC"
    return [_case(r) for r in db.execute(sql, params).fetchall()]


def case(db: Database, case_id: int) -> CaseRow | None:
    row = db.execute(_CASES + " WHERE c.id = ?", [case_id]).fetchone()
    return _case(row) if row else None


def insert(db: Database, d: CaseDraft) -> int:
    year = d.received_on.year
    serial = db.execute("SELECT coalesce(max(serial), 0) + 1 FROM cases WHERE year = ?", [year]).fetchone()[0]
    cur = db.execute(
        "INSERT INTO cases(year, serial, source, received_on, content, assigned_by, subject, unit_id, circumstances,"
        " body, created_at, decision_mode, supervising_id, objector_ids, decided_by_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [year, serial, d.source.value, d.received_on.isoformat(), d.content, d.assigned_by, d.subject.value,
         d.unit_id, ",".join(c.value for c in d.circumstances), d.body.value, _now(), *_mode(d)])
    case_id = int(cur.lastrowid or 0)
    _write_leaders(db, case_id, d.leader_ids)
    return case_id


def update(db: Database, case_id: int, d: CaseDraft) -> None:
    db.execute("UPDATE cases SET source = ?, received_on = ?, content = ?, assigned_by = ?, subject = ?, unit_id = ?,"
               " circumstances = ?, body = ?, decision_mode = ?, supervising_id = ?, objector_ids = ?,"
               " decided_by_id = ? WHERE id = ?",
               [d.source.value, d.received_on.isoformat(), d.content, d.assigned_by, d.subject.value, d.unit_id,
                ",".join(c.value for c in d.circumstances), d.body.value, *_mode(d), case_id])
    db.execute("DELETE FROM case_leaders WHERE case_id = ?", [case_id])
    _write_leaders(db, case_id, d.leader_ids)


def _mode(d: CaseDraft) -> list[object]:
    return [d.decision_mode.value, d.supervising_id, ",".join(str(i) for i in d.objector_ids), d.decided_by_id]


def _write_leaders(db: Database, case_id: int, leader_ids: tuple[int, ...]) -> None:
    for leader_id in leader_ids:
        db.execute("INSERT INTO case_leaders(case_id, leader_id) VALUES (?, ?)", [case_id, leader_id])


def set_investigation(db: Database, case_id: int, on: dt.date) -> None:
    db.execute("UPDATE cases SET investigation_started_on = ? WHERE id = ?", [on.isoformat(), case_id])


def set_closed(db: Database, case_id: int, on: dt.date | None, conclusion: str) -> None:
    db.execute("UPDATE cases SET closed_on = ?, conclusion = ? WHERE id = ?",
               [on.isoformat() if on else None, conclusion, case_id])


def add_event(db: Database, case_id: int, on: dt.date, text: str) -> None:
    db.execute("INSERT INTO case_events(case_id, on_date, text, recorded_at) VALUES (?, ?, ?, ?)",
               [case_id, on.isoformat(), text, _now()])


def events(db: Database, case_id: int) -> list[tuple[dt.date, str]]:
    rows = db.execute("SELECT on_date, text FROM case_events WHERE case_id = ? ORDER BY on_date, id", [case_id])
    return [(dt.date.fromisoformat(r[0]), r[1]) for r in rows.fetchall()]


# decisions -------------------------------------------------------------------------------------------
_DECISIONS = """
SELECT d.id, d.case_id, coalesce(l.name, t.name), c.unit_id, d.leader_id, d.severity, d.sanctions, d.decided_on,
       d.responsibility, d.crime_suspected, d.disciplinary, d.note, d.carried_out_on, d.document_id
FROM case_decisions d JOIN cases c ON c.id = d.case_id JOIN teams t ON t.unit_id = c.unit_id
LEFT JOIN leaders l ON l.id = d.leader_id
"""


def _decision(r: tuple) -> DecisionRow:
    draft = DecisionDraft(r[4], Severity(r[5]), tuple(Sanction(s) for s in r[6].split(",") if s),
                          dt.date.fromisoformat(r[7]), Responsibility(r[8]) if r[8] else None, bool(r[9]),
                          tuple(x for x in r[10].split(",") if x), r[11])
    return DecisionRow(r[0], r[1], r[2], r[3], draft, _date(r[12]), r[13])


def decisions(db: Database, *, case_id: int | None = None, leader_id: int | None = None,
              pending_only: bool = False) -> list[DecisionRow]:
    """Decisions in force (not superseded by a correction)."""
    where, params = ["d.superseded_by IS NULL"], []
    if case_id is not None:
        where.append("d.case_id = ?")
        params.append(case_id)
    if leader_id is not None:
        where.append("d.leader_id = ?")
        params.append(leader_id)
    if pending_only:
        where.append("d.carried_out_on IS NULL AND c.closed_on IS NULL")
    sql = _DECISIONS + " WHERE " + " AND ".join(where) + " ORDER BY d.decided_on, d.id"
    return [_decision(r) for r in db.execute(sql, params).fetchall()]


def decision(db: Database, decision_id: int) -> DecisionRow | None:
    row = db.execute(_DECISIONS + " WHERE d.id = ?", [decision_id]).fetchone()
    return _decision(row) if row else None


def insert_decision(db: Database, case_id: int, d: DecisionDraft) -> int:
    cur = db.execute(
        "INSERT INTO case_decisions(case_id, leader_id, severity, sanctions, responsibility, crime_suspected,"
        " disciplinary, decided_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [case_id, d.subject_leader_id, d.severity.value, ",".join(s.value for s in d.sanctions),
         d.responsibility.value if d.responsibility else None, int(d.crime_suspected), ",".join(d.disciplinary),
         d.decided_on.isoformat(), d.note])
    return int(cur.lastrowid or 0)


def supersede(db: Database, old_id: int, new_id: int) -> None:
    db.execute("UPDATE case_decisions SET superseded_by = ? WHERE id = ?", [new_id, old_id])


def set_carried_out(db: Database, decision_id: int, on: dt.date) -> None:
    db.execute("UPDATE case_decisions SET carried_out_on = ? WHERE id = ?", [on.isoformat(), decision_id])


def set_document(db: Database, decision_id: int, document_id: int) -> None:
    db.execute("UPDATE case_decisions SET document_id = ? WHERE id = ?", [document_id, decision_id])
