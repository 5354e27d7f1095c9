"""Schema steps: Findings, feedback, measures, follow-ups and the search over them (Art. 19).

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0006_feedbacks(db: Database) -> None:
    """Feedback of inspection results to a unit and its Art. 19 measures deadline (first slice of 整改)."""
    db.executescript("""
    CREATE TABLE feedbacks (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        fed_back_on TEXT NOT NULL,
        measures_due TEXT NOT NULL,
        provisional INTEGER NOT NULL DEFAULT 0,
        explanation TEXT NOT NULL,
        measures_filed_on TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX feedbacks_unit ON feedbacks(unit_id);
    """)


def m0008_findings(db: Database) -> None:
    """Findings, their measures and follow-ups, and each finding's timeline (Art. 19)."""
    db.executescript("""
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        source TEXT NOT NULL,
        description TEXT NOT NULL,
        rule_ref TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '',
        found_on TEXT NOT NULL,
        feedback_id INTEGER REFERENCES feedbacks(id) ON DELETE RESTRICT,
        closed_on TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX findings_unit ON findings(unit_id);
    CREATE INDEX findings_feedback ON findings(feedback_id);
    CREATE TABLE finding_leaders (
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        PRIMARY KEY (finding_id, leader_id)
    );
    CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE RESTRICT,
        content TEXT NOT NULL,
        leader_id INTEGER REFERENCES leaders(id) ON DELETE RESTRICT,
        due_on TEXT NOT NULL,
        done_on TEXT
    );
    CREATE INDEX measures_finding ON measures(finding_id);
    CREATE TABLE followups (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE RESTRICT,
        on_date TEXT NOT NULL,
        method TEXT NOT NULL,
        result TEXT NOT NULL,
        by_whom TEXT NOT NULL
    );
    CREATE TABLE finding_events (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE RESTRICT,
        on_date TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX finding_events_finding ON finding_events(finding_id);
    """)


def m0009_extensions(db: Database) -> None:
    """延期 of a feedback's filing deadline or of a measure's completion date, with the decision."""
    db.executescript("""
    CREATE TABLE extensions (
        id INTEGER PRIMARY KEY,
        feedback_id INTEGER REFERENCES feedbacks(id) ON DELETE RESTRICT,
        measure_id INTEGER REFERENCES measures(id) ON DELETE RESTRICT,
        requested_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        new_due TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('pending', 'approved', 'refused')),
        decided_on TEXT,
        CHECK ((feedback_id IS NULL) != (measure_id IS NULL))
    );
    """)


def m0010_finding_attachments(db: Database) -> None:
    """Evidence files kept inside the office file itself: one file holds everything."""
    db.executescript("""
    CREATE TABLE finding_attachments (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_on TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX finding_attachments_finding ON finding_attachments(finding_id);
    """)


def m0011_findings_fts(db: Database) -> None:
    """Full-text search of findings. Trigrams, because Chinese has no spaces between words."""
    db.executescript("""
    CREATE VIRTUAL TABLE findings_fts USING fts5(
        description, rule_ref, evidence, content='findings', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER findings_fts_insert AFTER INSERT ON findings BEGIN
        INSERT INTO findings_fts(rowid, description, rule_ref, evidence)
        VALUES (new.id, new.description, new.rule_ref, new.evidence);
    END;
    CREATE TRIGGER findings_fts_delete AFTER DELETE ON findings BEGIN
        INSERT INTO findings_fts(findings_fts, rowid, description, rule_ref, evidence)
        VALUES ('delete', old.id, old.description, old.rule_ref, old.evidence);
    END;
    CREATE TRIGGER findings_fts_update AFTER UPDATE OF description, rule_ref, evidence ON findings BEGIN
        INSERT INTO findings_fts(findings_fts, rowid, description, rule_ref, evidence)
        VALUES ('delete', old.id, old.description, old.rule_ref, old.evidence);
        INSERT INTO findings_fts(rowid, description, rule_ref, evidence)
        VALUES (new.id, new.description, new.rule_ref, new.evidence);
    END;
    INSERT INTO findings_fts(findings_fts) VALUES ('rebuild');
    """)


def m0016_finding_leaders_by_leader(db: Database) -> None:
    """Findings found by a leader's name (the ledger's search, the leader's record) without reading every
    finding's responsible leaders: 60,000 findings in a district."""
    db.execute("CREATE INDEX finding_leaders_leader ON finding_leaders(leader_id)")


def m0017_findings_bigrams(db: Database) -> None:
    """The findings' search index by character pairs (storage/bigrams.py) in place of trigrams: a two-character
    word, the commonest search in Chinese, no longer scans every finding. Words of three characters and more
    are phrases of pairs, so one index serves them all."""
    db.executescript("""
    DROP TRIGGER findings_fts_insert;
    DROP TRIGGER findings_fts_delete;
    DROP TRIGGER findings_fts_update;
    DROP TABLE findings_fts;
    CREATE VIRTUAL TABLE findings_bigrams USING fts5(
        description, rule_ref, evidence, content='', columnsize=0, tokenize='ascii');
    CREATE TRIGGER findings_bigrams_insert AFTER INSERT ON findings BEGIN
        INSERT INTO findings_bigrams(rowid, description, rule_ref, evidence)
        VALUES (new.id, lz_bigrams(new.description), lz_bigrams(new.rule_ref), lz_bigrams(new.evidence));
    END;
    CREATE TRIGGER findings_bigrams_delete AFTER DELETE ON findings BEGIN
        INSERT INTO findings_bigrams(findings_bigrams, rowid, description, rule_ref, evidence)
        VALUES ('delete', old.id, lz_bigrams(old.description), lz_bigrams(old.rule_ref), lz_bigrams(old.evidence));
    END;
    CREATE TRIGGER findings_bigrams_update AFTER UPDATE OF description, rule_ref, evidence ON findings BEGIN
        INSERT INTO findings_bigrams(findings_bigrams, rowid, description, rule_ref, evidence)
        VALUES ('delete', old.id, lz_bigrams(old.description), lz_bigrams(old.rule_ref), lz_bigrams(old.evidence));
        INSERT INTO findings_bigrams(rowid, description, rule_ref, evidence)
        VALUES (new.id, lz_bigrams(new.description), lz_bigrams(new.rule_ref), lz_bigrams(new.evidence));
    END;
    INSERT INTO findings_bigrams(rowid, description, rule_ref, evidence)
    SELECT id, lz_bigrams(description), lz_bigrams(rule_ref), lz_bigrams(evidence) FROM findings;
    """)


def m0018_open_findings(db: Database) -> None:
    """The findings not yet closed, apart: what the dashboard counts and the ledger's status lists show are
    open findings, a few thousand of a district's 60,000, and each costs its status to derive."""
    db.execute("CREATE INDEX findings_open ON findings(id) WHERE closed_on IS NULL")
