"""Accountability cases (Chapter 4): register a lead, investigate, decide per subject, carry out, close.

Every step writes the case's timeline in its own transaction. A closed case changes only with a
reason, which the timeline keeps; a decision is corrected by a new one that supersedes it, never
edited in place. Art. 28's restrictions are computed from the decisions in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.accountability import Subject
from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.cases import (
    CaseDraft,
    CaseStatus,
    DecisionDraft,
    DecisionMode,
    case_status,
    check_case,
    check_decision_draft,
    decision_text,
)
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.impact import AccountabilityRecord, Restriction, restrictions
from lz_desktop.domain.leaders import Role
from lz_desktop.domain.responsibility import (
    ART_26,
    Participant,
    Share,
    collective_responsibility,
    individual_responsibility,
)
from lz_desktop.services.corrections import changes_of
from lz_desktop.services.impact_catalogue import catalogue
from lz_desktop.storage import cases as store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.cases import CaseRow, DecisionRow
from lz_desktop.storage.session import requires
from lz_desktop.storage.transaction import transaction

REASON_MAX = 500


_cases_role = requires(Permission.CASES)


@dataclass(frozen=True)
class CaseView:
    row: CaseRow
    status: CaseStatus


def _view(row: CaseRow) -> CaseView:
    return CaseView(row, case_status(row.facts))


@_cases_role
def cases(db: Database, *, year: int | None = None, status: CaseStatus | None = None, text: str = "") -> list[CaseView]:
    views = [_view(r) for r in store.cases(db, year=year)]
    if status is not None:
        views = [v for v in views if v.status is status]
    if text.strip():
        t = text.strip()
        views = [v for v in views if t in v.row.draft.content or t in v.row.subjects or t in v.row.unit_short_name]
    return views


@_cases_role
def case(db: Database, case_id: int) -> CaseView:
    row = store.case(db, case_id)
    if row is None:
        raise RuleViolation("该案件已不存在。")
    return _view(row)


def _check_refs(db: Database, d: CaseDraft) -> None:
    if d.unit_id is None or unit_store.get_unit(db, d.unit_id) is None:
        raise ValidationError([FieldProblem("unit", "单位", "不存在")])
    for leader_id in d.leader_ids:
        row = leader_store.get_leader(db, leader_id)
        if row is None:
            raise ValidationError([FieldProblem("leaders", "责任追究对象", "含有不存在的人员")])
        if row.unit_id != d.unit_id:
            raise ValidationError([FieldProblem("leaders", "责任追究对象",
                                                f"{row.leader.name}不是所选单位领导班子的成员")])


@_cases_role
def register_lead(db: Database, draft: CaseDraft, *, today: dt.date) -> int:
    clean = check_case(draft, today)
    _check_refs(db, clean)
    with transaction(db):
        case_id = store.insert(db, clean)
        store.add_event(db, case_id, clean.received_on, f"受理线索（{clean.source.label}"
                        + (f"，{clean.assigned_by}" if clean.assigned_by else "") + f"）：{clean.content}")
    return case_id


@_cases_role
def update_case(db: Database, case_id: int, draft: CaseDraft, *, today: dt.date, reason: str = "") -> None:
    """Correct the lead's record; once the case is closed, only with a reason (kept in the timeline)."""
    current = case(db, case_id)
    clean = check_case(draft, today)
    _check_refs(db, clean)
    _need_reason_if_closed(current, reason)
    decided = {d.draft.subject_leader_id for d in store.decisions(db, case_id=case_id)}
    dropped = {i for i in decided if i is not None} - set(clean.leader_ids)
    if dropped or (None in decided and clean.subject is not Subject.TEAM):
        raise RuleViolation("已有处理决定的对象不能从案件中移除。")
    # An open case's lead record is still being established, so an edit needs no reason; but the timeline
    # says what changed, so no edit is silent (a closed case's needs a reason too).
    changed = "；".join(changes_of(_lead_fields(db, current.row.draft, clean))) or "未改动内容"
    with transaction(db):
        store.update(db, case_id, clean)
        store.add_event(db, case_id, today, f"修改线索记录：{changed}" + (
            f"（已结案后修改，理由：{reason.strip()}）" if current.status is CaseStatus.CLOSED else ""))


