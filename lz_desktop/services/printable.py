"""Text that will be printed is checked at entry against the faces that would print it: a character that no
installed or bundled face has would come out blank on every document that names it, and was refused only
when the first such document was issued. Reading the faces' tables takes about 0.4 s once per process: the
window does it in the background after it opens (ui/main_window.py)."""

from __future__ import annotations

from collections.abc import Iterable

from lz_desktop.domain.errors import FieldProblem, ValidationError


def problems(fields: Iterable[tuple[str, str, str]]) -> list[FieldProblem]:
    """(field, label, text) each: one problem per field a face lacks a character of, naming the place and the
    U+ code."""
    from lz_desktop.documents.fonts import coverage

    covered = coverage()
    found = []
    for field, label, text in fields:
        for place, ch in enumerate(text, start=1):
            if ord(ch) not in covered and not ch.isspace():
                found.append(FieldProblem(field, label, f"第 {place} 个字符“{ch}”（U+{ord(ch):04X}）在本机和本程序"
                                                        "附带的字体中都没有字形，打印时会是空白；请改用其他写法"))
                break
    return found


def check(fields: Iterable[tuple[str, str, str]]) -> None:
    """`problems`, refused as a ValidationError."""
    found = problems(fields)
    if found:
        raise ValidationError(found)


def warm() -> None:
    """Read the faces' tables now (a background job), so that the first check does not wait for them."""
    from lz_desktop.documents.fonts import coverage

    coverage()
