"""What follows an inspection's scoring (Art. 14, 19, 20): the score sheet in and out, feedback to each
unit with its deductions turned into findings, the report to the committee, the published list, charts,
and each leader's results over the years."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.inspection_documents import InspectionFacts, committee_report, feedback_notice
from lz_desktop.domain.inspections import (
    Score,
    UnitResult,
    check_score,
    distribution,
    fmt,
    indicator_averages,
    scoring_indicators,
)
from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.domain.rectification import FindingSeverity
from lz_desktop.services import inspections as svc
from lz_desktop.storage import findings as finding_store
from lz_desktop.storage import inspections as store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.inspections import InspectionRow
from lz_desktop.storage.transaction import transaction


# the score sheet ---------------------------------------------------------------------------------------
def export_score_sheet(db: Database, inspection_id: int, path: str | os.PathLike[str]) -> Path:
    from lz_desktop.documents.score_workbook import write_score_sheet

    found = svc.inspection(db, inspection_id)
    leaves = scoring_indicators(svc.system_of(db, found).indicators)
    current = store.scores(db, inspection_id)
    rows: list[list[str | float | None]] = []
    for unit_id, name in found.units:
        for leaf, parent in leaves:
            s = current.get((unit_id, leaf.id or 0))
            rows.append([name, parent.name if parent else leaf.name, leaf.name if parent else "", leaf.points,
                         leaf.rule, s.self_score if s else None, s.score if s else None, s.reason if s else "",
                         s.comment if s else ""])
    return write_score_sheet(path, f"{found.title}（{found.year}年度指标体系）", rows)


@dataclass(frozen=True)
class SheetCheck:
    inspection_id: int
    total: int  # rows read
    scores: dict[int, list[Score]]  # unit -> its scores, for the rows without problems
    problems: list[str]  # 第N行 “列”：why


def check_score_sheet(db: Database, inspection_id: int, path: str | os.PathLike[str]) -> SheetCheck:
    """Every row checked against the inspection's units and indicators; nothing is written here."""
    from lz_desktop.documents.score_workbook import COLUMNS, read_score_sheet
    from lz_desktop.documents.workbook_reader import FORMULA_PROBLEM

    found = svc.inspection(db, inspection_id)
    rows = read_score_sheet(path)
    units = {name: uid for uid, name in found.units}
    full = {u.name: u.id for u in unit_store.list_units(db)}
    leaves = {(parent.name if parent else leaf.name, leaf.name if parent else ""): leaf
              for leaf, parent in scoring_indicators(svc.system_of(db, found).indicators)}
    seen: dict[tuple[int, int], int] = {}
    out: dict[int, list[Score]] = {}
    problems: list[str] = []
    labels = {code: label for code, label, _w, _r in COLUMNS}
    for row in rows:
        v, n = row.values, row.number
        problems += [f"第{n}行“{labels[code]}”{FORMULA_PROBLEM}" for code in sorted(row.formulas)]
        unit_id = units.get(v["unit"]) or (full.get(v["unit"]) if full.get(v["unit"]) in units.values() else None)
        if unit_id is None:
            problems.append(f"第{n}行“单位”：{v['unit'] or '（空）'}不在本次检查考核的单位中")
            continue
        leaf = leaves.get((v["level1"], v["level2"]))
        if leaf is None:
            where = v["level1"] + (f"·{v['level2']}" if v["level2"] else "")
            problems.append(f"第{n}行“指标”：{where or '（空）'}不是本年度指标体系中的计分指标")
            continue
        key = (unit_id, leaf.id or 0)
        if key in seen:
            problems.append(f"第{n}行：{v['unit']}“{leaf.name}”已在第{seen[key]}行评分，同一单位同一指标只能评分一次")
            continue
        seen[key] = n
        try:
            self_score, score = _number(v["self_score"], n, "自评得分"), _number(v["score"], n, "考核得分")
        except ValueError as e:
            problems.append(str(e))
            continue
        s = Score(leaf.id or 0, self_score, score, v["reason"], v["comment"])
        bad = check_score(f"第{n}行", leaf, s)
        if bad:
            problems += [p.text() for p in bad]
            continue
        out.setdefault(unit_id, []).append(s)
    return SheetCheck(inspection_id, len(rows), out, problems)


def _number(text: str, row: int, column: str) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"第{row}行“{column}”：{text}不是数字") from None


