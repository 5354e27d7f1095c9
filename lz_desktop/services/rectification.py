"""Rectification, one clerk action per function (Art. 19), each writing the finding's timeline.

Statuses are derived (`domain.rectification.derive_status`), never typed. Closing requires every
measure done and a follow-up on record (the verification); reopening requires a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.dates import format_cn, not_in_future
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.official_document import OfficialDocument
from lz_desktop.domain.rectification import (
    FindingSeverity,
    FollowUpMethod,
    RectificationStatus,
    StepDates,
    derive_status,
    next_due,
    step_date_problems,
)
from lz_desktop.domain.text import clean, required
from lz_desktop.services import attachments as attachment_files
from lz_desktop.services import feedback as feedback_service
from lz_desktop.storage import findings as store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.feedbacks import FeedbackRow
from lz_desktop.storage.findings import FindingRow
from lz_desktop.storage.transaction import transaction

ART_19 = "第十九条"


@dataclass(frozen=True)
class FindingDraft:
    unit_id: int
    source: LeadSource
    description: str
    rule_ref: str
    severity: FindingSeverity
    found_on: dt.date
    evidence: str = ""
    leader_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class MeasureDraft:
    finding_id: int
    content: str
    due_on: dt.date
    leader_id: int | None = None


@dataclass(frozen=True)
class LedgerRow:
    finding: FindingRow
    status: RectificationStatus
    next_due: dt.date | None
    overdue_days: int = 0  # days past the date that matters, on the ledger's day; 0 when not overdue


def record_finding(db: Database, draft: FindingDraft, *, today: dt.date | None = None) -> FindingRow:
    problems: list[FieldProblem] = []
    description = clean(draft.description, "description", "问题描述", problems, multiline=True)
    rule_ref = clean(draft.rule_ref, "rule_ref", "涉及规定", problems)
    evidence = clean(draft.evidence, "evidence", "依据材料", problems, multiline=True)
    if not description and not problems:
        problems.append(FieldProblem("description", "问题描述", "不能为空"))
    if not problems:
        from lz_desktop.services import printable

        problems += printable.problems((("description", "问题描述", description), ("rule_ref", "涉及规定", rule_ref)))
    not_in_future(draft.found_on, today or dt.date.today(), "found_on", "发现日期", problems)
    if unit_store.get_unit(db, draft.unit_id) is None:
        problems.append(FieldProblem("unit_id", "单位", "不存在"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        finding_id = store.insert(db, draft.unit_id, draft.source, description, rule_ref,
                                  draft.severity, evidence, draft.found_on, draft.leader_ids)
        store.add_event(db, finding_id, draft.found_on, "found", f"{draft.source.label}发现问题：{description}")
    return _get(db, finding_id)


def feed_back(db: Database, unit_id: int, title: str, fed_back_on: dt.date, finding_ids: list[int], *,
              today: dt.date | None = None) -> FeedbackRow:
    """Feed findings back to their unit: the Art. 19 month for filing measures starts."""
    if not finding_ids:
        raise ValidationError([FieldProblem("findings", "反馈的问题", "至少选择一个问题")])
    findings = [_get(db, i) for i in finding_ids]
    wrong = [f for f in findings if f.unit_id != unit_id or f.feedback_id is not None]
    if wrong:
        raise RuleViolation(f"问题“{wrong[0].description[:20]}”不属于该单位或已反馈过。")
    problems = step_date_problems(StepDates(max(f.found_on for f in findings), fed_back_on=fed_back_on))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        feedback = feedback_service.record_feedback(db, unit_id, title, fed_back_on, today=today)
        for finding in findings:
            store.attach_to_feedback(db, finding.id, feedback.id)
            store.add_event(db, finding.id, fed_back_on, "fed_back",
                            f"向单位反馈（{title}），整改措施报备期限 {format_cn(feedback.measures_due)}"
                            + ("（暂定）" if feedback.provisional else ""))
    return feedback


def file_measures(db: Database, feedback_id: int, filed_on: dt.date, measures: list[MeasureDraft]) -> FeedbackRow:
    """The unit's measures, filed with the office (备案): on time or late against Art. 19."""
    feedback_row = feedback_service.get(db, feedback_id)
    fed_back_on = feedback_row.fed_back_on if feedback_row else filed_on
    problems = []
    for i, m in enumerate(measures, start=1):
        where = f"第{i}条措施"
        if not m.content.strip():
            problems.append(FieldProblem("measures", where, "内容不能为空"))
        if m.leader_id is None:
            problems.append(FieldProblem("measures", where, "须指定责任领导"))
        if m.due_on < fed_back_on:
            problems.append(FieldProblem("measures", where,
                                         f"完成期限（{format_cn(m.due_on)}）早于反馈日期（{format_cn(fed_back_on)}）"))
        elif m.due_on < filed_on:
            problems.append(FieldProblem("measures", where, "完成期限早于报备日期"))
    if not measures:
        problems.append(FieldProblem("measures", "整改措施", "至少一条"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        feedback = feedback_service.file_measures(db, feedback_id, filed_on)
        late = filed_on > feedback.measures_due
        for m in measures:
            finding = _get(db, m.finding_id)
            if finding.feedback_id != feedback_id:
                raise RuleViolation("整改措施对应的问题不在这次反馈中。")
            store.add_measure(db, m.finding_id, m.content.strip(), m.leader_id, m.due_on)
            store.add_event(db, m.finding_id, filed_on, "measures_filed",
                            f"报备整改措施：{m.content.strip().rstrip('。；;')}，{format_cn(m.due_on)}前完成"
                            + ("（逾期报备）" if late else ""))
    return feedback


def open_measures(db: Database, finding_id: int) -> list[tuple[int, str, dt.date]]:
    """(id, content, due) of the finding's measures not yet done."""
    return [(m_id, content, due) for m_id, content, due, done in store.measures_of(db, finding_id) if done is None]


def complete_measure(db: Database, measure_id: int, done_on: dt.date, *, today: dt.date | None = None,
                     account: str = "") -> None:
    """措施完成, on the day the clerk says (not only today): never before the measures were filed."""
    from lz_desktop.storage import finding_steps

    finding_id = store.measure_finding(db, measure_id)
    if finding_id is None:
        raise RuleViolation("该整改措施已不存在。")
    finding = _get(db, finding_id)
    problems = step_date_problems(StepDates(finding.found_on, finding.facts.fed_back_on,
                                            finding.facts.measures_filed_on, (done_on,)))
    not_in_future(done_on, today or dt.date.today(), "done_on", "措施完成日期", problems)
    if problems:
        raise ValidationError(problems)
    content = next((m.content for m in finding_steps.measures(db, finding_id) if m.id == measure_id), "")
    with transaction(db):
        store.complete_measure(db, measure_id, done_on)
        store.add_event(db, finding_id, done_on, "measure_done", f"整改措施完成：{content.rstrip('。；;')}"
                        + (f"（完成情况：{account.strip().rstrip('。')}）" if account.strip() else ""))


def report_progress(db: Database, finding_id: int, on_date: dt.date, measure: str, account: str) -> None:
    """整改进展 a unit reports on a measure not yet done: kept in the finding's timeline."""
    with transaction(db):
        store.add_event(db, finding_id, on_date, "progress",
                        f"单位报送整改进展（{measure.rstrip('。；;')}）：{account.strip().rstrip('。')}")


def follow_up(db: Database, finding_id: int, on_date: dt.date, method: FollowUpMethod, result: str,
              by_whom: str) -> None:
    """跟踪督查: date, how, what was found, by whom."""
    problems = [FieldProblem(f, label, "不能为空") for f, label, v in (("result", "督查结果", result),
                                                                     ("by_whom", "督查人", by_whom)) if not v.strip()]
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        _get(db, finding_id)
        store.add_followup(db, finding_id, on_date, method.value, result.strip(), by_whom.strip())
        store.add_event(db, finding_id, on_date, "followup",
                        f"跟踪督查（{method.label}，{by_whom.strip()}）：{result.strip()}")


def close(db: Database, finding_id: int, on_date: dt.date, opinion: str, *, today: dt.date | None = None) -> None:
    """验收销号, only after verification: every measure done and a follow-up on record. The acceptance opinion
    (验收意见) goes into the timeline; the date is the day of acceptance, not before the last measure was done."""
    from lz_desktop.storage import finding_steps

    finding = _get(db, finding_id)
    status = derive_status(finding.facts, today or on_date)
    if status is not RectificationStatus.AWAITING_VERIFICATION:
        raise RuleViolation(f"当前状态为“{status.label}”，整改措施全部完成后才能验收销号。", ART_19)
    if store.followup_count(db, finding_id) == 0:
        raise RuleViolation("销号前须有跟踪督查（验收）记录。", ART_19)
    problems: list[FieldProblem] = []
    opinion = required(opinion, "opinion", "验收意见", problems, multiline=True)
    done = tuple(m.done_on for m in finding_steps.measures(db, finding_id) if m.done_on)
    problems += step_date_problems(StepDates(finding.found_on, finding.facts.fed_back_on,
                                             finding.facts.measures_filed_on, done, closed_on=on_date))
    not_in_future(on_date, today or dt.date.today(), "closed_on", "验收销号日期", problems)
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        store.set_closed(db, finding_id, on_date)
        store.add_event(db, finding_id, on_date, "closed", closing_text(opinion))


def closing_text(opinion: str) -> str:
    return f"验收合格，销号。验收意见：{opinion.rstrip('。')}。"


def reopen(db: Database, finding_id: int, on_date: dt.date, reason: str) -> None:
    if not reason.strip():
        raise ValidationError([FieldProblem("reason", "重新打开的原因", "不能为空")])
    if _get(db, finding_id).facts.closed_on is None:
        raise RuleViolation("该问题尚未销号。")
    with transaction(db):
        store.set_closed(db, finding_id, None)
        store.add_event(db, finding_id, on_date, "reopened", f"重新打开：{reason.strip()}")


def ledger(db: Database, today: dt.date, unit_ids: list[int] | None = None, text: str = "") -> list[LedgerRow]:
    """Every finding with its status on `today` (all at once: for figures, lists and exports)."""
    return ledger_page(db, ledger_query(today, unit_ids=unit_ids, text=text))


@dataclass(frozen=True)
class LedgerFilter:
    """What the clerk chose above the ledger; the database does the filtering and sorting."""

    unit_ids: list[int] | None = None
    status: str | None = None  # a status value, "overdue", "due_soon" or None for all
    source: str | None = None
    year: int | None = None
    text: str = ""


def ledger_query(today: dt.date, *, unit_ids: list[int] | None = None, status: str | None = None,
                 source: str | None = None, year: int | None = None, text: str = "",
                 sort_column: int = 0, descending: bool = False) -> store.LedgerQuery:
    statuses = due_window = None
    if status == "overdue":
        statuses = [s.value for s in RectificationStatus if s.overdue]
    elif status == "due_soon":
        due_window = DUE_SOON_DAYS
    elif status:
        statuses = [status]
    return store.LedgerQuery(today, unit_ids, statuses, due_window, source, year, text, sort_column, descending)


def query_for(today: dt.date, chosen: LedgerFilter) -> store.LedgerQuery:
    """The clerk's filter as one query; LedgerPages runs it (with the text search) once per sort."""
    return ledger_query(today, unit_ids=chosen.unit_ids, status=chosen.status, source=chosen.source,
                        year=chosen.year, text=chosen.text)


def sorted_by(query: store.LedgerQuery, column: int, descending: bool) -> store.LedgerQuery:
    return replace(query, sort_column=column, descending=descending)


def ledger_page(db: Database, query: store.LedgerQuery, limit: int = -1, offset: int = 0) -> list[LedgerRow]:
    return _ledger_rows(store.ledger_rows(db, query, limit, offset), query.today)


def _ledger_rows(rows: list[tuple[FindingRow, str, dt.date | None]], today: dt.date) -> list[LedgerRow]:
    found = []
    for f, value, due in rows:
        status = RectificationStatus(value)
        found.append(LedgerRow(f, status, due, (today - due).days if status.overdue and due else 0))
    return found


class LedgerPages:
    """One filter's findings for a lazy table. The ids are put in order once per sort (that is the count
    too); each page then reads only its own rows, so scrolling to row 60,000 never sorts again."""

    def __init__(self, db: Database, query: store.LedgerQuery):
        self.db, self.query = db, query
        self._order: tuple[tuple[int, bool], list[int]] | None = None

    def ids(self, column: int = 0, descending: bool = False) -> list[int]:
        if self._order is None or self._order[0] != (column, descending):
            self._order = (column, descending), store.ledger_order(self.db, sorted_by(self.query, column, descending))
        return self._order[1]

    def __call__(self, column: int, descending: bool, limit: int, offset: int) -> list[LedgerRow]:
        ids = self.ids(column, descending)
        chosen = ids[offset:] if limit < 0 else ids[offset:offset + limit]
        return _ledger_rows(store.ledger_rows_of(self.db, self.query.today, chosen), self.query.today) if chosen else []


def ledger_rows_counted(db: Database, query: store.LedgerQuery, progress: Callable[[int, int], None],
                        cancelled: Callable[[], bool], step: int = 2000) -> list[LedgerRow] | None:
    """Every row the filter selects, in its order, read `step` at a time with a report after each: a district's
    60,000 rows take seconds, and a job settles what it has read at each report. None if cancelled."""
    pages = LedgerPages(db, query)
    ids = pages.ids(query.sort_column, query.descending)
    rows: list[LedgerRow] = []
    for offset in range(0, len(ids), step):
        if cancelled():
            return None
        rows += pages(query.sort_column, query.descending, step, offset)
        progress(len(rows), len(ids))
    return rows


def timeline(db: Database, finding_id: int) -> list[str]:
    return [f"{format_cn(day)}  {text}" for day, _kind, text in store.events(db, finding_id)]


def finding(db: Database, finding_id: int) -> FindingRow:
    """The finding as recorded; refused with a message if it is gone."""
    return _get(db, finding_id)


def _get(db: Database, finding_id: int) -> FindingRow:
    finding = store.get(db, finding_id)
    if finding is None:
        raise RuleViolation("该问题记录已不存在。")
    return finding


def findings_of_feedback(db: Database, feedback_id: int) -> list[FindingRow]:
    return store.findings_of_feedback(db, feedback_id)


def draft_rectification_notice(db: Database, feedback_id: int, today: dt.date, contact: str = "") -> int:
    """The 整改通知书 for a feedback, as a draft in the register (文书), generated from the records."""
    from lz_desktop.domain.official_document import DocumentKind
    from lz_desktop.services import documents

    notice = rectification_notice_content(db, feedback_id, today, contact)
    return documents.create_draft(db, DocumentKind.RECTIFICATION_NOTICE, notice, source_ref=f"feedback:{feedback_id}")


def rectification_notice_content(db: Database, feedback_id: int, issue_date: dt.date, contact: str = ""
                                 ) -> OfficialDocument:
    """The notice's text as the records stand: drafted anew after a correction (services/corrections.py)."""
    from lz_desktop.domain.notices import FindingItem, RectificationNoticeData, rectification_notice
    from lz_desktop.services.deadlines import measures_deadline
    from lz_desktop.services.office import contact_for_documents, office_name
    from lz_desktop.storage import feedbacks as feedback_store

    contact = contact_for_documents(db, contact)
    feedback = feedback_store.get(db, feedback_id)
    if feedback is None:
        raise RuleViolation("该反馈记录已不存在。")
    unit = unit_store.get_unit(db, feedback.unit_id)
    assert unit is not None
    findings = findings_of_feedback(db, feedback_id)
    name = office_name(db)
    return rectification_notice(RectificationNoticeData(
        office_name=name, issuer_mark=f"{name}办公室", unit_name=unit.team_name, inspection=feedback.title,
        inspected_on=min(f.found_on for f in findings), fed_back_on=feedback.fed_back_on,
        findings=tuple(FindingItem(f.description, f.rule_ref or "《办法》", "认真整改，举一反三。") for f in findings),
        deadline=measures_deadline(db, feedback.fed_back_on), contact=contact,
        issue_date=issue_date))


DUE_SOON_DAYS = 7


def due_soon(row: LedgerRow, today: dt.date) -> bool:
    """Not overdue yet, and its next date within seven days."""
    return (not row.status.overdue and row.next_due is not None
            and 0 <= (row.next_due - today).days <= DUE_SOON_DAYS)


@dataclass(frozen=True)
class Dashboard:
    due_soon: int
    overdue: int
    awaiting_verification: int


def dashboard(db: Database, today: dt.date) -> Dashboard:
    """Counted in the database, over the open findings only: the figures stay instant however long the
    ledger grows (tests/storage/test_ledger_sql.py holds them to the ledger's own lists)."""
    overdue, soon, verify = store.open_counts(db, today, DUE_SOON_DAYS)
    return Dashboard(soon, overdue, verify)


def due_or_overdue(db: Database, today: dt.date) -> list[LedgerRow]:
    """What needs chasing on `today`: overdue first, then due within seven days, by date."""
    rows = [row for status in ("overdue", "due_soon") for row in ledger_page(db, ledger_query(today, status=status))]
    return sorted(rows, key=lambda row: (not row.status.overdue, row.next_due or today))


def request_extension(db: Database, finding_id: int, requested_on: dt.date, reason: str, new_due: dt.date) -> int:
    """延期 of what the finding waits for now: the filing of measures, or its earliest open measure."""
    from lz_desktop.domain.deadlines import Extension, check_extension_request

    finding = _get(db, finding_id)
    status = derive_status(finding.facts, requested_on)
    current = next_due(finding.facts)
    if current is None or status in (RectificationStatus.NOT_FED_BACK, RectificationStatus.AWAITING_VERIFICATION):
        raise RuleViolation(f"当前状态为“{status.label}”，没有可以延期的期限。")
    check_extension_request(current, Extension(requested_on, reason, new_due))
    filing = finding.facts.measures_filed_on is None
    measure_id = None if filing else min(open_measures(db, finding_id), key=lambda m: m[2])[0]
    what = "整改措施报备期限" if filing else "整改完成期限"
    with transaction(db):
        extension_id = store.add_extension(db, feedback_id=finding.feedback_id if filing else None,
                                           measure_id=measure_id, requested_on=requested_on,
                                           reason=reason.strip(), new_due=new_due)
        store.add_event(db, finding_id, requested_on, "extension_requested",
                        f"申请将{what}由 {format_cn(current)} 延至 {format_cn(new_due)}，理由：{reason.strip()}")
    return extension_id


def pending_extensions(db: Database, finding_id: int) -> list[tuple[int, str, dt.date, dt.date]]:
    return store.pending_extensions(db, finding_id)


def decide_extension(db: Database, finding_id: int, extension_id: int, approved: bool, decided_on: dt.date) -> None:
    pending = {e[0]: e for e in store.pending_extensions(db, finding_id)}
    if extension_id not in pending:
        raise RuleViolation("该延期申请已审批或不存在。")
    with transaction(db):
        store.decide_extension(db, extension_id, "approved" if approved else "refused", decided_on)
        new_due = format_cn(pending[extension_id][3])
        store.add_event(db, finding_id, decided_on, "extension_decided",
                        f"延期至 {new_due}：{'批准' if approved else '不予批准'}")


ATTACHMENT_LIMIT = 50 * 1024 * 1024  # a scan of a signed report fits; a video does not belong here


def attach(db: Database, finding_id: int, path: str, on_date: dt.date) -> int:
    """Keep a file (a scan, a photo, a report) with the finding, inside the office file."""
    name, data = attachment_files.read(path, ATTACHMENT_LIMIT)
    with transaction(db):
        _get(db, finding_id)
        attachment_id = store.add_attachment(db, finding_id, name, data, on_date)
        store.add_event(db, finding_id, on_date, "attached", f"添加附件：{name}")
    return attachment_id


def attachments(db: Database, finding_id: int) -> list[tuple[int, str, int]]:
    return store.attachments(db, finding_id)


def save_attachment(db: Database, attachment_id: int, path: str) -> None:
    attachment_files.write(store.attachment_data(db, attachment_id), path)
