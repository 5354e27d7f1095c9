"""党风廉政意见 requests and the persons they name."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class RequestRow:
    id: int
    organ: str
    purpose: str
    as_of: dt.date
    reference: str
    document_id: int | None
    created_at: str


@dataclass(frozen=True)
class PersonRow:
    id: int
    request_id: int
    seq: int
    name: str
    unit_hint: str
    leader_id: int | None
    candidates: tuple[int, ...]
    proposed_kind: str
    proposed_text: str
    kind: str | None  # None: not yet confirmed
    text: str | None
    reason: str


def insert_request(db: Database, organ: str, purpose: str, as_of: dt.date, reference: str) -> int:
    cur = db.execute("INSERT INTO integrity_requests(organ, purpose, as_of, reference, created_at) "
                     "VALUES (?, ?, ?, ?, ?)", [organ, purpose, as_of.isoformat(), reference,
                                                dt.datetime.now().isoformat(timespec="seconds")])
    return int(cur.lastrowid or 0)


def insert_person(db: Database, request_id: int, seq: int, name: str, unit_hint: str, leader_id: int | None,
                  candidates: tuple[int, ...], kind: str, text: str) -> int:
    cur = db.execute("INSERT INTO integrity_persons(request_id, seq, name, unit_hint, leader_id, candidates, "
                     "proposed_kind, proposed_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [request_id, seq, name, unit_hint, leader_id, json.dumps(list(candidates)), kind, text])
    return int(cur.lastrowid or 0)


def _request(r: tuple) -> RequestRow:
    return RequestRow(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5], r[6])


def requests(db: Database) -> list[RequestRow]:
    return [_request(r) for r in db.execute("SELECT id, organ, purpose, as_of, reference, document_id, created_at "
                                            "FROM integrity_requests ORDER BY as_of DESC, id DESC")]


def request(db: Database, request_id: int) -> RequestRow | None:
    r = db.execute("SELECT id, organ, purpose, as_of, reference, document_id, created_at FROM integrity_requests "
                   "WHERE id = ?", [request_id]).fetchone()
    return _request(r) if r else None


_PERSON = ("SELECT id, request_id, seq, name, unit_hint, leader_id, candidates, proposed_kind, proposed_text, kind, "
           "text, reason FROM integrity_persons")


def _person(r: tuple) -> PersonRow:
    return PersonRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7], r[8], r[9], r[10], r[11])


def persons(db: Database, request_id: int) -> list[PersonRow]:
    return [_person(r) for r in db.execute(_PERSON + " WHERE request_id = ? ORDER BY seq", [request_id])]


def person(db: Database, person_id: int) -> PersonRow | None:
    r = db.execute(_PERSON + " WHERE id = ?", [person_id]).fetchone()
    return _person(r) if r else None


def set_leader(db: Database, person_id: int, leader_id: int, kind: str, text: str) -> None:
    db.execute("UPDATE integrity_persons SET leader_id = ?, proposed_kind = ?, proposed_text = ?, kind = NULL, "
               "text = NULL, reason = '' WHERE id = ?", [leader_id, kind, text, person_id])


def rename(db: Database, person_id: int, name: str, unit_hint: str) -> None:
    db.execute("UPDATE integrity_persons SET name = ?, unit_hint = ? WHERE id = ?", [name, unit_hint, person_id])


def set_candidates(db: Database, person_id: int, candidates: tuple[int, ...]) -> None:
    db.execute("UPDATE integrity_persons SET candidates = ? WHERE id = ?", [json.dumps(list(candidates)), person_id])


def set_unmatched(db: Database, person_id: int, kind: str, text: str) -> None:
    """No one leader: the proposal says why, and nothing is settled."""
    db.execute("UPDATE integrity_persons SET leader_id = NULL, proposed_kind = ?, proposed_text = ?, kind = NULL, "
               "text = NULL, reason = '' WHERE id = ?", [kind, text, person_id])


def set_opinion(db: Database, person_id: int, kind: str, text: str, reason: str) -> None:
    db.execute("UPDATE integrity_persons SET kind = ?, text = ?, reason = ? WHERE id = ?",
               [kind, text, reason, person_id])


def delete_request(db: Database, request_id: int) -> None:
    db.execute("DELETE FROM integrity_persons WHERE request_id = ?", [request_id])
    db.execute("DELETE FROM integrity_requests WHERE id = ?", [request_id])


def set_document(db: Database, request_id: int, document_id: int) -> None:
    db.execute("UPDATE integrity_requests SET document_id = ? WHERE id = ?", [document_id, request_id])


def opinions_of_leader(db: Database, leader_id: int) -> list[tuple[RequestRow, PersonRow]]:
    rows = db.execute(_PERSON + " WHERE leader_id = ? ORDER BY id", [leader_id]).fetchall()
    out = []
    for r in rows:
        found = request(db, r[1])
        if found:
            out.append((found, _person(r)))
    return out
