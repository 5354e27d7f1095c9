"""Office-entered holiday schedules."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.work_calendar import YearSchedule


def office_schedules(db: Database) -> list[YearSchedule]:
    years = {int(r[0]): r[1] for r in db.execute("SELECT year, entered_at FROM holiday_years")}
    holidays: dict[int, dict[dt.date, str]] = {y: {} for y in years}
    workdays: dict[int, dict[dt.date, str]] = {y: {} for y in years}
    for day, year, kind, name in db.execute("SELECT day, year, kind, name FROM holiday_days"):
        (holidays if kind == "holiday" else workdays)[int(year)][dt.date.fromisoformat(day)] = name
    return [YearSchedule(y, holidays[y], workdays[y], f"本机关录入（{years[y][:10]}）")
            for y in sorted(years)]


def replace_schedule(db: Database, schedule: YearSchedule, note: str = "") -> None:
    db.execute("DELETE FROM holiday_years WHERE year = ?", [schedule.year])
    db.execute("INSERT INTO holiday_years(year, entered_at, note) VALUES (?, ?, ?)",
               [schedule.year, dt.datetime.now().isoformat(timespec="seconds"), note])
    for kind, days in (("holiday", schedule.holidays), ("workday", schedule.workdays)):
        for day, name in days.items():
            db.execute("INSERT INTO holiday_days(day, year, kind, name) VALUES (?, ?, ?, ?)",
                       [day.isoformat(), schedule.year, kind, name])


def remove_schedule(db: Database, year: int) -> None:
    db.execute("DELETE FROM holiday_years WHERE year = ?", [year])
