"""Meetings with their attendance, observers, decisions, life-meeting entries, evaluation tallies, files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.meetings import (
    Absence,
    Decision,
    DecisionOutcome,
    Evaluation,
    EvaluationItem,
    LifeMeetingEntry,
    MeetingDraft,
    MeetingKind,
)
from lz_desktop.storage.units import TREE_CTE


@dataclass(frozen=True)
class MeetingRow:
    id: int
    unit_id: int
    unit_short_name: str
    kind: MeetingKind
    held_on: dt.date
    place: str
    chair: str
    agenda: str
    present: int
    absent: int
    decisions: int
    attachments: int


@dataclass(frozen=True)
class DecisionRow:
    id: int
    decision: Decision
    task_id: int | None
    finding_id: int | None


def insert(db: Database, d: MeetingDraft) -> int:
    cur = db.execute(
        "INSERT INTO meetings(unit_id, kind, held_on, place, chair_id, recorder, agenda, minutes, observers_note,"
        " previous_review, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [d.unit_id, d.kind.value, d.held_on.isoformat(), d.place, d.chair_id, d.recorder, d.agenda, d.minutes,
         d.observers_note, d.previous_review, dt.datetime.now().isoformat(timespec="seconds")])
    meeting_id = int(cur.lastrowid or 0)
    _write_children(db, meeting_id, d)
    return meeting_id


def update(db: Database, meeting_id: int, d: MeetingDraft) -> None:
    """Every part but the decisions, which are only ever added (they may have become tasks or findings)."""
    db.execute("UPDATE meetings SET unit_id = ?, kind = ?, held_on = ?, place = ?, chair_id = ?, recorder = ?,"
               " agenda = ?, minutes = ?, observers_note = ?, previous_review = ? WHERE id = ?",
               [d.unit_id, d.kind.value, d.held_on.isoformat(), d.place, d.chair_id, d.recorder, d.agenda, d.minutes,
                d.observers_note, d.previous_review, meeting_id])
    for table in ("meeting_attendance", "meeting_observers", "life_meeting_entries", "evaluation_groups",
                  "evaluation_items"):
        db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
    _write_children(db, meeting_id, d, decisions=False)


def _write_children(db: Database, meeting_id: int, d: MeetingDraft, *, decisions: bool = True) -> None:
    for leader_id in d.attendee_ids:
        db.execute("INSERT INTO meeting_attendance(meeting_id, leader_id, present) VALUES (?, ?, 1)",
                   [meeting_id, leader_id])
    for a in d.absences:
        db.execute("INSERT INTO meeting_attendance(meeting_id, leader_id, present, reason) VALUES (?, ?, 0, ?)",
                   [meeting_id, a.leader_id, a.reason])
    for leader_id in d.observer_ids:
        db.execute("INSERT INTO meeting_observers(meeting_id, leader_id) VALUES (?, ?)", [meeting_id, leader_id])
    for e in d.life_entries:
        db.execute("INSERT INTO life_meeting_entries(meeting_id, leader_id, self_examination, criticism)"
                   " VALUES (?, ?, ?, ?)", [meeting_id, e.leader_id, e.self_examination, e.criticism])
    if d.evaluation is not None:
        for group, people in d.evaluation.groups:
            db.execute("INSERT INTO evaluation_groups(meeting_id, grp, people) VALUES (?, ?, ?)",
                       [meeting_id, group, people])
        for seq, item in enumerate(d.evaluation.items, start=1):
            db.execute("INSERT INTO evaluation_items(meeting_id, seq, item, satisfied, basically_satisfied,"
                       " unsatisfied) VALUES (?, ?, ?, ?, ?, ?)",
                       [meeting_id, seq, item.item, item.satisfied, item.basically_satisfied, item.unsatisfied])
    if decisions:
        for decision in d.decisions:
            add_decision(db, meeting_id, decision)


def add_decision(db: Database, meeting_id: int, decision: Decision) -> int:
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM meeting_decisions WHERE meeting_id = ?",
                     [meeting_id]).fetchone()[0]
    cur = db.execute("INSERT INTO meeting_decisions(meeting_id, seq, text, outcome, leader_id) VALUES (?, ?, ?, ?, ?)",
                     [meeting_id, seq, decision.text, decision.outcome.value, decision.leader_id])
    return int(cur.lastrowid or 0)


def link_decision(db: Database, decision_id: int, *, task_id: int | None = None, finding_id: int | None = None) -> None:
    db.execute("UPDATE meeting_decisions SET task_id = coalesce(?, task_id), finding_id = coalesce(?, finding_id)"
               " WHERE id = ?", [task_id, finding_id, decision_id])


def decisions(db: Database, meeting_id: int) -> list[DecisionRow]:
    rows = db.execute("SELECT id, text, outcome, leader_id, task_id, finding_id FROM meeting_decisions"
                      " WHERE meeting_id = ? ORDER BY seq", [meeting_id]).fetchall()
    return [DecisionRow(r[0], Decision(r[1], DecisionOutcome(r[2]), r[3]), r[4], r[5]) for r in rows]


_LIST = TREE_CTE + """
SELECT m.id, m.unit_id, u.short_name, m.kind, m.held_on, m.place, coalesce(c.name, ''), m.agenda,
  (SELECT count(*) FROM meeting_attendance WHERE meeting_id = m.id AND present = 1),
  (SELECT count(*) FROM meeting_attendance WHERE meeting_id = m.id AND present = 0),
  (SELECT count(*) FROM meeting_decisions WHERE meeting_id = m.id),
  (SELECT count(*) FROM meeting_attachments WHERE meeting_id = m.id)