def _lead_fields(db: Database, old: CaseDraft, new: CaseDraft) -> tuple[tuple[str, str, str], ...]:
    def people(d: CaseDraft) -> str:
        names = leader_store.leaders_by_id(db, d.leader_ids)
        return "、".join(names[i].leader.name for i in d.leader_ids if i in names)

    def unit(d: CaseDraft) -> str:
        found = unit_store.get_unit(db, d.unit_id) if d.unit_id else None
        return found.short_name if found else ""

    def mode(d: CaseDraft) -> str:
        names = leader_store.leaders_by_id(db, (*d.objector_ids, d.supervising_id or 0, d.decided_by_id or 0))

        def who(i: int | None) -> str:
            return names[i].leader.name if i in names else ""

        if d.decision_mode is DecisionMode.COLLECTIVE:
            return (f"集体决策，直接主管：{who(d.supervising_id) or '无'}，提出反对意见："
                    + ("、".join(who(i) for i in d.objector_ids) or "无"))
        if d.decision_mode is DecisionMode.INDIVIDUAL:
            return f"由{who(d.decided_by_id)}个人决定或者批准"
        return d.decision_mode.label

    def items(d: CaseDraft) -> str:
        return "".join(f"（{c.value}）" for c in d.circumstances)

    return (("来源", old.source.label, new.source.label), ("受理日期", format_cn(old.received_on),
            format_cn(new.received_on)), ("线索内容", old.content, new.content),
            ("交办人", old.assigned_by, new.assigned_by), ("对象", old.subject.label, new.subject.label),
            ("单位", unit(old), unit(new)), ("责任人", people(old), people(new)),
            ("第二十一条情形", items(old), items(new)),
            ("决策方式", mode(old), mode(new)))


def _need_reason_if_closed(current: CaseView, reason: str) -> None:
    if current.status is CaseStatus.CLOSED and not reason.strip():
        raise ValidationError([FieldProblem("reason", "修改理由", "该案件已结案，修改须写明理由")])
    if len(reason) > REASON_MAX:
        raise ValidationError([FieldProblem("reason", "修改理由", f"过长：最多 {REASON_MAX} 个字")])


@_cases_role
def start_investigation(db: Database, case_id: int, on: dt.date, *, today: dt.date) -> None:
    current = case(db, case_id)
    if current.status is not CaseStatus.LEAD:
        raise RuleViolation(f"该案件当前为“{current.status.label}”，不能再开始调查。")
    if on < current.row.draft.received_on or on > today:
        raise ValidationError([FieldProblem("on_date", "开始调查日期", f"（{format_cn(on)}）应在受理日期和今天之间")])
    with transaction(db):
        store.set_investigation(db, case_id, on)
        store.add_event(db, case_id, on, f"由{current.row.draft.body.label}开始调查（第二十二条）")


@_cases_role
def subjects(db: Database, case_id: int) -> list[tuple[int | None, str]]:
    """Whom a decision can be about: the team, or each leader of the case (in office, transferred or retired)."""
    row = case(db, case_id).row
    if row.draft.subject is Subject.TEAM:
        return [(None, row.team_name)]
    out: list[tuple[int | None, str]] = []
    for leader_id in row.draft.leader_ids:
        found = leader_store.get_leader(db, leader_id)
        if found is not None:
            out.append((leader_id, f"{found.leader.name}（{found.leader.post}，{found.leader.status.label}）"))
    return out


@_cases_role
def discipline_names(db: Database) -> dict[str, str]:
    return {rule.code: rule.name for rule in catalogue(db)}


