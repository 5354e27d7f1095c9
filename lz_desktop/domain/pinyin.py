"""Pinyin keys so that typing "zs" or "zhangsan" finds 张三."""

from __future__ import annotations

# pypinyin is imported on first use: its phrase dictionary takes a quarter of a second to load, which a
# cold start showing the dashboard does not need.


def search_key(text: str) -> str:
    """Lower-case initials and full pinyin of `text`, space-separated, for a LIKE filter.

    Characters pypinyin does not know (rare ones such as 𠮷, Latin letters) are kept as they are,
    so a search for the character itself still matches through the name column.
    """
    from pypinyin import Style, lazy_pinyin

    full = lazy_pinyin(text, errors="default")
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")
    return f"{''.join(initials)} {''.join(full)}".lower()


def sort_key(text: str) -> str:
    """Pinyin order, the order a Chinese roster is read in."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text, errors="default")).lower()
