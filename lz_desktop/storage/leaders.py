"""Leader records, their portfolio units and their change history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.dates import from_iso, to_iso
from lz_desktop.domain.history import HistoryEntry
from lz_desktop.domain.leaders import Gender, Leader, LeaderStatus, Role
from lz_desktop.domain.pinyin import search_key, sort_key
from lz_desktop.storage.like import ESCAPE, contains
from lz_desktop.storage.units import TREE_CTE


@dataclass(frozen=True)
class LeaderRow:
    """A leader as the roster lists it: the record and where it sits."""

    leader: Leader
    unit_id: int
    unit_short_name: str


# Column code names the roster can sort by, and the SQL that sorts them. Names sort by pinyin.
SORTABLE = {
    "name": "l.sort_key",
    "unit": "tree.path",
    "gender": "l.gender",
    "post": "l.post",
    "rank": "l.rank",
    "role": "CASE l.role WHEN 'principal' THEN 0 ELSE 1 END",
    "term_start": "l.term_start",
    "term_end": "COALESCE(l.term_end, '9999')",
    "status": "l.status",
    "portfolio": "l.portfolio",
}

_SELECT = TREE_CTE + """
SELECT l.id, l.team_id, l.name, l.gender, l.post, l.rank, l.role, l.term_start, l.term_end,
       l.status, l.portfolio, l.note,
       (SELECT group_concat(unit_id) FROM portfolio_units p WHERE p.leader_id = l.id),
       u.id, u.short_name
