"""The regulation's text split into articles, so any rule's citation can open its article."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ARTICLE_START = re.compile(r"^\s*(第([一二三四五六七八九十百零]+)条)[\s　]*")
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十]+章")
CITATION = re.compile(r"第[一二三四五六七八九十百零]+条")


@dataclass(frozen=True)
class Article:
    number: int
    label: str  # 第二十八条
    chapter: str  # 第四章  责任追究
    text: str  # the whole article, its label included


def chinese_number(text: str) -> int:
    """一 → 1, 十 → 10, 十九 → 19, 二十八 → 28, 一百零三 → 103."""
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            raise ValueError(f"“{text}”不是中文数字")
    return total + current


def article_number(citation: str) -> int:
    """The article a citation points at: “第二十一条第（七）项” → 21."""
    match = CITATION.search(citation)
    if not match:
        raise ValueError(f"“{citation}”中没有条号")
    return chinese_number(match.group(0)[1:-1])


def split_articles(text: str) -> list[Article]:
    articles: list[Article] = []
    chapter, label, number, lines = "", "", 0, []  # type: ignore[var-annotated]

    def close() -> None:
        if label:
            articles.append(Article(number, label, chapter, "\n".join(lines).strip()))

    for line in text.splitlines():
        if _CHAPTER.match(line):
            close()
            label, lines = "", []
            chapter = line.strip()
            continue
        match = _ARTICLE_START.match(line)
        if match:
            close()
            label, number, lines = match.group(1), chinese_number(match.group(2)), [line.strip()]
        elif label:
            lines.append(line.strip())
    close()
    return articles
