"""Schema steps: Units, leadership teams and leaders (Art. 5, 6, 27).

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database

from lz_desktop.domain.pinyin import search_key


def m0001_units_teams_leaders(db: Database) -> None:
    db.executescript("""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
        name TEXT NOT NULL UNIQUE,
        short_name TEXT NOT NULL,
        category TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX units_parent ON units(parent_id);
    CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL UNIQUE REFERENCES units(id) ON DELETE RESTRICT,
        name TEXT NOT NULL
    );
    CREATE TABLE leaders (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        post TEXT NOT NULL,
        rank TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('principal', 'member')),
        term_start TEXT NOT NULL,
        term_end TEXT CHECK (term_end IS NULL OR term_end >= term_start),
        status TEXT NOT NULL CHECK (status IN ('in_office', 'transferred', 'retired')),
        portfolio TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX leaders_team ON leaders(team_id);
    CREATE TABLE portfolio_units (
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        PRIMARY KEY (leader_id, unit_id)
    );
    """)


def m0002_leader_search_and_history(db: Database) -> None:
    """Pinyin keys for the instant filter, and the change history every leader keeps (Art. 27)."""
    db.executescript("""
    ALTER TABLE leaders ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE leaders ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
    CREATE TABLE leader_history (
        id INTEGER PRIMARY KEY,
        leader_id INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted', 'imported')),
        before_json TEXT,
        after_json TEXT
    );
    CREATE INDEX leader_history_leader ON leader_history(leader_id);
    """)
    from lz_desktop.domain.pinyin import sort_key

    for row_id, name in db.execute("SELECT id, name FROM leaders").fetchall():
        db.execute("UPDATE leaders SET search_key = ?, sort_key = ? WHERE id = ?",
                   [search_key(name), sort_key(name), row_id])
