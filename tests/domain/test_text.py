"""The one rule for text entering the record (domain/text.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.leaders import Gender, Leader, Role, validate_leader
from lz_desktop.domain.text import clean, cleaned


def test_single_line_fields_turn_tabs_and_breaks_into_spaces() -> None:
    assert cleaned(" 区财政局\t党组\n", "name", "名称") == "区财政局 党组"
    assert cleaned("控\x0b制", "name", "姓名") == "控 制"  # Word's manual line break


def test_multi_line_fields_keep_their_lines() -> None:
    assert cleaned("第一行\r\n第二行\t末尾  \n第三行\x0b", "note", "备注", multiline=True) == "第一行\n第二行 末尾\n第三行"


@pytest.mark.parametrize(("text", "code", "kind"), [("甲\x07乙", "U+0007", "控制字符"), ("甲\U000f0001", "U+F0001", "私用区字符"),
                                                   ("甲\u0378", "U+0378", "未分配的字符")])
def test_what_cannot_be_printed_is_refused_by_place_and_code(text: str, code: str, kind: str) -> None:
    problems: list[FieldProblem] = []
    clean(text, "note", "备注", problems, multiline=True)
    assert len(problems) == 1 and problems[0].label == "备注" and code in problems[0].text()
    assert "第 2 个字符" in problems[0].text() and kind in problems[0].text()


def test_a_leader_with_a_control_character_is_refused_naming_the_field() -> None:
    leader = Leader(None, 1, "王\x07五", Gender.MALE, "局长", "", Role.PRINCIPAL, dt.date(2024, 1, 1))
    with pytest.raises(ValidationError) as refused:
        validate_leader(leader)
    assert refused.value.problems[0].label == "姓名" and "U+0007" in refused.value.problems[0].text()
    pasted = Leader(None, 1, "王五", Gender.MALE, "党组\t书记", "", Role.PRINCIPAL, dt.date(2024, 1, 1))
    assert validate_leader(pasted).post == "党组 书记"
