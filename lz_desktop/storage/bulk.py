"""Many rows at once (the district-scale generator): one prepared statement per table, inside the caller's
transaction, so the audit triggers and constraints apply exactly as for single writes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlite_utils import Database


def insert_rows(db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", rows)


def next_id(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
