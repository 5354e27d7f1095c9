"""A report as plain data (the annual summary): sections of paragraphs, tables and bar charts.

One `Report` feeds the PDF, the workbook and the Word draft, so the three always show the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Cell = str | int | float


@dataclass(frozen=True)
class BarChart:
    """A title, one bar per label, the value axis' top and the unit shown on top of each bar."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    top: float
    unit: str = ""


@dataclass(frozen=True)
class ReportTable:
    title: str  # also the workbook sheet's name (first 31 characters)
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class Section:
    heading: str  # 一、… : numbered by the renderer
    paragraphs: tuple[str, ...] = ()
    tables: tuple[ReportTable, ...] = ()
    charts: tuple[BarChart, ...] = ()


@dataclass(frozen=True)
class Report:
    title: str
    scope: str  # e.g. 永安区（全区） / 区教委及其下属单位
    office: str
    made_on: dt.date
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def tables(self) -> list[ReportTable]:
        return [t for s in self.sections for t in s.tables]


NUMERALS = "一二三四五六七八九十"


def numbered(index: int, heading: str) -> str:
    return f"{NUMERALS[index] if index < len(NUMERALS) else index + 1}、{heading}"


def percent(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}%" if whole else "—"
