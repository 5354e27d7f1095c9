"""报送 out: one workbook per unit with what it must report this year, and where each unit stands.

A package carries, for one unit: the findings fed back to it awaiting measures and the measures not yet done
(Art. 19), the plan tasks it leads or supports (Arts. 8(1), 10), the year's indicator system to assess
itself against (Art. 14), and the meetings and reports it still owes this year (Arts. 7(1), 8(2), 8(6), 15).
Reading packages back is `exchange_import`'s.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.documents.package_workbook import PackageContent, SentRow, SentSheet, write_package
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.exchange import PackageIdentity, PackageState, SheetKind, fingerprint, package_file_name
from lz_desktop.domain.inspections import Indicator
from lz_desktop.domain.meetings import MeetingKind
from lz_desktop.domain.obligations import RecordKind, evaluate
from lz_desktop.domain.rectification import RectificationStatus
from lz_desktop.domain.units import Unit
from lz_desktop.services import duties, inspections, meetings, obligations
from lz_desktop.services import rectification as rect
from lz_desktop.services.office import office_name
from lz_desktop.storage import exchange as store
from lz_desktop.storage import finding_steps
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.transaction import transaction

MEETING_FOR = {k.record_kind: k for k in MeetingKind if k.record_kind is not None
               and k is not MeetingKind.DEMOCRATIC_EVALUATION}  # an evaluation's votes are not a row's to fill

INSTRUCTIONS = {
    SheetKind.MEASURES: "“报备期限”的行：填写整改措施、责任领导（从下拉列表选主要责任人）和完成期限，一个问题有多条"
                        "措施的，分条写在同一单元格内（Alt+Enter 换行）；整改措施应在反馈后一个月内报备（第十九条）。"
                        "“整改期限”的行（已报备的措施）：填写完成情况，已完成的填写完成日期。",
    SheetKind.TASKS: "请填写本单位牵头或协办的年度任务的进展情况；牵头单位在任务完成后填写完成日期。",
    SheetKind.SELF_ASSESSMENT: "请对照评分标准逐项自查自评：自评得分在 0 至该项分值之间，并简要说明得分理由或扣分原因"
                               "（第十四条）。",
    SheetKind.MEETINGS: "以下是本年度尚须召开的会议和须作的报告。召开（报告）后请填写日期、主持人（从下拉列表选择）、"
                        "地点和议题；尚未召开的留空。",
}
# On every sheet, after its own instruction: what may be touched.
COMMON = "浅黄色单元格为填写区；其他单元格为下发或已报备的内容，请勿改动；不要插入、删除行或合并单元格。"


@dataclass
class ExportOutcome:
    written: list[Path] = field(default_factory=list)
    nothing_due: list[str] = field(default_factory=list)  # units with nothing to report
    cancelled: bool = False


def unit_sheets(db: Database, unit_id: int, year: int, today: dt.date, context: _YearContext) -> list[SentSheet]:
    rows = {SheetKind.MEASURES: _measure_rows(db, unit_id, today), SheetKind.TASKS: _task_rows(unit_id, context),
            SheetKind.SELF_ASSESSMENT: _indicator_rows(db, unit_id, year, context),
            SheetKind.MEETINGS: _meeting_rows(unit_id, context)}
    return [SentSheet(kind, f"{INSTRUCTIONS[kind]}{COMMON}", tuple(found)) for kind, found in rows.items() if found]


@dataclass
class _YearContext:
    """What every unit's package of a year reads, read once (a district has 300 units)."""

    year: int
    today: dt.date
    tasks: list[duties.TaskView]
    leaves: list[tuple[str, Indicator]]
    shortfalls: dict[int, list[tuple[RecordKind, str, str, int, int]]]  # unit → (kind, title, article, short, held)


def year_context(db: Database, year: int, today: dt.date) -> _YearContext:
    system = inspections.system(db, year)
    leaves = _leaves(system.indicators) if system else []
    facts, records = obligations.unit_facts(db), obligations.unit_records(db, year)
    duties_of_year = [o for o in obligations.catalogue(db) if o.kind in MEETING_FOR]
    short: dict[int, list[tuple[RecordKind, str, str, int, int]]] = {}
    for unit_id, unit_facts in facts.items():
        for result in evaluate(duties_of_year, unit_facts, records.get(unit_id, []), year, today):
            if result.short_by:
                short.setdefault(unit_id, []).append((result.obligation.kind, result.obligation.title,
                                                      result.obligation.article, result.short_by, len(result.counted)))
    return _YearContext(year, today, duties.tasks_of_year(db, year, today), leaves, short)


def _leaves(items: tuple[Indicator, ...], path: str = "") -> list[tuple[str, Indicator]]:
    out: list[tuple[str, Indicator]] = []
    for item in items:
        name = f"{path}—{item.name}" if path else item.name
        out += [(name, item)] if item.scored else _leaves(item.children, name)
    return out


