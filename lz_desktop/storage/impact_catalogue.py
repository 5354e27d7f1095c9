"""The office's edited impact catalogue; empty means the shipped one applies."""

from __future__ import annotations

from sqlite_utils import Database

from lz_desktop.domain.impact import ImpactRule


def load(db: Database) -> list[ImpactRule]:
    rows = db.execute("SELECT code, name, months, restriction, source FROM impact_catalogue"
                      " ORDER BY position").fetchall()
    return [ImpactRule(r[0], r[1], int(r[2]), r[3], r[4]) for r in rows]


def replace_all(db: Database, rules: list[ImpactRule]) -> None:
    db.execute("DELETE FROM impact_catalogue")
    for position, rule in enumerate(rules):
        db.execute("INSERT INTO impact_catalogue(code, position, name, months, restriction, source)"
                   " VALUES (?, ?, ?, ?, ?, ?)",
                   [rule.code, position, rule.name, rule.months, rule.restriction, rule.source])
