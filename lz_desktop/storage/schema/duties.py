"""Schema steps: Yearly duties, plans, duty lists, statements and meetings (Art. 7-10, 15, 16).

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


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


def m0020_corrections(db: Database) -> None:
    """更正 of a record other than a finding's steps (those have their timeline): what changed and why, beside
    the audit trail's before and after. `record` names the kind ("meeting"), `record_id` its row."""
    db.executescript("""
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        record TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        on_date TEXT NOT NULL,
        changes TEXT NOT NULL,
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX corrections_record ON corrections(record, record_id);
    """)
