"""A year's holiday schedule as a clerk types it from the State Council's notice.

One line per holiday block or make-up day:
    2027-01-01 至 2027-01-03 元旦
    2027-02-06～2027-02-13 春节
    2027-02-14 春节            (in the make-up working days box)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from lz_desktop.domain.dates import parse_date
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.work_calendar import WEEKDAY_NAMES, YearSchedule

_LINE = re.compile(r"^(\S+?)(?:\s*(?:至|到|～|~|—|–)\s*(\S+?))?(?:\s+(.+))?$")
HOLIDAYS_LABEL = "放假日期"
WORKDAYS_LABEL = "调休上班日期"


def parse_schedule(year: int, holidays_text: str, workdays_text: str) -> YearSchedule:
    problems: list[FieldProblem] = []
    holidays = _parse_block(year, holidays_text, "holidays", HOLIDAYS_LABEL, "节假日", problems)
    workdays = _parse_block(year, workdays_text, "workdays", WORKDAYS_LABEL, "调休", problems)
    for day in sorted(set(holidays) & set(workdays)):
        problems.append(FieldProblem("workdays", WORKDAYS_LABEL, f"{day.isoformat()} 同时列为放假日"))
    for day in sorted(workdays):
        if day.weekday() < 5:
            problems.append(FieldProblem(
                "workdays", WORKDAYS_LABEL,
                f"{day.isoformat()} 是{WEEKDAY_NAMES[day.weekday()]}，本来就是工作日，不是调休上班日"))
    if problems:
        raise ValidationError(problems)
    return YearSchedule(year, holidays, workdays)


def schedule_text(schedule: YearSchedule) -> tuple[str, str]:
    """The schedule written back in the same line format, blocks of consecutive days joined."""
    return _write_block(schedule.holidays), _write_block(schedule.workdays)


def _parse_block(year: int, text: str, field: str, label: str, default_name: str,
                 problems: list[FieldProblem]) -> dict[dt.date, str]:
    days: dict[dt.date, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        match = _LINE.match(line)
        try:
            if not match:
                raise ValueError(f"“{line}”无法识别")
            first = parse_date(match.group(1))
            last = parse_date(match.group(2)) if match.group(2) else first
        except ValueError as e:
            problems.append(FieldProblem(field, f"{label}第{number}行", str(e)))
            continue
        if first.year != year or last.year != year:
            problems.append(FieldProblem(field, f"{label}第{number}行", f"日期不在{year}年内"))
            continue
        if last < first:
            problems.append(FieldProblem(field, f"{label}第{number}行", "结束日期早于开始日期"))
            continue
        name = (match.group(3) or default_name).strip()
        day = first
        while day <= last:
            days[day] = name
            day += dt.timedelta(days=1)
    return days


def _write_block(days: Mapping[dt.date, str]) -> str:
    lines, ordered = [], sorted(days)
    i = 0
    while i < len(ordered):
        j = i
        while (j + 1 < len(ordered) and ordered[j + 1] - ordered[j] == dt.timedelta(days=1)
               and days[ordered[j + 1]] == days[ordered[i]]):
            j += 1
        first, last = ordered[i], ordered[j]
        span = first.isoformat() if first == last else f"{first.isoformat()} 至 {last.isoformat()}"
        lines.append(f"{span} {days[first]}")
        i = j + 1
    return "\n".join(lines)
