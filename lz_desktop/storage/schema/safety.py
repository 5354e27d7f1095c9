"""Schema steps: The audit trail and accounts.

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


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
