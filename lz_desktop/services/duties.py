"""Duty decomposition: a year's plan and its tasks, duty lists, responsibility statements (Art. 7-10).

A plan belongs to a unit and a year (Art. 10: each unit plans and publishes its own); tasks carry a
lead unit, supporting units and responsible leaders (Art. 8(1)). Duty lists are composed when asked
for, from the office's templates and the tasks; statements keep the text they were generated with.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.duties import (
    DEFAULT_TEMPLATES,
    DutyList,
    DutyListTask,
    DutyRole,
    DutyTemplate,
    TaskDraft,
    TaskStatus,
    task_status,
    templates_for,
    validate_task,
)
from lz_desktop.domain.duty_documents import StatementParties, duty_list_document, statement_document
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.leaders import Leader, Role, post_in_unit
from lz_desktop.domain.official_document import OfficialDocument, from_json, to_json
from lz_desktop.storage import duties as store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.duties import PlanRow, StatementRow, TaskRow
from lz_desktop.storage.transaction import transaction

PROGRESS_MAX = 1000


@dataclass(frozen=True)
class TaskView:
    task: TaskRow
    status: TaskStatus


# the plan ---------------------------------------------------------------------------------------
def default_plan_unit(db: Database) -> int | None:
    """The district's own plan is the top unit's: the first root in the tree."""
    roots = [u for u in unit_store.list_units(db) if u.parent_id is None]
    return min(roots, key=lambda u: (u.sort_order, u.id or 0)).id if roots else None


def plans_of_year(db: Database, year: int) -> list[PlanRow]:
    return store.plans_of_year(db, year)


def plan(db: Database, unit_id: int, year: int) -> PlanRow | None:
    return store.plan(db, unit_id, year)


def tasks(db: Database, unit_id: int, year: int, today: dt.date) -> list[TaskView]:
    found = store.plan(db, unit_id, year)
    return [_view(t, today) for t in store.tasks(db, plan_id=found.id)] if found else []


def tasks_of_year(db: Database, year: int, today: dt.date) -> list[TaskView]:
    """Every unit's plan tasks of the year, plan by plan."""
    return [_view(t, today) for t in store.tasks(db, year=year)]


def overdue_tasks(db: Database, year: int, today: dt.date) -> list[TaskView]:
    """Every plan's tasks of the year past their deadline and not done: a figure of 总览."""
    return [v for v in tasks_of_year(db, year, today) if v.status is TaskStatus.OVERDUE]


def _view(task: TaskRow, today: dt.date) -> TaskView:
    return TaskView(task, task_status(task.deadline, task.done_on, task.progress_reports, today))


def task(db: Database, task_id: int) -> TaskRow:
    found = store.task(db, task_id)
    if found is None:
        raise RuleViolation("该任务已不存在。")
    return found


def add_task(db: Database, draft: TaskDraft) -> TaskRow:
    clean = validate_task(draft)
    _check_refs(db, clean)
    with transaction(db):
        plan_id = store.ensure_plan(db, clean.plan_unit_id, clean.year)
        task_id = store.insert_task(db, plan_id, clean)
    return task(db, task_id)


def update_task(db: Database, task_id: int, draft: TaskDraft) -> TaskRow:
    current = task(db, task_id)
    clean = validate_task(replace(draft, year=current.year, plan_unit_id=current.plan_unit_id))
    _check_refs(db, clean)
    with transaction(db):
        store.update_task(db, task_id, clean)
    return task(db, task_id)


def _check_refs(db: Database, draft: TaskDraft) -> None:
    units = {u.id for u in unit_store.list_units(db)}
    if draft.plan_unit_id not in units or draft.lead_unit_id not in units:
        raise ValidationError([FieldProblem("lead_unit", "牵头单位", "不存在")])
    if any(u not in units for u in draft.supporting_unit_ids):
        raise ValidationError([FieldProblem("supporting_units", "协办单位", "含有不存在的单位")])
    for leader_id in draft.leader_ids:
        row = leader_store.get_leader(db, leader_id)
        if row is None:
            raise ValidationError([FieldProblem("leaders", "责任领导", "含有不存在的人员")])
        if not _serves_in_year(row.leader, draft.year):
            raise ValidationError([FieldProblem("leaders", "责任领导", f"{row.leader.name}在 {draft.year} 年度未在任")])


def _serves_in_year(leader: Leader, year: int) -> bool:
    return leader.term_start <= dt.date(year, 12, 31) and (leader.term_end is None
                                                           or leader.term_end >= dt.date(year, 1, 1))