FROM meetings m JOIN units u ON u.id = m.unit_id JOIN tree ON tree.id = u.id LEFT JOIN leaders c ON c.id = m.chair_id
"""


def _meeting(r: tuple) -> MeetingRow:
    return MeetingRow(r[0], r[1], r[2], MeetingKind(r[3]), dt.date.fromisoformat(r[4]), r[5], r[6], r[7], r[8], r[9],
                      r[10], r[11])


def meetings(db: Database, *, year: int | None = None, unit_ids: list[int] | None = None,
             kind: MeetingKind | None = None) -> list[MeetingRow]:
    where: list[str] = []
    params: list[object] = []
    if year is not None:
        where.append("m.held_on BETWEEN ? AND ?")
        params += [f"{year}-01-01", f"{year}-12-31"]
    if unit_ids is not None:
        where.append(f"m.unit_id IN ({','.join('?' * len(unit_ids))})" if unit_ids else "0")
        params += unit_ids
    if kind is not None:
        where.append("m.kind = ?")
        params.append(kind.value)
    sql = _LIST + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.held_on DESC, tree.path, m.id"
    return [_meeting(r) for r in db.execute(sql, params).fetchall()]


def meeting_row(db: Database, meeting_id: int) -> MeetingRow | None:
    row = db.execute(_LIST + " WHERE m.id = ?", [meeting_id]).fetchone()
    return _meeting(row) if row else None


def draft_of(db: Database, meeting_id: int) -> MeetingDraft | None:
    """The record as it was entered, for showing and editing (decisions included, as written)."""
    row = db.execute("SELECT unit_id, kind, held_on, place, chair_id, recorder, agenda, minutes, observers_note,"
                     " previous_review FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        return None
    attendance = db.execute("SELECT leader_id, present, reason FROM meeting_attendance WHERE meeting_id = ?"
                            " ORDER BY rowid", [meeting_id]).fetchall()
    observers = db.execute("SELECT leader_id FROM meeting_observers WHERE meeting_id = ? ORDER BY rowid",
                           [meeting_id]).fetchall()
    entries = db.execute("SELECT leader_id, self_examination, criticism FROM life_meeting_entries"
                         " WHERE meeting_id = ? ORDER BY rowid", [meeting_id]).fetchall()
    groups = db.execute("SELECT grp, people FROM evaluation_groups WHERE meeting_id = ? ORDER BY rowid",
                        [meeting_id]).fetchall()
    items = db.execute("SELECT item, satisfied, basically_satisfied, unsatisfied FROM evaluation_items"
                       " WHERE meeting_id = ? ORDER BY seq", [meeting_id]).fetchall()
    kind = MeetingKind(row[1])
    evaluation = (Evaluation(tuple((g, int(n)) for g, n in groups), tuple(EvaluationItem(*i) for i in items))
                  if kind is MeetingKind.DEMOCRATIC_EVALUATION else None)
    return MeetingDraft(
        row[0], kind, dt.date.fromisoformat(row[2]), row[3], row[4], row[5], row[6], row[7],
        attendee_ids=tuple(a[0] for a in attendance if a[1]),
        absences=tuple(Absence(a[0], a[2]) for a in attendance if not a[1]),
        observer_ids=tuple(o[0] for o in observers), observers_note=row[8],
        decisions=tuple(d.decision for d in decisions(db, meeting_id)), previous_review=row[9],
        life_entries=tuple(LifeMeetingEntry(*e) for e in entries), evaluation=evaluation)


def add_attachment(db: Database, meeting_id: int, name: str, data: bytes, added_on: dt.date) -> int:
    cur = db.execute("INSERT INTO meeting_attachments(meeting_id, name, size, added_on, data) VALUES (?, ?, ?, ?, ?)",
                     [meeting_id, name, len(data), added_on.isoformat(), data])
    return int(cur.lastrowid or 0)


def attachments(db: Database, meeting_id: int) -> list[tuple[int, str, int]]:
    rows = db.execute("SELECT id, name, size FROM meeting_attachments WHERE meeting_id = ? ORDER BY id", [meeting_id])
    return [(r[0], r[1], r[2]) for r in rows.fetchall()]


def attachment_data(db: Database, attachment_id: int) -> tuple[str, bytes] | None:
    row = db.execute("SELECT name, data FROM meeting_attachments WHERE id = ?", [attachment_id]).fetchone()
    return (row[0], bytes(row[1])) if row else None


# what the yearly obligations count ---------------------------------------------------------------
def held(db: Database, year: int) -> list[tuple[int, MeetingKind, dt.date, int]]:
    """(unit, kind, date, meeting id) of every meeting held in the year."""
    rows = db.execute("SELECT unit_id, kind, held_on, id FROM meetings WHERE held_on BETWEEN ? AND ?"
                      " ORDER BY held_on, id", [f"{year}-01-01", f"{year}-12-31"]).fetchall()
    return [(r[0], MeetingKind(r[1]), dt.date.fromisoformat(r[2]), r[3]) for r in rows]


def lower_life_meetings_attended(db: Database, year: int) -> list[tuple[int, dt.date, int, str]]:
    """Art. 8(6): (parent unit, date, meeting id, sub-unit) where the parent's principal, serving that day,
    sat in on a subordinate unit's democratic life meeting."""
    rows = db.execute("""
        SELECT DISTINCT p.id, m.held_on, m.id, u.short_name FROM meetings m
        JOIN units u ON u.id = m.unit_id JOIN units p ON p.id = u.parent_id JOIN teams t ON t.unit_id = p.id
        JOIN meeting_observers o ON o.meeting_id = m.id
        JOIN leaders l ON l.id = o.leader_id AND l.team_id = t.id AND l.role = 'principal'
          AND l.term_start <= m.held_on AND (l.term_end IS NULL OR l.term_end >= m.held_on)
        WHERE m.kind = 'democratic_life' AND m.held_on BETWEEN ? AND ? ORDER BY m.held_on
        """, [f"{year}-01-01", f"{year}-12-31"]).fetchall()
    return [(r[0], dt.date.fromisoformat(r[1]), r[2], r[3]) for r in rows]


def last_life_meeting_before(db: Database, unit_id: int, before: dt.date) -> int | None:
    row = db.execute("SELECT id FROM meetings WHERE unit_id = ? AND kind = 'democratic_life' AND held_on < ?"
                     " ORDER BY held_on DESC, id DESC LIMIT 1", [unit_id, before.isoformat()]).fetchone()
    return int(row[0]) if row else None
