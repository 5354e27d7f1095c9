import datetime as dt

import pytest

from lz_desktop.domain.dates import format_cn, parse_date


@pytest.mark.parametrize("text", ["2026-3-5", "2026/03/05", "2026.3.5", "2026年3月5日",
                                  " 2026-03-05 ", "2026年3月5"])
def test_every_way_clerks_write_a_date(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 3, 5)


def test_workbook_cells_that_are_already_dates() -> None:
    assert parse_date(dt.datetime(2026, 3, 5, 0, 0)) == dt.date(2026, 3, 5)


@pytest.mark.parametrize(("text", "says"), [
    ("2026-13-1", "没有13月1日"),
    ("2026-2-30", "没有2月30日"),
    ("3/5/2026", "不是可识别的日期"),
    ("明年", "不是可识别的日期"),
    ("", "日期为空"),
])
def test_bad_dates_are_explained(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_date(text)


def test_chinese_display_has_no_padding() -> None:
    assert format_cn(dt.date(2026, 11, 4)) == "2026年11月4日"
    assert format_cn(None) == ""
