"""更正: a recorded step of a finding changed, with a reason, as a clerk fixes a typo in the ledger.

The audit trail keeps every row before and after (storage/audit.py); the finding's timeline says what was
corrected, from what to what, and why. What depended on the step is worked out again and named for the clerk:
the status and the next date (derived, never stored), a feedback's Art. 19 deadline, a 整改通知书 still in
draft (drafted anew). An issued document is never changed: it is named, for the clerk to void and reissue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.dates import format_cn, not_in_future
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.domain.rectification import (
    FindingSeverity,
    FollowUpMethod,
    StepDates,
    derive_status,
    next_due,
    step_date_problems,
)
from lz_desktop.domain.text import clean, required
from lz_desktop.services import documents
from lz_desktop.services import rectification as r
from lz_desktop.services.deadlines import measures_deadline
from lz_desktop.storage import corrections as correction_store
from lz_desktop.storage import feedbacks as feedback_store
from lz_desktop.storage import finding_steps as steps
from lz_desktop.storage import findings as store
from lz_desktop.storage.transaction import transaction

ART_19 = "第十九条"


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    number: str
    title: str


@dataclass
class Corrected:
    """What the clerk changed, and what moved with it."""

    changes: list[str]
    moved: list[str] = field(default_factory=list)
    redrafted: list[str] = field(default_factory=list)
    to_check: list[str] = field(default_factory=list)  # other drafts that quote the record
    issued: list[IssuedDocument] = field(default_factory=list)

    def message(self) -> str:
        lines = ["已更正：" + "；".join(self.changes) + "。"]
        if self.moved:
            lines.append("随之变化：" + "；".join(self.moved) + "。")
        if self.redrafted:
            lines.append("已按更正后的记录重新生成草稿：" + "、".join(self.redrafted)
                         + "（草稿中的手工修改请重新核对）。")
        if self.to_check:
            lines.append("草稿" + "、".join(self.to_check) + "引用了更正前的记录，请核对，或删除后重新生成。")
        if self.issued:
            numbers = "、".join(f"{d.number}《{d.title}》" for d in self.issued)
            lines.append(f"已印发的 {numbers} 依据的是更正前的记录，未作改动：如需更正，请作废后重新印发。")
        return "\n".join(lines)


@dataclass(frozen=True)
class Step:
    """One recorded step of a finding, as the correction dialog offers it."""

    kind: str  # finding, feedback, filing, measure, followup, closing
    key: int  # the row it lives in: finding, feedback, measure or follow-up id
    label: str


def steps_of(db: Database, finding_id: int) -> list[Step]:
    finding = r.finding(db, finding_id)
    found = [Step("finding", finding.id, f"登记问题（{format_cn(finding.found_on)}）")]
    if finding.feedback_id is not None and finding.facts.fed_back_on is not None:
        found.append(Step("feedback", finding.feedback_id, f"反馈（{format_cn(finding.facts.fed_back_on)}）"))
        if finding.facts.measures_filed_on is not None:
            found.append(Step("filing", finding.feedback_id,
                              f"报备整改措施（{format_cn(finding.facts.measures_filed_on)}）"))
    for i, m in enumerate(steps.measures(db, finding_id), start=1):
        found.append(Step("measure", m.id, f"整改措施{i}（期限 {format_cn(m.due_on)}）：{_short(m.content, 12)}"))
    for f in steps.followups(db, finding_id):
        found.append(Step("followup", f.id, f"跟踪督查（{format_cn(f.on_date)}）"))
    if finding.facts.closed_on is not None:
        found.append(Step("closing", finding.id, f"验收销号（{format_cn(finding.facts.closed_on)}）"))
    return found


# -- what the correction dialog shows of each step ----------------------------------------------------------

def measures(db: Database, finding_id: int) -> list[steps.MeasureStep]:
    return steps.measures(db, finding_id)


def followups(db: Database, finding_id: int) -> list[steps.FollowUpStep]:
    return steps.followups(db, finding_id)


def evidence(db: Database, finding_id: int) -> str:
    return steps.evidence(db, finding_id)


def closing_opinion(db: Database, finding_id: int) -> str:
    """The 验收意见 recorded with the closing ("" for findings closed before opinions were asked for)."""
    closed_on = r.finding(db, finding_id).facts.closed_on
    return _opinion(steps.event_of(db, finding_id, "closed", closed_on) if closed_on else None)


def _opinion(closing_event: tuple[int, dt.date, str] | None) -> str:
    text = closing_event[2] if closing_event else ""
    return text.split("验收意见：", 1)[1].rstrip("。") if "验收意见：" in text else ""


def _short(text: str, size: int = 16) -> str:
    return text if len(text) <= size else text[:size] + "…"


# -- the corrections, one per kind of step -------------------------------------------------------------------

def correct_finding(db: Database, finding_id: int, *, source: LeadSource, description: str, rule_ref: str,
                    severity: FindingSeverity, evidence: str, found_on: dt.date, reason: str,
                    today: dt.date) -> Corrected:
    finding = r.finding(db, finding_id)
    problems: list[FieldProblem] = []
    reason = _reason(reason, problems)
    description = required(description, "description", "问题描述", problems, multiline=True)
    rule_ref = clean(rule_ref, "rule_ref", "涉及规定", problems)
    evidence = clean(evidence, "evidence", "依据材料", problems, multiline=True)
    not_in_future(found_on, today, "found_on", "发现日期", problems)
    problems += step_date_problems(_dates(db, finding_id, found_on=found_on))
    old_evidence = steps.evidence(db, finding_id)
    changes = changes_of((
        ("来源", finding.source.label, source.label), ("问题描述", finding.description, description),
        ("涉及规定", finding.rule_ref, rule_ref), ("问题程度", finding.severity.label, severity.label),
        ("依据材料", old_evidence, evidence), ("发现日期", format_cn(finding.found_on), format_cn(found_on))))
    refuse(problems, changes)

    def write() -> None:
        steps.update_finding(db, finding_id, source=source.value, description=description, rule_ref=rule_ref,
                             severity=severity.value, evidence=evidence, found_on=found_on)
        event = steps.event_of(db, finding_id, "found")
        if event is not None:
            steps.rewrite_event(db, event[0], found_on, f"{source.label}发现问题：{description}")

    return _apply(db, [finding_id], "问题登记", changes, reason, today, write, finding.feedback_id)


def correct_feedback(db: Database, feedback_id: int, *, title: str, fed_back_on: dt.date, reason: str,
                     today: dt.date) -> Corrected:
    """The feedback's date moves its Art. 19 deadline: it is worked out again from the corrected date."""
    feedback = _feedback(db, feedback_id)
    findings = store.findings_of_feedback(db, feedback_id)
    problems: list[FieldProblem] = []
    reason = _reason(reason, problems)
    title = required(title, "title", "反馈事项", problems)
    not_in_future(fed_back_on, today, "fed_back_on", "反馈日期", problems)
    for f in findings:
        problems += step_date_problems(_dates(db, f.id, fed_back_on=fed_back_on))
    changes = changes_of((("反馈事项", feedback.title, title),
                        ("反馈日期", format_cn(feedback.fed_back_on), format_cn(fed_back_on))))
    refuse(_unique(problems), changes)
    deadline = measures_deadline(db, fed_back_on)

    def write() -> None:
        steps.update_feedback(db, feedback_id, title, fed_back_on)
        feedback_store.set_deadline(db, feedback_id, deadline.due, deadline.provisional, deadline.explain())
        for f in findings:
            event = steps.event_of(db, f.id, "fed_back")
            if event is not None:
                steps.rewrite_event(db, event[0], fed_back_on,
                                    f"向单位反馈（{title}），整改措施报备期限 {format_cn(deadline.due)}"
                                    + ("（暂定）" if deadline.provisional else ""))

    return _apply(db, [f.id for f in findings], "反馈", changes, reason, today, write, feedback_id)


