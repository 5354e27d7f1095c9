"""党风廉政意见: the organisation department's requests and the opinion given on each person."""

from __future__ import annotations

from sqlite_utils import Database


def m0022_integrity_opinions(db: Database) -> None:
    """A request names persons as the department typed them; each is matched to a leader (or to several, for
    the clerk to choose, or to none: 未找到, kept, never dropped). The proposed opinion is kept beside the
    one given, with the reason when the clerk changed it."""
    db.executescript("""
    CREATE TABLE integrity_requests (
        id INTEGER PRIMARY KEY,
        organ TEXT NOT NULL,
        purpose TEXT NOT NULL,
        as_of TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        document_id INTEGER REFERENCES documents(id),
        created_at TEXT NOT NULL
    );
    CREATE TABLE integrity_persons (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES integrity_requests(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        unit_hint TEXT NOT NULL DEFAULT '',
        leader_id INTEGER REFERENCES leaders(id) ON DELETE RESTRICT,
        candidates TEXT NOT NULL DEFAULT '[]',
        proposed_kind TEXT NOT NULL,
        proposed_text TEXT NOT NULL,
        kind TEXT,
        text TEXT,
        reason TEXT NOT NULL DEFAULT '',
        UNIQUE (request_id, seq)
    );
    CREATE INDEX integrity_persons_leader ON integrity_persons(leader_id);
    """)


def m0023_post_approvals(db: Database) -> None:
    """Art. 28 para. 2: the approving authority's consent to a leading post again, kept with the leader's record
    (the roster change it allowed is in leader_history)."""
    db.executescript("""
    CREATE TABLE post_approvals (
        id INTEGER PRIMARY KEY,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        approved_by TEXT NOT NULL,
        approved_on TEXT NOT NULL,
        document_number TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX post_approvals_leader ON post_approvals(leader_id);
    """)


def m0025_leader_ratings(db: Database) -> None:
    """A leader's 年度考核等次 by year (Art. 20's use of the results; Art. 28: no 优秀 in a year held accountable)."""
    db.executescript("""
    CREATE TABLE leader_ratings (
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        year INTEGER NOT NULL,
        rating TEXT NOT NULL,
        recorded_on TEXT NOT NULL,
        PRIMARY KEY (leader_id, year)
    );
    """)
