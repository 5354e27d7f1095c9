"""Pinyin keys so that typing "zs" or "zhangsan" finds 张三, and "jt" finds 𠮷田.

pypinyin has no reading for some characters of real names (𠮷, U+20BB7, outside the BMP, is the case rosters
meet first). Those readings come from a supplement: the built-in one below, and what the office adds in
设置 (one line "字 拼音" each), so that every name can be found by its initials.
"""

from __future__ import annotations

import unicodedata

from lz_desktop.domain.errors import FieldProblem

# pypinyin is imported on first use: its phrase dictionary takes a quarter of a second to load, which a
# cold start showing the dashboard does not need.

BUILT_IN_READINGS = {"𠮷": "ji"}  # 𠮷 (jí), the 吉 of rare-name rosters; pypinyin 0.5x has no entry for it
_readings: dict[str, str] = dict(BUILT_IN_READINGS)


def use_readings(extra: dict[str, str]) -> None:
    """The office's own readings, on top of the built-in ones (set when an office file is opened)."""
    _readings.clear()
    _readings.update(BUILT_IN_READINGS)
    _readings.update(extra)


def _unknown(chars: str) -> str:
    """pypinyin's answer for characters it lacks: the supplement's reading, else the character itself (a
    search for the character still matches through the name column)."""
    return "".join(_readings.get(ch, ch) for ch in chars)


def _unknown_initial(chars: str) -> str:
    return "".join(_readings[ch][:1] if ch in _readings else ch for ch in chars)


def search_key(text: str) -> str:
    """Lower-case initials and full pinyin of `text`, space-separated, for a LIKE filter."""
    from pypinyin import Style, lazy_pinyin

    full = lazy_pinyin(text, errors=_unknown)
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=_unknown_initial)
    return f"{''.join(initials)} {''.join(full)}".lower()


def sort_key(text: str) -> str:
    """Pinyin order, the order a Chinese roster is read in."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text, errors=_unknown)).lower()


def parse_readings(text: str) -> tuple[dict[str, str], list[FieldProblem]]:
    """Lines "𠮷 jí" (tone marks or none) from the settings field; each bad line named by its number."""
    found: dict[str, str] = {}
    problems: list[FieldProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts:
            continue
        where = f"生僻字读音第{number}行"
        if len(parts) != 2 or len(parts[0]) != 1:
            problems.append(FieldProblem("readings", where,
                                         f"“{line.strip()}”应为一个字、一个空格、它的拼音，如“𠮷 ji”"))
            continue
        typed = parts[1].lower().replace("ü", "v")  # as pinyin input methods type it; the tone marks go
        plain = "".join(c for c in unicodedata.normalize("NFD", typed) if not unicodedata.combining(c))
        if not plain.isascii() or not plain.isalpha():
            problems.append(FieldProblem("readings", where, f"拼音“{parts[1]}”只能由字母组成（可带声调）"))
            continue
        found[parts[0]] = plain
    return found, problems


def readings_text(readings: dict[str, str]) -> str:
    return "\n".join(f"{ch} {reading}" for ch, reading in readings.items())