def correct_filing(db: Database, feedback_id: int, *, filed_on: dt.date, reason: str, today: dt.date) -> Corrected:
    feedback = _feedback(db, feedback_id)
    if feedback.measures_filed_on is None:
        raise RuleViolation("该反馈的整改措施尚未报备。")
    findings = store.findings_of_feedback(db, feedback_id)
    problems: list[FieldProblem] = []
    reason = _reason(reason, problems)
    not_in_future(filed_on, today, "filed_on", "措施报备日期", problems)
    for f in findings:
        problems += step_date_problems(_dates(db, f.id, filed_on=filed_on))
    filed_before = feedback.measures_filed_on
    changes = changes_of((("措施报备日期", format_cn(filed_before), format_cn(filed_on)),))
    refuse(_unique(problems), changes)

    def write() -> None:
        feedback_store.set_filed(db, feedback_id, filed_on)
        for f in findings:
            for event in steps.events_of(db, f.id, "measures_filed", filed_before):
                steps.rewrite_event(db, event[0], filed_on, event[2])

    return _apply(db, [f.id for f in findings], "整改措施报备", changes, reason, today, write, feedback_id)


def correct_measure(db: Database, measure_id: int, *, content: str, due_on: dt.date, done_on: dt.date | None,
                    reason: str, today: dt.date) -> Corrected:
    """A measure's text, its completion date as planned, and the day it was done (or not done after all)."""
    finding_id = store.measure_finding(db, measure_id)
    if finding_id is None:
        raise RuleViolation("该整改措施已不存在。")
    measure = next(m for m in steps.measures(db, finding_id) if m.id == measure_id)
    finding = r.finding(db, finding_id)
    problems: list[FieldProblem] = []
    reason = _reason(reason, problems)
    content = required(content, "content", "措施内容", problems, multiline=True)
    if finding.facts.fed_back_on is not None and due_on < finding.facts.fed_back_on:
        problems.append(FieldProblem("due_on", "完成期限", f"（{format_cn(due_on)}）早于反馈日期"
                                     f"（{format_cn(finding.facts.fed_back_on)}）"))
    if done_on is not None:
        not_in_future(done_on, today, "done_on", "措施完成日期", problems)
    if done_on is None and finding.facts.closed_on is not None:
        problems.append(FieldProblem("done_on", "措施完成日期", "该问题已验收销号，措施不能改为未完成；请先重新打开"))
    problems += step_date_problems(_dates(db, finding_id, measure=(measure_id, done_on)))
    changes = changes_of((("措施内容", measure.content, content),
                        ("完成期限", format_cn(measure.due_on), format_cn(due_on)),
                        ("完成日期", format_cn(measure.done_on) or "未完成", format_cn(done_on) or "未完成")))
    refuse(_unique(problems), changes)

    def write() -> None:
        steps.update_measure(db, measure_id, content, due_on, done_on)
        if measure.done_on is not None:
            event = steps.event_of(db, finding_id, "measure_done", measure.done_on)
            if event is not None and done_on is not None:
                steps.rewrite_event(db, event[0], done_on, f"整改措施完成：{content.rstrip('。；;')}")
            elif event is not None:
                steps.rewrite_event(db, event[0], measure.done_on, f"（已更正为未完成）{event[2]}")
        elif done_on is not None:
            store.add_event(db, finding_id, done_on, "measure_done", f"整改措施完成：{content.rstrip('。；;')}")

    return _apply(db, [finding_id], "整改措施", changes, reason, today, write, finding.feedback_id)


