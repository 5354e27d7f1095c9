"""报送: the packages sent to units and what came back, and the units' own self-assessment scores."""

from __future__ import annotations

from sqlite_utils import Database


def m0021_packages(db: Database) -> None:
    """`packages`: one workbook sent to one unit (its id is the one in the workbook's identity sheet);
    `package_rows`: each row merged from it, so a package imported twice merges nothing the second time;
    `self_assessments`: a unit's own score per indicator (自查自评, Art. 14). `office_id` tells this office
    file from another's: a package is read back only into the file that issued it."""
    db.executescript("""
    CREATE TABLE packages (
        id TEXT PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        year INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        due_on TEXT NOT NULL,
        file_name TEXT NOT NULL,
        rows_sent INTEGER NOT NULL,
        returned_on TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        sha256 TEXT,
        merged_at TEXT,
        rows_merged INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX packages_unit_year ON packages(unit_id, year);
    CREATE TABLE package_rows (
        package_id TEXT NOT NULL REFERENCES packages(id),
        record TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (package_id, record)
    );
    CREATE TABLE self_assessments (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        year INTEGER NOT NULL,
        indicator_id INTEGER NOT NULL,
        score REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        package_id TEXT REFERENCES packages(id),
        recorded_on TEXT NOT NULL,
        UNIQUE (unit_id, year, indicator_id)
    );
    INSERT OR IGNORE INTO meta(key, value) VALUES ('office_id', lower(hex(randomblob(16))));
    """)