def import_score_sheet(db: Database, check: SheetCheck) -> int:
    """The checked rows, as one batch: all written, or none (a sheet with problems is refused whole)."""
    if check.problems:
        raise ValidationError([FieldProblem("sheet", "评分表", p) for p in check.problems])
    found = svc.inspection(db, check.inspection_id)
    if found.finalized_on is not None:
        raise RuleViolation(f"该检查考核结果已于{format_cn(found.finalized_on)}确定，评分不能再修改。")
    with transaction(db):
        for unit_id, entered in check.scores.items():
            svc.save_scores(db, check.inspection_id, unit_id, entered)
    return sum(len(v) for v in check.scores.values())


# feedback, report, publication ---------------------------------------------------------------------------
def _facts(db: Database, found: InspectionRow) -> InspectionFacts:
    """The district's inspections speak as the office; a department's own inspection speaks as that department."""
    from lz_desktop.services.office import office_name

    unit = unit_store.get_unit(db, found.unit_id)
    assert unit is not None
    issuer = office_name(db) if unit.parent_id is None else unit.name
    return InspectionFacts(issuer, found.title, found.start_on, found.end_on,
                           "、".join(m.label for m in found.methods), len(found.units))


def _final(db: Database, inspection_id: int) -> InspectionRow:
    found = svc.inspection(db, inspection_id)
    if found.finalized_on is None:
        raise RuleViolation("检查考核结果尚未确定；请先补齐评分并“确定结果”。", "第十九条")
    return found


@dataclass(frozen=True)
class FeedbackOutcome:
    documents: list[int]  # the feedback notices drafted in 文书
    findings: int  # deductions entered in the rectification ledger


def feed_back_results(db: Database, inspection_id: int, on: dt.date, *, today: dt.date,
                      contact: str = "", notices: bool = True) -> FeedbackOutcome:
    """Art. 19: results fed back to every unit not yet told. Each deduction becomes a finding of the ledger,
    fed back the same day (the month for filing measures starts); each unit's notice is drafted in 文书
    unless `notices` is off (a department's own inspection, whose papers it issues itself)."""
    from lz_desktop.services import documents
    from lz_desktop.services.deadlines import measures_deadline
    from lz_desktop.services.rectification import feed_back

    found = _final(db, inspection_id)
    if on > today or on < (found.finalized_on or found.start_on):
        raise ValidationError([FieldProblem("on", "反馈日期", f"（{format_cn(on)}）应在结果确定日和今天之间")])
    pending = [(uid, name) for uid, name in found.units if uid not in found.fed_back]
    if not pending:
        raise RuleViolation("各单位均已反馈。")
    if notices:
        from lz_desktop.services.office import contact_for_documents

        contact = contact_for_documents(db, contact)
    results = {r.unit_id: r for r in svc.unit_results(db, inspection_id)}
    deductions = store.deductions_without_finding(db, inspection_id)
    facts, made, docs = _facts(db, found), 0, []
    with transaction(db):
        for unit_id, _name in pending:
            finding_ids = []
            for d_unit, indicator_id, name, points, reason in deductions:
                if d_unit != unit_id:
                    continue
                finding_id = finding_store.insert(
                    db, unit_id, LeadSource.INSPECTION, f"{name}：{reason}（扣{fmt(points)}分）",
                    f"{found.year}年度考核指标“{name}”", FindingSeverity.GENERAL,
                    f"{found.title}评分", found.end_on, ())
                finding_store.add_event(db, finding_id, found.end_on, "found", f"检查考核发现问题：{name}：{reason}")
                store.link_finding(db, inspection_id, unit_id, indicator_id, finding_id)
                finding_ids.append(finding_id)
            if finding_ids:
                feed_back(db, unit_id, found.title, on, finding_ids, today=today)
                made += len(finding_ids)
            if notices:
                unit = unit_store.get_unit(db, unit_id)
                assert unit is not None
                deadline = measures_deadline(db, on) if finding_ids else None
                notice = feedback_notice(facts, unit.team_name, results[unit_id], deadline, on, contact)
                docs.append(documents.create_draft(db, DocumentKind.RESULTS_FEEDBACK, notice,
                                                   source_ref=f"inspection:{inspection_id}"))
            store.set_fed_back(db, inspection_id, unit_id, on)
    return FeedbackOutcome(docs, made)


def draft_report(db: Database, inspection_id: int, on: dt.date, *, today: dt.date) -> int:
    """Art. 19: the results reported to the party committee (of the inspecting unit), drafted in 文书."""
    from lz_desktop.services import documents

    found = _final(db, inspection_id)
    if on > today:
        raise ValidationError([FieldProblem("on", "报告日期", f"（{format_cn(on)}）晚于今天")])
    unit = unit_store.get_unit(db, found.unit_id)
    assert unit is not None
    report = committee_report(_facts(db, found), unit.team_name, svc.unit_results(db, inspection_id), on,
                              f"{found.title}结果（排名表及统计图）")
    with transaction(db):
        doc_id = documents.create_draft(db, DocumentKind.REPORT, report, source_ref=f"inspection:{inspection_id}")
        store.set_reported(db, inspection_id, on)
    return doc_id


