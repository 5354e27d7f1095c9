"""Annual plans, duty tasks and their progress, the office's duty templates, responsibility statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.duties import DutyRole, DutyTemplate, TaskDraft
from lz_desktop.storage.units import TREE_CTE


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class PlanRow:
    id: int
    unit_id: int
    year: int
    published_on: dt.date | None


@dataclass(frozen=True)
class TaskRow:
    id: int
    plan_id: int
    year: int
    plan_unit_id: int
    seq: int
    content: str
    lead_unit_id: int
    lead_unit: str
    supporting_unit_ids: tuple[int, ...]
    supporting_units: str  # short names, 、-separated, in the unit tree's order
    leader_ids: tuple[int, ...]
    leaders: str
    target: str
    deadline: dt.date
    done_on: dt.date | None
    progress_reports: int
    last_progress: str


def plan(db: Database, unit_id: int, year: int) -> PlanRow | None:
    row = db.execute("SELECT id, unit_id, year, published_on FROM plans WHERE unit_id = ? AND year = ?",
                     [unit_id, year]).fetchone()
    return PlanRow(row[0], row[1], row[2], _date(row[3])) if row else None


def plans_of_year(db: Database, year: int) -> list[PlanRow]:
    rows = db.execute("SELECT id, unit_id, year, published_on FROM plans WHERE year = ? ORDER BY id", [year])
    return [PlanRow(r[0], r[1], r[2], _date(r[3])) for r in rows.fetchall()]


def ensure_plan(db: Database, unit_id: int, year: int) -> int:
    found = plan(db, unit_id, year)
    if found:
        return found.id
    return int(db.execute("INSERT INTO plans(unit_id, year) VALUES (?, ?)", [unit_id, year]).lastrowid or 0)


def set_published(db: Database, plan_id: int, on: dt.date) -> None:
    db.execute("UPDATE plans SET published_on = ? WHERE id = ?", [on.isoformat(), plan_id])


def insert_task(db: Database, plan_id: int, draft: TaskDraft) -> int:
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM duty_tasks WHERE plan_id = ?", [plan_id]).fetchone()[0]
    cur = db.execute("INSERT INTO duty_tasks(plan_id, seq, content, lead_unit_id, target, deadline, created_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [plan_id, seq, draft.content, draft.lead_unit_id, draft.target, draft.deadline.isoformat(),
                      _now()])
    task_id = int(cur.lastrowid or 0)
    _write_links(db, task_id, draft)
    return task_id


def update_task(db: Database, task_id: int, draft: TaskDraft) -> None:
    db.execute("UPDATE duty_tasks SET content = ?, lead_unit_id = ?, target = ?, deadline = ? WHERE id = ?",
               [draft.content, draft.lead_unit_id, draft.target, draft.deadline.isoformat(), task_id])
    db.execute("DELETE FROM duty_task_units WHERE task_id = ?", [task_id])
    db.execute("DELETE FROM duty_task_leaders WHERE task_id = ?", [task_id])
    _write_links(db, task_id, draft)


def _write_links(db: Database, task_id: int, draft: TaskDraft) -> None:
    for unit_id in draft.supporting_unit_ids:
        db.execute("INSERT INTO duty_task_units(task_id, unit_id) VALUES (?, ?)", [task_id, unit_id])
    for leader_id in draft.leader_ids:
        db.execute("INSERT INTO duty_task_leaders(task_id, leader_id) VALUES (?, ?)", [task_id, leader_id])


def set_done(db: Database, task_id: int, done_on: dt.date | None) -> None:
    db.execute("UPDATE duty_tasks SET done_on = ? WHERE id = ?", [done_on.isoformat() if done_on else None, task_id])


def add_progress(db: Database, task_id: int, on_date: dt.date, text: str) -> None:
    db.execute("INSERT INTO task_progress(task_id, on_date, text, recorded_at) VALUES (?, ?, ?, ?)",
               [task_id, on_date.isoformat(), text, _now()])


def progress_of(db: Database, task_id: int) -> list[tuple[dt.date, str]]:
    rows = db.execute("SELECT on_date, text FROM task_progress WHERE task_id = ? ORDER BY on_date, id", [task_id])
    return [(dt.date.fromisoformat(r[0]), r[1]) for r in rows.fetchall()]


_TASKS = TREE_CTE + """
SELECT k.id, k.plan_id, p.year, p.unit_id, k.seq, k.content, k.lead_unit_id, lu.short_name,
  (SELECT group_concat(unit_id) FROM (SELECT s.unit_id FROM duty_task_units s JOIN tree ON tree.id = s.unit_id
     WHERE s.task_id = k.id ORDER BY tree.path)),
  (SELECT group_concat(short_name, '、') FROM (SELECT u.short_name FROM duty_task_units s
     JOIN units u ON u.id = s.unit_id JOIN tree ON tree.id = u.id WHERE s.task_id = k.id ORDER BY tree.path)),
  (SELECT group_concat(leader_id) FROM (SELECT leader_id FROM duty_task_leaders WHERE task_id = k.id
     ORDER BY leader_id)),
  (SELECT group_concat(name, '、') FROM (SELECT l.name FROM duty_task_leaders d JOIN leaders l ON l.id = d.leader_id
     WHERE d.task_id = k.id ORDER BY l.id)),
  k.target, k.deadline, k.done_on,
  (SELECT count(*) FROM task_progress WHERE task_id = k.id),
  coalesce((SELECT text FROM task_progress WHERE task_id = k.id ORDER BY on_date DESC, id DESC LIMIT 1), '')