@_cases_role
def proposed_share(db: Database, case_id: int, leader_id: int) -> Share | None:
    """Art. 26: the leader's share as the case's record of the decision implies it — collectively taken, the
    principal and the member directly in charge primary, other members important, an objector none; taken
    alone, that leader's own. None where the case does not say how the decision was taken."""
    row = store.case(db, case_id)
    if row is None:
        return None
    d = row.draft
    if d.decision_mode is DecisionMode.INDIVIDUAL:
        return individual_responsibility(leader_id) if leader_id == d.decided_by_id else None
    if d.decision_mode is not DecisionMode.COLLECTIVE:
        return None
    seats = leader_store.leaders_by_id(db, d.leader_ids)
    participants = [Participant(i, is_principal=seats[i].leader.role is Role.PRINCIPAL,
                                directly_supervising=i == d.supervising_id, objection_recorded=i in d.objector_ids)
                    for i in d.leader_ids if i in seats]
    return next((s for s in collective_responsibility(participants) if s.leader_id == leader_id), None)


@_cases_role
def decide(db: Database, case_id: int, draft: DecisionDraft, *, today: dt.date, reason: str = "",
           share_reason: str = "") -> int:
    """One decision per subject; a second one corrects the first only with a reason (the first is kept).

    What the correction moved (the subject's Art. 28 restrictions) is `restrictions_moved`'s to say."""
    current = case(db, case_id)
    if current.status is CaseStatus.CLOSED:
        raise RuleViolation("该案件已结案；如需改变处理决定，请先写明理由重新打开案件。")
    if current.row.facts.investigation_started_on is None:
        raise RuleViolation("尚未开始调查，不能作出处理决定（第二十二条：先查明事实）。")
    allowed = {i for i, _n in subjects(db, case_id)}
    if draft.subject_leader_id not in allowed:
        raise ValidationError([FieldProblem("subject", "对象", "不是本案件的责任追究对象")])
    clean = check_decision_draft(draft, current.row.draft.received_on, today, set(discipline_names(db)))
    earlier = [d for d in store.decisions(db, case_id=case_id) if d.draft.subject_leader_id == draft.subject_leader_id]
    if earlier and not reason.strip():
        raise ValidationError([FieldProblem("reason", "更正理由",
                                            f"对{earlier[0].subject_name}已于{format_cn(earlier[0].draft.decided_on)}"
                                            "作出处理决定；更正须写明理由")])
    share = proposed_share(db, case_id, draft.subject_leader_id) if draft.subject_leader_id else None
    share_note = _share_note(share, clean, share_reason)
    name = dict(subjects(db, case_id))[draft.subject_leader_id].split("（")[0]
    text = decision_text(name, clean, discipline_names(db)) + share_note
    with transaction(db):
        decision_id = store.insert_decision(db, case_id, clean)
        for old in earlier:
            store.supersede(db, old.id, decision_id)
        note = f"（更正{format_cn(earlier[0].draft.decided_on)}的决定，理由：{reason.strip()}）" if earlier else ""
        store.add_event(db, case_id, clean.decided_on, f"作出处理决定：{text}{note}")
    return decision_id


def _share_note(share: Share | None, d: DecisionDraft, reason: str) -> str:
    """The timeline's word on Art. 26: the share as implied, or the clerk's other finding and why."""
    if share is None or d.responsibility is None:
        return ""
    if d.responsibility is share.responsibility:
        return f"（第二十六条：{share.reason}）"
    if not reason.strip():
        raise ValidationError([FieldProblem(
            "responsibility", "责任类型", f"按案件记录的决策方式应为“{share.responsibility.label}”（{share.reason}）；"
            f"认定为“{d.responsibility.label}”须写明理由", ART_26)])
    if len(reason) > REASON_MAX:
        raise ValidationError([FieldProblem("share_reason", "责任认定理由", f"过长：最多 {REASON_MAX} 个字")])
    return f"（责任类型与第二十六条推定的“{share.responsibility.label}”不同，理由：{reason.strip()}）"


