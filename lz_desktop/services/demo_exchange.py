"""The demo office's 报送 of 2026: packages sent to every unit in November, most units' returned and merged
through the real check (their self-assessment, task progress, measure progress), one with a conflict the
clerk has still to decide, the rest not yet back — some of them past their due date."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from sqlite_utils import Database

from lz_desktop.domain.duties import TaskDraft
from lz_desktop.domain.exchange import COLUMNS, SheetKind
from lz_desktop.services import duties, exchange, exchange_import
from lz_desktop.storage import units as unit_store

TODAY = dt.date(2026, 11, 25)
FIRST_BATCH = ("区委办", "区委组织部", "区政府", "区法院", "区检察院")  # sent early; two of them are overdue
RETURNED = ("区委办", "区委组织部", "区政府", "区教委", "区人民医院", "区财政局", "永安一中", "长河街道")
CONFLICTED = "区人民医院"  # the office moved a task's deadline while the package was out


def add_demo_packages(db: Database) -> None:
    by_name = {u.short_name: u.id for u in unit_store.list_units(db)}
    rng = random.Random(22)
    with tempfile.TemporaryDirectory() as folder:
        first = [by_name[n] for n in FIRST_BATCH if n in by_name]
        exchange.export_packages(db, 2026, folder, today=dt.date(2026, 11, 2), due_on=dt.date(2026, 11, 20),
                                 contact="王芳 6123 4567", unit_ids=[i for i in first if i is not None],
                                 now=dt.datetime(2026, 11, 2, 9, 30))
        rest = [i for n, i in by_name.items() if n not in FIRST_BATCH and i is not None]
        exchange.export_packages(db, 2026, folder, today=dt.date(2026, 11, 10), due_on=dt.date(2026, 11, 30),
                                 contact="王芳 6123 4567", unit_ids=rest, now=dt.datetime(2026, 11, 10, 9, 0))
        for name in RETURNED:
            path = Path(folder) / exchange.package_file_name(name, 2026)
            if path.exists():
                if name == CONFLICTED:
                    _office_moves_a_deadline(db, path)
                _fill(path, rng)
                check = exchange_import.check_package(db, path, today=TODAY)
                if check.mergeable:
                    exchange_import.apply_package(db, check, today=TODAY)


def _office_moves_a_deadline(db: Database, path: Path) -> None:
    """While the package was out, the office gave one of the unit's tasks a later deadline: the unit's progress
    on it comes back as a conflict for the clerk to decide."""
    wb = load_workbook(path, read_only=True)
    try:
        keys = [str(r[2]) for r in wb["_records"].iter_rows(values_only=True) if r and str(r[2]).startswith("task:")]
    finally:
        wb.close()
    for key in keys:
        task = duties.task(db, int(key.split(":")[1]))
        later = task.deadline + dt.timedelta(days=14)
        if task.deadline > TODAY and later.year == task.year:
            duties.update_task(db, task.id, TaskDraft(task.year, task.plan_unit_id, task.content, task.lead_unit_id,
                                                      later, task.target, task.supporting_unit_ids, task.leader_ids))
            return


def _fill(path: Path, rng: random.Random) -> None:
    """As a unit's clerk fills it: every indicator scored with a word of why, progress on its tasks."""
    wb = load_workbook(path)
    codes = {kind: {c.code: i for i, c in enumerate(COLUMNS[kind], start=1)} for kind in SheetKind}
    records = [(str(r[0]), int(r[1]), str(r[2])) for r in wb["_records"].iter_rows(values_only=True) if r and r[0]]
    for kind_value, row, key in records:
        kind = SheetKind(kind_value)
        ws, col = wb[kind.sheet_title], codes[kind]
        if kind is SheetKind.SELF_ASSESSMENT:
            points = float(ws.cell(row, col["points"]).value)
            score = round(points * rng.choice((1, 1, 0.9, 0.8, 0.75)) * 2) / 2
            ws.cell(row, col["score"], score)
            ws.cell(row, col["note"], "已按要求落实，有会议记录和台账备查" if score == points
                    else "部分落实，个别环节记录不全")
        elif kind is SheetKind.TASKS:
            ws.cell(row, col["progress"], rng.choice(("已制定实施方案，正在推进", "已完成主要工作，正在总结",
                                                        "已组织专题学习两次")))
        elif kind is SheetKind.MEASURES and key.startswith("measure:"):
            ws.cell(row, col["account"], "已完成大部分工作，预计按期完成")
    wb.save(path)
    wb.close()
