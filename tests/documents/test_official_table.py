import io

import pdfplumber
import pypdf
import pytest

from lz_desktop.documents.fonts import MissingGlyphs
from lz_desktop.documents.official_table import OfficialTable, render_table

HEADERS = ("序号", "单位", "问题", "来源", "整改期限", "状态")


def ledger(rows: int) -> OfficialTable:
    return OfficialTable(
        title="2026年度整改台账", headers=HEADERS, note="截至2026年11月25日",
        rows=tuple((str(i), "区财政局", f"第{i}项问题：专题会议召开不足，吉𠮷同志负责", "检查考核", "2026-10-08", "整改中")
                   for i in range(1, rows + 1)),
        widths=(0.5, 1.2, 3.5, 1, 1, 0.8))


def test_a_long_table_repeats_its_header_on_every_landscape_page() -> None:
    pdf = pdfplumber.open(io.BytesIO(render_table(ledger(60))))
    assert len(pdf.pages) >= 3
    for page in pdf.pages:
        assert page.width > page.height  # landscape
        text = page.extract_text()
        assert all(h in text for h in HEADERS)
    everything = "".join(p.extract_text() for p in pdf.pages).replace("\n", "")
    assert "第60项问题" in everything and "吉𠮷同志负责" in everything and "2026年度整改台账" in everything


def test_a_table_of_many_pages_keeps_every_row_once_in_order_with_its_header_on_each_page() -> None:
    """Far more rows than platypus is handed at once (a window of about two pages): nothing is lost, doubled
    or reordered where one window ends and the next begins, and rows of several lines are not cut."""
    import re

    rows = tuple((f"{i:03d}", "区财政局", ("问题说明，" * (1 + i % 13)) + f"编号Q{i:03d}止", "检查考核", "2026-10-08", "整改中")
                 for i in range(1, 301))
    table = OfficialTable(title="整改台账", headers=HEADERS, rows=rows, widths=(0.5, 1.2, 3.5, 1, 1, 0.8))
    pdf = pdfplumber.open(io.BytesIO(render_table(table)))
    assert len(pdf.pages) > 10
    seen = []
    for page in pdf.pages:
        text = page.extract_text().replace("\n", "")
        assert all(h in text for h in HEADERS)
        seen += [int(n) for n in re.findall(r"编号Q(\d{3})止", text)]
    assert seen == list(range(1, 301))


def test_table_fonts_are_embedded_and_output_is_repeatable() -> None:
    data = render_table(ledger(5))
    assert data == render_table(ledger(5))
    for font in pypdf.PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"].values():
        assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()


def test_an_unprintable_cell_is_named_by_row() -> None:
    table = OfficialTable(title="台账", headers=("单位",), rows=(("区财政局",), ("\U000f0002",)))
    with pytest.raises(MissingGlyphs, match="表格第2行"):
        render_table(table)


def test_a_long_table_says_how_far_it_has_come_and_stops_when_cancelled() -> None:
    from lz_desktop.documents.official_table import Cancelled

    told: list[tuple[int, int]] = []
    render_table(ledger(1500), progress=lambda done, total: told.append((done, total)))
    assert told and all(done < total for done, total in told)
    assert [done for done, _ in told] == sorted(done for done, _ in told)

    asked: list[int] = []

    def cancelled() -> bool:  # the clerk presses 取消 once the layout has begun
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        render_table(ledger(1500), cancelled=cancelled)


def _words(data: bytes) -> list[str]:
    """Each line of each cell as poppler reads it (a cell's line is one word: the cells hold no spaces)."""
    import re
    import subprocess
    import tempfile
    from html import unescape
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "t.pdf"
        source.write_bytes(data)
        html = subprocess.run(["pdftotext", "-bbox", str(source), "-"], capture_output=True, text=True,
                              check=True).stdout
    return [unescape(w) for w in re.findall(r"<word [^>]*>([^<]*)<", html)]


def test_cells_keep_the_line_breaking_rules_and_headings_break_between_words() -> None:
    """No line of a cell ends with “ or （, none starts with ”, ）, ， or 。; a narrow column's heading is 责任 /
    领导, never 责任领 / 导 (seen in the ledger PDF)."""
    from lz_desktop.documents import layout as L

    text = "单位党组未按“一岗双责”要求研究部署，“三重一大”事项未经集体讨论（见会议记录），已责令整改。"
    rows = tuple((str(i), f"第{i}项" + text[i % len(text):] + text[: i % len(text)] + "止", "检查考核")
                 for i in range(1, 60))
    table = OfficialTable(title="整改台账", headers=("序号", "问题", "责任领导"), rows=rows, widths=(0.4, 1.3, 0.2),
                          landscape=False)
    words = _words(render_table(table))
    cell_lines = [w for w in words if not w.startswith("—") and w not in ("—",) and not w.isdigit()]
    assert not [w for w in cell_lines if w[0] in L.NO_LINE_START], "a line starts with a closing mark"
    assert not [w for w in cell_lines if w[-1] in L.NO_LINE_END], "a line ends with an opening mark"
    assert "责任" in words and "领导" in words and "责任领" not in words
