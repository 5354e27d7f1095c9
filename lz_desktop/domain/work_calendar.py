"""Working days under the State Council's yearly holiday schedule (国务院办公厅节假日安排).

Built-in schedules come from chinesecalendar (2004–2026 in 1.11.0). The State Council publishes the
next year's schedule each November and the workstations are offline, so the office enters later
years itself; an office-entered year replaces the built-in one. A year with neither is unknown:
only weekends count as rest days there, and anything computed over it is provisional.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import chinese_calendar

WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
BUILTIN_SOURCE = f"国务院办公厅节假日安排（chinesecalendar {chinese_calendar.__version__}）"
OFFICE_SOURCE = "本机关录入"


@dataclass(frozen=True)
class YearSchedule:
    """One year's public holidays (with the weekend days inside them) and make-up working days."""

    year: int
    holidays: Mapping[dt.date, str] = field(default_factory=dict)  # date -> 国庆节 …
    workdays: Mapping[dt.date, str] = field(default_factory=dict)  # make-up working day -> 春节 …
    source: str = OFFICE_SOURCE


def builtin_schedule(year: int) -> YearSchedule | None:
    """The year's schedule as chinesecalendar ships it, or None for a year it does not cover."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return None
    # The library keys its tables by the English name; its Holiday enum carries the Chinese one.
    names = {h.value: h.chinese for h in chinese_calendar.Holiday}
    holidays = {d: names.get(h, h) for d, h in chinese_calendar.holidays.items() if d.year == year}
    workdays = {d: names.get(h, h) for d, h in chinese_calendar.workdays.items()
                if d.year == year and d.weekday() >= 5}
    return YearSchedule(year, holidays, workdays, BUILTIN_SOURCE)


class WorkCalendar:
    def __init__(self, office_schedules: Iterable[YearSchedule] = ()):
        self._office = {s.year: s for s in office_schedules}
        self._cache: dict[int, YearSchedule | None] = {}

    def schedule(self, year: int) -> YearSchedule | None:
        if year in self._office:
            return self._office[year]
        if year not in self._cache:
            self._cache[year] = builtin_schedule(year)
        return self._cache[year]

    def knows(self, year: int) -> bool:
        return self.schedule(year) is not None

    def is_working_day(self, day: dt.date) -> bool:
        schedule = self.schedule(day.year)
        if schedule is not None:
            if day in schedule.workdays:
                return True
            if day in schedule.holidays:
                return False
        return day.weekday() < 5

    def rest_reason(self, day: dt.date) -> str:
        """Why `day` is not a working day, in words: “国庆节假日”, “周六”."""
        schedule = self.schedule(day.year)
        if schedule is not None and day in schedule.holidays:
            return f"{schedule.holidays[day]}假日"
        return WEEKDAY_NAMES[day.weekday()]

    def workday_reason(self, day: dt.date) -> str:
        schedule = self.schedule(day.year)
        if schedule is not None and day in schedule.workdays:
            return f"{schedule.workdays[day]}调休上班日"
        return "工作日"