RESULT_HEADERS = ["名次", "单位", "考核得分", "等次", "自评得分", "扣分项"]


def result_cells(r: UnitResult) -> list[str]:
    if not r.complete:
        return ["—", r.unit_name, f"{fmt(r.total)}（缺{r.missing}项）", "—", fmt(r.self_total), str(len(r.deductions))]
    return [str(r.rank), r.unit_name, fmt(r.total), r.grade, fmt(r.self_total), str(len(r.deductions))]


def charts(db: Database, inspection_id: int) -> tuple[list[tuple[str, int]], list[tuple[str, float, float]]]:
    """(score distribution, indicator averages as % of points): what the charts draw."""
    found = svc.inspection(db, inspection_id)
    rows = svc.unit_results(db, inspection_id)
    averages = indicator_averages(svc.system_of(db, found).indicators, store.scores(db, inspection_id),
                                  [r.unit_id for r in rows if r.complete])
    return distribution(r.total for r in rows if r.complete), averages


def results_pdf(db: Database, inspection_id: int, today: dt.date) -> bytes:
    """The publication list (Art. 14: results published within a range), with both charts under it."""
    from lz_desktop.documents.official_table import OfficialTable, render_table
    from lz_desktop.domain.report import BarChart
    from lz_desktop.services.documents import font_choice

    found = svc.inspection(db, inspection_id)
    rows = svc.unit_results(db, inspection_id)
    spread, averages = charts(db, inspection_id)
    state = (f"{format_cn(found.finalized_on)}确定" if found.finalized_on
             else f"结果未确定（截至{format_cn(today)}，{svc.missing_text(rows) or '评分已齐'}）")
    return render_table(OfficialTable(
        f"{found.title}结果", tuple(RESULT_HEADERS), tuple(tuple(result_cells(r)) for r in rows),
        widths=(0.8, 3, 1.2, 1, 1.2, 1), note=f"{len(rows)}个单位　{state}",
        charts=(BarChart("得分分布（单位个数）", tuple(label for label, _n in spread),
                         tuple(float(n) for _l, n in spread), max([n for _l, n in spread] + [1]) + 1, "个"),
                BarChart("各一级指标平均得分率（%）", tuple(name for name, _p, _a in averages),
                         tuple(a for _n, _p, a in averages), 100, "%"))), font_choice(db))


def export_results(db: Database, inspection_id: int, path: str | os.PathLike[str]) -> Path:
    from lz_desktop.documents.table_workbook import write_tables

    found = svc.inspection(db, inspection_id)
    rows = svc.unit_results(db, inspection_id)
    deductions: list[list[str | int | float]] = [[r.unit_name, name, points, reason] for r in rows
                                                 for name, points, reason in r.deductions]
    return write_tables(path, [
        (f"{found.year}年度考核结果", RESULT_HEADERS,
         [[r.rank, r.unit_name, r.total, r.grade, r.self_total, len(r.deductions)] for r in rows]),
        ("扣分明细", ["单位", "指标", "扣分", "扣分理由"], deductions),
    ])


# use of results (Art. 20) ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LeaderYear:
    year: int
    inspection: str
    unit: str
    total: float
    grade: str
    rank: int
    of: int
    final: bool
    inspection_id: int = 0


def leader_results(db: Database, leader_id: int) -> list[LeaderYear]:
    """The results of the unit a leader served on, for each year's inspection during the term (Art. 20)."""
    row = leader_store.get_leader(db, leader_id)
    if row is None:
        raise RuleViolation("该领导干部已不存在。")
    out = []
    for inspection_id in store.unit_results_rows(db, row.unit_id):
        found = svc.inspection(db, inspection_id)
        if not (row.leader.term_start <= found.end_on and (row.leader.term_end is None
                                                            or row.leader.term_end >= found.start_on)):
            continue
        mine = next((r for r in svc.unit_results(db, inspection_id) if r.unit_id == row.unit_id), None)
        if mine is not None:
            out.append(LeaderYear(found.year, found.title, row.unit_short_name, mine.total, mine.grade, mine.rank,
                                  len(found.units), found.finalized_on is not None, inspection_id))
    return out