FROM duty_tasks k JOIN plans p ON p.id = k.plan_id JOIN units lu ON lu.id = k.lead_unit_id
"""


def _ids(text: str | None) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",")) if text else ()


def _task(r: tuple) -> TaskRow:
    return TaskRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _ids(r[8]), r[9] or "", _ids(r[10]), r[11] or "",
                   r[12], dt.date.fromisoformat(r[13]), _date(r[14]), int(r[15]), r[16])


def tasks(db: Database, *, plan_id: int | None = None, year: int | None = None,
          leader_id: int | None = None) -> list[TaskRow]:
    where, params = [], []
    if plan_id is not None:
        where.append("k.plan_id = ?")
        params.append(plan_id)
    if year is not None:
        where.append("p.year = ?")
        params.append(year)
    if leader_id is not None:
        where.append("k.id IN (SELECT task_id FROM duty_task_leaders WHERE leader_id = ?)")
        params.append(leader_id)
    sql = _TASKS + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.year, p.unit_id, k.seq"
    return [_task(r) for r in db.execute(sql, params).fetchall()]


def task(db: Database, task_id: int) -> TaskRow | None:
    row = db.execute(_TASKS + " WHERE k.id = ?", [task_id]).fetchone()
    return _task(row) if row else None


# templates ------------------------------------------------------------------------------------
def templates(db: Database) -> dict[DutyRole, list[DutyTemplate]]:
    """The office's own wording per role; a role with no rows uses the regulation's defaults."""
    out: dict[DutyRole, list[DutyTemplate]] = {}
    for role, article, text in db.execute("SELECT role, article, text FROM duty_templates ORDER BY role, seq"):
        out.setdefault(DutyRole(role), []).append(DutyTemplate(DutyRole(role), article, text))
    return out


def replace_templates(db: Database, role: DutyRole, items: list[DutyTemplate]) -> None:
    db.execute("DELETE FROM duty_templates WHERE role = ?", [role.value])
    for seq, item in enumerate(items, start=1):
        db.execute("INSERT INTO duty_templates(role, seq, article, text) VALUES (?, ?, ?, ?)",
                   [role.value, seq, item.article, item.text])


# statements -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatementRow:
    id: int
    year: int
    superior_id: int
    superior: str
    superior_post: str
    subordinate_id: int
    subordinate: str
    subordinate_post: str
    subordinate_unit: str
    content: str  # the statement as generated (OfficialDocument JSON): what is signed is what was printed
    signed_on: dt.date | None
    same_team: bool  # a principal with a member of the team, rather than a leader with a portfolio unit's head


_STATEMENTS = TREE_CTE + """
SELECT s.id, s.year, a.id, a.name, a.post, b.id, b.name, b.post, u.short_name, s.content, s.signed_on,
  a.team_id = b.team_id
FROM statements s JOIN leaders a ON a.id = s.superior_id JOIN leaders b ON b.id = s.subordinate_id
JOIN teams t ON t.id = b.team_id JOIN units u ON u.id = t.unit_id JOIN tree ON tree.id = u.id
JOIN teams ta ON ta.id = a.team_id JOIN tree treea ON treea.id = ta.unit_id
"""
_STATEMENT_ORDER = " ORDER BY treea.path, a.role DESC, tree.path, b.role DESC, b.id"


def _statement(r: tuple) -> StatementRow:
    return StatementRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], _date(r[10]), bool(r[11]))


def statements(db: Database, year: int) -> list[StatementRow]:
    return [_statement(r) for r in db.execute(_STATEMENTS + " WHERE s.year = ?" + _STATEMENT_ORDER, [year])]


def statement(db: Database, statement_id: int) -> StatementRow | None:
    row = db.execute(_STATEMENTS + " WHERE s.id = ?", [statement_id]).fetchone()
    return _statement(row) if row else None


def insert_statement(db: Database, year: int, superior_id: int, subordinate_id: int, content: str) -> int | None:
    """None when the pair already has this year's statement (never replaced once made)."""
    cur = db.execute("INSERT OR IGNORE INTO statements(year, superior_id, subordinate_id, content, created_at)"
                     " VALUES (?, ?, ?, ?, ?)", [year, superior_id, subordinate_id, content, _now()])
    return int(cur.lastrowid or 0) if cur.rowcount else None


def set_signed(db: Database, statement_id: int, signed_on: dt.date) -> None:
    db.execute("UPDATE statements SET signed_on = ? WHERE id = ?", [signed_on.isoformat(), statement_id])


def signing_counts(db: Database, year: int) -> tuple[int, int]:
    row = db.execute("SELECT count(*), count(signed_on) FROM statements WHERE year = ?", [year]).fetchone()
    return int(row[1]), int(row[0])
