"""Findings to rectification (Art. 19): statuses are derived from the records and the date, never typed.

A finding is fed back to its unit; within a month the unit files measures (备案); each measure has a
completion date; the office follows up (跟踪督查) and closes the finding (销号) only after a
verification. A closed finding can be reopened, with a reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.errors import FieldProblem


class FindingSeverity(StrEnum):
    GENERAL = "general"
    SERIOUS = "serious"
    GRAVE = "grave"

    @property
    def label(self) -> str:
        return {"general": "一般", "serious": "较重", "grave": "严重"}[self.value]


class FollowUpMethod(StrEnum):
    DOCUMENT_REVIEW = "document_review"
    SITE_VISIT = "site_visit"
    TALK = "talk"

    @property
    def label(self) -> str:
        return {"document_review": "查阅资料", "site_visit": "实地查看", "talk": "谈话了解"}[self.value]


class RectificationStatus(StrEnum):
    NOT_FED_BACK = "not_fed_back"
    AWAITING_MEASURES = "awaiting_measures"
    MEASURES_OVERDUE = "measures_overdue"
    IN_PROGRESS = "in_progress"
    COMPLETION_OVERDUE = "completion_overdue"
    AWAITING_VERIFICATION = "awaiting_verification"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            "not_fed_back": "待反馈", "awaiting_measures": "待报整改措施", "measures_overdue": "整改措施逾期未报",
            "in_progress": "整改中", "completion_overdue": "整改逾期", "awaiting_verification": "待验收销号",
            "closed": "已销号",
        }[self.value]

    @property
    def overdue(self) -> bool:
        return self in (RectificationStatus.MEASURES_OVERDUE, RectificationStatus.COMPLETION_OVERDUE)


@dataclass(frozen=True)
class MeasureFacts:
    due_on: dt.date  # planned completion (after approved extensions)
    done_on: dt.date | None


@dataclass(frozen=True)
class FindingFacts:
    """What a finding's status depends on."""

    fed_back_on: dt.date | None
    measures_due: dt.date | None  # Art. 19 deadline of its feedback (after approved extensions)
    measures_filed_on: dt.date | None
    measures: tuple[MeasureFacts, ...]
    closed_on: dt.date | None


def derive_status(facts: FindingFacts, today: dt.date) -> RectificationStatus:
    S = RectificationStatus
    if facts.closed_on is not None:
        return S.CLOSED
    if facts.fed_back_on is None:
        return S.NOT_FED_BACK
    if facts.measures_filed_on is None:
        overdue = facts.measures_due is not None and today > facts.measures_due
        return S.MEASURES_OVERDUE if overdue else S.AWAITING_MEASURES
    open_measures = [m for m in facts.measures if m.done_on is None]
    if facts.measures and not open_measures:
        return S.AWAITING_VERIFICATION
    if any(today > m.due_on for m in open_measures):
        return S.COMPLETION_OVERDUE
    return S.IN_PROGRESS


def filed_on_time(facts: FindingFacts) -> bool | None:
    """Measures filed within the Art. 19 month; None while nothing is filed."""
    if facts.measures_filed_on is None or facts.measures_due is None:
        return None
    return facts.measures_filed_on <= facts.measures_due


def completed_on_time(facts: FindingFacts) -> bool | None:
    """Every measure done by its (extended) completion date; None until every measure is done."""
    if not facts.measures or any(m.done_on is None for m in facts.measures):
        return None
    return all(m.done_on is not None and m.done_on <= m.due_on for m in facts.measures)


def next_due(facts: FindingFacts) -> dt.date | None:
    """The date that matters next: the filing deadline, then the earliest open measure's completion."""
    if facts.closed_on is not None or facts.fed_back_on is None:
        return None
    if facts.measures_filed_on is None:
        return facts.measures_due
    open_dates = [m.due_on for m in facts.measures if m.done_on is None]
    return min(open_dates) if open_dates else None


@dataclass(frozen=True)
class StepDates:
    """The dates of a finding's recorded steps, as they would stand after a step is recorded or corrected."""

    found_on: dt.date
    fed_back_on: dt.date | None = None
    measures_filed_on: dt.date | None = None
    measures_done_on: tuple[dt.date, ...] = ()
    followed_up_on: tuple[dt.date, ...] = ()
    closed_on: dt.date | None = None


def step_date_problems(d: StepDates) -> list[FieldProblem]:
    """Each step follows the one it depends on (Art. 19's order: found, fed back, measures filed, done,
    verified and closed). A date typed wrong, 9-01 for 12-01, would otherwise make a finding overdue at once
    and put "12月4日开展检查，并于9月1日反馈" into a 整改通知书."""
    from lz_desktop.domain.dates import format_cn

    problems: list[FieldProblem] = []

    def before(field: str, label: str, day: dt.date | None, earlier: dt.date | None, what: str) -> None:
        if day is not None and earlier is not None and day < earlier:
            problems.append(FieldProblem(field, label, f"（{format_cn(day)}）早于{what}（{format_cn(earlier)}）",
                                         "第十九条"))

    before("fed_back_on", "反馈日期", d.fed_back_on, d.found_on, "发现问题的日期")
    before("filed_on", "措施报备日期", d.measures_filed_on, d.fed_back_on, "反馈日期")
    for done in d.measures_done_on:
        before("done_on", "措施完成日期", done, d.measures_filed_on, "整改措施报备日期")
    for on in d.followed_up_on:
        before("on_date", "督查日期", on, d.fed_back_on, "反馈日期")
    before("closed_on", "验收销号日期", d.closed_on, max(d.measures_done_on, default=None), "最后一项措施完成的日期")
    return problems
