"""Deadlines for the office: its holiday schedules and its counting convention (Art. 19)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.deadlines import Deadline, period_end
from lz_desktop.domain.holiday_text import parse_schedule, schedule_text
from lz_desktop.domain.work_calendar import WorkCalendar
from lz_desktop.storage import feedbacks as feedback_store
from lz_desktop.storage import holidays as holiday_store
from lz_desktop.storage import office as office_store
from lz_desktop.storage.transaction import transaction

EXTEND_KEY = "deadline_extend_to_working_day"


@dataclass(frozen=True)
class MovedDeadline:
    """An open deadline that changed when the calendar or the counting convention did."""

    feedback_id: int
    what: str  # 区财政局：2026年度专项检查
    before: str  # 2027-01-01（暂定）
    after: str

    def text(self) -> str:
        return f"{self.what}：整改措施报备期限 {self.before} → {self.after}"


@dataclass(frozen=True)
class YearView:
    year: int
    holidays_text: str
    workdays_text: str
    source: str  # where the schedule comes from, or that there is none


def work_calendar(db: Database) -> WorkCalendar:
    return WorkCalendar(holiday_store.office_schedules(db))


def extends_to_working_day(db: Database) -> bool:
    return office_store.get_setting(db, EXTEND_KEY, "1") == "1"


def set_extends_to_working_day(db: Database, extend: bool) -> list[MovedDeadline]:
    with transaction(db):
        office_store.set_setting(db, EXTEND_KEY, "1" if extend else "0")
        return recompute_open_deadlines(db)


def recompute_open_deadlines(db: Database) -> list[MovedDeadline]:
    """Every deadline whose measures are not yet filed, computed again; the ones that moved."""
    moved = []
    for feedback in feedback_store.open_feedbacks(db):
        deadline = measures_deadline(db, feedback.fed_back_on)
        if (deadline.due, deadline.provisional) != (feedback.measures_due, feedback.provisional):
            feedback_store.set_deadline(db, feedback.id, deadline.due, deadline.provisional, deadline.explain())
            moved.append(MovedDeadline(feedback.id, f"{feedback.unit_short_name}：{feedback.title}",
                                       _shown(feedback.measures_due, feedback.provisional),
                                       _shown(deadline.due, deadline.provisional)))
    return moved


def _shown(day: dt.date, provisional: bool) -> str:
    return format_cn(day) + ("（暂定）" if provisional else "")


def measures_deadline(db: Database, feedback_day: dt.date) -> Deadline:
    """When rectification measures fed back on `feedback_day` are due (Art. 19)."""
    return period_end(feedback_day, work_calendar(db),
                      extend_to_working_day=extends_to_working_day(db))


def year_view(db: Database, year: int) -> YearView:
    schedule = work_calendar(db).schedule(year)
    if schedule is None:
        return YearView(year, "", "", f"{year}年节假日安排尚未录入：期限只按周末推算，并标为暂定。")
    holidays, workdays = schedule_text(schedule)
    return YearView(year, holidays, workdays, f"来源：{schedule.source}")


def enter_year_schedule(db: Database, year: int, holidays_text: str,
                        workdays_text: str) -> list[MovedDeadline]:
    """Save a year's schedule as the office typed it (it replaces a built-in one for that year);
    every open deadline is computed again, in the same transaction. Returns those that moved."""
    schedule = parse_schedule(year, holidays_text, workdays_text)
    with transaction(db):
        holiday_store.replace_schedule(db, schedule)
        return recompute_open_deadlines(db)


def remove_year_schedule(db: Database, year: int) -> list[MovedDeadline]:
    with transaction(db):
        holiday_store.remove_schedule(db, year)
        return recompute_open_deadlines(db)
