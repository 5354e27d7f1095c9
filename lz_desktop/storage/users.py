"""Local accounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.accounts import Role


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    display_name: str
    role: Role
    password: str
    failures: int
    locked_until: dt.datetime | None
    active: bool
    last_login: str | None


_USERS = "SELECT id, name, display_name, role, password, failures, locked_until, active, last_login FROM users"


def _user(r: tuple) -> UserRow:
    return UserRow(r[0], r[1], r[2], Role(r[3]), r[4], r[5], dt.datetime.fromisoformat(r[6]) if r[6] else None,
                   bool(r[7]), r[8])


def users(db: Database) -> list[UserRow]:
    if "users" not in db.table_names():
        return []
    return [_user(r) for r in db.execute(_USERS + " ORDER BY id").fetchall()]


def by_name(db: Database, name: str) -> UserRow | None:
    row = db.execute(_USERS + " WHERE name = ?", [name]).fetchone()
    return _user(row) if row else None


def by_id(db: Database, user_id: int) -> UserRow | None:
    row = db.execute(_USERS + " WHERE id = ?", [user_id]).fetchone()
    return _user(row) if row else None


def insert(db: Database, name: str, display_name: str, role: Role, password_hash: str) -> int:
    cur = db.execute("INSERT INTO users(name, display_name, role, password, created_at) VALUES (?, ?, ?, ?, ?)",
                     [name, display_name, role.value, password_hash, dt.datetime.now().isoformat(timespec="seconds")])
    return int(cur.lastrowid or 0)


def set_password(db: Database, user_id: int, password_hash: str) -> None:
    db.execute("UPDATE users SET password = ?, failures = 0, locked_until = NULL WHERE id = ?",
               [password_hash, user_id])


def set_role(db: Database, user_id: int, role: Role, active: bool) -> None:
    db.execute("UPDATE users SET role = ?, active = ? WHERE id = ?", [role.value, int(active), user_id])


def record_failure(db: Database, user_id: int, failures: int, locked_until: dt.datetime | None) -> None:
    db.execute("UPDATE users SET failures = ?, locked_until = ? WHERE id = ?",
               [failures, locked_until.isoformat(timespec="seconds") if locked_until else None, user_id])


def record_login(db: Database, user_id: int, at: dt.datetime) -> None:
    db.execute("UPDATE users SET failures = 0, locked_until = NULL, last_login = ? WHERE id = ?",
               [at.isoformat(timespec="seconds"), user_id])
