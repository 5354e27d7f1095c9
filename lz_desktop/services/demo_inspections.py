"""The demo district's inspections: 2025's closed and acted on, 2026's being scored, and one bureau's own.

2025: every unit scored, results final, fed back (deductions became findings, now rectified and closed)
and reported to the committee. 2026: the district's inspection is being scored, three units still
missing scores; 区卫生健康委 inspected 区人民医院 itself, led by its principal, and fed the results back.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from sqlite_utils import Database

from lz_desktop.domain.inspections import Feed, Method, Score, scoring_indicators
from lz_desktop.domain.rectification import FollowUpMethod
from lz_desktop.services import documents, roster
from lz_desktop.services import inspection_results as results
from lz_desktop.services import inspections as svc
from lz_desktop.services import rectification as r

D = dt.date
TODAY = D(2026, 11, 25)
METHODS = (Method.SELF_ASSESSMENT, Method.SPECIAL_INSPECTION, Method.SPOT_CHECK, Method.DEMOCRATIC_EVALUATION)
# Reasons an inspection team writes, by scoring indicator of the sample system.
REASONS = {
    "研究部署": ("全年仅召开一次专题研究党风廉政建设的会议", "专题会议研究内容不具体，未形成决定"),
    "主要负责人履责": ("主要负责人主持专题会议少一次", "主要负责人未亲自督办重要信访件"),
    "年度计划": ("年度计划未按要求公布", "年度计划措施不具体，缺少时间节点"),
    "任务分解与责任书": ("责任书签订不全，缺两份", "任务分解未明确到每名班子成员"),
    "廉洁教育": ("廉洁教育未覆盖新任职干部", "警示教育全年仅开展一次"),
    "制度建设": ("廉政风险点排查不全面，防控措施针对性不强", "“三重一大”制度执行记录不完整"),
    "监督检查": ("对下属单位检查发现问题的整改督促不及时", "未对下属单位开展年度检查"),
    "问题整改": ("整改措施逾期报备一项", "上年反馈问题一项未整改到位"),
    "责任追究落实": ("对一起违规问题未及时追究责任",),
    "领导干部廉洁自律": ("一名班子成员违规使用公务用车，已被通报", "班子成员个人有关事项报告不及时"),
}
UNSCORED_2026 = ("永安城发集团", "长河街道", "青龙镇")  # the team has not been there yet


def add_demo_inspections(db: Database) -> None:
    rng = random.Random(14)
    units = {u.short_name: int(u.id or 0) for u in roster.list_units(db)}
    district = units["区委"]
    inspected = [uid for name, uid in units.items() if uid != district]
    svc.start_year(db, 2025)  # the sample system
    svc.start_year(db, 2026)  # copied from 2025
    secretary = _principal(db, district, D(2025, 11, 10))  # Art. 8(4): the principal leads the inspection
    team = "区党风廉政建设责任制领导小组办公室（区纪委）"

    first = svc.create_inspection(db, svc.InspectionDraft(
        2025, district, "2025年度党风廉政建设责任制检查考核", team, secretary,
        METHODS, D(2025, 11, 10), D(2025, 12, 5), tuple(inspected)), today=TODAY)
    _score(db, rng, first, with_self=True)
    svc.finalize(db, first, D(2025, 12, 15), today=TODAY)
    report = results.draft_report(db, first, D(2025, 12, 18), today=TODAY)
    # An upward document names who signed it off (GB/T 9704 7.2.5): the commission's secretary.
    documents.save_draft(db, report, replace(documents.content(db, report), signer="韩卫东"))
    outcome = results.feed_back_results(db, first, D(2025, 12, 22), today=TODAY, contact="王芳 6123 4567")
    documents.issue_batch(db, [report, *outcome.documents], documents.document_prefix(db, report))
    _rectify(db, rng, outcome.findings)

    second = svc.create_inspection(db, svc.InspectionDraft(
        2026, district, "2026年度党风廉政建设责任制检查考核", team, _principal(db, district, D(2026, 11, 2)),
        METHODS, D(2026, 11, 2), D(2026, 12, 4), tuple(inspected)), today=TODAY)
    _score(db, rng, second, with_self=True, skip={units[n] for n in UNSCORED_2026})

    health, hospital = units["区卫生健康委"], units["区人民医院"]
    own = svc.create_inspection(db, svc.InspectionDraft(
        2026, health, "2026年度区人民医院党风廉政建设责任制检查", "区卫生健康委党组检查组",
        _principal(db, health, D(2026, 10, 19)), (Method.SELF_ASSESSMENT, Method.SPECIAL_INSPECTION),
        D(2026, 10, 19), D(2026, 10, 23), (hospital,)), today=TODAY)
    _score(db, rng, own, with_self=False)
    svc.finalize(db, own, D(2026, 10, 30), today=TODAY)
    # The department issues its own papers; the office records the feedback, and the hospital has filed.
    results.feed_back_results(db, own, D(2026, 11, 2), today=TODAY, notices=False)
    for row in r.ledger(db, TODAY, unit_ids=[hospital]):
        if row.finding.feedback_id is not None and row.finding.facts.measures_filed_on is None:
            r.file_measures(db, row.finding.feedback_id, D(2026, 11, 20), [
                r.MeasureDraft(f.id, "制定整改方案，逐项整改。", D(2026, 12, 31), _principal(db, hospital, TODAY))
                for f in r.findings_of_feedback(db, row.finding.feedback_id)])
            break


def _principal(db: Database, unit_id: int, on: dt.date) -> int:
    return next(int(x.leader.id or 0) for x in roster.list_leaders(db, unit_id=unit_id, sort="role")
                if x.unit_id == unit_id and x.leader.serves_on(on))


def _score(db: Database, rng: random.Random, inspection_id: int, *, with_self: bool,
           skip: frozenset[int] | set[int] = frozenset()) -> None:
    found = svc.inspection(db, inspection_id)
    leaves = scoring_indicators(svc.system_of(db, found).indicators)
    for unit_id, _name in found.units:
        if unit_id in skip:
            continue
        entered = []
        strength = rng.random()  # some units are stronger than others, as in life
        for leaf, _parent in leaves:
            if leaf.feed is Feed.EVALUATION:
                continue
            deduct = rng.random() < 0.2 + (1 - strength) * 0.45
            lost = min(leaf.points, rng.choice((1, 2, 2, 3, 3, 4, 5))) if deduct else 0
            if lost == leaf.points:
                lost = leaf.points - 1
            self_score = leaf.points - (1 if deduct and rng.random() < 0.3 else 0) if with_self else None
            reason = rng.choice(REASONS.get(leaf.name, ("工作不够扎实",))) if lost else ""
            entered.append(Score(leaf.id or 0, self_score, leaf.points - lost, reason))
        svc.save_scores(db, inspection_id, unit_id, entered)
    if any(leaf.feed is Feed.EVALUATION for leaf, _p in leaves):
        _filled, lacking = svc.fill_from_evaluations(db, inspection_id)
        if lacking:  # a unit with no democratic evaluation on record scores a plain 12 on that indicator
            for unit_id, name in found.units:
                if name in lacking and unit_id not in skip:
                    fed = [leaf for leaf, _p in leaves if leaf.feed is Feed.EVALUATION]
                    svc.save_scores(db, inspection_id, unit_id, [
                        Score(leaf.id or 0, None, round(leaf.points * 0.8, 1), "未开展民主评议，按八成计分")
                        for leaf in fed])


def _rectify(db: Database, rng: random.Random, count: int) -> None:
    """2025's inspection findings: measures filed in January, done by spring, verified and closed."""
    by_feedback: dict[int, list[r.FindingRow]] = {}
    for row in r.ledger(db, TODAY):
        if row.finding.found_on.year == 2025 and row.finding.feedback_id is not None:
            by_feedback.setdefault(row.finding.feedback_id, []).append(row.finding)
    assert sum(len(v) for v in by_feedback.values()) == count
    for feedback_id, findings in by_feedback.items():
        unit_id = findings[0].unit_id
        head = _principal(db, unit_id, D(2026, 1, 15))
        r.file_measures(db, feedback_id, D(2026, 1, rng.randint(8, 20)), [
            r.MeasureDraft(f.id, "对照问题逐项整改，建立长效机制。", D(2026, 4, 30), head) for f in findings])
        for f in findings:
            for measure_id, _content, _due in r.open_measures(db, f.id):
                r.complete_measure(db, measure_id, D(2026, rng.randint(3, 4), rng.randint(1, 28)), today=TODAY)
            r.follow_up(db, f.id, D(2026, 5, rng.randint(6, 20)), FollowUpMethod.DOCUMENT_REVIEW,
                        "查阅整改材料，问题已整改到位", "王芳")
            r.close(db, f.id, D(2026, 5, 28), "整改材料齐全，问题已整改到位，验收合格", today=TODAY)
