"""Schema steps: Inspections with their indicator systems and scores (Art. 11-14).

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0013_inspections(db: Database) -> None:
    """Indicator systems per year, inspections, the units inspected, scores per unit and indicator."""
    db.executescript("""
    CREATE TABLE indicator_systems (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        bands_json TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE indicators (
        id INTEGER PRIMARY KEY,
        system_id INTEGER NOT NULL REFERENCES indicator_systems(id) ON DELETE RESTRICT,
        parent_id INTEGER REFERENCES indicators(id) ON DELETE RESTRICT,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        points REAL NOT NULL CHECK (points > 0),
        rule TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL,
        feed TEXT NOT NULL DEFAULT 'none'
    );
    CREATE INDEX indicators_system ON indicators(system_id, parent_id, seq);
    CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        system_id INTEGER NOT NULL REFERENCES indicator_systems(id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        team TEXT NOT NULL DEFAULT '',
        leader_id INTEGER REFERENCES leaders(id) ON DELETE RESTRICT,
        methods TEXT NOT NULL DEFAULT '',
        start_on TEXT NOT NULL,
        end_on TEXT NOT NULL,
        finalized_on TEXT,
        reported_on TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE inspected_units (
        inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        fed_back_on TEXT,
        PRIMARY KEY (inspection_id, unit_id)
    );
    CREATE TABLE scores (
        inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE RESTRICT,
        self_score REAL CHECK (self_score >= 0),
        score REAL CHECK (score >= 0),
        reason TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '',
        finding_id INTEGER REFERENCES findings(id) ON DELETE RESTRICT,
        PRIMARY KEY (inspection_id, unit_id, indicator_id)
    );
    """)
