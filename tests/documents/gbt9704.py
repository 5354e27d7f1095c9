"""A 文书 checker's measures of GB/T 9704-2012, taken on every page of a real PDF with pdfplumber.

`problems(pdf_bytes, doc)` lists, in words, what a checker would send back: text outside the type area, a line
that starts with a closing mark or ends with an opening one (避头尾, 7.3 / 5.2.2 practice), a signature page
with no body text (7.3.5), a 版记 not on an even last page or a 版记-only page (and a blank page before it)
carrying a page number (7.4.1, 7.5), a page number on the wrong side or with the wrong figure (7.5).
Figures (mm, from the standard):
  type area 156 × 225 mm at 37 mm from the top and 28 mm from the left; page numbers 7 mm below it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from lz_desktop.documents import layout as L
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.official_document import OfficialDocument

MM = 72 / 25.4
LEFT, RIGHT = L.LEFT, L.LEFT + L.TYPE_W  # 28, 184
TOP, BOTTOM = L.TOP, L.TOP + L.TYPE_H  # 37, 262
TOLERANCE = 0.3  # mm: glyph side bearings, rounding
PAGE_NUMBER = re.compile(r"^— (\d+) —$")


@dataclass
class Line:
    text: str
    top: float  # mm from the top of the page
    x0: float
    x1: float


@dataclass
class Page:
    number: int  # 1-based position in the PDF
    lines: list[Line]  # within the type area, top to bottom
    footer: list[Line]  # below the type area: the page number, if any

    @property
    def printed_number(self) -> int | None:
        for line in self.footer:
            found = PAGE_NUMBER.match(line.text.strip())
            if found:
                return int(found.group(1))
        return None


def pages(data: bytes) -> list[Page]:
    """Each page's text lines where a renderer puts them: poppler's `pdftotext -bbox`. pdfminer (under
    pdfplumber) leaves out the character spacing after the last glyph of each string, so every change of
    font subset within a line shifted the rest of it right by 0.07 mm, 0.8 mm in all on a long line."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(data)
        html = subprocess.run(["pdftotext", "-bbox", str(source), "-"], capture_output=True, text=True,
                              check=True).stdout
    out = []
    for number, page in enumerate(re.findall(r"<page [^>]*>(.*?)</page>", html, re.S), start=1):
        words = sorted((float(y0) / MM, float(x0) / MM, float(x1) / MM, unescape(text)) for x0, y0, x1, text
                       in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<',
                                     page))
        lines: list[list[tuple[float, float, float, str]]] = []
        for word in words:
            if lines and word[0] - lines[-1][0][0] < 2.0:  # the same line, perhaps in another face
                lines[-1].append(word)
            else:
                lines.append([word])
        laid = []
        for line in lines:
            line.sort(key=lambda w: w[1])
            laid.append(Line(" ".join(w[3] for w in line), line[0][0], line[0][1], max(w[2] for w in line)))
        out.append(Page(number, [x for x in laid if x.top < BOTTOM], [x for x in laid if x.top >= BOTTOM]))
    return out


def problems(data: bytes, doc: OfficialDocument) -> list[str]:
    found: list[str] = []
    laid = pages(data)
    for page in laid:
        where = f"第{page.number}页"
        for line in page.lines + page.footer:
            if line.x0 < LEFT - TOLERANCE or line.x1 > RIGHT + TOLERANCE:
                found.append(f"{where}“{line.text[:12]}…”超出版心左右（{line.x0:.1f}–{line.x1:.1f} mm）")
        for line in page.lines:
            if line.top < TOP - 1.0 and not (doc.letter and page.number == 1 and _is_mark(line, doc)):
                found.append(f"{where}“{line.text[:12]}”高于版心")
            text = line.text
            if text[0] in L.NO_LINE_START:
                found.append(f"{where}一行以“{text[0]}”开头：{text[:12]}")
            if text[-1] in L.NO_LINE_END:
                found.append(f"{where}一行以“{text[-1]}”结尾：{text[-12:]}")
    found += _signature(laid, doc) + _colophon_and_numbers(laid, doc) + (_letter(laid, doc) if doc.letter else [])
    return found