def _measure_rows(db: Database, unit_id: int, today: dt.date) -> list[SentRow]:
    rows: list[SentRow] = []
    for entry in rect.ledger(db, today, unit_ids=[unit_id]):
        f, status = entry.finding, entry.status
        if status in (RectificationStatus.CLOSED, RectificationStatus.NOT_FED_BACK):
            continue
        base = {"finding": f.description, "source": f.source.label}
        if f.facts.measures_filed_on is None:
            rows.append(SentRow(f"finding:{f.id}", finding_fingerprint(db, f.id),
                                base | {"due": f"报备期限{format_cn(f.facts.measures_due)}"}))
            continue
        names = meetings.team_names(db, unit_id, None)
        for m in finding_steps.measures(db, f.id):
            if m.done_on is None:
                rows.append(SentRow(f"measure:{m.id}", measure_fingerprint(m), base | {
                    "due": f"整改期限{format_cn(m.due_on)}", "measure": m.content,
                    "leader": names.get(m.leader_id or 0, ""), "measure_due": format_cn(m.due_on)},
                    frozenset({"measure", "leader", "measure_due"})))
    return _numbered(rows)


def finding_fingerprint(db: Database, finding_id: int) -> str:
    f = rect.finding(db, finding_id)
    return fingerprint(f.facts.measures_filed_on, len(f.facts.measures), f.facts.closed_on, f.feedback_id)


def measure_fingerprint(m: finding_steps.MeasureStep) -> str:
    return fingerprint(m.content, m.due_on, m.done_on, m.leader_id)


def _task_rows(unit_id: int, context: _YearContext) -> list[SentRow]:
    rows = []
    for view in context.tasks:
        t = view.task
        leads = t.lead_unit_id == unit_id
        if t.done_on is not None or not (leads or unit_id in t.supporting_unit_ids):
            continue
        rows.append(SentRow(f"task:{t.id}", task_fingerprint(t),
                            {"task": t.content, "role": "牵头" if leads else "协办", "deadline": format_cn(t.deadline)},
                            frozenset() if leads else frozenset({"done_on"})))
    return _numbered(rows)


def task_fingerprint(t: duties.TaskRow) -> str:
    # Not its progress reports: a lead and a supporting unit both report on one task, and neither report
    # makes the other's stale. A changed task, deadline or completion does.
    return fingerprint(t.content, t.deadline, t.done_on)


def _indicator_rows(db: Database, unit_id: int, year: int, context: _YearContext) -> list[SentRow]:
    given = store.self_assessment(db, unit_id, year)
    rows = []
    for name, item in context.leaves:
        score, note = given.get(item.id or 0, (None, ""))
        rows.append(SentRow(f"indicator:{item.id}", fingerprint(score, note),
                            {"indicator": name, "rule": item.rule, "points": f"{item.points:g}",
                             "score": "" if score is None else f"{score:g}", "note": note}, score_max=item.points))
    return _numbered(rows)


def _meeting_rows(unit_id: int, context: _YearContext) -> list[SentRow]:
    rows = []
    for kind, title, article, short, held in context.shortfalls.get(unit_id, []):
        for n in range(short):
            rows.append(SentRow(f"meeting:{MEETING_FOR[kind].value}:{held + n + 1}", fingerprint(held),
                                {"kind": f"{title}（本年第{held + n + 1}次）", "article": article}))
    return _numbered(rows)


def _numbered(rows: list[SentRow]) -> list[SentRow]:
    return [SentRow(r.key, r.fingerprint, r.cells | {"seq": str(i)}, r.locked_fill, r.score_max)
            for i, r in enumerate(rows, start=1)]