def report_progress(db: Database, task_id: int, on_date: dt.date, text: str, *, today: dt.date) -> None:
    text = text.strip()
    problems = []
    if not text:
        problems.append(FieldProblem("progress", "进展情况", "不能为空"))
    elif len(text) > PROGRESS_MAX:
        problems.append(FieldProblem("progress", "进展情况", f"过长：{len(text)} 个字，最多 {PROGRESS_MAX} 个字"))
    if on_date > today:
        problems.append(FieldProblem("on_date", "报告日期", f"（{format_cn(on_date)}）晚于今天"))
    if problems:
        raise ValidationError(problems)
    current = task(db, task_id)
    if current.done_on is not None:
        raise RuleViolation(f"该任务已于{format_cn(current.done_on)}完成。")
    with transaction(db):
        store.add_progress(db, task_id, on_date, text)


def progress(db: Database, task_id: int) -> list[tuple[dt.date, str]]:
    return store.progress_of(db, task_id)


def complete_task(db: Database, task_id: int, done_on: dt.date, *, today: dt.date) -> TaskRow:
    current = task(db, task_id)
    if done_on > today:
        raise ValidationError([FieldProblem("done_on", "完成日期", f"（{format_cn(done_on)}）晚于今天")])
    if done_on.year < current.year:
        raise ValidationError([FieldProblem("done_on", "完成日期", f"早于 {current.year} 年度")])
    if current.done_on is not None:
        raise RuleViolation(f"该任务已于{format_cn(current.done_on)}完成。")
    with transaction(db):
        store.set_done(db, task_id, done_on)
        store.add_progress(db, task_id, done_on, "任务完成")
    return task(db, task_id)


def copy_plan(db: Database, unit_id: int, from_year: int, to_year: int) -> int:
    """Start a year from last year's plan: same tasks, deadlines a year on, leaders still serving kept."""
    source = store.plan(db, unit_id, from_year)
    old = store.tasks(db, plan_id=source.id) if source else []
    if not old:
        raise RuleViolation(f"{from_year} 年度计划没有任务，无可复制。")
    target = store.plan(db, unit_id, to_year)
    if target and store.tasks(db, plan_id=target.id):
        raise RuleViolation(f"{to_year} 年度计划已有任务；复制只用于开始新的一年。")
    serving = {row.leader.id for row in leader_store.list_leaders(db) if _serves_in_year(row.leader, to_year)}
    with transaction(db):
        plan_id = store.ensure_plan(db, unit_id, to_year)
        for t in old:
            last = calendar.monthrange(to_year, t.deadline.month)[1]
            deadline = dt.date(to_year, t.deadline.month, min(t.deadline.day, last))
            store.insert_task(db, plan_id, TaskDraft(
                to_year, unit_id, t.content, t.lead_unit_id, deadline, t.target, t.supporting_unit_ids,
                tuple(i for i in t.leader_ids if i in serving)))
    return len(old)


def publish_plan(db: Database, unit_id: int, year: int, on: dt.date, *, today: dt.date) -> PlanRow:
    """Art. 10: the plan is published (予以公布) on a date; the obligation counts from then."""
    found = store.plan(db, unit_id, year)
    if found is None or not store.tasks(db, plan_id=found.id):
        raise RuleViolation(f"{year} 年度计划还没有任务，不能公布。", "第十条")
    if found.published_on is not None:
        raise RuleViolation(f"{year} 年度计划已于{format_cn(found.published_on)}公布，公布日期不再更改。")
    if on > today:
        raise ValidationError([FieldProblem("published_on", "公布日期", f"（{format_cn(on)}）晚于今天")])
    if on.year < year - 1:
        raise ValidationError([FieldProblem("published_on", "公布日期", f"（{format_cn(on)}）早于上一年度")])
    with transaction(db):
        store.set_published(db, found.id, on)
    result = store.plan(db, unit_id, year)
    assert result is not None
    return result


PLAN_HEADERS = ["序号", "任务内容", "牵头单位", "协办单位", "责任领导", "目标要求", "完成时限"]


def plan_cells(t: TaskRow) -> list[str]:
    return [str(t.seq), t.content, t.lead_unit, t.supporting_units, t.leaders, t.target, format_cn(t.deadline)]


def plan_pdf(db: Database, unit_id: int, year: int) -> bytes:
    """The plan as an official-style landscape table (header on every page), for publication."""
    from lz_desktop.documents.official_table import OfficialTable, render_table
    from lz_desktop.services.documents import font_choice

    unit = unit_store.get_unit(db, unit_id)
    found = store.plan(db, unit_id, year)
    rows = store.tasks(db, plan_id=found.id) if found else []
    if unit is None or not rows:
        raise RuleViolation(f"{year} 年度计划还没有任务。")
    note = f"{unit.name}　共{len(rows)}项" + (f"　{format_cn(found.published_on)}公布" if found and found.published_on
                                            else "")
    return render_table(OfficialTable(
        f"{year}年党风廉政建设工作任务分解表", tuple(PLAN_HEADERS), tuple(tuple(plan_cells(t)) for t in rows),
        widths=(0.8, 3.4, 1.3, 1.6, 1.1, 2.3, 1.7), note=note), font_choice(db))


