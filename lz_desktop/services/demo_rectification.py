"""The demo office's findings, one or more in every status a clerk meets (as of 2026-11-25)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.rectification import FindingSeverity, FollowUpMethod
from lz_desktop.services import rectification as r
from lz_desktop.services import roster

D = dt.date
TODAY = D(2026, 11, 25)
INSPECTED = D(2026, 8, 20)
A8_2, A8_1, A10, A19 = "《办法》第八条第（二）项", "《办法》第八条第（一）项", "《办法》第十条", "《办法》第十九条"


def add_demo_findings(db: Database) -> None:
    units = {u.short_name: int(u.id or 0) for u in roster.list_units(db)}

    def principal(unit: str) -> int:
        """The unit's principal in office: the demo's measures name them as responsible."""
        rows = roster.list_leaders(db, unit_id=units[unit], sort="role")
        return next(int(x.leader.id or 0) for x in rows if x.unit_id == units[unit] and x.leader.term_end is None)

    def found(unit: str, text: str, rule: str, source: LeadSource = LeadSource.INSPECTION,
              severity: FindingSeverity = FindingSeverity.GENERAL, on: D = INSPECTED) -> int:
        return r.record_finding(db, r.FindingDraft(units[unit], source, text, rule, severity, on), today=TODAY).id

    # 区发展改革委: closed after verification
    a = found("区发展改革委", "年度任务分解未明确到每名班子成员。", A8_1)
    fb = r.feed_back(db, units["区发展改革委"], "2026年度党风廉政建设责任制专项检查", D(2026, 9, 1), [a], today=TODAY)
    r.file_measures(db, fb.id, D(2026, 9, 25), [
        r.MeasureDraft(a, "重新分解年度任务，逐人明确责任。", D(2026, 10, 31), principal("区发展改革委"))])
    r.complete_measure(db, _measure(db, a), D(2026, 10, 28), today=TODAY)
    r.follow_up(db, a, D(2026, 11, 3), FollowUpMethod.DOCUMENT_REVIEW, "查阅分解文件，已逐人明确", "王芳")
    r.close(db, a, D(2026, 11, 4), "分解文件已逐人明确责任，经查阅资料验收合格", today=TODAY)
    # 区教委: awaiting verification, and one in progress
    b = found("区教委", "主要负责人上半年仅主持召开一次专题会议。", A8_2)
    c = found("区教委", "对下属学校检查发现问题的整改督促不及时。", A19, severity=FindingSeverity.SERIOUS)
    fb = r.feed_back(db, units["区教委"], "2026年度党风廉政建设责任制专项检查", D(2026, 9, 1), [b, c], today=TODAY)
    r.file_measures(db, fb.id, D(2026, 9, 30), [
        r.MeasureDraft(b, "第三季度再召开一次专题会议。", D(2026, 10, 31), principal("区教委")),
        r.MeasureDraft(c, "建立下属单位整改台账，每月督办。", D(2026, 12, 31), principal("区教委"))])
    r.complete_measure(db, _measure(db, b), D(2026, 10, 15), today=TODAY)
    # 区城市管理委: completion overdue
    d = found("区城市管理委", "年度计划未按要求公布。", A10, on=D(2026, 7, 10))
    fb = r.feed_back(db, units["区城市管理委"], "2026年度上半年责任制检查", D(2026, 7, 20), [d], today=TODAY)
    r.file_measures(db, fb.id, D(2026, 8, 18), [
        r.MeasureDraft(d, "在门户网站公布年度计划。", D(2026, 9, 30), principal("区城市管理委"))])
    # 区住房城乡建设委 (already fed back in the feedback demo): measures overdue
    e = found("区住房城乡建设委", "工程招投标领域廉政风险防控措施不具体。", "《办法》第七条第（五）项",
              source=LeadSource.AUDIT, severity=FindingSeverity.SERIOUS, on=D(2026, 10, 8))
    r.feed_back(db, units["区住房城乡建设委"], "区审计局审计反馈", D(2026, 10, 10), [e], today=TODAY)
    # 区卫生健康委: awaiting measures (due within days)
    f = found("区卫生健康委", "药品耗材采购环节监督制度执行不严。", "《办法》第七条第（四）项",
              source=LeadSource.PATROL, on=D(2026, 11, 10))
    r.feed_back(db, units["区卫生健康委"], "区委第二巡察组巡察反馈", D(2026, 11, 20), [f], today=TODAY)
    # 青龙镇: found, not yet fed back
    found("青龙镇", "村务公开不及时，群众反映较多。", "《办法》第七条第（四）项", source=LeadSource.PETITION,
          on=D(2026, 11, 18))


def _measure(db: Database, finding_id: int) -> int:
    return r.open_measures(db, finding_id)[0][0]
