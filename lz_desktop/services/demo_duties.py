"""The demo district's plans, duty tasks and responsibility statements for 2025 and 2026."""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from lz_desktop.domain.duties import TaskDraft
from lz_desktop.services import duties, roster

D = dt.date
TODAY = D(2026, 11, 25)

# (content, lead unit, supporting units, target, deadline month-day)
_DISTRICT_TASKS = [
    ("召开全区党风廉政建设工作会议，部署年度任务", "区委办", ("区政府",), "会议召开并印发工作要点", (2, 28)),
    ("分解年度党风廉政建设主要任务，逐人明确班子成员责任", "区委办", ("区委组织部",), "印发任务分解表", (3, 31)),
    ("开展党性党风党纪和廉洁从政教育", "区委组织部", ("区委办",), "处级以上干部培训全覆盖", (6, 30)),
    ("推进工程建设领域廉政风险防控", "区住房城乡建设委", ("区发展改革委", "区财政局"), "建立风险防控台账",
     (9, 30)),
    ("规范公务接待和公务用车管理", "区财政局", ("区委办",), "完成专项检查并通报", (8, 31)),
    ("开展医药购销领域不正之风专项治理", "区卫生健康委", ("区人民医院",), "整改发现问题，建立长效机制", (10, 31)),
    ("推进政务公开和权力运行公开透明", "区政府", ("区发展改革委",), "重点领域信息公开率100%", (11, 30)),
    ("开展年度党风廉政建设责任制检查考核", "区委办", ("区委组织部",), "检查考核覆盖全部区属单位", (12, 15)),
]
_NEW_IN_2026 = [
    ("开展群众身边不正之风和腐败问题集中整治", "区城市管理委", ("长河街道", "青龙镇"), "群众反映问题按期办结",
     (12, 31)),
]
_UNIT_TASKS = [
    ("召开党风廉政建设专题会议，研究部署本单位工作", "第一季度部署，第三季度推进", (3, 31)),
    ("开展本单位廉政风险点排查", "逐岗位排查并制定防控措施", (6, 30)),
    ("组织全体干部廉政警示教育", "全年不少于两次", (11, 30)),
]
UNITS_WITHOUT_PLAN = ("区城市管理委", "区总工会")  # the demo's plans not yet published (Art. 10 missed)


def add_demo_duties(db: Database) -> None:
    rng = random.Random(10)
    units = {u.short_name: int(u.id or 0) for u in roster.list_units(db)}
    district = units["区委"]
    leaders = {row.unit_id: [] for row in roster.list_leaders(db)}  # type: dict[int, list[int]]
    for row in roster.list_leaders(db):
        if row.leader.term_end is None:
            leaders[row.unit_id].append(int(row.leader.id or 0))

    def district_task(year: int, spec: tuple) -> None:
        content, lead, supporting, target, (month, day) = spec
        duties.add_task(db, TaskDraft(year, district, content, units[lead], D(year, month, day), target,
                                      tuple(units[s] for s in supporting), tuple(leaders[units[lead]][:1])))

    for spec in _DISTRICT_TASKS:
        district_task(2025, spec)
    for view in duties.tasks(db, district, 2025, TODAY):
        late = rng.random() < 0.2
        done = view.task.deadline + dt.timedelta(days=rng.randint(3, 20) if late else -rng.randint(0, 25))
        duties.report_progress(db, view.task.id, done - dt.timedelta(days=40), "已制定实施方案并启动", today=TODAY)
        duties.complete_task(db, view.task.id, done, today=TODAY)
    duties.publish_plan(db, district, 2025, D(2025, 2, 20), today=TODAY)

    duties.copy_plan(db, district, 2025, 2026)
    for spec in _NEW_IN_2026:
        district_task(2026, spec)
    duties.publish_plan(db, district, 2026, D(2026, 2, 26), today=TODAY)
    for view in duties.tasks(db, district, 2026, TODAY):
        t = view.task
        if t.deadline <= D(2026, 9, 30) and t.seq != 4:  # the fourth, risk prevention in construction, runs late
            duties.complete_task(db, t.id, t.deadline - dt.timedelta(days=rng.randint(0, 15)), today=TODAY)
        elif t.deadline > TODAY or t.seq == 4:
            note = rng.choice(("已完成阶段性任务，正按计划推进", "已召开推进会，细化工作措施", "正在开展自查"))
            duties.report_progress(db, t.id, D(2026, 10, rng.randint(8, 28)), note, today=TODAY)

    for name, unit_id in units.items():
        if unit_id == district or name in UNITS_WITHOUT_PLAN:
            continue
        for content, target, (month, day) in _UNIT_TASKS:
            deadline = D(2026, month, day)
            saved = duties.add_task(db, TaskDraft(2026, unit_id, content, unit_id, deadline, target, (),
                                                  tuple(leaders[unit_id][:1])))
            # Units finish most of their own tasks, a few late; one in eight of the past ones is still open.
            if deadline < TODAY and rng.random() > 0.125:
                done = deadline + dt.timedelta(days=rng.randint(-20, 12))
                duties.report_progress(db, saved.id, done - dt.timedelta(days=30), "已制定方案，正在推进", today=TODAY)
                duties.complete_task(db, saved.id, min(done, TODAY), today=TODAY)
        duties.publish_plan(db, unit_id, 2026, D(2026, rng.choice((1, 2, 3)), rng.randint(5, 28)), today=TODAY)

    duties.generate_statements(db, 2026, D(2026, 2, 1))
    for i, statement in enumerate(duties.statements(db, 2026)):
        if i % 9 != 8:  # most signed in February and March; a few still out
            duties.sign_statement(db, statement.row.id, D(2026, rng.choice((2, 3)), rng.randint(1, 28)), today=TODAY)