FROM leaders l JOIN teams t ON t.id = l.team_id JOIN units u ON u.id = t.unit_id
JOIN tree ON tree.id = u.id
"""


def _row(r: tuple) -> LeaderRow:
    portfolio_ids = tuple(int(x) for x in r[12].split(",")) if r[12] else ()
    leader = Leader(r[0], r[1], r[2], Gender(r[3]), r[4], r[5], Role(r[6]),
                    dt.date.fromisoformat(r[7]), from_iso(r[8]), LeaderStatus(r[9]), r[10],
                    portfolio_ids, r[11])
    return LeaderRow(leader, r[13], r[14])


def list_leaders(db: Database, *, unit_ids: Sequence[int] | None = None, text: str = "",
                 sort: str = "unit", descending: bool = False) -> list[LeaderRow]:
    """Roster query; filter and sort run in SQL so the table stays fast on a big district."""
    where: list[str] = []
    params: list[object] = []
    if unit_ids is not None:
        where.append(f"t.unit_id IN ({','.join('?' * len(unit_ids))})" if unit_ids else "0")
        params.extend(unit_ids)
    text = text.strip().lower()
    if text:
        like = contains(text)
        where.append(f"(l.name LIKE ? {ESCAPE} OR l.search_key LIKE ? {ESCAPE}"
                     f" OR l.post LIKE ? {ESCAPE} OR l.portfolio LIKE ? {ESCAPE})")
        params.extend([like, like, like, like])
    order = SORTABLE.get(sort, SORTABLE["unit"]) + (" DESC" if descending else "")
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    # Ties fall back to the roster's reading order: unit, principal first, then pinyin.
    sql += f" ORDER BY {order}, tree.path, {SORTABLE['role']}, l.sort_key, l.id"
    return [_row(r) for r in db.execute(sql, params).fetchall()]


def leaders_by_id(db: Database, ids: Collection[int]) -> dict[int, LeaderRow]:
    rows = db.execute(_SELECT + " WHERE l.id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))])
    return {r.leader.id: r for r in map(_row, rows.fetchall()) if r.leader.id is not None}


def get_leader(db: Database, leader_id: int) -> LeaderRow | None:
    row = db.execute(_SELECT + " WHERE l.id = ?", [leader_id]).fetchone()
    return _row(row) if row else None


def team_leaders(db: Database, team_id: int) -> list[Leader]:
    rows = db.execute(_SELECT + " WHERE l.team_id = ?", [team_id]).fetchall()
    return [_row(r).leader for r in rows]


def count_leaders(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM leaders").fetchone()[0])


def insert_leader(db: Database, leader: Leader) -> int:
    cur = db.execute(
        "INSERT INTO leaders(team_id, name, gender, post, rank, role, term_start, term_end,"
        " status, portfolio, note, search_key, sort_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        _values(leader))
    leader_id = int(cur.lastrowid or 0)
    _write_portfolio(db, leader_id, leader.portfolio_unit_ids)
    return leader_id


def update_leader(db: Database, leader: Leader) -> None:
    db.execute(
        "UPDATE leaders SET team_id=?, name=?, gender=?, post=?, rank=?, role=?, term_start=?,"
        " term_end=?, status=?, portfolio=?, note=?, search_key=?, sort_key=? WHERE id=?",
        [*_values(leader), leader.id])
    db.execute("DELETE FROM portfolio_units WHERE leader_id = ?", [leader.id])
    _write_portfolio(db, int(leader.id or 0), leader.portfolio_unit_ids)


def delete_leader(db: Database, leader_id: int) -> None:
    db.execute("DELETE FROM leaders WHERE id = ?", [leader_id])


def record_history(db: Database, leader_id: int, action: str, before: Leader | None,
                   after: Leader | None) -> None:
    db.execute(
        "INSERT INTO leader_history(leader_id, changed_at, action, before_json, after_json)"
        " VALUES (?, ?, ?, ?, ?)",
        [leader_id, dt.datetime.now().isoformat(timespec="seconds"), action,
         _json(before), _json(after)])


def history(db: Database, leader_id: int) -> list[HistoryEntry]:
    rows = db.execute(
        "SELECT changed_at, action, before_json, after_json FROM leader_history"
        " WHERE leader_id = ? ORDER BY id", [leader_id]).fetchall()
    return [HistoryEntry(r[0], r[1], json.loads(r[2]) if r[2] else None,
                         json.loads(r[3]) if r[3] else None) for r in rows]


def _values(leader: Leader) -> list[object]:
    return [leader.team_id, leader.name, leader.gender.value, leader.post, leader.rank,
            leader.role.value, leader.term_start.isoformat(), to_iso(leader.term_end),
            leader.status.value, leader.portfolio, leader.note, search_key(leader.name),
            sort_key(leader.name)]


def _write_portfolio(db: Database, leader_id: int, unit_ids: Sequence[int]) -> None:
    for unit_id in unit_ids:
        db.execute("INSERT INTO portfolio_units(leader_id, unit_id) VALUES (?, ?)",
                   [leader_id, unit_id])


def _json(leader: Leader | None) -> str | None:
    if leader is None:
        return None
    data = {k: (v.isoformat() if isinstance(v, dt.date) else v)
            for k, v in leader.__dict__.items()}
    data["portfolio_unit_ids"] = list(leader.portfolio_unit_ids)
    return json.dumps(data, ensure_ascii=False)



def teams_with_principal(db: Database, on: dt.date) -> set[int]:
    """Teams that have a principal in office on `on`."""
    day = on.isoformat()
    rows = db.execute("SELECT DISTINCT team_id FROM leaders WHERE role = 'principal' AND term_start <= ?"
                      " AND (term_end IS NULL OR term_end >= ?)", [day, day]).fetchall()
    return {int(r[0]) for r in rows}


def rekey(db: Database) -> int:
    """Every leader's pinyin keys made again (after the office's rare-character readings changed); only the rows
    whose keys move are written. Returns how many moved."""
    moved = 0
    for leader_id, name, old_search, old_sort in db.execute(
            "SELECT id, name, search_key, sort_key FROM leaders").fetchall():
        new_search, new_sort = search_key(name), sort_key(name)
        if (new_search, new_sort) != (old_search, old_sort):
            db.execute("UPDATE leaders SET search_key = ?, sort_key = ? WHERE id = ?",
                       [new_search, new_sort, leader_id])
            moved += 1
    return moved


def add_approval(db: Database, leader_id: int, approved_by: str, approved_on: dt.date, document_number: str) -> None:
    db.execute("INSERT INTO post_approvals(leader_id, approved_by, approved_on, document_number, recorded_at) "
               "VALUES (?, ?, ?, ?, ?)", [leader_id, approved_by, approved_on.isoformat(), document_number,
                                          dt.datetime.now().isoformat(timespec="seconds")])


def approvals(db: Database, leader_id: int) -> list[tuple[str, dt.date, str]]:
    """(approved by, on, document number) of the leader's post approvals, oldest first."""
    return [(r[0], dt.date.fromisoformat(r[1]), r[2]) for r in db.execute(
        "SELECT approved_by, approved_on, document_number FROM post_approvals WHERE leader_id = ? ORDER BY id",
        [leader_id])]


def namesakes(db: Database, name: str, except_id: int | None) -> list[LeaderRow]:
    return [r for r in list_leaders(db, text=name) if r.leader.name == name and r.leader.id != except_id]


def set_rating(db: Database, leader_id: int, year: int, rating: str, on: dt.date) -> None:
    db.execute("INSERT INTO leader_ratings(leader_id, year, rating, recorded_on) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(leader_id, year) DO UPDATE SET rating = excluded.rating, "
               "recorded_on = excluded.recorded_on",
               [leader_id, year, rating, on.isoformat()])


def ratings(db: Database, leader_id: int) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute("SELECT year, rating FROM leader_ratings WHERE leader_id = ? ORDER BY year",
                                           [leader_id])}
