"""Whole-file copies with SQLite's online backup API (consistent while the app keeps working), and reading a
copy without changing it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

# What a clerk recognises an office by: the records that matter, counted.
COUNTED = {"units": "单位", "leaders": "领导干部", "meetings": "会议", "duty_tasks": "年度任务", "findings": "问题",
           "inspections": "检查考核", "cases": "责任追究案件", "documents": "公文", "audit_log": "审计记录"}


def private(path: Path) -> None:
    """Readable by its owner only: the file holds accountability cases and findings about named leaders."""
    path.touch(exist_ok=True)
    os.chmod(path, 0o600)


def copy_to(db: Database, target: Path) -> None:
    private(target)
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def copy_file(source: Path, target: Path) -> None:
    """A closed office file copied whole, its WAL included (the backup API reads through it)."""
    conn = sqlite3.connect(source)
    private(target)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
        conn.close()


def open_copy(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: looking at a backup never writes to it, not even a -wal or -shm."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)


def integrity(conn: sqlite3.Connection) -> list[str]:
    """Problems found by SQLite's full check and the foreign-key check (empty: none)."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} 第 {rowid} 行引用的 {parent} 记录不存在")
    return problems


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    return {label: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table, label in COUNTED.items() if table in tables}


def meta(conn: sqlite3.Connection, key: str) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.DatabaseError:
        return ""
    return str(row[0]) if row else ""


def last_change(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT max(at) FROM audit_log").fetchone()
    except sqlite3.DatabaseError:
        return ""
    return str(row[0] or "")[:19].replace("T", " ")