def export_packages(db: Database, year: int, out_dir: str | os.PathLike[str], *, today: dt.date, due_on: dt.date,
                    contact: str = "", unit_ids: list[int] | None = None, now: dt.datetime | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ExportOutcome:
    """One workbook per unit, each registered as sent; a unit with nothing to report gets none."""
    if due_on < today:
        raise ValidationError([FieldProblem("due_on", "报送截止日期", f"（{format_cn(due_on)}）早于今天")])
    folder = Path(out_dir)
    if not folder.is_dir():
        raise ValidationError([FieldProblem("out", "保存位置", f"文件夹 {folder} 不存在")])
    units = [u for u in unit_store.list_units(db) if unit_ids is None or u.id in unit_ids]
    context = year_context(db, year, today)
    outcome, issued_at = ExportOutcome(), now or dt.datetime.now().replace(microsecond=0)
    for i, unit in enumerate(units):
        if cancelled and cancelled():
            outcome.cancelled = True
            break
        assert unit.id is not None
        sheets = unit_sheets(db, unit.id, year, today, context)
        if not sheets:
            outcome.nothing_due.append(unit.short_name)
        else:
            outcome.written.append(_write_one(db, unit, year, sheets, folder, issued_at, due_on, contact))
        if progress:
            progress(i + 1, len(units))
    return outcome


def _write_one(db: Database, unit: Unit, year: int, sheets: list[SentSheet], folder: Path,
               issued_at: dt.datetime, due_on: dt.date, contact: str) -> Path:
    assert unit.id is not None
    package_id = uuid.uuid4().hex[:12]
    identity = PackageIdentity(store.office_id(db), office_name(db) or "本机关", unit.id, unit.name, year, package_id,
                               issued_at, due_on, "")
    leaders = tuple(meetings.team_names(db, unit.id, issued_at.date()).values())
    path = _free(folder / package_file_name(unit.short_name, year))
    partial = path.with_name(path.name + ".part")
    write_package(PackageContent(identity, contact, leaders, tuple(sheets)), partial)
    with transaction(db):
        store.insert(db, package_id, unit.id, year, issued_at, due_on, path.name, sum(len(s.rows) for s in sheets))
    os.replace(partial, path)  # a package on the drive is always a registered one
    return path


def _free(path: Path) -> Path:
    """The package's name, or 区教委-2026-报送表（2）.xlsx where the folder holds one already: a package the
    unit may still be filling is never overwritten."""
    n = 2
    candidate = path
    while candidate.exists() or candidate.with_name(candidate.name + ".part").exists():
        candidate = path.with_name(f"{path.stem}（{n}）{path.suffix}")
        n += 1
    return candidate


@dataclass(frozen=True)
class UnitStanding:
    unit_id: int
    unit_short_name: str
    package_id: str
    state: PackageState
    issued_on: dt.date
    due_on: dt.date
    returned_on: dt.date | None
    overdue: bool
    late: bool
    rows_sent: int
    rows_merged: int

    earlier_returned: bool = False  # a package of the year before the latest came back

    @property
    def label(self) -> str:
        again = "（此前报送表已报回）" if self.earlier_returned and self.state is PackageState.SENT else ""
        if self.overdue:
            return "逾期未报" + again
        return self.state.label + ("（逾期报送）" if self.late else "") + again


def standings(db: Database, year: int, today: dt.date) -> list[UnitStanding]:
    """Per unit, its latest package of the year (sent, returned, merged or overdue), with what came back on
    every package of the year: an earlier package returned after a new one was sent still counts."""
    by_unit: dict[int, list[store.PackageRow]] = {}
    for p in store.of_year(db, year):
        by_unit.setdefault(p.unit_id, []).append(p)
    out = []
    for packages in by_unit.values():
        p = packages[-1]
        state = (PackageState.MERGED if p.merged_at else PackageState.RETURNED if p.returned_on
                 else PackageState.SENT)
        returned = [q.returned_on for q in packages if q.returned_on]
        out.append(UnitStanding(p.unit_id, p.unit_short_name, p.id, state, p.issued_at.date(), p.due_on,
                                max(returned) if returned else None, state is PackageState.SENT and today > p.due_on,
                                p.late, p.rows_sent, sum(q.rows_merged for q in packages),
                                any(q.returned_on for q in packages[:-1])))
    # Overdue first: the dashboard's card opens this list to chase them.
    return sorted(out, key=lambda s: not s.overdue)


def outstanding(db: Database, year: int, today: dt.date, unit_ids: Collection[int] | None = None
                ) -> tuple[int, int]:
    """(packages sent and not back, of which overdue): what a new export would supersede."""
    rows = [s for s in standings(db, year, today) if s.state is PackageState.SENT
            and (unit_ids is None or s.unit_id in unit_ids)]
    return len(rows), sum(s.overdue for s in rows)


def standing_counts(db: Database, year: int, today: dt.date) -> dict[str, int]:
    rows = standings(db, year, today)
    return {"sent": len(rows), "returned": sum(r.returned_on is not None for r in rows),
            "merged": sum(r.state is PackageState.MERGED for r in rows), "overdue": sum(r.overdue for r in rows)}


def rows_reported(db: Database, year: int, unit_ids: Collection[int] | None = None) -> int:
    """How many rows units reported themselves and the office merged (the annual summary counts them)."""
    return sum(p.rows_merged for p in store.of_year(db, year) if unit_ids is None or p.unit_id in unit_ids)


def self_assessed_units(db: Database, year: int, unit_ids: Collection[int]) -> int:
    """How many of the units assessed themselves this year (自查自评, Art. 14)."""
    return len(set(store.self_assessments_of_year(db, year)) & set(unit_ids))