def correct_followup(db: Database, followup_id: int, finding_id: int, *, on_date: dt.date, method: FollowUpMethod,
                     result: str, by_whom: str, reason: str, today: dt.date) -> Corrected:
    found = next((f for f in steps.followups(db, finding_id) if f.id == followup_id), None)
    if found is None:
        raise RuleViolation("该跟踪督查记录已不存在。")
    problems: list[FieldProblem] = []
    reason = _reason(reason, problems)
    result = required(result, "result", "督查结果", problems, multiline=True)
    by_whom = required(by_whom, "by_whom", "督查人", problems)
    not_in_future(on_date, today, "on_date", "督查日期", problems)
    problems += step_date_problems(_dates(db, finding_id, followup=(followup_id, on_date)))
    old_method = FollowUpMethod(found.method)
    changes = changes_of((("督查日期", format_cn(found.on_date), format_cn(on_date)),
                        ("督查方式", old_method.label, method.label), ("督查结果", found.result, result),
                        ("督查人", found.by_whom, by_whom)))
    refuse(problems, changes)

    def write() -> None:
        steps.update_followup(db, followup_id, on_date, method.value, result, by_whom)
        event = steps.event_of(db, finding_id, "followup", found.on_date)
        if event is not None:
            steps.rewrite_event(db, event[0], on_date, f"跟踪督查（{method.label}，{by_whom}）：{result}")

    return _apply(db, [finding_id], "跟踪督查", changes, reason, today, write, None)


