import datetime as dt

from lz_desktop.domain.obligations import (
    DEFAULT_OBLIGATIONS,
    Obligation,
    RecordKind,
    Scope,
    Status,
    UnitFacts,
    UnitRecord,
    evaluate,
)
from lz_desktop.domain.units import UnitCategory

D = dt.date
DEPARTMENT = UnitFacts(UnitCategory.GOVERNMENT, is_top_level=False, has_subordinates=False)
DISTRICT = UnitFacts(UnitCategory.PARTY_ORGAN, is_top_level=True, has_subordinates=True)


def by_code(results: list) -> dict:  # type: ignore[type-arg]
    return {r.obligation.code: r for r in results}


def test_one_principal_topic_meeting_by_december_is_one_short() -> None:
    records = [UnitRecord(RecordKind.PRINCIPAL_TOPIC_MEETING, D(2026, 4, 8), "一季度党风廉政建设专题会")]
    result = by_code(evaluate(DEFAULT_OBLIGATIONS, DEPARTMENT, records, 2026, D(2026, 12, 1)))["art8_topic_meetings"]
    assert result.status is Status.DUE and result.short_by == 1
    assert result.text() == ("主要负责人主持召开党风廉政建设工作专题会议（第八条第（二）项）：待履行，已 1 次，应至少 2 次；"
                             "尚差 1 次，须在 2026年12月31日 前完成")
    assert result.counted == tuple(records)
    late = by_code(evaluate(DEFAULT_OBLIGATIONS, DEPARTMENT, records, 2026, D(2027, 1, 5)))["art8_topic_meetings"]
    assert late.status is Status.MISSED


def test_met_with_the_records_that_meet_it_and_other_years_do_not_count() -> None:
    records = [UnitRecord(RecordKind.DEMOCRATIC_EVALUATION, D(2025, 12, 20), "2025年民主评议"),
               UnitRecord(RecordKind.DEMOCRATIC_EVALUATION, D(2026, 11, 2), "2026年民主评议")]
    result = by_code(evaluate(DEFAULT_OBLIGATIONS, DEPARTMENT, records, 2026, D(2026, 11, 3)))["art16_evaluation"]
    assert result.status is Status.MET and [r.title for r in result.counted] == ["2026年民主评议"]


def test_duties_apply_by_scope() -> None:
    department = by_code(evaluate(DEFAULT_OBLIGATIONS, DEPARTMENT, [], 2026, D(2026, 6, 1)))
    district = by_code(evaluate(DEFAULT_OBLIGATIONS, DISTRICT, [], 2026, D(2026, 6, 1)))
    assert "art8_inspect_subordinates" not in department and "art8_inspect_subordinates" in district
    assert "art15_plenary_report" in district and "art15_plenary_report" not in department
    assert "art7_government_meeting" not in district
    government = UnitFacts(UnitCategory.GOVERNMENT, False, True, is_government=True)
    assert "art7_government_meeting" in by_code(evaluate(DEFAULT_OBLIGATIONS, government, [], 2026, D(2026, 6, 1)))


def test_the_annual_plan_is_due_in_the_first_quarter() -> None:
    result = by_code(evaluate(DEFAULT_OBLIGATIONS, DEPARTMENT, [], 2026, D(2026, 4, 1)))["art10_annual_plan"]
    assert result.status is Status.MISSED and result.due_by == D(2026, 3, 31)


def test_an_office_adds_its_own_duty() -> None:
    own = Obligation("office_warning_education", "本机关规定", "开展警示教育", RecordKind.DEMOCRATIC_EVALUATION,
                     minimum=1, scope=Scope.ALL, builtin=False)
    results = evaluate([*DEFAULT_OBLIGATIONS, own], DEPARTMENT, [], 2026, D(2026, 6, 1))
    assert results[-1].obligation is own and results[-1].status is Status.DUE
