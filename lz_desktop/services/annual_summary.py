"""The annual summary (Art. 15, 19): a year's records, for the district or one unit with its subordinate units,
as one `Report` whose figures every output (the page, PDF, workbook, Word draft) shows alike.

Every figure is computed from the same service queries the other pages use (the ledger, the duties, the
inspection results), so the summary and the views agree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.duties import TaskStatus
from lz_desktop.domain.inspections import distribution, fmt
from lz_desktop.domain.obligations import Status, evaluate
from lz_desktop.domain.rectification import RectificationStatus as RS
from lz_desktop.domain.rectification import completed_on_time, filed_on_time
from lz_desktop.domain.report import BarChart, Report, ReportTable, Section, percent
from lz_desktop.domain.units import tree_order
from lz_desktop.services import accounts, cases, duties, exchange, inspections, obligations, rectification, roster
from lz_desktop.services.office import office_name

Step = Callable[[int, int], None]
Names = dict[int | None, str]
# Chart labels for the regulation's yearly duties (an office's own duty shows its first words).
SHORT = {
    "art7_standing_committee": "常委会（党组会）", "art7_government_meeting": "政府廉政会议",
    "art8_topic_meetings": "专题会议", "art8_inspect_subordinates": "带队检查", "art8_life_meeting": "民主生活会",
    "art8_lower_life_meeting": "参加下级生活会", "art10_annual_plan": "公布年度计划", "art13_inspection": "检查考核",
    "art15_plenary_report": "向全会报告", "art16_evaluation": "民主评议", "art19_feedback": "报告与反馈",
}


def scope_ids(db: Database, unit_id: int | None) -> list[int]:
    """The units a summary covers: all, or one unit with its subordinate units, in the tree's order."""
    units = [u for u, _d in tree_order(roster.list_units(db))]
    wanted = set(roster.subtree_ids(db, unit_id)) if unit_id is not None else {u.id for u in units}
    return [int(u.id or 0) for u in units if u.id in wanted]


def scope_label(db: Database, unit_id: int | None) -> str:
    if unit_id is None:
        return "全区各单位"
    unit = next(u for u in roster.list_units(db) if u.id == unit_id)
    return f"{unit.short_name}及其下属单位"


def build(db: Database, year: int, unit_id: int | None, today: dt.date, progress: Step = lambda d, t: None) -> Report:
    ids = scope_ids(db, unit_id)
    names = {u.id: u.short_name for u in roster.list_units(db)}
    steps = (_tasks, _obligations, _statements, _inspections, _findings, _cases)
    sections = []
    for done, step in enumerate(steps, start=1):
        sections.append(step(db, year, ids, names, today))
        progress(done, len(steps))
    office = office_name(db)
    return Report(f"{year}年度党风廉政建设责任制执行情况汇总", scope_label(db, unit_id), office, today, tuple(sections))


def _tasks(db: Database, year: int, ids: list[int], names: Names, today: dt.date) -> Section:
    views = [v for v in duties.tasks_of_year(db, year, today) if v.task.plan_unit_id in ids]
    count = Counter(v.status for v in views)
    done, late = count[TaskStatus.DONE], count[TaskStatus.DONE_LATE]
    rows = []
    for unit in ids:
        mine = [v for v in views if v.task.plan_unit_id == unit]
        if mine:
            c = Counter(v.status for v in mine)
            rows.append((names[unit], len(mine), c[TaskStatus.DONE], c[TaskStatus.DONE_LATE], c[TaskStatus.OVERDUE],
                         c[TaskStatus.IN_PROGRESS] + c[TaskStatus.NOT_STARTED]))
    published = sum(1 for p in duties.plans_of_year(db, year) if p.unit_id in ids and p.published_on)
    late_rows = tuple((names[v.task.plan_unit_id], v.task.content, v.task.lead_unit, v.task.deadline.isoformat())
                      for v in views if v.status is TaskStatus.OVERDUE)
    return Section("年度计划与任务分解（第七条、第八条、第十条）", (
        f"{year}年度共{len(rows)}个单位制定了年度计划，其中{published}个已公布；分解任务{len(views)}项，"
        f"按期完成{done}项，逾期完成{late}项，逾期未完成{count[TaskStatus.OVERDUE]}项，"
        f"尚在推进{count[TaskStatus.IN_PROGRESS] + count[TaskStatus.NOT_STARTED]}项。",), (
        ReportTable("各单位年度任务完成情况", ("单位", "任务", "按期完成", "逾期完成", "逾期未完成", "推进中"),
                    tuple(rows), (2.2, 1, 1, 1, 1.2, 1)),
        ReportTable("逾期未完成的任务", ("计划单位", "任务内容", "牵头单位", "完成时限"), late_rows,
                    (1.4, 4, 1.4, 1.4))))


