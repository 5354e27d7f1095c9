import datetime as dt

import pytest

from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.holiday_text import parse_schedule, schedule_text
from lz_desktop.domain.work_calendar import builtin_schedule

D = dt.date


def test_blocks_single_days_and_names() -> None:
    schedule = parse_schedule(2027, "2027-01-01 至 2027-01-03 元旦\n\n2027/2/6～2027/2/13 春节", "2027年2月14日 春节")
    assert len(schedule.holidays) == 11 and schedule.holidays[D(2027, 2, 10)] == "春节"
    assert schedule.workdays == {D(2027, 2, 14): "春节"}


def test_each_bad_line_is_named_with_its_box_and_number() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_schedule(2027, "2027-01-01 至 2027-01-03 元旦\n2027-02-30 春节\n2026-10-01 国庆\n2027-05-05 至 2027-05-01 劳动节",
                       "2027-02-08 春节\n2027-01-02 元旦")
    texts = [p.text() for p in caught.value.problems]
    assert "“放假日期第2行”“2027-02-30”不是存在的日期（2027年没有2月30日）" in texts
    assert "“放假日期第3行”日期不在2027年内" in texts
    assert "“放假日期第4行”结束日期早于开始日期" in texts
    assert any("2027-02-08 是周一，本来就是工作日" in t for t in texts)
    assert any("2027-01-02 同时列为放假日" in t for t in texts)


def test_the_built_in_2026_schedule_writes_back_as_it_reads() -> None:
    schedule = builtin_schedule(2026)
    assert schedule is not None
    holidays, workdays = schedule_text(schedule)
    assert "2026-10-01 至 2026-10-07 国庆节" in holidays.splitlines()
    assert workdays.splitlines() == ["2026-01-04 元旦", "2026-02-14 春节", "2026-02-28 春节", "2026-05-09 劳动节",
                                     "2026-09-20 国庆节", "2026-10-10 国庆节"]
    again = parse_schedule(2026, holidays, workdays)
    assert dict(again.holidays) == dict(schedule.holidays) and dict(again.workdays) == dict(schedule.workdays)
    assert builtin_schedule(2027) is None
