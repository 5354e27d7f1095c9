"""Cells as WPS, Excel and LibreOffice leave them: every way a date or a score comes back is read."""

from __future__ import annotations

import datetime as dt

import pytest

from lz_desktop.domain.exchange import CellProblem, read_date, read_number

D = dt.date


@pytest.mark.parametrize("value", [dt.datetime(2026, 12, 5, 0, 0), D(2026, 12, 5), 46361, 46361.0, "46361",
                                   "2026.12.5", "2026年12月5日", "2026-12-05", "2026/12/5", "12月5日", "12.5",
                                   "20261205", "２０２６年１２月５日", " 2026 年 12 月 5 日 "])
def test_a_date_comes_back_in_any_of_the_forms_spreadsheets_and_clerks_give_it(value: object) -> None:
    assert read_date(value, 2026) == D(2026, 12, 5)


@pytest.mark.parametrize(("value", "message"), [("2026年2月30日", "不是存在的日期"), ("2月30日", "2026年没有2月30日"),
                                                ("下周一", "不是可识别的日期"), (0, "不是日期")])
def test_a_date_that_is_not_one_says_what_was_typed(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_date(value, 2026)


@pytest.mark.parametrize(("value", "number"), [(7, 7.0), (6.5, 6.5), ("７", 7.0), ("6.5分", 6.5), (" 8 ", 8.0)])
def test_a_score_comes_back_as_a_number_or_as_text(value: object, number: float) -> None:
    assert read_number(value) == number


def test_a_score_that_is_not_a_number_is_named() -> None:
    with pytest.raises(ValueError, match="“良好”不是数字"):
        read_number("良好")
    with pytest.raises(ValueError):
        read_number(True)


def test_a_problem_reads_sheet_row_column_and_label() -> None:
    assert CellProblem("自查自评", 7, "E", "自评得分", "超出范围").text() == "“自查自评”表第7行E列（自评得分）：超出范围"
    assert CellProblem("年度任务", message="工作表不见了").text() == "“年度任务”表：工作表不见了"
