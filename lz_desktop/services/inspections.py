"""Inspections (Art. 11-14): the year's indicator system, inspections, scores, results, finalising.

The system of a year can be edited until something is scored against it; an inspection's scores
can be changed until its results are final, and results become final only when nothing is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlite_utils import Database

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.inspections import (
    DEFAULT_BANDS,
    SAMPLE_SYSTEM,
    Feed,
    GradeBand,
    Indicator,
    Method,
    Score,
    UnitResult,
    check_score,
    evaluation_score,
    fmt,
    results,
    scoring_indicators,
    validate_bands,
    validate_system,
)
from lz_desktop.domain.meetings import MeetingKind, percent
from lz_desktop.storage import inspections as store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import meetings as meeting_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.inspections import InspectionRow, SystemRow
from lz_desktop.storage.transaction import transaction

TITLE_MAX = 60


# the indicator system ------------------------------------------------------------------------------
def system(db: Database, year: int) -> SystemRow | None:
    return store.system(db, year)


def system_years(db: Database) -> list[int]:
    return store.system_years(db)


def editable(db: Database, year: int) -> bool:
    found = store.system_id(db, year)
    return found is None or store.scored_count(db, found) == 0


def save_system(db: Database, year: int, name: str, indicators: list[Indicator] | tuple[Indicator, ...],
                bands: list[GradeBand] | tuple[GradeBand, ...]) -> SystemRow:
    problems = []
    name = name.strip() or f"{year}年度党风廉政建设责任制考核指标体系"
    try:
        clean = validate_system(indicators)
    except ValidationError as e:
        problems += e.problems
    try:
        clean_bands = validate_bands(bands)
    except ValidationError as e:
        problems += e.problems
    if problems:
        raise ValidationError(problems)
    if not editable(db, year):
        raise RuleViolation(f"{year}年度已有按此指标体系记录的评分，指标不能再修改；"
                            "调整请在下一年度的指标体系中进行（第十四条：根据每年工作重点调整）。")
    with transaction(db):
        store.save_system(db, year, name, clean, clean_bands)
    found = store.system(db, year)
    assert found is not None
    return found


def start_year(db: Database, year: int) -> SystemRow:
    """A year's system from last year's (Art. 14: adjusted each year), or from the sample where there is none."""
    if store.system_id(db, year) is not None:
        raise RuleViolation(f"{year}年度已有指标体系。")
    previous = next((y for y in store.system_years(db) if y < year), None)
    source = store.system(db, previous) if previous is not None else None
    if source is None:
        return save_system(db, year, "", SAMPLE_SYSTEM, DEFAULT_BANDS)
    return save_system(db, year, source.name.replace(str(previous), str(year)), _without_ids(source.indicators),
                       source.bands)


def _without_ids(items: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    return tuple(replace(t, id=None, children=_without_ids(t.children)) for t in items)


# inspections -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InspectionDraft:
    year: int
    unit_id: int | None  # the inspecting unit
    title: str
    team: str
    leader_id: int | None  # who led it; the principal of the inspecting unit counts for Art. 8(4)
    methods: tuple[Method, ...]
    start_on: dt.date
    end_on: dt.date
    unit_ids: tuple[int, ...]  # inspected


def _check(db: Database, d: InspectionDraft, today: dt.date) -> None:
    problems = []
    if not d.title.strip():
        problems.append(FieldProblem("title", "名称", "不能为空"))
    elif len(d.title.strip()) > TITLE_MAX:
        problems.append(FieldProblem("title", "名称", f"过长：最多 {TITLE_MAX} 个字"))
    if d.unit_id is None or unit_store.get_unit(db, d.unit_id) is None:
        problems.append(FieldProblem("unit", "组织单位", "须指定", "第十二条"))
    if not d.unit_ids:
        problems.append(FieldProblem("units", "被检查单位", "至少一个"))
    elif d.unit_id in d.unit_ids:
        problems.append(FieldProblem("units", "被检查单位", "不能包含组织单位本身（检查考核针对下一级，第十二条）"))
    if not d.methods:
        problems.append(FieldProblem("methods", "考核方式", "至少选择一种", "第十四条"))
    if d.end_on < d.start_on:
        problems.append(FieldProblem("dates", "结束日期", f"（{format_cn(d.end_on)}）早于开始日期"))
    if d.start_on.year != d.year:
        problems.append(FieldProblem("dates", "开始日期", f"（{format_cn(d.start_on)}）不在 {d.year} 年度"))
    if d.start_on > today:
        problems.append(FieldProblem("dates", "开始日期", f"（{format_cn(d.start_on)}）晚于今天，检查开始后再登记"))
    if d.leader_id is not None:
        row = leader_store.get_leader(db, d.leader_id)
        if row is None or not row.leader.serves_on(d.start_on):
            problems.append(FieldProblem("leader", "带队领导", "在检查开始日不在任"))
    if problems:
        raise ValidationError(problems)
    if store.system_id(db, d.year) is None:
        raise RuleViolation(f"{d.year}年度还没有考核指标体系，请先在“指标体系”中建立。", "第十四条")


def create_inspection(db: Database, d: InspectionDraft, *, today: dt.date) -> int:
    _check(db, d, today)
    system_id = store.system_id(db, d.year)
    assert system_id is not None and d.unit_id is not None
    with transaction(db):
        inspection_id = store.insert_inspection(db, system_id, d.unit_id, d.title.strip(), d.team.strip(),
                                                d.leader_id, d.methods, d.start_on, d.end_on)
        store.set_units(db, inspection_id, tuple(dict.fromkeys(d.unit_ids)))
    return inspection_id


def update_inspection(db: Database, inspection_id: int, d: InspectionDraft, *, today: dt.date) -> None:
    current = inspection(db, inspection_id)
    if current.finalized_on is not None:
        raise RuleViolation(f"该检查考核结果已于{format_cn(current.finalized_on)}确定，不能再修改。")
    d = replace(d, year=current.year)
    _check(db, d, today)
    dropped = store.scored_units(db, inspection_id) - set(d.unit_ids)
    if dropped:
        names = "、".join(name for uid, name in current.units if uid in dropped)
        raise ValidationError([FieldProblem("units", "被检查单位", f"{names}已有评分，不能移出")])
    assert d.unit_id is not None
    with transaction(db):
        store.update_inspection(db, inspection_id, d.unit_id, d.title.strip(), d.team.strip(), d.leader_id,
                                d.methods, d.start_on, d.end_on)
        store.set_units(db, inspection_id, tuple(dict.fromkeys(d.unit_ids)))


def inspections(db: Database, year: int | None = None) -> list[InspectionRow]:
    return store.inspections(db, year)


def inspection(db: Database, inspection_id: int) -> InspectionRow:
    found = store.inspection(db, inspection_id)
    if found is None:
        raise RuleViolation("该检查考核记录已不存在。")
    return found


def system_of(db: Database, found: InspectionRow) -> SystemRow:
    result = store.system(db, found.year)
    assert result is not None
    return result


# scores ------------------------------------------------------------------------------------------------
def scores(db: Database, inspection_id: int) -> dict[tuple[int, int], Score]:
    return store.scores(db, inspection_id)


def save_scores(db: Database, inspection_id: int, unit_id: int, entered: list[Score]) -> None:
    """One unit's scores as typed on the score sheet, checked whole: written all together or not at all."""
    found = inspection(db, inspection_id)
    _check_open(found)
    _check_scores(db, found, unit_id, entered)
    with transaction(db):
        for s in entered:
            store.put_score(db, inspection_id, unit_id, replace(s, reason=s.reason.strip(), comment=s.comment.strip()))