def _obligations(db: Database, year: int, ids: list[int], names: Names, today: dt.date) -> Section:
    facts, records = obligations.unit_facts(db), obligations.unit_records(db, year)
    duties_in_force = [o for o in obligations.catalogue(db) if o.kind in obligations.RECORDED_KINDS]
    results = [(unit, r) for unit in ids for r in evaluate(duties_in_force, facts[unit], records.get(unit, []), year,
                                                           today)]
    per_duty, labels = [], []
    for o in duties_in_force:
        mine = [r for _u, r in results if r.obligation.code == o.code]
        if mine:
            labels.append(SHORT.get(o.code, o.title[:6]))
            met = sum(r.status is Status.MET for r in mine)
            per_duty.append((o.title, o.article, len(mine), met, sum(r.status is Status.DUE for r in mine),
                             sum(r.status is Status.MISSED for r in mine), percent(met, len(mine))))
    unmet = tuple((names[u], r.obligation.title, r.obligation.article, r.status.label, len(r.counted),
                   r.obligation.minimum) for u, r in results if r.status is not Status.MET)
    met_all = sum(r.status is Status.MET for _u, r in results)
    heads = {row.unit_id: row.leader.name for row in roster.list_leaders(db)
             if row.leader.role.value == "principal" and row.leader.serves_on(today)}
    leaders = tuple((names[u], heads.get(u, "（空缺）"), r.obligation.title, r.status.label)
                    for u, r in results if r.status is not Status.MET and r.obligation.article.startswith("第八条"))
    return Section("会议与年度责任履行（第七条、第八条、第十五条、第十六条）", (
        f"按《办法》规定的年度责任，{len(ids)}个单位应履行{len(results)}项，已履行{met_all}项"
        f"（{percent(met_all, len(results))}），尚未履行{len(unmet)}项。",), (
        ReportTable("年度责任履行情况", ("年度责任", "依据", "应履行单位", "已履行", "待履行", "未履行", "履行率"),
                    tuple(per_duty), (3.4, 1.6, 1, 0.9, 0.9, 0.9, 1)),
        ReportTable("尚未履行年度责任的单位", ("单位", "年度责任", "依据", "状态", "已开展", "应开展"), unmet,
                    (1.4, 3.4, 1.6, 1, 0.8, 0.8)),
        ReportTable("主要负责人尚未履行的职责（第八条）", ("单位", "主要负责人", "职责", "状态"), leaders,
                    (1.4, 1.2, 4, 1))),
        (BarChart("各项年度责任履行率（%）", tuple(labels),
                  tuple(round(d[3] / d[2] * 100, 1) for d in per_duty), 100, "%"),) if per_duty else ())


def _statements(db: Database, year: int, ids: list[int], names: Names, today: dt.date) -> Section:
    views = [v for v in duties.statements(db, year) if _unit_of_leader(db, v.row.subordinate_id) in ids]
    signed = sum(1 for v in views if v.row.signed_on)
    unsigned = tuple((v.row.superior, v.row.subordinate, v.row.subordinate_unit, v.level)
                     for v in views if not v.row.signed_on)
    return Section("党风廉政建设责任书签订（第八条第（一）项）", (
        f"{year}年度生成责任书{len(views)}份，已签订{signed}份，签订率{percent(signed, len(views))}。",), (
        ReportTable("未签订的责任书", ("甲方", "乙方", "乙方单位", "层级"), unsigned, (1, 1, 1.5, 2.5)),))


