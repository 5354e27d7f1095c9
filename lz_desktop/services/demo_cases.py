"""The demo district's accountability cases, as of 2026-11-25: one closed from 2025, one decided with a
decision still not carried out after months (Art. 29), one against a team, one under investigation, one
lead just registered, and a retired principal still held to account (Art. 27)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.accountability import Circumstance, LeadSource, Sanction, Severity, Subject
from lz_desktop.domain.cases import CaseDraft, DecisionDraft, HandlingBody
from lz_desktop.domain.responsibility import Responsibility
from lz_desktop.services import case_papers, cases, documents, roster

D = dt.date
TODAY = D(2026, 11, 25)
C, S, R = Circumstance, Sanction, Responsibility


def add_demo_cases(db: Database) -> None:
    units = {u.short_name: int(u.id or 0) for u in roster.list_units(db)}
    people = {(r.unit_short_name, r.leader.name): int(r.leader.id or 0) for r in roster.list_leaders(db)}
    by_unit: dict[str, list[tuple[int, bool]]] = {}
    for r in roster.list_leaders(db, sort="role"):
        if r.leader.term_end is None:
            is_principal = r.leader.role.value == "principal"
            by_unit.setdefault(r.unit_short_name, []).append((int(r.leader.id or 0), is_principal))

    def principal(unit: str) -> int:
        return next(i for i, p in by_unit[unit] if p)

    def member(unit: str, n: int = 0) -> int:
        return [i for i, p in by_unit[unit] if not p][n]

    def lead(source: LeadSource, on: D, content: str, unit: str, leaders: tuple[int, ...], circumstances: tuple,
             assigned_by: str = "", body: HandlingBody = HandlingBody.DISCIPLINE) -> int:
        subject = Subject.LEADER if leaders else Subject.TEAM
        return cases.register_lead(db, CaseDraft(source, on, content, assigned_by, subject, units[unit], leaders,
                                                 circumstances, body), today=TODAY)

    # 2025, closed: a member's lax supervision, circulated criticism, carried out.
    first = lead(LeadSource.PETITION, D(2025, 3, 12),
                 "群众来信反映区城市管理委执法队员吃拿卡要，分管领导长期失察。", "区城市管理委",
                 (member("区城市管理委"),), (C.LAX_SUPERVISION,))
    cases.start_investigation(db, first, D(2025, 3, 20), today=TODAY)
    decided = cases.decide(db, first, DecisionDraft(member("区城市管理委"), Severity.SERIOUS,
                                                    (S.CIRCULATED_CRITICISM,), D(2025, 6, 10), R.PRIMARY), today=TODAY)
    notice = case_papers.draft_decision_notice(db, decided)
    documents.issue(db, notice, documents.document_prefix(db, notice))
    cases.carry_out(db, decided, D(2025, 6, 20), today=TODAY)
    cases.close(db, first, D(2025, 6, 30), "处理决定已执行，案件办结。", today=TODAY)

    # 2026, decided in July: the principal criticised in a circular, a member's Party warning not yet carried
    # out months later, and a member whose objection is in the minutes bears no responsibility (Art. 26).
    housing = "区住房城乡建设委"
    second = lead(LeadSource.AUDIT, D(2026, 4, 8),
                  "审计发现区住房城乡建设委在保障房工程招标中违规指定供应商，班子集体研究通过。", housing,
                  (principal(housing), member(housing, 0), member(housing, 1)), (C.WEAK_LEADERSHIP, C.CONDONED_FRAUD))
    cases.start_investigation(db, second, D(2026, 4, 15), today=TODAY)
    head = cases.decide(db, second, DecisionDraft(principal(housing), Severity.SERIOUS, (S.CIRCULATED_CRITICISM,),
                                                  D(2026, 7, 15), R.PRIMARY), today=TODAY)
    deputy = cases.decide(db, second, DecisionDraft(member(housing, 0), Severity.GRAVE, (S.DISCIPLINARY_SANCTION,),
                                                    D(2026, 7, 15), R.IMPORTANT, disciplinary=("party_warning",)),
                          today=TODAY)
    cases.decide(db, second, DecisionDraft(member(housing, 1), Severity.MINOR, (), D(2026, 7, 15), R.NONE),
                 today=TODAY)
    for decision_id in (head, deputy):
        notice = case_papers.draft_decision_notice(db, decision_id)
        documents.issue(db, notice, documents.document_prefix(db, notice))
    cases.carry_out(db, head, D(2026, 7, 30), today=TODAY)

    # 2026, a team: the union's Party group did not pass on the district's deployment; minor, not yet done.
    third = lead(LeadSource.INSPECTION, D(2026, 8, 20),
                 "责任制检查发现区总工会党组对上级交办的党风廉政建设任务未安排部署。", "区总工会",
                 (), (C.DUTIES_NOT_CARRIED_OUT,))
    cases.start_investigation(db, third, D(2026, 8, 25), today=TODAY)
    cases.decide(db, third, DecisionDraft(None, Severity.MINOR, (S.WRITTEN_SELF_CRITICISM,), D(2026, 10, 9)),
                 today=TODAY)

    # Art. 27: a principal retired in 2021, still held to account for what happened on his watch.
    retired = people[("区财政局", "顾欣秀")]
    fourth = lead(LeadSource.PATROL, D(2026, 10, 28),
                  "巡视反馈：区财政局2019年至2020年违规发放津贴补贴，时任主要负责人未予制止。", "区财政局",
                  (retired,), (C.CONDONED_FRAUD,), body=HandlingBody.DISCIPLINE)
    cases.start_investigation(db, fourth, D(2026, 11, 3), today=TODAY)

    lead(LeadSource.ASSIGNED_BY_LEADER, D(2026, 11, 20),
         "区委书记批示：核查区人民医院药品采购中班子成员是否存在失职问题。", "区人民医院",
         (member("区人民医院"),), (C.LAX_SUPERVISION,), assigned_by="区委书记（批示件2026-118号）")
