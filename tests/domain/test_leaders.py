import datetime as dt

import pytest

from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.leaders import (
    Gender,
    Leader,
    LeaderStatus,
    Role,
    parse_label,
    principal_conflict_problem,
    principal_conflicts,
    validate_leader,
)
from lz_desktop.domain.pinyin import search_key

D = dt.date


def leader(**kw: object) -> Leader:
    base: dict[str, object] = dict(id=None, team_id=1, name="张三", gender=Gender.MALE, post="局长",
                                   rank="正处级", role=Role.MEMBER, term_start=D(2022, 1, 1))
    base.update(kw)
    return Leader(**base)  # type: ignore[arg-type]


def test_rare_characters_count_as_one_character_each() -> None:
    assert validate_leader(leader(name="吉𠮷䶮")).name == "吉𠮷䶮"
    with pytest.raises(ValidationError):
        validate_leader(leader(name="𠮷" * 31))


def test_problems_name_the_field_and_why() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_leader(leader(name=" ", post="职" * 61, term_end=D(2021, 12, 31)))
    texts = [p.text() for p in caught.value.problems]
    assert "“姓名”不能为空" in texts
    assert any(t.startswith("“职务”过长：61 个字") for t in texts)
    assert any("“任职结束”（2021年12月31日）早于任职开始（2022年1月1日）" in t for t in texts)


def test_a_transferred_or_retired_leader_needs_an_end_date() -> None:
    with pytest.raises(ValidationError, match="须填写任职结束日期"):
        validate_leader(leader(status=LeaderStatus.RETIRED))
    ok = validate_leader(leader(status=LeaderStatus.RETIRED, term_end=D(2025, 6, 30)))
    assert ok.status is LeaderStatus.RETIRED


@pytest.mark.parametrize(("other_start", "other_end", "clash"), [
    (D(2020, 1, 1), None, True),                 # still in office
    (D(2020, 1, 1), D(2021, 12, 31), False),     # left the day before
    (D(2020, 1, 1), D(2022, 1, 1), True),        # hand-over on the same day is two at once
    (D(2023, 1, 1), None, True),                 # starts later, overlaps an open term
])
def test_article_6_one_principal_at_any_date(other_start: D, other_end: D | None, clash: bool) -> None:
    other = leader(id=7, name="李四", role=Role.PRINCIPAL, term_start=other_start, term_end=other_end)
    candidate = leader(role=Role.PRINCIPAL)
    assert bool(principal_conflicts(candidate, [other])) is clash


def test_principal_conflict_message_cites_article_6() -> None:
    other = leader(id=7, name="李四", role=Role.PRINCIPAL, term_start=D(2020, 1, 1))
    problem = principal_conflict_problem(leader(role=Role.PRINCIPAL), [other])
    assert problem.field == "role"
    assert "李四" in problem.text() and "第六条" in problem.text()


def test_members_never_conflict_and_other_teams_do_not_count() -> None:
    other = leader(id=7, role=Role.PRINCIPAL)
    assert principal_conflicts(leader(role=Role.MEMBER), [other]) == []
    assert principal_conflicts(leader(role=Role.PRINCIPAL, team_id=2), [other]) == []


def test_labels_read_back_from_chinese() -> None:
    assert parse_label(Role, "主要负责人") is Role.PRINCIPAL
    assert parse_label(LeaderStatus, "退休") is LeaderStatus.RETIRED
    with pytest.raises(ValueError, match="应为：男、女"):
        parse_label(Gender, "未知")


def test_pinyin_key_finds_initials_and_full_spelling() -> None:
    key = search_key("张三")
    assert "zs" in key and "zhangsan" in key
    assert search_key("𠮷田") == "jt jitian"  # unknown to pypinyin: read from the built-in supplement
    assert "𣲙" in search_key("张𣲙")  # unknown to both: kept, still found by the character itself


def test_two_unsaved_principals_conflict_with_each_other() -> None:
    first, second = leader(role=Role.PRINCIPAL), leader(name="李四", role=Role.PRINCIPAL)
    assert principal_conflicts(second, [first]) == [first]
    assert principal_conflicts(first, [first]) == []
