"""Indicator systems, inspections, the units inspected and their scores."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.inspections import Feed, GradeBand, Indicator, Method, Score
from lz_desktop.storage.units import TREE_CTE


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class SystemRow:
    id: int
    year: int
    name: str
    bands: tuple[GradeBand, ...]
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class InspectionRow:
    id: int
    system_id: int
    year: int
    unit_id: int  # the inspecting unit
    unit_short_name: str
    title: str
    team: str
    leader_id: int | None
    leader_name: str
    methods: tuple[Method, ...]
    start_on: dt.date
    end_on: dt.date
    finalized_on: dt.date | None
    reported_on: dt.date | None
    units: tuple[tuple[int, str], ...]  # inspected (id, short name), in the tree's order
    fed_back: dict[int, dt.date]


# systems -----------------------------------------------------------------------------------------
def system_id(db: Database, year: int) -> int | None:
    row = db.execute("SELECT id FROM indicator_systems WHERE year = ?", [year]).fetchone()
    return int(row[0]) if row else None


def system(db: Database, year: int) -> SystemRow | None:
    row = db.execute("SELECT id, year, name, bands_json FROM indicator_systems WHERE year = ?", [year]).fetchone()
    if row is None:
        return None
    bands = tuple(GradeBand(b["label"], float(b["minimum"]), bool(b["no_zero"])) for b in json.loads(row[3]))
    return SystemRow(row[0], row[1], row[2], bands, indicators(db, row[0]))


def system_years(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT year FROM indicator_systems ORDER BY year DESC").fetchall()]


def indicators(db: Database, system_id: int) -> tuple[Indicator, ...]:
    rows = db.execute("SELECT id, parent_id, name, points, rule, method, feed FROM indicators WHERE system_id = ?"
                      " ORDER BY seq", [system_id]).fetchall()

    def make(r: tuple, children: tuple[Indicator, ...] = ()) -> Indicator:
        return Indicator(r[2], float(r[3]), r[4], Method(r[5]), Feed(r[6]), children, r[0])

    return tuple(make(r, tuple(make(c) for c in rows if c[1] == r[0])) for r in rows if r[1] is None)


def save_system(db: Database, year: int, name: str, items: tuple[Indicator, ...], bands: tuple[GradeBand, ...]) -> int:
    """Create or replace the year's system (the caller has checked that nothing is scored against it)."""
    bands_json = json.dumps([{"label": b.label, "minimum": b.minimum, "no_zero": b.no_zero} for b in bands],
                            ensure_ascii=False)
    found = system_id(db, year)
    if found is None:
        found = int(db.execute("INSERT INTO indicator_systems(year, name, bands_json, created_at) VALUES (?, ?, ?, ?)",
                               [year, name, bands_json, _now()]).lastrowid or 0)
    else:
        db.execute("UPDATE indicator_systems SET name = ?, bands_json = ? WHERE id = ?", [name, bands_json, found])
        db.execute("DELETE FROM indicators WHERE system_id = ? AND parent_id IS NOT NULL", [found])
        db.execute("DELETE FROM indicators WHERE system_id = ?", [found])
    seq = 0
    for top in items:
        seq += 1
        top_id = _insert_indicator(db, found, None, seq, top)
        for child in top.children:
            seq += 1
            _insert_indicator(db, found, top_id, seq, child)
    return found


def _insert_indicator(db: Database, system_id: int, parent_id: int | None, seq: int, item: Indicator) -> int:
    cur = db.execute("INSERT INTO indicators(system_id, parent_id, seq, name, points, rule, method, feed)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [system_id, parent_id, seq, item.name, item.points, item.rule, item.method.value, item.feed.value])
    return int(cur.lastrowid or 0)


def scored_count(db: Database, system_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM scores s JOIN inspections i ON i.id = s.inspection_id"
                          " WHERE i.system_id = ?", [system_id]).fetchone()[0])


# inspections -------------------------------------------------------------------------------------
_INSPECTIONS = """
SELECT i.id, i.system_id, y.year, i.unit_id, u.short_name, i.title, i.team, i.leader_id, coalesce(l.name, ''),
       i.methods, i.start_on, i.end_on, i.finalized_on, i.reported_on
FROM inspections i JOIN indicator_systems y ON y.id = i.system_id JOIN units u ON u.id = i.unit_id
LEFT JOIN leaders l ON l.id = i.leader_id
"""


