"""Accountability cases (Chapter 4): a lead, its subjects, the investigation, decisions, carrying them out.

The case's status is derived from its dates and decisions, never typed: 线索登记 → 调查中 → 已作出决定 →
已执行 → 已结案. A decision is checked against Art. 24/25 (sanctions by severity), Art. 26 (the
responsibility it rests on) and the case's own dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from lz_desktop.domain.accountability import (
    Circumstance,
    LeadSource,
    Sanction,
    SanctionDecision,
    Severity,
    Subject,
    article_for,
    check_decision,
)
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.responsibility import Responsibility

TEXT_MAX = 2000
ASSIGNED = (LeadSource.ASSIGNED_BY_LEADER, LeadSource.ASSIGNED_BY_SUPERIOR)


class HandlingBody(StrEnum):
    """Art. 22: who investigates."""

    DISCIPLINE = "discipline"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        return {"discipline": "纪检监察机关", "organisation": "组织人事部门"}[self.value]


class CaseStatus(StrEnum):
    LEAD = "lead"
    INVESTIGATING = "investigating"
    DECIDED = "decided"
    CARRIED_OUT = "carried_out"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"lead": "线索登记", "investigating": "调查中", "decided": "已作出决定", "carried_out": "已执行",
                "closed": "已结案"}[self.value]


class DecisionMode(StrEnum):
    """Art. 26: how the wrong decision was taken, which decides each leader's share of the responsibility."""

    NOT_STATED = ""
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        return {"": "未认定", "collective": "集体决策", "individual": "个人决定或者批准"}[self.value]


@dataclass(frozen=True)
class CaseDraft:
    source: LeadSource
    received_on: dt.date
    content: str
    assigned_by: str  # who assigned it (领导批办 / 上级交办), or who passed the lead on
    subject: Subject
    unit_id: int | None  # the unit whose team (or whose leaders) it concerns
    leader_ids: tuple[int, ...]  # for a case about leaders: one or more, in office or not (Art. 27)
    circumstances: tuple[Circumstance, ...]
    body: HandlingBody = HandlingBody.DISCIPLINE
    decision_mode: DecisionMode = DecisionMode.NOT_STATED
    supervising_id: int | None = None  # collective: the member directly in charge of the matter
    objector_ids: tuple[int, ...] = ()  # collective: members whose recorded objection was not adopted
    decided_by_id: int | None = None  # individual: the leader who decided or approved it alone


def check_case(draft: CaseDraft, today: dt.date) -> CaseDraft:
    # Only what the mode uses is kept: a supervising member named before the clerk chose 个人决定 is not one.
    collective = draft.decision_mode is DecisionMode.COLLECTIVE
    individual = draft.decision_mode is DecisionMode.INDIVIDUAL
    if draft.subject is Subject.TEAM:
        draft = replace(draft, decision_mode=DecisionMode.NOT_STATED)
        collective = individual = False
    draft = replace(draft, supervising_id=draft.supervising_id if collective else None,
                    objector_ids=tuple(dict.fromkeys(draft.objector_ids)) if collective else (),
                    decided_by_id=draft.decided_by_id if individual else None)
    problems = []
    content, assigned_by = draft.content.strip(), draft.assigned_by.strip()
    if not content:
        problems.append(FieldProblem("content", "线索内容", "不能为空"))
    elif len(content) > TEXT_MAX:
        problems.append(FieldProblem("content", "线索内容", f"过长：最多 {TEXT_MAX} 个字"))
    if draft.received_on > today:
        problems.append(FieldProblem("received_on", "受理日期", f"（{format_cn(draft.received_on)}）晚于今天"))
    if draft.source in ASSIGNED and not assigned_by:
        problems.append(FieldProblem("assigned_by", "批办（交办）人", f"{draft.source.label}的线索须写明由谁批办或交办",
                                     "第二十三条"))
    if draft.unit_id is None:
        problems.append(FieldProblem("unit", "单位", "须指定"))
    if draft.subject is Subject.LEADER and not draft.leader_ids:
        problems.append(FieldProblem("leaders", "责任追究对象", "至少选择一名领导干部"))
    if not draft.circumstances:
        problems.append(FieldProblem("circumstances", "情形", "至少一项", "第二十一条"))
    named = set(draft.leader_ids)
    for field, label, ids in (("supervising", "直接主管的成员", (draft.supervising_id,)),
                              ("objectors", "提出反对意见的成员", draft.objector_ids),
                              ("decided_by", "个人决定或者批准的领导干部", (draft.decided_by_id,))):
        if any(i is not None and i not in named for i in ids):
            problems.append(FieldProblem(field, label, "须是本案件的责任追究对象", "第二十六条"))
    if individual and draft.decided_by_id is None:
        problems.append(FieldProblem("decided_by", "个人决定或者批准的领导干部", "须指定", "第二十六条"))
    if draft.supervising_id is not None and draft.supervising_id in draft.objector_ids:
        problems.append(FieldProblem("objectors", "提出反对意见的成员", "直接主管的成员不能同时列为提出反对意见",
                                     "第二十六条"))
    if problems:
        raise ValidationError(problems)
    leaders = tuple(dict.fromkeys(draft.leader_ids)) if draft.subject is Subject.LEADER else ()
    return replace(draft, content=content, assigned_by=assigned_by, leader_ids=leaders,
                   circumstances=tuple(sorted(set(draft.circumstances))))


