"""The scoring rules of Art. 14: 100 points, sensible scores, grades, competition ranks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.inspections import (
    DEFAULT_BANDS,
    SAMPLE_SYSTEM,
    GradeBand,
    Indicator,
    Score,
    check_score,
    distribution,
    evaluation_score,
    grade,
    results,
    scoring_indicators,
    validate_bands,
    validate_system,
)


def test_the_sample_system_totals_100_and_each_level1_is_its_childrens_sum() -> None:
    assert validate_system(SAMPLE_SYSTEM)
    assert sum(t.points for t in SAMPLE_SYSTEM) == 100


def test_points_that_do_not_total_100_are_refused_with_the_figures() -> None:
    wrong = (Indicator("组织领导", 40, children=(Indicator("研究部署", 20), Indicator("履责", 15))),
             Indicator("廉洁自律", 50))
    with pytest.raises(ValidationError) as e:
        validate_system(wrong)
    text = str(e.value)
    assert "一级指标“组织领导”40 分，其二级指标合计 35 分，应相等" in text
    assert "一级指标合计 90 分，应为 100 分（百分制）" in text and "第十四条" in text


def test_names_points_and_depth_are_checked_by_place() -> None:
    wrong = (Indicator("", 50), Indicator("廉洁自律", 50.25), Indicator("x", 0))
    with pytest.raises(ValidationError) as e:
        validate_system(wrong)
    text = str(e.value)
    assert "第1项一级指标“”名称为空" in text and "至多一位小数" in text and "第3项一级指标“x”分值应大于 0" in text


def test_a_score_above_the_points_negative_or_a_deduction_without_reason_is_refused() -> None:
    leaf = Indicator("研究部署", 8, id=1)
    assert "超过该指标分值 8" in check_score("“研究部署”", leaf, Score(1, None, 9))[0].text()
    assert "为负数" in check_score("“研究部署”", leaf, Score(1, -1, 8))[0].text()
    assert "须写明扣分理由" in check_score("“研究部署”", leaf, Score(1, 8, 6))[0].text()
    assert check_score("“研究部署”", leaf, Score(1, 8, 6, "少开一次会")) == []
    assert check_score("“研究部署”", leaf, Score(1, None, None)) == []  # not yet scored is not wrong


def test_grades_follow_the_bands_and_excellence_needs_no_zero() -> None:
    assert grade(95, False, DEFAULT_BANDS) == "优秀"
    assert grade(95, True, DEFAULT_BANDS) == "良好"  # an indicator scored 0 keeps a unit out of 优秀
    assert grade(80, False, DEFAULT_BANDS) == "良好" and grade(59.9, False, DEFAULT_BANDS) == "较差"


def test_bands_must_fall_from_high_to_zero() -> None:
    with pytest.raises(ValidationError, match="最低等次的分数线须为 0"):
        validate_bands((GradeBand("合格", 60),))
    with pytest.raises(ValidationError, match="从高到低"):
        validate_bands((GradeBand("好", 60), GradeBand("更好", 90), GradeBand("差", 0)))


def _system() -> tuple[Indicator, ...]:
    return (Indicator("甲", 60, children=(Indicator("甲一", 30, id=1), Indicator("甲二", 30, id=2))),
            Indicator("乙", 40, id=3))


def test_totals_ranks_and_missing_scores() -> None:
    scores = {(10, 1): Score(1, 30, 30), (10, 2): Score(2, 30, 28, "x"), (10, 3): Score(3, 40, 40),
              (20, 1): Score(1, 30, 30), (20, 2): Score(2, 30, 30), (20, 3): Score(3, 40, 38, "y"),
              (30, 1): Score(1, 30, 25, "z"), (30, 2): Score(2, 30, 30), (30, 3): Score(3, 40, 40),
              (40, 1): Score(1, None, 30)}
    rows = results([(10, "一局"), (20, "二局"), (30, "三局"), (40, "四局")], _system(), scores, DEFAULT_BANDS)
    assert [(r.unit_name, r.total, r.rank) for r in rows] == [
        ("一局", 98, 1), ("二局", 98, 1), ("三局", 95, 3), ("四局", 30, 0)]
    assert rows[0].deductions == (("甲·甲二", 2, "x"),)
    assert rows[3].missing == 2 and rows[3].grade == "" and not rows[3].complete


def test_an_evaluation_fed_indicator_is_points_times_the_rate() -> None:
    assert evaluation_score(15, 0.942) == 14.1 and evaluation_score(15, 1.0) == 15


def test_the_distribution_counts_every_unit_once() -> None:
    assert dict(distribution([55, 61, 79.9, 80, 90, 100])) == {
        "<60": 1, "60–69": 1, "70–79": 1, "80–89": 1, "90–100": 2}


@given(st.lists(st.floats(min_value=0, max_value=100).map(lambda x: round(x, 1)), min_size=1, max_size=30))
def test_ranks_never_skip_a_better_unit(totals: list[float]) -> None:
    system = (Indicator("全部", 100, id=1),)
    scores = {(i, 1): Score(1, None, t, "" if t == 100 else "扣分") for i, t in enumerate(totals)}
    rows = results([(i, f"单位{i}") for i in range(len(totals))], system, scores, DEFAULT_BANDS)
    for r in rows:
        assert r.rank == 1 + sum(1 for t in totals if t > r.total)
    assert [leaf.name for leaf, _p in scoring_indicators(system)] == ["全部"]