def correct_closing(db: Database, finding_id: int, *, closed_on: dt.date, opinion: str, reason: str,
                    today: dt.date) -> Corrected:
    finding = r.finding(db, finding_id)
    if finding.facts.closed_on is None:
        raise RuleViolation("该问题尚未销号。")
    event = steps.event_of(db, finding_id, "closed", finding.facts.closed_on)
    old_opinion = _opinion(event)
    problems: list[FieldProblem] = []
    reason = _reason(reason, problems)
    opinion = required(opinion, "opinion", "验收意见", problems, multiline=True)
    not_in_future(closed_on, today, "closed_on", "验收销号日期", problems)
    problems += step_date_problems(_dates(db, finding_id, closed_on=closed_on))
    changes = changes_of((("验收销号日期", format_cn(finding.facts.closed_on), format_cn(closed_on)),
                        ("验收意见", old_opinion, opinion.rstrip("。"))))
    refuse(problems, changes)

    def write() -> None:
        store.set_closed(db, finding_id, closed_on)
        if event is not None:
            steps.rewrite_event(db, event[0], closed_on, r.closing_text(opinion))

    return _apply(db, [finding_id], "验收销号", changes, reason, today, write, None)


# -- the common part -----------------------------------------------------------------------------------------

def _reason(reason: str, problems: list[FieldProblem]) -> str:
    return required(reason, "reason", "更正理由", problems, multiline=True,
                     missing="不能为空：请写明为何更正（如“录入时日期填错”）")


def reason_given(reason: str, missing: str) -> str:
    """The reason a correction is made, cleaned; refused when there is none (meetings, scores and the above)."""
    problems: list[FieldProblem] = []
    text = required(reason, "reason", "更正理由", problems, missing=missing)
    if problems:
        raise ValidationError(problems)
    return text


def changes_of(pairs: tuple[tuple[str, str, str], ...], size: int = 40) -> list[str]:
    """(label, before, after) as the clerk reads a correction: only what differs, long texts shortened."""
    return [f"{label}由“{_short(old, size)}”改为“{_short(new, size)}”" for label, old, new in pairs if old != new]


def history(db: Database, record: str, record_id: int) -> list[str]:
    """The corrections of a record other than a finding's steps (a meeting, an inspection's scores)."""
    return [f"{format_cn(day)} 更正：{changes}。理由：{reason}" for day, changes, reason in
            correction_store.of(db, record, record_id)]


def refuse(problems: list[FieldProblem], changes: list[str]) -> None:
    """Nothing is written when a field is wrong, or when nothing would change."""
    if problems:
        raise ValidationError(problems)
    if not changes:
        raise ValidationError([FieldProblem("", "", "没有改动任何内容，无需更正")])


def _unique(problems: list[FieldProblem]) -> list[FieldProblem]:
    return list(dict.fromkeys(problems))


def _feedback(db: Database, feedback_id: int) -> feedback_store.FeedbackRow:
    found = feedback_store.get(db, feedback_id)
    if found is None:
        raise RuleViolation("该反馈记录已不存在。")
    return found