@dataclass(frozen=True)
class DecisionDraft:
    subject_leader_id: int | None  # None: the decision about the team
    severity: Severity
    sanctions: tuple[Sanction, ...]
    decided_on: dt.date
    responsibility: Responsibility | None = None  # Art. 26, for a leader
    crime_suspected: bool = False
    disciplinary: tuple[str, ...] = ()  # impact-catalogue codes of the disciplinary sanction given
    note: str = ""


def check_decision_draft(d: DecisionDraft, received_on: dt.date, today: dt.date,
                         catalogue_codes: set[str]) -> DecisionDraft:
    """Dates, sanctions by severity (Art. 24/25), the responsibility they rest on (Art. 26)."""
    subject = Subject.LEADER if d.subject_leader_id is not None else Subject.TEAM
    problems = []
    if d.decided_on < received_on:
        problems.append(FieldProblem("decided_on", "决定日期", f"（{format_cn(d.decided_on)}）早于线索受理日期"
                                     f"（{format_cn(received_on)}）"))
    if d.decided_on > today:
        problems.append(FieldProblem("decided_on", "决定日期", f"（{format_cn(d.decided_on)}）晚于今天"))
    if subject is Subject.LEADER and d.responsibility is None:
        problems.append(FieldProblem("responsibility", "责任类型",
                                     "须指定（主要领导责任、重要领导责任、个人责任或不承担）", "第二十六条"))
    if problems:
        raise ValidationError(problems)
    if d.responsibility is Responsibility.NONE:
        if d.sanctions:
            raise RuleViolation("对错误决策提出明确反对意见而没有被采纳的，不承担领导责任，不能给予责任追究",
                                "第二十六条")
        return replace(d, note=d.note.strip())
    try:
        checked = check_decision(SanctionDecision(subject, d.severity, d.sanctions, d.crime_suspected))
    except RuleViolation as e:
        raise ValidationError([FieldProblem("sanctions", "责任追究方式", e.message, e.article)]) from e
    if Sanction.DISCIPLINARY_SANCTION in checked.sanctions and not d.disciplinary:
        raise ValidationError([FieldProblem("disciplinary", "处分种类",
                                            "给予党纪政纪处分的，须选择处分种类（用于计算影响期）", "第二十八条")])
    if d.disciplinary and Sanction.DISCIPLINARY_SANCTION not in checked.sanctions:
        raise ValidationError([FieldProblem("disciplinary", "处分种类", "未选择“党纪政纪处分”，不能填写处分种类")])
    unknown = [c for c in d.disciplinary if c not in catalogue_codes]
    if unknown:
        raise ValidationError([FieldProblem("disciplinary", "处分种类", "影响期目录中没有所选处分")])
    return replace(d, sanctions=checked.sanctions, note=d.note.strip())


def sanction_names(d: DecisionDraft, discipline_names: dict[str, str]) -> str:
    """The sanctions as words; a disciplinary sanction by its kind (党内警告 …) where one was chosen."""
    parts: list[str] = []
    for s in d.sanctions:
        if s is Sanction.DISCIPLINARY_SANCTION and d.disciplinary:
            parts += [discipline_names.get(c, c) for c in d.disciplinary]
        else:
            parts.append(s.label)
    return "、".join(parts)


def decision_text(subject_name: str, d: DecisionDraft, discipline_names: dict[str, str]) -> str:
    """One line, as the register and notices write it: 张三：情节较重，通报批评（主要领导责任）."""
    if d.responsibility is Responsibility.NONE:
        return f"{subject_name}：不承担领导责任（第二十六条），不予追究"
    share = f"（{d.responsibility.label}）" if d.responsibility else ""
    return f"{subject_name}：{d.severity.label}，{sanction_names(d, discipline_names)}{share}"


@dataclass(frozen=True)
class CaseFacts:
    investigation_started_on: dt.date | None
    decisions: int
    carried_out: int
    closed_on: dt.date | None


def case_status(f: CaseFacts) -> CaseStatus:
    if f.closed_on is not None:
        return CaseStatus.CLOSED
    if f.decisions and f.carried_out == f.decisions:
        return CaseStatus.CARRIED_OUT
    if f.decisions:
        return CaseStatus.DECIDED
    if f.investigation_started_on is not None:
        return CaseStatus.INVESTIGATING
    return CaseStatus.LEAD


def sanction_article(subject: Subject) -> str:
    return article_for(subject)