@_cases_role
def decisions(db: Database, case_id: int) -> list[DecisionRow]:
    return store.decisions(db, case_id=case_id)


@_cases_role
def describe_decision(db: Database, d: DecisionRow) -> str:
    return decision_text(d.subject_name, d.draft, discipline_names(db))


@_cases_role
def carry_out(db: Database, decision_id: int, on: dt.date, *, today: dt.date) -> None:
    d = store.decision(db, decision_id)
    if d is None:
        raise RuleViolation("该处理决定已不存在。")
    if d.carried_out_on is not None:
        raise RuleViolation(f"该决定已于{format_cn(d.carried_out_on)}执行完毕。")
    if on < d.draft.decided_on or on > today:
        raise ValidationError([FieldProblem("on_date", "执行日期", f"（{format_cn(on)}）应在决定日期和今天之间")])
    with transaction(db):
        store.set_carried_out(db, decision_id, on)
        store.add_event(db, d.case_id, on, f"处理决定执行完毕：{describe_decision(db, d)}")


@_cases_role
def close(db: Database, case_id: int, on: dt.date, conclusion: str, *, today: dt.date) -> None:
    """结案: every decision carried out, or none needed (the conclusion says why)."""
    current = case(db, case_id)
    if current.status is CaseStatus.CLOSED:
        raise RuleViolation("该案件已结案。")
    pending = [d for d in store.decisions(db, case_id=case_id) if d.carried_out_on is None and d.draft.sanctions]
    if pending:
        raise RuleViolation(f"尚有 {len(pending)} 项处理决定未执行完毕，不能结案（第二十九条：决定须落实）。")
    problems = []
    if not conclusion.strip():
        problems.append(FieldProblem("conclusion", "结案意见", "不能为空"))
    if on > today or on < current.row.draft.received_on:
        problems.append(FieldProblem("on_date", "结案日期", f"（{format_cn(on)}）应在受理日期和今天之间"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        store.set_closed(db, case_id, on, conclusion.strip())
        store.add_event(db, case_id, on, f"结案：{conclusion.strip()}")


@_cases_role
def reopen(db: Database, case_id: int, reason: str, *, today: dt.date) -> None:
    current = case(db, case_id)
    if current.status is not CaseStatus.CLOSED:
        raise RuleViolation("该案件未结案。")
    _need_reason_if_closed(current, reason)
    with transaction(db):
        store.set_closed(db, case_id, None, current.row.conclusion)
        store.add_event(db, case_id, today, f"重新打开，理由：{reason.strip()}")


@_cases_role
def timeline(db: Database, case_id: int) -> list[str]:
    return [f"{format_cn(day)}　{text}" for day, text in store.events(db, case_id)]


# Art. 28: restrictions --------------------------------------------------------------------------------
@dataclass(frozen=True)
class LeaderRestriction:
    leader_id: int
    name: str
    unit_short_name: str
    case_number: str
    restriction: Restriction


def _record(d: DecisionRow) -> AccountabilityRecord:
    return AccountabilityRecord(d.draft.decided_on, d.draft.sanctions, d.draft.disciplinary)


def _records(db: Database, leader_id: int) -> list[tuple[DecisionRow, AccountabilityRecord]]:
    return [(d, _record(d)) for d in store.decisions(db, leader_id=leader_id) if d.draft.sanctions]


@_cases_role
def leader_restrictions(db: Database, leader_id: int, on: dt.date) -> list[Restriction]:
    """What the leader is barred from on a date, until when and why (Art. 28)."""
    return restrictions_enforced(db, leader_id, on)


def restrictions_enforced(db: Database, leader_id: int, on: dt.date) -> list[Restriction]:
    """The same, for the roster's own check of a change of post (services/roster.py): Art. 28 holds whoever
    records the change, so this is not behind the case permission; the clerk learns only the restriction."""
    return restrictions([r for _d, r in _records(db, leader_id)], catalogue(db), on)


def restrictions_moved(before: list[Restriction], after: list[Restriction]) -> list[str]:
    """What a corrected decision changed in the subject's restrictions, as the clerk is told it."""
    old, new = {r.text() for r in before}, {r.text() for r in after}
    return [f"不再适用：{t}" for t in sorted(old - new)] + [f"新适用：{t}" for t in sorted(new - old)]


@_cases_role
def restrictions_in_force(db: Database, on: dt.date) -> list[LeaderRestriction]:
    """The list “restrictions in force on date X”, leader by leader."""
    # Every decision read once and grouped by leader: a district has a thousand sanctioned leaders, and a
    # query per leader made this list take most of a second.
    by_leader: dict[int, list[DecisionRow]] = {}
    for d in store.decisions(db):
        if d.draft.subject_leader_id and d.draft.sanctions:
            by_leader.setdefault(d.draft.subject_leader_id, []).append(d)
    numbers = {row.id: row.number for row in store.cases(db, ids={d.case_id for ds in by_leader.values() for d in ds})}
    leaders = leader_store.leaders_by_id(db, by_leader)
    out = []
    rules = catalogue(db)
    for leader_id in sorted(by_leader):
        row = leaders.get(leader_id)
        if row is None:
            continue
        for decision in by_leader[leader_id]:
            for r in restrictions([_record(decision)], rules, on):
                out.append(LeaderRestriction(leader_id, row.leader.name, row.unit_short_name,
                                             numbers.get(decision.case_id, ""), r))
    return out


@_cases_role
def accountability_years(db: Database, leader_id: int) -> dict[int, list[str]]:
    """Each year the leader was held accountable, with the decisions: Art. 20's use and Art. 28's first rule."""
    return _years_held(db, leader_id)


def _years_held(db: Database, leader_id: int) -> dict[int, list[str]]:
    names = {rule.code: rule.name for rule in catalogue(db)}
    out: dict[int, list[str]] = {}
    for d in store.decisions(db, leader_id=leader_id):
        if d.draft.sanctions:
            out.setdefault(d.draft.decided_on.year, []).append(decision_text(d.subject_name, d.draft, names))
    return out


@_cases_role
def excellence_eligible(db: Database, leader_id: int, year: int) -> tuple[bool, str]:
    """Art. 28 para. 1: held accountable in a year, no excellence rating that year."""
    return excellence_enforced(db, leader_id, year)


def excellence_enforced(db: Database, leader_id: int, year: int) -> tuple[bool, str]:
    """The same, for the roster's own check of an annual rating: Art. 28 holds whoever records the rating."""
    held = _years_held(db, leader_id).get(year)
    if held:
        return False, (f"{year}年受到责任追究（{'；'.join(held)}），"
                       "取消当年年度考核评优和评选各类先进的资格（第二十八条）")
    return True, f"{year}年未受到责任追究"


# Art. 29: oversight of lower levels --------------------------------------------------------------------
@dataclass(frozen=True)
class Pending:
    decision: DecisionRow
    case_number: str
    unit_id: int
    unit_short_name: str
    team_name: str
    days: int
    text: str


@_cases_role
def pending_decisions(db: Database, today: dt.date, *, older_than_days: int = 0) -> list[Pending]:
    """Decisions not yet carried out, oldest first: what Art. 29 asks the office to urge."""
    pending = store.decisions(db, pending_only=True)
    rows = {row.id: row for row in store.cases(db, ids={d.case_id for d in pending})}
    names = discipline_names(db)  # the catalogue once, not once per decision (it may be the shipped file, parsed)
    out = []
    for d in pending:
        days = (today - d.draft.decided_on).days
        if days >= older_than_days and d.draft.sanctions:
            c = rows[d.case_id]
            out.append(Pending(d, c.number, c.draft.unit_id or 0, c.unit_short_name, c.team_name, days,
                               decision_text(d.subject_name, d.draft, names)))
    return sorted(out, key=lambda p: -p.days)
