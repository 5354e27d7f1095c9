"""Yearly duties the office added itself."""

from __future__ import annotations

from sqlite_utils import Database

from lz_desktop.domain.obligations import Obligation, RecordKind, Scope


def office_obligations(db: Database) -> list[Obligation]:
    rows = db.execute("SELECT code, article, title, kind, minimum, scope, due_month, due_day"
                      " FROM office_obligations ORDER BY rowid").fetchall()
    return [Obligation(r[0], r[1], r[2], RecordKind(r[3]), int(r[4]), Scope(r[5]), int(r[6]), int(r[7]),
                       builtin=False) for r in rows]


def next_code(db: Database) -> str:
    row = db.execute("SELECT COUNT(*) FROM office_obligations").fetchone()
    number = int(row[0]) + 1
    while db.execute("SELECT 1 FROM office_obligations WHERE code = ?", [f"office_{number}"]).fetchone():
        number += 1
    return f"office_{number}"


def insert(db: Database, o: Obligation) -> None:
    db.execute("INSERT INTO office_obligations(code, article, title, kind, minimum, scope, due_month, due_day)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [o.code, o.article, o.title, o.kind.value, o.minimum, o.scope.value, o.due_month, o.due_day])


def delete(db: Database, code: str) -> None:
    db.execute("DELETE FROM office_obligations WHERE code = ?", [code])
