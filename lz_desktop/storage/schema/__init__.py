"""The schema as named migration steps (sqlite-utils Migrations), applied in the order listed here.

A step is never edited once released: a change is a new step, appended to STEPS. Names are recorded in
_sqlite_migrations, which is how a newer file is recognised and refused. Each step's DDL lives with its
area (roster, rectification, duties, …); this list is the one history of the file's shape.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

from lz_desktop.storage.schema import (
    cases,
    documents,
    duties,
    exchange,
    holidays,
    inspections,
    integrity,
    rectification,
    roster,
    safety,
)

MIGRATION_SET = "lz_desktop"
migrations = Migrations(MIGRATION_SET)

STEPS = [
    ("0001_units_teams_leaders", roster.m0001_units_teams_leaders),
    ("0002_leader_search_and_history", roster.m0002_leader_search_and_history),
    ("0003_holiday_schedules", holidays.m0003_holiday_schedules),
    ("0004_impact_catalogue", cases.m0004_impact_catalogue),
    ("0005_documents", documents.m0005_documents),
    ("0006_feedbacks", rectification.m0006_feedbacks),
    ("0007_office_obligations", duties.m0007_office_obligations),
    ("0008_findings", rectification.m0008_findings),
    ("0009_extensions", rectification.m0009_extensions),
    ("0010_finding_attachments", rectification.m0010_finding_attachments),
    ("0011_findings_fts", rectification.m0011_findings_fts),
    ("0012_duties_and_meetings", duties.m0012_duties_and_meetings),
    ("0013_inspections", inspections.m0013_inspections),
    ("0014_cases", cases.m0014_cases),
    ("0015_audit_and_accounts", safety.m0015_audit_and_accounts),
    ("0016_finding_leaders_by_leader", rectification.m0016_finding_leaders_by_leader),
    ("0017_findings_bigrams", rectification.m0017_findings_bigrams),
    ("0018_open_findings", rectification.m0018_open_findings),
    ("0019_document_faces", documents.m0019_document_faces),
    ("0020_corrections", duties.m0020_corrections),
    ("0021_packages", exchange.m0021_packages),
    ("0022_integrity_opinions", integrity.m0022_integrity_opinions),
    ("0023_post_approvals", integrity.m0023_post_approvals),
    ("0024_decision_mode", cases.m0024_decision_mode),
    ("0025_leader_ratings", integrity.m0025_leader_ratings),
]
for _name, _step in STEPS:
    migrations(name=_name)(_step)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