def _unit_of_leader(db: Database, leader_id: int) -> int | None:
    row = roster.get_leader(db, leader_id)
    return row.unit_id if row else None


_INSPECTIONS_TOLD_ONE_BY_ONE = 6  # beyond this, a sentence per inspection stops being read


def _inspections(db: Database, year: int, ids: list[int], names: Names, today: dt.date) -> Section:
    """All the year's inspections in one table and one chart: an office with many small inspections (each
    department inspecting its own units) reads them together, not one page each."""
    rows: list[tuple[str, str, str, str, str, int]] = []
    totals, grades, lines, held, unfinished = [], Counter[str](), [], 0, 0
    for found in inspections.inspections(db, year):
        results = [r for r in inspections.unit_results(db, found.id) if r.unit_id in ids]
        if not results:
            continue
        held += 1
        state = f"{format_cn(found.finalized_on)}确定" if found.finalized_on else "结果未确定"
        label = f"{found.title}（{found.unit_short_name}组织，{state}）"
        if held <= _INSPECTIONS_TOLD_ONE_BY_ONE:
            own = Counter(r.grade for r in results if r.complete)
            missing = sum(not r.complete for r in results)
            lines.append(f"{label}：参加{len(results)}个单位，" + "，".join(f"“{g}”{n}个" for g, n in own.items())
                         + (f"，尚有{missing}个单位评分未完成" if missing else "") + "。")
        for r in results:
            rows.append((label, str(r.rank) if r.rank else "—", r.unit_name,
                         fmt(r.total) if r.complete else f"{fmt(r.total)}（缺{r.missing}项）", r.grade or "—",
                         len(r.deductions)))
            if r.complete:
                totals.append(r.total)
                grades[r.grade] += 1
            else:
                unfinished += 1
    reported = exchange.rows_reported(db, year, ids)
    if reported:
        lines.append(f"各单位通过报送表报送、经本机关核对合并{reported}项（整改措施与进展、任务进展、自查自评、会议），"
                     f"其中{exchange.self_assessed_units(db, year, ids)}个单位报送了自查自评得分（第十四条）。")
    if held > _INSPECTIONS_TOLD_ONE_BY_ONE:
        lines.append(f"（以上列出前{_INSPECTIONS_TOLD_ONE_BY_ONE}次，其余见下表。）")
    if held:
        lines.insert(0, f"{year}年度开展检查考核{held}次，参加{len(rows)}个（次）单位，"
                     + "，".join(f"“{g}”{n}个" for g, n in grades.items())
                     + (f"，尚有{unfinished}个单位评分未完成" if unfinished else "") + "。")
    else:
        lines.append(f"{year}年度范围内尚无检查考核记录（第十三条：每年至少一次）。")
    spread = distribution(totals)
    chart = BarChart("检查考核得分分布（单位个数）", tuple(s for s, _n in spread), tuple(float(n) for _s, n in spread),
                     max([n for _s, n in spread] + [1]) + 1, "个")
    table = ReportTable(f"{year}年度检查考核得分", ("检查考核", "名次", "单位", "考核得分", "等次", "扣分项"),
                        tuple(rows), (3.2, 0.7, 1.8, 1.2, 0.8, 1.0))
    return Section("检查考核（第十一条至第十四条）", tuple(lines), (table,) if rows else (),
                   (chart,) if totals else ())


