"""Schema steps: The State Council's holiday schedules the office enters (Art. 19 deadlines).

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0003_holiday_schedules(db: Database) -> None:
    """Years of the State Council's holiday schedule entered by the office (Art. 19 deadlines)."""
    db.executescript("""
    CREATE TABLE holiday_years (
        year INTEGER PRIMARY KEY,
        entered_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE holiday_days (
        day TEXT PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES holiday_years(year) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT NOT NULL
    );
    """)
