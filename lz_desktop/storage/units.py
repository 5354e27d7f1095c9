"""Units and their teams: one team per unit, created and renamed with it."""

from __future__ import annotations

from sqlite_utils import Database

from lz_desktop.domain.units import Unit, UnitCategory

# The tree's reading order: each unit's path of sort orders from the top (0001.0003.0002).
TREE_CTE = """
WITH RECURSIVE tree(id, path) AS (
    SELECT id, printf('%04d', sort_order) FROM units WHERE parent_id IS NULL
    UNION ALL
    SELECT u.id, tree.path || '.' || printf('%04d', u.sort_order)
    FROM units u JOIN tree ON u.parent_id = tree.id)
"""

_SELECT = """
SELECT u.id, u.parent_id, u.name, u.short_name, u.category, t.name, u.sort_order, u.note, t.id
FROM units u JOIN teams t ON t.unit_id = u.id
"""


def _unit(row: tuple) -> Unit:
    return Unit(row[0], row[1], row[2], row[3], UnitCategory(row[4]), row[5], row[6], row[7],
                row[8])


def list_units(db: Database) -> list[Unit]:
    """Every unit, parents before children is not promised: callers build the tree by parent_id."""
    return [_unit(r) for r in db.execute(_SELECT + " ORDER BY u.sort_order, u.id").fetchall()]


def get_unit(db: Database, unit_id: int) -> Unit | None:
    row = db.execute(_SELECT + " WHERE u.id = ?", [unit_id]).fetchone()
    return _unit(row) if row else None


def find_unit_by_name(db: Database, text: str) -> list[Unit]:
    """Units whose full name or short name is exactly `text`."""
    rows = db.execute(_SELECT + " WHERE u.name = ? OR u.short_name = ?", [text, text]).fetchall()
    return [_unit(r) for r in rows]


def name_taken(db: Database, name: str, except_id: int | None) -> bool:
    row = db.execute("SELECT 1 FROM units WHERE name = ? AND id IS NOT ?", [name, except_id])
    return row.fetchone() is not None


def insert_unit(db: Database, unit: Unit) -> int:
    cur = db.execute(
        "INSERT INTO units(parent_id, name, short_name, category, sort_order, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [unit.parent_id, unit.name, unit.short_name, unit.category.value, unit.sort_order,
         unit.note])
    unit_id = int(cur.lastrowid or 0)
    db.execute("INSERT INTO teams(unit_id, name) VALUES (?, ?)", [unit_id, unit.team_name])
    return unit_id


def update_unit(db: Database, unit: Unit) -> None:
    db.execute(
        "UPDATE units SET parent_id = ?, name = ?, short_name = ?, category = ?, sort_order = ?,"
        " note = ? WHERE id = ?",
        [unit.parent_id, unit.name, unit.short_name, unit.category.value, unit.sort_order,
         unit.note, unit.id])
    db.execute("UPDATE teams SET name = ? WHERE unit_id = ?", [unit.team_name, unit.id])


def next_sort_order(db: Database, parent_id: int | None) -> int:
    row = db.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM units WHERE parent_id IS ?",
                     [parent_id]).fetchone()
    return int(row[0])


def dependants(db: Database, unit_id: int) -> tuple[int, int, int]:
    """(subordinate units, leader records, portfolio references) that stop a delete."""
    children = db.execute("SELECT count(*) FROM units WHERE parent_id = ?", [unit_id]).fetchone()
    leaders = db.execute(
        "SELECT count(*) FROM leaders l JOIN teams t ON t.id = l.team_id WHERE t.unit_id = ?",
        [unit_id]).fetchone()
    overseen = db.execute("SELECT count(*) FROM portfolio_units WHERE unit_id = ?",
                          [unit_id]).fetchone()
    return int(children[0]), int(leaders[0]), int(overseen[0])


def delete_unit(db: Database, unit_id: int) -> None:
    db.execute("DELETE FROM teams WHERE unit_id = ?", [unit_id])
    db.execute("DELETE FROM units WHERE id = ?", [unit_id])
