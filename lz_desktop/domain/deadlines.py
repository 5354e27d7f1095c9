"""Art. 19: rectification measures within one month of feedback, counted as Chinese law counts.

Civil Code Art. 201: a period counted in months starts on the day after the event (the feedback day
itself does not count) and ends on the corresponding day of the last month; where that month has no
such day, on its last day. Art. 203: where the last day is a statutory holiday (the State Council's
schedule; weekends are rest days, make-up working days are working days), it moves to the next
working day. Whether to move is one office setting (`extend_to_working_day`), on by default.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.work_calendar import WorkCalendar

ART_19 = "第十九条"
MEASURES_MONTHS = 1  # 在一个月内制定整改措施


@dataclass(frozen=True)
class Deadline:
    start: dt.date  # the event (feedback) day; not counted
    corresponding_day: dt.date
    due: dt.date
    provisional: bool  # a year on the way had no holiday schedule: weekends only
    steps: tuple[str, ...]
    article: str = ART_19

    def explain(self) -> str:
        """E.g. 反馈日 2026-09-01 → 对应日 2026-10-01 为国庆节假日 → 顺延至 2026-10-08."""
        return " → ".join(self.steps)


def add_months(day: dt.date, months: int) -> tuple[dt.date, bool]:
    """The corresponding day `months` later, and whether the month lacked it (then its last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last)), day.day > last


def period_end(start: dt.date, work_calendar: WorkCalendar, *, months: int = MEASURES_MONTHS,
               extend_to_working_day: bool = True, start_label: str = "反馈日") -> Deadline:
    corresponding, clipped = add_months(start, months)
    steps = [f"{start_label} {format_cn(start)}"]
    if clipped:
        steps.append(f"{corresponding.year}年{corresponding.month}月无{start.day}日，"
                     f"取月末日 {format_cn(corresponding)}")
    else:
        steps.append(f"对应日 {format_cn(corresponding)}")
    due = corresponding
    touched = {corresponding.year}
    if extend_to_working_day and not work_calendar.is_working_day(corresponding):
        steps[-1] += f" 为{work_calendar.rest_reason(corresponding)}"
        while not work_calendar.is_working_day(due):
            due += dt.timedelta(days=1)
            touched.add(due.year)
        steps.append(f"顺延至 {format_cn(due)}（{_weekday(due)}）")
    elif extend_to_working_day:
        steps[-1] += f" 为{work_calendar.workday_reason(corresponding)}，即为期限"
    else:
        steps.append("按本机关设置，期限届满日遇节假日不顺延")
    unknown = sorted(y for y in touched if not work_calendar.knows(y))
    if unknown:
        years = "、".join(f"{y}年" for y in unknown)
        steps.append(f"{years}节假日安排尚未录入，仅按周末推算，期限为暂定")
    return Deadline(start, corresponding, due, bool(unknown), tuple(steps))


def _weekday(day: dt.date) -> str:
    return ("周一", "周二", "周三", "周四", "周五", "周六", "周日")[day.weekday()]


class ExtensionDecision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {"pending": "待审批", "approved": "已批准", "refused": "不予批准"}[self.value]


@dataclass(frozen=True)
class Extension:
    """延期: asked for before the deadline, with a reason and a new date; approved or refused."""

    requested_on: dt.date
    reason: str
    new_due: dt.date
    decision: ExtensionDecision = ExtensionDecision.PENDING
    decided_on: dt.date | None = None


def check_extension_request(current_due: dt.date, request: Extension) -> None:
    """Raise ValidationError naming each field that makes the request invalid."""
    problems = []
    if request.requested_on > current_due:
        problems.append(FieldProblem("requested_on", "申请日期",
                                     f"（{format_cn(request.requested_on)}）已过期限 {format_cn(current_due)}，"
                                     "延期须在期限届满前申请", ART_19))
    if request.new_due <= current_due:
        problems.append(FieldProblem("new_due", "延期至",
                                     f"（{format_cn(request.new_due)}）须晚于现期限 {format_cn(current_due)}"))
    if not request.reason.strip():
        problems.append(FieldProblem("reason", "延期理由", "不能为空"))
    if request.decided_on is not None and request.decided_on < request.requested_on:
        problems.append(FieldProblem("decided_on", "审批日期", "早于申请日期"))
    if problems:
        raise ValidationError(problems)


def effective_due(deadline: Deadline, extensions: list[Extension]) -> dt.date:
    """The due date after approved extensions; refused and pending ones change nothing."""
    approved = [e.new_due for e in extensions if e.decision is ExtensionDecision.APPROVED]
    return max([deadline.due, *approved])