def _is_mark(line: Line, doc: OfficialDocument) -> bool:
    return line.text.replace(" ", "") == doc.issuer_mark


def _letter(laid: list[Page], doc: OfficialDocument) -> list[str]:
    """10.1 信函格式: the mark's top 30 mm below the page's top edge; the number at the type area's right edge; no
    page number on the first page."""
    first = laid[0]
    found = []
    mark = next((line for line in first.lines if _is_mark(line, doc)), None)
    if mark is None:
        found.append("信函格式：首页没有发文机关标志")
    elif not 29.0 <= mark.top <= 31.5:
        found.append(f"信函格式：发文机关标志上边缘距上页边 {mark.top:.1f} mm，应为 30 mm")
    if doc.number:
        number = next((line for line in first.lines if line.text.replace(" ", "") == doc.number), None)
        if number is None or abs(number.x1 - RIGHT) > 1.0:
            found.append("信函格式：发文字号应顶格居版心右边缘")
    if first.printed_number is not None:
        found.append("信函格式：首页不显示页码")
    return found


def _signature(laid: list[Page], doc: OfficialDocument) -> list[str]:
    """7.3.5: the 署名 and 成文日期 share their page with body text."""
    if not doc.issuer:
        return []
    date = format_cn(doc.issue_date)
    for page in laid:
        for i, line in enumerate(page.lines):
            if line.text == date and i >= 1 and page.lines[i - 1].text == doc.issuer:
                above = [x.text for x in page.lines[:i - 1]]
                note = next((k for k, text in enumerate(above) if text.startswith("附件：")), len(above))
                if not above[:note]:  # the 附件说明 is not 正文
                    return [f"第{page.number}页：署名和成文日期所在页没有正文"]
                return []
    return [f"没有找到署名“{doc.issuer}”下的成文日期“{date}”"]


def _is_colophon(line: Line) -> bool:
    return line.text.startswith("抄送：") or line.text.endswith("印发")


def _colophon_and_numbers(laid: list[Page], doc: OfficialDocument) -> list[str]:
    found = []
    last = laid[-1]
    has_colophon = bool(doc.copy_to or (doc.printed_by and not doc.letter))
    colophon_only = has_colophon and bool(last.lines) and all(_is_colophon(line) for line in last.lines)
    if has_colophon:
        if not last.lines or not _is_colophon(last.lines[-1]):
            found.append("版记不在最后一页的末行")
        elif len(laid) > 1 and last.number % 2:
            found.append(f"版记在第{last.number}页（奇数页），应在最后一面（偶数页）")
    for page in laid:
        blank = not page.lines
        unnumbered = (page is last and colophon_only) or (blank and page.number == len(laid) - 1 and colophon_only)
        number = page.printed_number
        if blank and not unnumbered:
            found.append(f"第{page.number}页是空白页，但其后不是版记页")
        if unnumbered:
            if number is not None:
                found.append(f"第{page.number}页只有版记或为版记前的空白页，不应编页码（印有“— {number} —”）")
            continue
        if doc.letter and page.number == 1:
            continue  # checked by _letter: no number on a letter's first page
        if number != page.number:
            found.append(f"第{page.number}页页码应为“— {page.number} —”，实为 {number}")
            continue
        footer = next(line for line in page.footer if PAGE_NUMBER.match(line.text.strip()))
        em = L.PAGE_NO_PT / MM
        right_side = abs(footer.x1 - (RIGHT - em)) < 1.0
        left_side = abs(footer.x0 - (LEFT + em)) < 1.0
        if (page.number % 2 and not right_side) or (not page.number % 2 and not left_side):
            found.append(f"第{page.number}页页码位置不对：单页居右空一字，双页居左空一字")
    return found