def correct_scores(db: Database, inspection_id: int, unit_id: int, entered: list[Score], *, reason: str,
                   today: dt.date) -> list[str]:
    """更正 of scores after the results were 确定: with a reason, kept beside the audit trail; returns what
    changed and what moved with it (totals, grades, ranks), and names documents issued from the old results."""
    from lz_desktop.services import documents
    from lz_desktop.services.corrections import reason_given
    from lz_desktop.storage import corrections

    found = inspection(db, inspection_id)
    if found.finalized_on is None:
        raise RuleViolation("结果尚未确定：直接修改评分并保存即可，无需更正。")
    reason = reason_given(reason, "不能为空：结果确定后修改评分须写明理由")
    names = _check_scores(db, found, unit_id, entered)
    before_scores = store.scores(db, inspection_id)
    changes = []
    for s in entered:
        old = before_scores.get((unit_id, s.indicator_id))
        if old is None or (old.score, old.self_score, old.reason.strip()) != (s.score, s.self_score, s.reason.strip()):
            was = fmt(old.score) if old is not None and old.score is not None else "未评"
            now = fmt(s.score) if s.score is not None else "未评"
            changes.append(f"{names[s.indicator_id]}由 {was} 分改为 {now} 分" if was != now
                           else f"{names[s.indicator_id]}的扣分理由或自评分已改")
    if not changes:
        raise ValidationError([FieldProblem("", "", "没有改动任何评分，无需更正")])
    unit_name = dict(found.units)[unit_id]
    before = {r.unit_name: r for r in unit_results(db, inspection_id)}
    with transaction(db):
        for s in entered:
            store.put_score(db, inspection_id, unit_id, replace(s, reason=s.reason.strip(), comment=s.comment.strip()))
        corrections.add(db, "inspection", inspection_id, today, f"{unit_name}：" + "；".join(changes), reason)
    moved = [f"{unit_name}：" + "；".join(changes)]
    for r in unit_results(db, inspection_id):
        earlier = before.get(r.unit_name)
        if earlier is not None and (earlier.total, earlier.grade, earlier.rank) != (r.total, r.grade, r.rank):
            moved.append(f"{r.unit_name}：{fmt(earlier.total)} 分、{earlier.grade}、第 {earlier.rank} 名 → "
                         f"{fmt(r.total)} 分、{r.grade}、第 {r.rank} 名")
    issued = [d for d in documents.generated_from(db, [f"inspection:{inspection_id}"]) if d.status == "issued"]
    if issued:
        moved.append("已印发的 " + "、".join(d.number or "" for d in issued)
                     + " 依据的是更正前的结果，未作改动：如需更正，请作废后重新印发。")
    return moved


