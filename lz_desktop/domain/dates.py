"""Dates as clerks write them and as Chinese documents print them."""

from __future__ import annotations

import datetime as dt
import re

from lz_desktop.domain.errors import FieldProblem

# 2026-3-5, 2026/03/05, 2026.3.5, 2026年3月5日 (spaces tolerated, 日 optional)
_DATE_RE = re.compile(r"^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$")

ACCEPTED_FORMATS = "2026-3-5、2026/03/05、2026.3.5 或 2026年3月5日"


def parse_date(value: object) -> dt.date:
    """Read a date typed by a clerk or found in a workbook cell.

    Raises ValueError with a Chinese message that says what is wrong.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ValueError("日期为空")
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"“{text}”不是可识别的日期，请写作 {ACCEPTED_FORMATS}")
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{text}”不是存在的日期（{year}年没有{month}月{day}日）") from None


def format_cn(day: dt.date | None) -> str:
    """2026年11月24日: Arabic numerals, no padding (GB/T 9704-2012, 7.3.5.1)."""
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


def to_iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def not_in_future(day: dt.date, today: dt.date, field: str, label: str, problems: list[FieldProblem]) -> None:
    """A step recorded as done on a day still to come is a typo: named with the date as typed."""
    if day > today:
        problems.append(FieldProblem(field, label, f"（{format_cn(day)}）晚于今天"))
