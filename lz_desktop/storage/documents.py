"""Official documents and the register (发文登记). A number, once given, is never given again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    status: str
    content_json: str
    recipient: str
    source_ref: str
    number: str | None
    created_at: str
    issued_at: str | None
    voided_at: str | None
    void_reason: str
    faces: str


_COLUMNS = ("id, kind, status, content_json, recipient, source_ref, number, created_at, issued_at,"
            " voided_at, void_reason, faces")


def insert_draft(db: Database, kind: str, content_json: str, recipient: str, source_ref: str) -> int:
    cur = db.execute(
        "INSERT INTO documents(kind, status, content_json, recipient, source_ref, created_at)"
        " VALUES (?, 'draft', ?, ?, ?, ?)",
        [kind, content_json, recipient, source_ref, _now()])
    return int(cur.lastrowid or 0)


def update_draft(db: Database, doc_id: int, content_json: str, recipient: str) -> None:
    db.execute("UPDATE documents SET content_json = ?, recipient = ? WHERE id = ? AND status = 'draft'",
               [content_json, recipient, doc_id])


def next_serial(db: Database, prefix: str, year: int) -> int:
    """Voided numbers count too: they stay in the register and are never reused."""
    row = db.execute("SELECT COALESCE(MAX(serial), 0) + 1 FROM documents WHERE prefix = ? AND year = ?",
                     [prefix, year]).fetchone()
    return int(row[0])


def mark_issued(db: Database, doc_id: int, prefix: str, year: int, serial: int, number: str,
                content_json: str, pdf: bytes, faces: str) -> None:
    db.execute(
        "UPDATE documents SET status = 'issued', prefix = ?, year = ?, serial = ?, number = ?,"
        " content_json = ?, pdf = ?, issued_at = ?, faces = ? WHERE id = ? AND status = 'draft'",
        [prefix, year, serial, number, content_json, pdf, _now(), faces, doc_id])


def mark_voided(db: Database, doc_id: int, reason: str) -> None:
    db.execute("UPDATE documents SET status = 'voided', voided_at = ?, void_reason = ?"
               " WHERE id = ? AND status = 'issued'", [_now(), reason, doc_id])


def get(db: Database, doc_id: int) -> DocumentRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", [doc_id]).fetchone()
    return DocumentRow(*row) if row else None


def pdf(db: Database, doc_id: int) -> bytes | None:
    row = db.execute("SELECT pdf FROM documents WHERE id = ?", [doc_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def register(db: Database, year: int | None = None) -> list[DocumentRow]:
    """Drafts first (newest first), then issued and voided by number."""
    where, params = ("WHERE year = ? OR (status = 'draft' AND substr(created_at, 1, 4) = ?)",
                     [year, str(year)]) if year else ("", [])
    sql = (f"SELECT {_COLUMNS} FROM documents {where}"
           " ORDER BY status != 'draft', prefix, year DESC, serial DESC, id DESC")
    return [DocumentRow(*r) for r in db.execute(sql, params).fetchall()]


def delete_draft(db: Database, doc_id: int) -> None:
    db.execute("DELETE FROM documents WHERE id = ? AND status = 'draft'", [doc_id])


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def by_source(db: Database, source_refs: list[str]) -> list[DocumentRow]:
    """The documents generated from these records (a feedback's notice, a finding's reminder), oldest first."""
    if not source_refs:
        return []
    marks = ",".join("?" * len(source_refs))
    rows = db.execute(f"SELECT {_COLUMNS} FROM documents WHERE source_ref IN ({marks}) ORDER BY id",
                      source_refs).fetchall()
    return [DocumentRow(*r) for r in rows]
