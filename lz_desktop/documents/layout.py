"""GB/T 9704-2012 page geometry and Chinese line breaking, in millimetres."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from reportlab.lib.units import mm

PAGE_W, PAGE_H = 210.0, 297.0
TOP, LEFT = 37.0, 28.0  # 5.2.1 页边: 天头 37 mm, 订口 28 mm
TYPE_W, TYPE_H = 156.0, 225.0  # 版心 156 × 225 mm
LINES, CHARS = 22, 28  # 5.2.2: 22 lines of 28 characters
LINE_PITCH = TYPE_H / LINES  # 10.227 mm
CHAR_PITCH = TYPE_W / CHARS  # 5.571 mm
BODY_PT, TITLE_PT, MARK_PT, PAGE_NO_PT, COLOPHON_PT = 16, 22, 36, 14, 14  # 3号, 2号, 4号
ASCENT = 0.88  # where a CJK em box sits on its baseline, as a fraction of the size
RED = (1.0, 0.0, 0.0)
# 10.1 信函格式: the issuer mark's top 30 mm below the page's top edge; red double rules 170 mm long, centred, the
# first 4 mm under the mark (thick over thin), the second 20 mm above the page's bottom edge (thin over thick).
LETTER_MARK_TOP = 30.0 - TOP  # in type-area coordinates: above the type area
LETTER_RULE_W = 170.0
LETTER_FOOT_RULE = PAGE_H - 20.0 - TOP
THICK, THIN, RULE_GAP = 1.0, 0.35, 0.8  # mm: the double rule's strokes and the space between them
SEVEN_EIGHTHS = 7 / 8  # of a 3号 character's height: from a double rule to the text next to it
DASH_HEIGHT = 0.40  # an em dash's top edge above its baseline in Song faces (measured: UMing 0.397 em)

# A line may not start with these (they hang on the line before), nor end with the openers.
NO_LINE_START = set("，。、；：？！）》」』”’…%．,.;:?!)]}—")
NO_LINE_END = set("（《「『“‘([{")


class Advances(dict[str, float]):
    """Character → advance (in whatever unit `measure` gives), each character measured the first time it is
    asked for. A hit is a plain dict lookup, so sums and line breaking run over `__getitem__` at C speed."""

    def __init__(self, measure: Callable[[str], float]):
        super().__init__()
        self._measure = measure

    def __missing__(self, char: str) -> float:
        advance = self[char] = self._measure(char)
        return advance


def pt_to_mm(value: float) -> float:
    return value / mm


def y_pdf(from_type_top_mm: float) -> float:
    """A distance below the top of the type area, as reportlab's y (points from the page bottom)."""
    return (PAGE_H - TOP - from_type_top_mm) * mm


def baseline_in_cell(cell_top_mm: float, size_pt: float, pitch_mm: float = LINE_PITCH) -> float:
    """The baseline that centres an em box of `size_pt` in a line cell starting at `cell_top_mm`."""
    em = pt_to_mm(size_pt)
    return cell_top_mm + (pitch_mm - em) / 2 + ASCENT * em


def break_lines(text: str, width_of: Callable[[str], float], limit: float,
                first_indent: float = 0.0, widths: list[float] | None = None) -> list[str]:
    """Lines no wider than `limit` (mm), keeping the Chinese rules on line starts and ends (避头尾).

    Widths add up character by character (reportlab draws TrueType text without kerning, and the body's
    character spacing is per character): each character is measured once, and each line's end is found by
    bisecting the running widths, not by adding characters one at a time (500 notices, 3,500 paragraphs).
    `widths`, where given, are the characters' advances as drawn (a heading sentence in its own face)."""
    ends = list(accumulate(widths if widths is not None else map(width_of, text), initial=0.0))
    lines: list[str] = []
    start, available = 0, limit - first_indent
    while start < len(text):
        end = max(start + 1, bisect_right(ends, ends[start] + available + 1e-9, lo=start + 1) - 1)
        end = _kept_together(text, start, end)
        lines.append(text[start:end])
        start, available = end, limit
    return lines or [""]


def _kept_together(text: str, start: int, end: int) -> int:
    """Where a line from `start` ends, at `end` or before it: no closing mark starts the next line (a run of
    them, "），", goes down with the character before it), no opening mark ends this one, and a number or a
    Latin word is not split (2026, 92.7%, GB/T). A line that cannot give anything back (one character, all
    marks, one long number) keeps its end."""
    if end >= len(text):
        return end
    cut = end
    while cut > start + 1 and text[cut] in NO_LINE_START:
        cut -= 1  # the character before the closing run goes down with it
    while cut > start + 1 and text[cut - 1] in NO_LINE_END:
        cut -= 1  # an opener goes down to its text
    while cut > start + 1 and _word(text[cut - 1]) and _word(text[cut]):
        cut -= 1  # the number goes down whole
    while cut > start + 1 and text[cut - 1] in NO_LINE_END:
        cut -= 1
    return cut if text[cut] not in NO_LINE_START and not (_word(text[cut - 1]) and _word(text[cut])) else end


def _word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in ".%/")


def mark_size(text: str) -> float:
    """The issuer mark's size: 36 pt, or smaller so that the name stays on one line of the type area."""
    return min(float(MARK_PT), TYPE_W * 72 / 25.4 / max(1, len(text)))


# Words of this office's documents that a title line must not split (GB/T 9704-2012 7.2.8: 回行时，要做到
# 词意完整，排列对称). Longer words first, so that “党风廉政建设责任制” wins over its parts.
TITLE_WORDS = sorted({
    "党风廉政建设责任制", "党风廉政建设", "责任制", "检查考核", "专项检查", "整改", "通知", "问题", "领导班子",
    "领导干部", "专题会议", "民主生活会", "民主评议", "责任追究", "责任分解", "年度计划", "工作", "情况",
    "措施", "督办", "有关事项", "发现", "进行", "开展", "关于", "实施", "办法", "规定", "考核", "巡察", "巡视",
    "反馈", "落实", "报告", "意见", "决定", "纪律检查委员会", "委员会", "人民政府", "办公室", "财政局",
    "书记", "副书记", "主任", "副主任", "局长", "副局长", "成员", "委员", "党组", "党委", "同志", "通报批评",
    "党内警告", "诫勉谈话", "书面检查", "给予", "督促", "处理", "执行情况",
}, key=len, reverse=True)
_BREAK_AFTER = set("的和与及、，")


def title_lines(text: str, width_of: Callable[[str], float], limit: float) -> list[str]:
    """Title lines that keep words whole and are as even as the text allows (two lines at most;
    longer titles fall back to ordinary line breaking)."""
    # Widths add up (see break_lines): one pass gives every split's two widths.
    before = list(accumulate((width_of(c) for c in text), initial=0.0))
    total = before[-1]
    if total <= limit:
        return [text]
    inside: set[int] = set()
    for word in TITLE_WORDS:
        start = text.find(word)
        while start >= 0:
            inside.update(range(start + 1, start + len(word)))  # a break between these splits the word
            start = text.find(word, start + 1)
    best: tuple[float, int] | None = None
    for cut in range(1, len(text)):
        first, second = before[cut], total - before[cut]
        if first > limit or second > limit or text[cut] in NO_LINE_START:
            continue
        penalty = abs(first - second)
        if cut in inside:
            penalty += 100.0  # a split word reads worse than any imbalance
        elif text[cut - 1] not in _BREAK_AFTER:
            penalty += 10.0
        if best is None or penalty < best[0]:
            best = (penalty, cut)
    if best is None:
        return break_lines(text, width_of, limit)
    return [text[:best[1]], text[best[1]:]]
