"""The one rule for text entering the record, from any door (a dialog, pasted text, an imported workbook, a
returned package): what a field may hold, so that nothing unprintable reaches a document or a workbook.

A single-line field (a name, a post, a title) turns tabs and line breaks, Word's manual line break U+000B
included, into a space. A multi-line field (a note, a finding's description) keeps its line breaks and turns
tabs into spaces. Any other control character, and characters no font can have (unassigned, private-use,
lone surrogates), is refused, named by its place and its U+ code: pasted, it would print as a box or not at all,
and Excel refuses it outright."""

from __future__ import annotations

import unicodedata

from lz_desktop.domain.errors import FieldProblem, ValidationError

_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_REFUSED = {"Cc": "控制字符", "Cn": "未分配的字符", "Co": "私用区字符", "Cs": "代理字符"}


def clean(value: str, field: str, label: str, problems: list[FieldProblem], *, multiline: bool = False) -> str:
    """`value` as the record keeps it (trimmed); what cannot be kept is added to `problems`."""
    if multiline:
        value = value.replace("\r\n", "\n")
        value = "".join("\n" if ch in _BREAKS else " " if ch == "\t" else ch for ch in value)
        value = "\n".join(line.rstrip() for line in value.split("\n"))
    else:
        value = "".join(" " if ch in _BREAKS or ch == "\t" else ch for ch in value)
    value = value.strip()
    for place, ch in enumerate(value, start=1):
        kind = _REFUSED.get(unicodedata.category(ch))
        if kind and not (multiline and ch == "\n"):
            problems.append(FieldProblem(field, label, f"第 {place} 个字符是{kind}（U+{ord(ch):04X}），不能保存；"
                                                       "请删去它（多见于从其他程序粘贴的文字）"))
            break
    return value


def required(value: str, field: str, label: str, problems: list[FieldProblem], *, multiline: bool = False,
             missing: str = "不能为空") -> str:
    """`clean`, and not empty: an empty field is named once, not on top of a refused character."""
    value = clean(value, field, label, problems, multiline=multiline)
    if not value and not any(p.field == field for p in problems):
        problems.append(FieldProblem(field, label, missing))
    return value


def cleaned(value: str, field: str, label: str, *, multiline: bool = False) -> str:
    """`clean` for one field on its own: raises ValidationError."""
    problems: list[FieldProblem] = []
    value = clean(value, field, label, problems, multiline=multiline)
    if problems:
        raise ValidationError(problems)
    return value
