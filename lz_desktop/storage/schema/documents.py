"""Schema steps: Official documents and their register (发文登记).

Released steps are never edited; STEPS in schema/__init__.py orders them.
"""

from __future__ import annotations

from sqlite_utils import Database


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


def m0019_document_faces(db: Database) -> None:
    """The faces an issued document was set in (标题：方正小标宋简体；正文：Fandol 仿宋…): where the office's
    official fonts were missing, the register says which stand-ins a document went out in. Earlier rows: ''."""
    db.execute("ALTER TABLE documents ADD COLUMN faces TEXT NOT NULL DEFAULT ''")