def _findings(db: Database, year: int, ids: list[int], names: Names, today: dt.date) -> Section:
    rows = rectification.ledger_page(db, rectification.ledger_query(today, unit_ids=ids, year=year))
    by_source = Counter(r.finding.source.label for r in rows)
    fed = [r for r in rows if r.finding.facts.fed_back_on is not None]
    filed = [filed_on_time(r.finding.facts) for r in fed]
    on_time = sum(1 for x in filed if x)
    closed = [r for r in rows if r.status is RS.CLOSED]
    completed = [completed_on_time(r.finding.facts) for r in rows]
    in_time = sum(1 for x in completed if x)
    overdue = [r for r in rows if r.status.overdue]
    per_unit = []
    for unit in ids:
        mine = [r for r in rows if r.finding.unit_id == unit]
        if mine:
            per_unit.append((names[unit], len(mine), sum(r.status is RS.CLOSED for r in mine),
                             sum(r.status.overdue for r in mine),
                             percent(sum(r.status is RS.CLOSED for r in mine), len(mine))))
    return Section("问题整改（第十九条）", (
        f"{year}年度发现问题{len(rows)}个，已反馈{len(fed)}个；整改措施在一个月内报备的{on_time}个"
        f"（按期报备率{percent(on_time, len(fed))}）；措施全部完成的{sum(x is not None for x in completed)}个，"
        f"其中按期完成的{in_time}个；已验收销号{len(closed)}个（销号率{percent(len(closed), len(rows))}）；"
        f"截至{format_cn(today)}仍逾期的{len(overdue)}个。",), (
        ReportTable("问题来源", ("来源", "问题数"), tuple(by_source.most_common()), (3, 1)),
        ReportTable("各单位问题整改情况", ("单位", "问题数", "已销号", "逾期", "销号率"), tuple(per_unit),
                    (2.4, 1, 1, 1, 1)),
        ReportTable("逾期未整改的问题", ("单位", "问题", "状态", "期限"), tuple(
            (r.finding.unit_short_name, r.finding.description, r.status.label,
             r.next_due.isoformat() if r.next_due else "") for r in overdue), (1.4, 4, 1.4, 1.2))),
        (BarChart("问题来源（个）", tuple(s for s, _n in by_source.most_common(8)),
                  tuple(float(n) for _s, n in by_source.most_common(8)),
                  max([n for _s, n in by_source.most_common(8)] + [1]) + 1, "个"),) if by_source else ())


def _cases(db: Database, year: int, ids: list[int], names: Names, today: dt.date) -> Section:
    if not accounts.may(db, Permission.CASES):
        return Section("责任追究（第四章）", ("当前用户无权查看责任追究案件，本部分未汇总。",))
    views = [v for v in cases.cases(db, year=year) if v.row.draft.unit_id in ids]
    decisions = [d for v in views for d in cases.decisions(db, v.row.id) if d.draft.sanctions]
    by_circumstance = Counter(c.article for v in views for c in v.row.draft.circumstances)
    by_sanction = Counter(s.label for d in decisions for s in d.draft.sanctions)
    teams = sum(1 for d in decisions if d.draft.subject_leader_id is None)
    by_share = Counter(d.draft.responsibility.label for d in decisions if d.draft.responsibility)
    by_status = Counter(v.status.label for v in views)
    return Section("责任追究（第四章）", (
        f"{year}年度受理责任追究线索{len(views)}件（" + "，".join(f"{s}{n}件" for s, n in by_status.items())
        + f"）；作出处理决定{len(decisions)}项，其中追究领导班子{teams}项、领导干部{len(decisions) - teams}项。",), (
        ReportTable("按情形（第二十一条）", ("情形", "件数"), tuple(sorted(by_circumstance.items())), (3, 1)),
        ReportTable("按追究方式（第二十四条、第二十五条）", ("追究方式", "人（次）"), tuple(by_sanction.most_common()),
                    (3, 1)),
        ReportTable("按责任类型（第二十六条）", ("责任类型", "人（次）"), tuple(by_share.most_common()), (3, 1)),
        ReportTable("案件一览", ("编号", "单位", "对象", "状态"), tuple(
            (v.row.number, v.row.unit_short_name, v.row.subjects, v.status.label) for v in views), (1.4, 1.4, 3, 1))))