_INSPECTED = (TREE_CTE + "SELECT x.inspection_id, u.id, u.short_name, x.fed_back_on FROM inspected_units x"
              " JOIN units u ON u.id = x.unit_id JOIN tree ON tree.id = u.id"
              " WHERE x.inspection_id IN (SELECT value FROM json_each(?)) ORDER BY tree.path")


def _inspected(db: Database, ids: list[int]) -> dict[int, list[tuple]]:
    """Each inspection's units in the tree's order, for many inspections in one query."""
    out: dict[int, list[tuple]] = {i: [] for i in ids}
    for row in db.execute(_INSPECTED, [json.dumps(ids)]).fetchall():
        out[row[0]].append(row[1:])
    return out


def _inspection(db: Database, r: tuple, units: list[tuple] | None = None) -> InspectionRow:
    if units is None:
        units = _inspected(db, [r[0]])[r[0]]
    return InspectionRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                         tuple(Method(m) for m in r[9].split(",") if m), dt.date.fromisoformat(r[10]),
                         dt.date.fromisoformat(r[11]), _date(r[12]), _date(r[13]),
                         tuple((u[0], u[1]) for u in units),
                         {u[0]: dt.date.fromisoformat(u[2]) for u in units if u[2]})


def inspections(db: Database, year: int | None = None) -> list[InspectionRow]:
    where, params = ("WHERE y.year = ?", [year]) if year is not None else ("", [])
    rows = db.execute(_INSPECTIONS + where + " ORDER BY i.start_on DESC, i.id DESC", params).fetchall()
    units = _inspected(db, [r[0] for r in rows])
    return [_inspection(db, r, units[r[0]]) for r in rows]


def inspection(db: Database, inspection_id: int) -> InspectionRow | None:
    row = db.execute(_INSPECTIONS + "WHERE i.id = ?", [inspection_id]).fetchone()
    return _inspection(db, row) if row else None


def insert_inspection(db: Database, system_id: int, unit_id: int, title: str, team: str, leader_id: int | None,
                      methods: tuple[Method, ...], start_on: dt.date, end_on: dt.date) -> int:
    cur = db.execute("INSERT INTO inspections(system_id, unit_id, title, team, leader_id, methods, start_on, end_on,"
                     " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [system_id, unit_id, title, team, leader_id, ",".join(m.value for m in methods),
                      start_on.isoformat(), end_on.isoformat(), _now()])
    return int(cur.lastrowid or 0)


def update_inspection(db: Database, inspection_id: int, unit_id: int, title: str, team: str, leader_id: int | None,
                      methods: tuple[Method, ...], start_on: dt.date, end_on: dt.date) -> None:
    db.execute("UPDATE inspections SET unit_id = ?, title = ?, team = ?, leader_id = ?, methods = ?, start_on = ?,"
               " end_on = ? WHERE id = ?", [unit_id, title, team, leader_id, ",".join(m.value for m in methods),
                                            start_on.isoformat(), end_on.isoformat(), inspection_id])


def set_units(db: Database, inspection_id: int, unit_ids: tuple[int, ...]) -> None:
    db.execute(f"DELETE FROM inspected_units WHERE inspection_id = ? AND unit_id NOT IN "
               f"({','.join('?' * len(unit_ids))})", [inspection_id, *unit_ids])
    for unit_id in unit_ids:
        db.execute("INSERT OR IGNORE INTO inspected_units(inspection_id, unit_id) VALUES (?, ?)",
                   [inspection_id, unit_id])


def scored_units(db: Database, inspection_id: int) -> set[int]:
    rows = db.execute("SELECT DISTINCT unit_id FROM scores WHERE inspection_id = ?", [inspection_id]).fetchall()
    return {r[0] for r in rows}


def set_finalized(db: Database, inspection_id: int, on: dt.date) -> None:
    db.execute("UPDATE inspections SET finalized_on = ? WHERE id = ?", [on.isoformat(), inspection_id])


def set_reported(db: Database, inspection_id: int, on: dt.date) -> None:
    db.execute("UPDATE inspections SET reported_on = ? WHERE id = ?", [on.isoformat(), inspection_id])


def set_fed_back(db: Database, inspection_id: int, unit_id: int, on: dt.date) -> None:
    db.execute("UPDATE inspected_units SET fed_back_on = ? WHERE inspection_id = ? AND unit_id = ?",
               [on.isoformat(), inspection_id, unit_id])


