"""Schema steps: Accountability (Chapter 4): the impact catalogue, cases and their decisions.

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0004_impact_catalogue(db: Database) -> None:
    """The office's own copy of the disciplinary impact periods (Art. 28 para. 4), once edited."""
    db.executescript("""
    CREATE TABLE impact_catalogue (
        code TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL UNIQUE,
        months INTEGER NOT NULL CHECK (months > 0),
        restriction TEXT NOT NULL,
        source TEXT NOT NULL
    );
    """)


def m0014_cases(db: Database) -> None:
    """Accountability cases: the lead, its subjects, decisions per subject, and every change as an event."""
    db.executescript("""
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL,
        source TEXT NOT NULL,
        received_on TEXT NOT NULL,
        content TEXT NOT NULL,
        assigned_by TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL CHECK (subject IN ('team', 'leader')),
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        circumstances TEXT NOT NULL,
        body TEXT NOT NULL,
        investigation_started_on TEXT,
        closed_on TEXT,
        conclusion TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (year, serial)
    );
    CREATE TABLE case_leaders (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        PRIMARY KEY (case_id, leader_id)
    );
    CREATE TABLE case_decisions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
        leader_id INTEGER REFERENCES leaders(id) ON DELETE RESTRICT,
        severity TEXT NOT NULL,
        sanctions TEXT NOT NULL,
        responsibility TEXT,
        crime_suspected INTEGER NOT NULL DEFAULT 0,
        disciplinary TEXT NOT NULL DEFAULT '',
        decided_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        carried_out_on TEXT,
        document_id INTEGER REFERENCES documents(id) ON DELETE RESTRICT,
        superseded_by INTEGER REFERENCES case_decisions(id) ON DELETE RESTRICT
    );
    CREATE INDEX case_decisions_case ON case_decisions(case_id);
    CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX case_events_case ON case_events(case_id);
    """)


def m0024_decision_mode(db: Database) -> None:
    """Art. 26: how the wrong decision was taken (collectively, or by one leader alone), the member directly in
    charge and those whose recorded objection was not adopted: each leader's share follows from them."""
    db.executescript("""
    ALTER TABLE cases ADD COLUMN decision_mode TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN supervising_id INTEGER REFERENCES leaders(id);
    ALTER TABLE cases ADD COLUMN objector_ids TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN decided_by_id INTEGER REFERENCES leaders(id);
    """)
