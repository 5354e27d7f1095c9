"""Office-wide settings kept in the data file itself (the meta table)."""

from __future__ import annotations

from sqlite_utils import Database


def get_setting(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])


def count_units(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM units").fetchone()[0])