# scores ------------------------------------------------------------------------------------------
def scores(db: Database, inspection_id: int) -> dict[tuple[int, int], Score]:
    rows = db.execute("SELECT unit_id, indicator_id, self_score, score, reason, comment FROM scores"
                      " WHERE inspection_id = ?", [inspection_id]).fetchall()
    return {(r[0], r[1]): Score(r[1], r[2], r[3], r[4], r[5]) for r in rows}


def put_score(db: Database, inspection_id: int, unit_id: int, s: Score) -> None:
    """Write one cell; a row with nothing in it is removed (nothing typed is nothing kept)."""
    if s.self_score is None and s.score is None and not s.reason and not s.comment:
        db.execute("DELETE FROM scores WHERE inspection_id = ? AND unit_id = ? AND indicator_id = ? AND finding_id"
                   " IS NULL", [inspection_id, unit_id, s.indicator_id])
        return
    db.execute("INSERT INTO scores(inspection_id, unit_id, indicator_id, self_score, score, reason, comment)"
               " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (inspection_id, unit_id, indicator_id) DO UPDATE SET"
               " self_score = excluded.self_score, score = excluded.score, reason = excluded.reason,"
               " comment = excluded.comment",
               [inspection_id, unit_id, s.indicator_id, s.self_score, s.score, s.reason, s.comment])


def deductions_without_finding(db: Database, inspection_id: int) -> list[tuple[int, int, str, float, str]]:
    """(unit, indicator, indicator name, points deducted, reason) of every deduction not yet a finding."""
    rows = db.execute("""
        SELECT s.unit_id, s.indicator_id, coalesce(p.name || '·', '') || n.name, n.points - s.score, s.reason
        FROM scores s JOIN indicators n ON n.id = s.indicator_id LEFT JOIN indicators p ON p.id = n.parent_id
        WHERE s.inspection_id = ? AND s.score IS NOT NULL AND s.score < n.points AND s.finding_id IS NULL
        ORDER BY s.unit_id, n.seq""", [inspection_id]).fetchall()
    return [(r[0], r[1], r[2], round(float(r[3]), 1), r[4]) for r in rows]


def link_finding(db: Database, inspection_id: int, unit_id: int, indicator_id: int, finding_id: int) -> None:
    db.execute("UPDATE scores SET finding_id = ? WHERE inspection_id = ? AND unit_id = ? AND indicator_id = ?",
               [finding_id, inspection_id, unit_id, indicator_id])


def findings_made(db: Database, inspection_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM scores WHERE inspection_id = ? AND finding_id IS NOT NULL",
                          [inspection_id]).fetchone()[0])


# what the yearly obligations count ---------------------------------------------------------------
def held(db: Database, year: int) -> list[tuple[int, dt.date, int, int | None]]:
    """(inspecting unit, last day, inspection id, leader who led it) of the year's inspections."""
    rows = db.execute("SELECT i.unit_id, i.end_on, i.id, i.leader_id FROM inspections i"
                      " JOIN indicator_systems y ON y.id = i.system_id WHERE y.year = ? ORDER BY i.end_on",
                      [year]).fetchall()
    return [(r[0], dt.date.fromisoformat(r[1]), r[2], r[3]) for r in rows]


def fed_back(db: Database, year: int) -> list[tuple[int, dt.date, int]]:
    """(inspecting unit, first feedback day, inspection id) of the year's inspections fed back (Art. 19)."""
    rows = db.execute("SELECT i.unit_id, min(x.fed_back_on), i.id FROM inspections i"
                      " JOIN indicator_systems y ON y.id = i.system_id JOIN inspected_units x ON x.inspection_id = i.id"
                      " WHERE y.year = ? AND x.fed_back_on IS NOT NULL GROUP BY i.id", [year]).fetchall()
    return [(r[0], dt.date.fromisoformat(r[1]), r[2]) for r in rows]


def unit_results_rows(db: Database, unit_id: int) -> list[int]:
    """Inspections that scored a unit, newest year first."""
    rows = db.execute("SELECT DISTINCT x.inspection_id FROM inspected_units x JOIN inspections i ON i.id ="
                      " x.inspection_id JOIN indicator_systems y ON y.id = i.system_id WHERE x.unit_id = ?"
                      " ORDER BY y.year DESC, i.end_on DESC", [unit_id]).fetchall()
    return [r[0] for r in rows]