def score_corrections(db: Database, inspection_id: int) -> list[str]:
    from lz_desktop.services.corrections import history

    return history(db, "inspection", inspection_id)


def _check_scores(db: Database, found: InspectionRow, unit_id: int, entered: list[Score]) -> dict[int, str]:
    """The score sheet's rules for one unit's scores; the indicators' names by id, as messages give them."""
    if unit_id not in {u for u, _n in found.units}:
        raise RuleViolation("该单位不在本次检查考核范围内。")
    leaves = {leaf.id: (leaf, parent) for leaf, parent in scoring_indicators(system_of(db, found).indicators)}
    problems: list[FieldProblem] = []
    seen: set[int] = set()
    for s in entered:
        if s.indicator_id not in leaves:
            problems.append(FieldProblem("scores", "指标", f"第{s.indicator_id}号指标不在本年度指标体系中"))
            continue
        leaf, parent = leaves[s.indicator_id]
        where = f"“{parent.name}·{leaf.name}”" if parent else f"“{leaf.name}”"
        if s.indicator_id in seen:
            problems.append(FieldProblem("scores", "指标", f"{where}重复评分"))
        seen.add(s.indicator_id)
        problems += check_score(where, leaf, s)
    if problems:
        raise ValidationError(problems)
    return {int(i or 0): (f"“{p.name}·{leaf.name}”" if p else f"“{leaf.name}”") for i, (leaf, p) in leaves.items()}


def _check_open(found: InspectionRow) -> None:
    if found.finalized_on is not None:
        raise RuleViolation(f"该检查考核结果已于{format_cn(found.finalized_on)}确定，评分不能再修改。")


def evaluation_rates(db: Database, year: int) -> dict[int, tuple[float, dt.date]]:
    """Each unit's overall satisfaction rate from its last democratic evaluation of the year (Art. 16)."""
    out: dict[int, tuple[float, dt.date]] = {}
    for m in sorted(meeting_store.meetings(db, year=year, kind=MeetingKind.DEMOCRATIC_EVALUATION),
                    key=lambda m: m.held_on):
        draft = meeting_store.draft_of(db, m.id)
        if draft is not None and draft.evaluation is not None and draft.evaluation.rate is not None:
            out[m.unit_id] = (draft.evaluation.rate, m.held_on)
    return out


def fill_from_evaluations(db: Database, inspection_id: int) -> tuple[int, list[str]]:
    """Score every indicator fed by the democratic evaluation (points × satisfaction rate); returns (cells
    filled, units with no evaluation this year, which stay unscored and visible as missing)."""
    found = inspection(db, inspection_id)
    _check_open(found)
    fed = [leaf for leaf, _p in scoring_indicators(system_of(db, found).indicators) if leaf.feed is Feed.EVALUATION]
    if not fed:
        raise RuleViolation("本年度指标体系中没有“按民主评议满意率计分”的指标。")
    rates = evaluation_rates(db, found.year)
    current = store.scores(db, inspection_id)
    filled, lacking = 0, []
    with transaction(db):
        for unit_id, name in found.units:
            if unit_id not in rates:
                lacking.append(name)
                continue
            rate, held_on = rates[unit_id]
            for leaf in fed:
                value = evaluation_score(leaf.points, rate)
                reason = (f"民主评议（{format_cn(held_on)}）总体满意率{percent(rate)}"
                          if value < leaf.points else "")
                old = current.get((unit_id, leaf.id or 0))
                store.put_score(db, inspection_id, unit_id, Score(
                    leaf.id or 0, old.self_score if old else None, value, reason, old.comment if old else ""))
                filled += 1
    return filled, lacking


def unit_results(db: Database, inspection_id: int) -> list[UnitResult]:
    found = inspection(db, inspection_id)
    sys = system_of(db, found)
    return results(found.units, sys.indicators, store.scores(db, inspection_id), sys.bands)


def missing_text(rows: list[UnitResult]) -> str:
    """What is still unscored, unit by unit: shown before results are final."""
    lacking = [f"{r.unit_name}缺 {r.missing} 项" for r in rows if r.missing]
    return "；".join(lacking)


def finalize(db: Database, inspection_id: int, on: dt.date, *, today: dt.date) -> None:
    found = inspection(db, inspection_id)
    _check_open(found)
    rows = unit_results(db, inspection_id)
    if any(r.missing for r in rows):
        raise RuleViolation(f"尚有评分未录入，结果不能确定：{missing_text(rows)}。")
    if on > today or on < found.start_on:
        raise ValidationError([FieldProblem("on", "确定日期", f"（{format_cn(on)}）应在检查开始日和今天之间")])
    with transaction(db):
        store.set_finalized(db, inspection_id, on)


def result_line(r: UnitResult) -> str:
    if not r.complete:
        return f"{r.unit_name}：已评 {fmt(r.total)} 分，尚缺 {r.missing} 项评分"
    return f"{r.unit_name}：{fmt(r.total)} 分，{r.grade}，第 {r.rank} 名"
