import datetime as dt

import pytest

from lz_desktop.domain.errors import ValidationError
from lz_desktop.services import deadlines
from lz_desktop.services.office import Office, open_office

D = dt.date


def test_entering_2027_makes_deadlines_final_and_survives_reopening(office: Office) -> None:
    first = deadlines.measures_deadline(office.db, D(2026, 12, 1))
    assert first.provisional and first.due == D(2027, 1, 1)
    assert "尚未录入" in deadlines.year_view(office.db, 2027).source
    assert deadlines.enter_year_schedule(office.db, 2027, "2027-01-01 至 2027-01-03 元旦", "") == []
    office.close()
    again = open_office(office.path)
    after = deadlines.measures_deadline(again.db, D(2026, 12, 1))
    assert not after.provisional and after.due == D(2027, 1, 4)
    assert "本机关录入" in deadlines.year_view(again.db, 2027).source
    deadlines.remove_year_schedule(again.db, 2027)
    assert deadlines.measures_deadline(again.db, D(2026, 12, 1)).provisional
    again.close()


def test_an_office_year_replaces_the_built_in_one(office: Office) -> None:
    deadlines.enter_year_schedule(office.db, 2026, "2026-10-01 国庆节", "")
    assert deadlines.measures_deadline(office.db, D(2026, 9, 1)).due == D(2026, 10, 2)


def test_a_bad_schedule_writes_nothing(office: Office) -> None:
    with pytest.raises(ValidationError):
        deadlines.enter_year_schedule(office.db, 2027, "2027-01-01 元旦\n不是日期", "")
    assert "尚未录入" in deadlines.year_view(office.db, 2027).source


def test_the_counting_convention_is_one_office_setting(office: Office) -> None:
    assert deadlines.extends_to_working_day(office.db)
    deadlines.set_extends_to_working_day(office.db, False)
    assert deadlines.measures_deadline(office.db, D(2026, 9, 1)).due == D(2026, 10, 1)


def test_entering_a_schedule_moves_open_deadlines_and_says_which(office: Office) -> None:
    from lz_desktop.domain.units import Unit, UnitCategory
    from lz_desktop.services import feedback, roster

    unit = roster.add_unit(office.db, Unit(None, None, "北京市测试区财政局", "区财政局", UnitCategory.GOVERNMENT))
    assert unit.id is not None
    today = D(2026, 12, 5)
    open_one = feedback.record_feedback(office.db, unit.id, "2026年度专项检查", D(2026, 12, 1), today=today)
    filed = feedback.record_feedback(office.db, unit.id, "巡察反馈", D(2026, 12, 1), today=today)
    feedback.file_measures(office.db, filed.id, D(2026, 12, 3))
    untouched = feedback.record_feedback(office.db, unit.id, "审计反馈", D(2026, 11, 2), today=today)
    assert open_one.measures_due == D(2027, 1, 1) and open_one.provisional
    moved = deadlines.enter_year_schedule(office.db, 2027, "2027-01-01 至 2027-01-03 元旦", "")
    assert [m.text() for m in moved] == ["区财政局：2026年度专项检查：整改措施报备期限 2027年1月1日（暂定） → 2027年1月4日"]
    assert not any(m.feedback_id in (filed.id, untouched.id) for m in moved)  # filed ones no longer move
    assert deadlines.enter_year_schedule(office.db, 2027, "2027-01-01 至 2027-01-03 元旦", "") == []
    back = deadlines.remove_year_schedule(office.db, 2027)
    assert [m.after for m in back] == ["2027年1月1日（暂定）"]


def test_feedback_input_is_checked(office: Office) -> None:
    from lz_desktop.services import feedback

    with pytest.raises(ValidationError) as caught:
        feedback.record_feedback(office.db, 999, " ", D(2027, 1, 1), today=D(2026, 12, 1))
    assert {p.field for p in caught.value.problems} == {"title", "fed_back_on", "unit_id"}


def test_an_office_adds_and_removes_its_own_duty(office: Office) -> None:
    from lz_desktop.domain.errors import RuleViolation
    from lz_desktop.domain.obligations import (
        DEFAULT_OBLIGATIONS,
        Obligation,
        RecordKind,
        Scope,
        Status,
        UnitFacts,
        evaluate,
    )
    from lz_desktop.domain.units import UnitCategory
    from lz_desktop.services import obligations

    duty = obligations.add_duty(office.db, Obligation("", "区纪委2026年第3号文件", "开展警示教育大会",
                                                      RecordKind.DEMOCRATIC_EVALUATION, 1, Scope.ALL, 6, 30))
    office.close()
    again = open_office(office.path)
    listed = obligations.catalogue(again.db)
    assert listed[:len(DEFAULT_OBLIGATIONS)] == list(DEFAULT_OBLIGATIONS) and listed[-1] == duty
    facts = UnitFacts(UnitCategory.GOVERNMENT, False, False)
    results = evaluate(listed, facts, [], 2026, D(2026, 7, 1))
    assert results[-1].obligation.title == "开展警示教育大会" and results[-1].status is Status.MISSED
    with pytest.raises(ValidationError) as caught:
        obligations.add_duty(again.db, Obligation("", "", " ", RecordKind.INSPECTION, 0, Scope.ALL, 2, 30))
    assert {p.field for p in caught.value.problems} == {"title", "article", "minimum", "due"}
    with pytest.raises(RuleViolation):
        obligations.remove_duty(again.db, "art16_evaluation")
    obligations.remove_duty(again.db, duty.code)
    assert obligations.catalogue(again.db) == list(DEFAULT_OBLIGATIONS)
    again.close()