def _dates(db: Database, finding_id: int, *, found_on: dt.date | None = None, fed_back_on: dt.date | None = None,
           filed_on: dt.date | None = None, measure: tuple[int, dt.date | None] | None = None,
           followup: tuple[int, dt.date] | None = None, closed_on: dt.date | None = None) -> StepDates:
    """The finding's step dates as they would stand with one of them changed."""
    finding = r.finding(db, finding_id)
    facts = finding.facts
    done = tuple(d for m in steps.measures(db, finding_id)
                 if (d := (measure[1] if measure and m.id == measure[0] else m.done_on)) is not None)
    followed = tuple(followup[1] if followup and f.id == followup[0] else f.on_date
                     for f in steps.followups(db, finding_id))
    return StepDates(found_on or finding.found_on, fed_back_on or facts.fed_back_on,
                     filed_on or facts.measures_filed_on, done, followed, closed_on or facts.closed_on)


def _standing(db: Database, finding_ids: list[int], today: dt.date) -> dict[int, tuple[str, str, str]]:
    """Each finding's (description, status, next date) on `today`, to tell what a correction moved."""
    found = {}
    for finding_id in finding_ids:
        f = r.finding(db, finding_id)
        found[finding_id] = (_short(f.description), derive_status(f.facts, today).label,
                             format_cn(next_due(f.facts)) or "无")
    return found


def _apply(db: Database, finding_ids: list[int], step: str, changes: list[str], reason: str, today: dt.date,
           write: Callable[[], None], feedback_id: int | None) -> Corrected:
    before = _standing(db, finding_ids, today)
    outcome = Corrected(changes)
    refs = [f"finding:{i}" for i in finding_ids] + ([f"feedback:{feedback_id}"] if feedback_id else [])
    with transaction(db):
        write()
        for finding_id in finding_ids:
            store.add_event(db, finding_id, today, "corrected", f"更正{step}：{'；'.join(changes)}。理由：{reason}")
        for doc in documents.generated_from(db, refs):
            _follow_document(db, doc, outcome)
    after = _standing(db, finding_ids, today)
    for finding_id, (name, status, due) in after.items():
        old_status, old_due = before[finding_id][1:]
        if status != old_status:
            outcome.moved.append(f"“{name}”的状态由“{old_status}”变为“{status}”")
        if due != old_due:
            outcome.moved.append(f"“{name}”的下一期限由 {old_due} 变为 {due}")
    return outcome


def _follow_document(db: Database, doc: documents.store.DocumentRow, outcome: Corrected) -> None:
    """A draft generated from the corrected records is drafted again; an issued one is named, never changed."""
    old = documents.content(db, doc.id)
    title = old.title
    if doc.status == "issued":
        outcome.issued.append(IssuedDocument(doc.id, doc.number or "", title))
    elif doc.status == "draft" and doc.kind == DocumentKind.RECTIFICATION_NOTICE.value:
        feedback_id = int(doc.source_ref.split(":", 1)[1])
        documents.redraft(db, doc.id, DocumentKind.RECTIFICATION_NOTICE,
                          r.rectification_notice_content(db, feedback_id, old.issue_date))
        outcome.redrafted.append(f"《{title}》")
    elif doc.status == "draft":
        outcome.to_check.append(f"《{title}》")


def void_and_redraft(db: Database, doc_ids: list[int], reason: str, today: dt.date) -> list[int]:
    """Void issued documents that quote a corrected record (their numbers stay in the register), and draft a
    整改通知书 anew from the corrected records for each voided notice. One transaction: all or nothing."""
    drafts: list[int] = []
    with transaction(db):
        for doc_id in doc_ids:
            entry = documents.void(db, doc_id, reason)
            if entry.kind is DocumentKind.RECTIFICATION_NOTICE and entry.source_ref.startswith("feedback:"):
                drafts.append(r.draft_rectification_notice(db, int(entry.source_ref.split(":", 1)[1]), today))
    return drafts