# duty lists -------------------------------------------------------------------------------------
def templates(db: Database) -> dict[DutyRole, list[DutyTemplate]]:
    """The office's wording of each role's duties, or the regulation's where it has none of its own."""
    own = store.templates(db)
    return {role: own.get(role) or [t for t in DEFAULT_TEMPLATES if t.role is role] for role in DutyRole}


def save_templates(db: Database, role: DutyRole, items: list[DutyTemplate]) -> None:
    save_template_sets(db, {role: items})


def save_template_sets(db: Database, sets: dict[DutyRole, list[DutyTemplate]]) -> None:
    """The office's wording of one or more roles' duties, checked whole and written in one transaction."""
    problems = []
    for role, items in sets.items():
        where = f"{role.label}：" if len(sets) > 1 else ""
        for row, item in enumerate(items, start=1):
            if not item.text.strip():
                problems.append(FieldProblem("templates", "职责", f"{where}第{row}条内容为空"))
            elif len(item.text.strip()) > 300:
                problems.append(FieldProblem("templates", "职责", f"{where}第{row}条过长：最多 300 个字"))
            if not item.article.strip():
                problems.append(FieldProblem("templates", "依据",
                                             f"{where}第{row}条须注明依据（如：第九条第（一）项）"))
        if not items:
            problems.append(FieldProblem("templates", "职责", f"{where}至少一条"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        for role, items in sets.items():
            store.replace_templates(db, role, [DutyTemplate(role, i.article.strip(), i.text.strip()) for i in items])


def restore_default_templates(db: Database, role: DutyRole) -> None:
    with transaction(db):
        store.replace_templates(db, role, [])


def duty_list(db: Database, leader_id: int, year: int) -> DutyList:
    row = leader_store.get_leader(db, leader_id)
    if row is None:
        raise RuleViolation("该领导干部已不存在。")
    unit = unit_store.get_unit(db, row.unit_id)
    assert unit is not None
    role = DutyRole.PRINCIPAL if row.leader.role is Role.PRINCIPAL else DutyRole.MEMBER
    duties = templates_for(role, [t for items in templates(db).values() for t in items])
    assigned = tuple(DutyListTask(t.content, t.target, t.deadline, t.lead_unit_id == row.unit_id)
                     for t in store.tasks(db, year=year, leader_id=leader_id))
    return DutyList(year, row.leader.name, row.leader.post, unit.short_name, role, row.leader.portfolio,
                    duties, assigned)


def duty_list_pdf(db: Database, leader_id: int, year: int, today: dt.date) -> bytes:
    from lz_desktop.documents.official import render_pdf
    from lz_desktop.services.documents import font_choice

    return render_pdf(duty_list_document(duty_list(db, leader_id, year), today), font_choice(db))


def leaders_of_year(db: Database, year: int) -> list[leader_store.LeaderRow]:
    """Everyone who served on a team at some time in the year, in the roster's order."""
    return [r for r in leader_store.list_leaders(db) if _serves_in_year(r.leader, year)]


# responsibility statements ----------------------------------------------------------------------
LEVEL_TEAM = "主要负责人与领导班子成员"  # Art. 8(1)
LEVEL_PORTFOLIO = "分管领导与分管单位主要负责人"  # Art. 9(2)

@dataclass(frozen=True)
class StatementView:
    row: StatementRow

    @property
    def level(self) -> str:
        return LEVEL_TEAM if self.row.same_team else LEVEL_PORTFOLIO

    @property
    def document(self) -> OfficialDocument:
        return from_json(self.row.content)


def statement_pairs(db: Database, year: int, on: dt.date) -> list[tuple[int, int, str]]:
    """(superior, subordinate, level) for a year: a principal with each member of the team (Art. 8(1));
    a leader with the principal of each unit in the portfolio (Art. 9(2)). Who serves on `on` signs."""
    rows = [r for r in leader_store.list_leaders(db) if r.leader.serves_on(on)]
    principal_of = {r.unit_id: r.leader.id for r in rows if r.leader.role is Role.PRINCIPAL}
    pairs: list[tuple[int, int, str]] = []
    for r in rows:
        assert r.leader.id is not None
        head = principal_of.get(r.unit_id)
        if r.leader.role is Role.MEMBER and head is not None:
            pairs.append((head, r.leader.id, LEVEL_TEAM))
    for r in rows:
        for unit_id in r.leader.portfolio_unit_ids:
            head = principal_of.get(unit_id)
            if head is not None and head != r.leader.id and r.leader.id is not None:
                pairs.append((r.leader.id, head, LEVEL_PORTFOLIO))
    return pairs


def generate_statements(db: Database, year: int, today: dt.date) -> tuple[int, int]:
    """Draft this year's statements for every pair that has none yet: (made now, already there)."""
    on = min(max(today, dt.date(year, 1, 1)), dt.date(year, 12, 31))
    pairs = statement_pairs(db, year, on)
    if not pairs:
        raise RuleViolation(f"{format_cn(on)}没有在任的主要负责人与班子成员，无法生成责任书。", "第八条第（一）项")
    made = 0
    with transaction(db):
        for superior_id, subordinate_id, level in pairs:
            doc = _statement_document(db, year, superior_id, subordinate_id, level, today)
            if store.insert_statement(db, year, superior_id, subordinate_id, to_json(doc)) is not None:
                made += 1
    return made, len(pairs) - made


def _statement_document(db: Database, year: int, superior_id: int, subordinate_id: int, level: str,
                        today: dt.date) -> OfficialDocument:
    a, b = leader_store.get_leader(db, superior_id), leader_store.get_leader(db, subordinate_id)
    assert a is not None and b is not None
    parties = StatementParties(year, a.leader.name, post_in_unit(a.unit_short_name, a.leader.post), b.leader.name,
                               post_in_unit(b.unit_short_name, b.leader.post), level)
    return statement_document(parties, duty_list(db, subordinate_id, year), today)


def statements(db: Database, year: int) -> list[StatementView]:
    return [StatementView(r) for r in store.statements(db, year)]


def statement_year(db: Database, statement_id: int) -> int | None:
    found = store.statement(db, statement_id)
    return found.year if found else None


def sign_statement(db: Database, statement_id: int, signed_on: dt.date, *, today: dt.date) -> None:
    row = store.statement(db, statement_id)
    if row is None:
        raise RuleViolation("该责任书已不存在。")
    if row.signed_on is not None:
        raise RuleViolation(f"该责任书已于{format_cn(row.signed_on)}签订，签订日期不再更改。")
    if signed_on > today:
        raise ValidationError([FieldProblem("signed_on", "签订日期", f"（{format_cn(signed_on)}）晚于今天")])
    if signed_on.year not in (row.year - 1, row.year):
        raise ValidationError([FieldProblem("signed_on", "签订日期",
                                            f"（{format_cn(signed_on)}）不在 {row.year} 年度或其前一年")])
    with transaction(db):
        store.set_signed(db, statement_id, signed_on)


def statement_pdf(db: Database, statement_id: int) -> bytes:
    from lz_desktop.documents.official import render_pdf
    from lz_desktop.services.documents import font_choice

    row = store.statement(db, statement_id)
    if row is None:
        raise RuleViolation("该责任书已不存在。")
    return render_pdf(from_json(row.content), font_choice(db))


def signing_rate(db: Database, year: int) -> tuple[int, int]:
    """(signed, made) for the year: a figure of the annual summary."""
    return store.signing_counts(db, year)


# exports ----------------------------------------------------------------------------------------
def export_plan(db: Database, year: int, path: str | os.PathLike[str], today: dt.date) -> Path:
    """Every unit's plan of the year, one row per task, with its status on `today`."""
    from lz_desktop.documents.table_workbook import write_table

    names = {u.id: u.short_name for u in unit_store.list_units(db)}
    published = {p.id: p.published_on for p in store.plans_of_year(db, year)}
    rows = [[names.get(t.plan_unit_id, ""), *plan_cells(t), _view(t, today).status.label,
             format_cn(t.done_on), t.last_progress, format_cn(published.get(t.plan_id))]
            for t in store.tasks(db, year=year)]
    return write_table(path, f"{year}年度计划", ["计划单位", *PLAN_HEADERS, "状态", "完成日期", "最新进展", "公布日期"],
                       rows)


def export_duty_lists(db: Database, year: int, path: str | os.PathLike[str]) -> Path:
    """One row per duty or task of every leader who served in the year: a sheet to filter by name."""
    from lz_desktop.documents.table_workbook import write_table

    rows = []
    for r in leaders_of_year(db, year):
        assert r.leader.id is not None
        duties = duty_list(db, r.leader.id, year)
        for number, line in enumerate(duties.lines(), start=1):
            text = line.split(". ", 1)[1]
            kind = "岗位职责" if number <= len(duties.duties) else "年度任务"
            rows.append([r.unit_short_name, r.leader.name, r.leader.post, duties.role.label, str(number), kind, text])
    return write_table(path, f"{year}年度责任清单", ["单位", "姓名", "职务", "身份", "序号", "类别", "内容"], rows)
