"""Art. 19 deadlines, counted as the Civil Code counts months (Art. 201, 203)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lz_desktop.domain.deadlines import (
    Extension,
    ExtensionDecision,
    add_months,
    check_extension_request,
    effective_due,
    period_end,
)
from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.work_calendar import WorkCalendar, YearSchedule

D = dt.date
CAL = WorkCalendar()


@pytest.mark.parametrize(("start", "corresponding"), [
    (D(2026, 1, 31), D(2026, 2, 28)),   # no 31 February: the month's last day
    (D(2024, 1, 31), D(2024, 2, 29)),   # leap year
    (D(2026, 1, 30), D(2026, 2, 28)),
    (D(2026, 3, 31), D(2026, 4, 30)),
    (D(2026, 12, 15), D(2027, 1, 15)),  # across the year
    (D(2026, 2, 28), D(2026, 3, 28)),   # the corresponding day, not the month end
])
def test_month_ends(start: D, corresponding: D) -> None:
    assert add_months(start, 1)[0] == corresponding


# The 2026 schedule (国办发明电〔2025〕7号): each holiday block and each make-up working day.
@pytest.mark.parametrize(("feedback", "due", "why"), [
    (D(2025, 12, 1), D(2026, 1, 4), "元旦假日"),            # 01-01 in 元旦 (01-01..03); 01-04 make-up day
    (D(2026, 1, 4), D(2026, 2, 4), "工作日"),
    (D(2026, 1, 14), D(2026, 2, 14), "春节调休上班日"),     # a Saturday that is a working day
    (D(2026, 1, 16), D(2026, 2, 24), "春节假日"),           # 02-16 .. 02-23 off
    (D(2026, 1, 28), D(2026, 2, 28), "春节调休上班日"),
    (D(2026, 3, 4), D(2026, 4, 7), "清明假日"),              # 04-04 .. 04-06
    (D(2026, 4, 1), D(2026, 5, 6), "劳动节假日"),            # 05-01 .. 05-05
    (D(2026, 4, 9), D(2026, 5, 9), "劳动节调休上班日"),
    (D(2026, 5, 19), D(2026, 6, 22), "端午假日"),            # 06-19 .. 06-21
    (D(2026, 8, 20), D(2026, 9, 20), "国庆节调休上班日"),
    (D(2026, 8, 25), D(2026, 9, 28), "中秋假日"),            # 09-25 .. 09-27
    (D(2026, 9, 1), D(2026, 10, 8), "国庆节假日"),           # 10-01 .. 10-07
    (D(2026, 9, 10), D(2026, 10, 10), "国庆节调休上班日"),
])
def test_each_2026_holiday_and_make_up_day(feedback: D, due: D, why: str) -> None:
    deadline = period_end(feedback, CAL)
    assert deadline.due == due
    assert why in deadline.explain()
    assert not deadline.provisional


def test_the_explanation_reads_as_the_clerk_would_say_it() -> None:
    assert period_end(D(2026, 9, 1), CAL).explain() == (
        "反馈日 2026年9月1日 → 对应日 2026年10月1日 为国庆节假日 → 顺延至 2026年10月8日（周四）")
    assert period_end(D(2026, 1, 31), CAL).explain().startswith(
        "反馈日 2026年1月31日 → 2026年2月无31日，取月末日 2026年2月28日 为春节调休上班日")


def test_a_year_without_a_schedule_is_provisional_until_entered() -> None:
    deadline = period_end(D(2026, 12, 1), CAL)  # 2027-01-01 is a Friday: only weekends known
    assert deadline.provisional and deadline.due == D(2027, 1, 1)
    assert "2027年节假日安排尚未录入" in deadline.explain()
    entered = WorkCalendar([YearSchedule(2027, {D(2027, 1, 1): "元旦", D(2027, 1, 2): "元旦",
                                                D(2027, 1, 3): "元旦"})])
    fixed = period_end(D(2026, 12, 1), entered)
    assert not fixed.provisional and fixed.due == D(2027, 1, 4)


def test_a_year_reached_only_while_moving_on_makes_it_provisional_too() -> None:
    assert not period_end(D(2026, 11, 30), CAL).provisional  # 2026-12-30, a Wednesday
    # An office schedule for 2026 that rests on 12-30 and 12-31 pushes the end into unknown 2027.
    rests = WorkCalendar([YearSchedule(2026, {D(2026, 12, 30): "测试假", D(2026, 12, 31): "测试假"})])
    deadline = period_end(D(2026, 11, 30), rests)
    assert deadline.corresponding_day.year == 2026 and deadline.due == D(2027, 1, 1)
    assert deadline.provisional and "2027年节假日安排尚未录入" in deadline.explain()


def test_the_office_may_choose_not_to_extend() -> None:
    deadline = period_end(D(2026, 9, 1), CAL, extend_to_working_day=False)
    assert deadline.due == D(2026, 10, 1)
    assert "不顺延" in deadline.explain()


def test_extensions_before_the_deadline_only() -> None:
    due = D(2026, 10, 8)
    check_extension_request(due, Extension(D(2026, 10, 8), "需协调住建部门", D(2026, 11, 9)))
    with pytest.raises(ValidationError) as caught:
        check_extension_request(due, Extension(D(2026, 10, 9), " ", D(2026, 10, 1)))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"requested_on", "new_due", "reason"}
    assert "第十九条" in str(caught.value)


def test_only_approved_extensions_move_the_due_date() -> None:
    deadline = period_end(D(2026, 9, 1), CAL)
    history = [Extension(D(2026, 9, 20), "a", D(2026, 11, 1), ExtensionDecision.REFUSED, D(2026, 9, 22)),
               Extension(D(2026, 9, 25), "b", D(2026, 10, 30), ExtensionDecision.APPROVED, D(2026, 9, 26)),
               Extension(D(2026, 10, 2), "c", D(2026, 12, 1))]
    assert effective_due(deadline, history) == D(2026, 10, 30)


known_days = st.dates(min_value=D(2004, 1, 1), max_value=D(2026, 10, 31))


@given(known_days)
def test_a_deadline_is_a_working_day_whenever_the_schedule_is_known(feedback: D) -> None:
    deadline = period_end(feedback, CAL)
    if not deadline.provisional:
        assert CAL.is_working_day(deadline.due)


@given(st.dates(min_value=D(2004, 1, 1), max_value=D(2030, 12, 31)))
def test_never_earlier_than_the_corresponding_day(feedback: D) -> None:
    deadline = period_end(feedback, CAL)
    assert deadline.due >= deadline.corresponding_day > feedback


@given(known_days, known_days)
def test_monotone_in_the_feedback_date(a: D, b: D) -> None:
    early, late = sorted((a, b))
    assert period_end(early, CAL).due <= period_end(late, CAL).due
