"""The schema as named migration steps (sqlite-utils Migrations), applied in order.

A step is never edited once released: a change is a new step. Names are recorded in
_sqlite_migrations, which is how a newer file is recognised and refused.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from lz_desktop.domain.pinyin import search_key

MIGRATION_SET = "lz_desktop"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_units_teams_leaders")
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


@migrations(name="0002_leader_search_and_history")
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


@migrations(name="0003_holiday_schedules")
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


@migrations(name="0004_impact_catalogue")
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


@migrations(name="0005_documents")
def m0005_documents(db: Database) -> None:
    """Official documents: drafts, the register of issued ones with their PDFs, voided numbers."""
    db.executescript("""
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'voided')),
        content_json TEXT NOT NULL,
        recipient TEXT NOT NULL DEFAULT '',
        source_ref TEXT NOT NULL DEFAULT '',
        prefix TEXT,
        year INTEGER,
        serial INTEGER,
        number TEXT UNIQUE,
        created_at TEXT NOT NULL,
        issued_at TEXT,
        voided_at TEXT,
        void_reason TEXT NOT NULL DEFAULT '',
        pdf BLOB,
        UNIQUE (prefix, year, serial),
        CHECK (status = 'draft' OR (number IS NOT NULL AND pdf IS NOT NULL))
    );
    CREATE INDEX documents_year ON documents(year, prefix);
    """)


@migrations(name="0006_feedbacks")
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


@migrations(name="0007_office_obligations")
def m0007_office_obligations(db: Database) -> None:
    """Yearly duties an office adds to those of the regulation."""
    db.executescript("""
    CREATE TABLE office_obligations (
        code TEXT PRIMARY KEY,
        article TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        minimum INTEGER NOT NULL CHECK (minimum >= 1),
        scope TEXT NOT NULL,
        due_month INTEGER NOT NULL,
        due_day INTEGER NOT NULL
    );
    """)


@migrations(name="0008_findings")
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


@migrations(name="0009_extensions")
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


@migrations(name="0010_finding_attachments")
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


@migrations(name="0011_findings_fts")
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


@migrations(name="0012_duties_and_meetings")
def m0012_duties_and_meetings(db: Database) -> None:
    """Annual plans and duty tasks, duty templates, responsibility statements, meetings (Art. 7-10, 15, 16)."""
    db.executescript("""
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        year INTEGER NOT NULL,
        published_on TEXT,
        UNIQUE (unit_id, year)
    );
    CREATE TABLE duty_tasks (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE RESTRICT,
        seq INTEGER NOT NULL,
        content TEXT NOT NULL,
        lead_unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        target TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL,
        done_on TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX duty_tasks_plan ON duty_tasks(plan_id);
    CREATE TABLE duty_task_units (
        task_id INTEGER NOT NULL REFERENCES duty_tasks(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        PRIMARY KEY (task_id, unit_id)
    );
    CREATE TABLE duty_task_leaders (
        task_id INTEGER NOT NULL REFERENCES duty_tasks(id) ON DELETE CASCADE,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        PRIMARY KEY (task_id, leader_id)
    );
    CREATE TABLE task_progress (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES duty_tasks(id) ON DELETE RESTRICT,
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX task_progress_task ON task_progress(task_id);
    CREATE TABLE duty_templates (
        id INTEGER PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('team', 'principal', 'member')),
        seq INTEGER NOT NULL,
        article TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        superior_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        subordinate_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        content TEXT NOT NULL,
        signed_on TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (year, superior_id, subordinate_id)
    );
    CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        held_on TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        chair_id INTEGER REFERENCES leaders(id) ON DELETE RESTRICT,
        recorder TEXT NOT NULL DEFAULT '',
        agenda TEXT NOT NULL,
        minutes TEXT NOT NULL DEFAULT '',
        observers_note TEXT NOT NULL DEFAULT '',
        previous_review TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX meetings_unit ON meetings(unit_id, held_on);
    CREATE TABLE meeting_attendance (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_id, leader_id)
    );
    CREATE TABLE meeting_observers (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        PRIMARY KEY (meeting_id, leader_id)
    );
    CREATE TABLE meeting_decisions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        outcome TEXT NOT NULL,
        leader_id INTEGER REFERENCES leaders(id) ON DELETE RESTRICT,
        task_id INTEGER REFERENCES duty_tasks(id) ON DELETE RESTRICT,
        finding_id INTEGER REFERENCES findings(id) ON DELETE RESTRICT
    );
    CREATE INDEX meeting_decisions_meeting ON meeting_decisions(meeting_id);
    CREATE TABLE life_meeting_entries (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        leader_id INTEGER NOT NULL REFERENCES leaders(id) ON DELETE RESTRICT,
        self_examination TEXT NOT NULL DEFAULT '',
        criticism TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_id, leader_id)
    );
    CREATE TABLE evaluation_groups (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        grp TEXT NOT NULL,
        people INTEGER NOT NULL CHECK (people >= 0),
        PRIMARY KEY (meeting_id, grp)
    );
    CREATE TABLE evaluation_items (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        item TEXT NOT NULL,
        satisfied INTEGER NOT NULL CHECK (satisfied >= 0),
        basically_satisfied INTEGER NOT NULL CHECK (basically_satisfied >= 0),
        unsatisfied INTEGER NOT NULL CHECK (unsatisfied >= 0),
        PRIMARY KEY (meeting_id, seq)
    );
    CREATE TABLE meeting_attachments (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_on TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX meeting_attachments_meeting ON meeting_attachments(meeting_id);
    """)


@migrations(name="0013_inspections")
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


@migrations(name="0014_cases")
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


@migrations(name="0015_audit_and_accounts")
def m0015_audit_and_accounts(db: Database) -> None:
    """The hash-chained audit trail (filled by triggers, see storage/audit.py) and local accounts."""
    db.executescript("""
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_id INTEGER,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        before TEXT,
        after TEXT,
        hash TEXT
    );
    CREATE INDEX audit_log_table ON audit_log(tbl, row_id);
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, '审计记录不能删除'); END;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN OLD.hash IS NOT NULL OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.tbl IS NOT OLD.tbl
      OR NEW.row_id IS NOT OLD.row_id OR NEW.op IS NOT OLD.op OR NEW.before IS NOT OLD.before
      OR NEW.after IS NOT OLD.after
    BEGIN SELECT RAISE(ABORT, '审计记录不能修改'); END;
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'case_clerk', 'clerk', 'reader')),
        password TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        last_login TEXT
    );
    """)


@migrations(name="0016_finding_leaders_by_leader")
def m0016_finding_leaders_by_leader(db: Database) -> None:
    """Findings found by a leader's name (the ledger's search, the leader's record) without reading every
    finding's responsible leaders: 60,000 findings in a district."""
    db.execute("CREATE INDEX finding_leaders_leader ON finding_leaders(leader_id)")


@migrations(name="0017_findings_bigrams")
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


@migrations(name="0018_open_findings")
def m0018_open_findings(db: Database) -> None:
    """The findings not yet closed, apart: what the dashboard counts and the ledger's status lists show are
    open findings, a few thousand of a district's 60,000, and each costs its status to derive."""
    db.execute("CREATE INDEX findings_open ON findings(id) WHERE closed_on IS NULL")


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
