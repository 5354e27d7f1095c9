"""GB/T 9704-2012 measured on the real PDF with pdfplumber (within 1 mm) and read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import itertools

import pdfplumber
import pypdf
import pytest

from lz_desktop.documents import layout as L
from lz_desktop.documents.fonts import MissingGlyphs
from lz_desktop.documents.official import render_pdf
from lz_desktop.domain.official_document import OfficialDocument

MM = 72 / 25.4
TYPE_TOP, TYPE_LEFT = L.TOP, L.LEFT
TYPE_BOTTOM, TYPE_RIGHT = L.TOP + L.TYPE_H, L.LEFT + L.TYPE_W


def mm(points: float) -> float:
    return points / MM


def line_of(page: pdfplumber.page.Page, text: str) -> list[dict]:  # type: ignore[type-arg]
    """The chars of the first text line that contains `text`."""
    chars = page.chars
    joined = "".join(c["text"] for c in chars)
    start = joined.index(text)
    return chars[start:start + len(text)]


@pytest.fixture
def pdf(notice: OfficialDocument) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(render_pdf(notice)))


def baseline_mm(char: dict) -> float:  # type: ignore[type-arg]
    """Baseline of a char, in mm from the top of the page."""
    return L.PAGE_H - mm(char["matrix"][5])


def test_issuer_mark_is_red_centred_35mm_below_the_type_area(pdf: pdfplumber.PDF) -> None:
    page = pdf.pages[0]
    mark = line_of(page, "中共北京市永安区纪律检查委员会办公室")
    size = mark[0]["size"]
    top_of_em = baseline_mm(mark[0]) - L.ASCENT * mm(size)
    assert abs(top_of_em - (TYPE_TOP + 35)) < 1
    assert all(tuple(c["non_stroking_color"]) == (1, 0, 0) for c in mark)
    left, right = mm(mark[0]["x0"]), mm(mark[-1]["x1"])
    assert abs((left + right) / 2 - (TYPE_LEFT + L.TYPE_W / 2)) < 1
    assert right - left <= L.TYPE_W + 0.5


def test_number_two_lines_below_and_the_red_rule_4mm_under_it(pdf: pdfplumber.PDF) -> None:
    page = pdf.pages[0]
    mark = line_of(page, "中共北京市永安区纪律检查委员会办公室")
    number = line_of(page, "区纪办发〔2026〕3号")
    mark_bottom = baseline_mm(mark[0]) + (1 - L.ASCENT) * mm(mark[0]["size"])
    number_cell_top = mark_bottom + 2 * L.LINE_PITCH
    assert abs(baseline_mm(number[0]) - L.baseline_in_cell(number_cell_top - TYPE_TOP, 16) - TYPE_TOP) < 1
    assert abs((mm(number[0]["x0"]) + mm(number[-1]["x1"])) / 2 - (TYPE_LEFT + L.TYPE_W / 2)) < 1
    assert "".join(c["text"] for c in number) == "区纪办发〔2026〕3号"
    red = [ln for ln in page.lines if tuple(ln["stroking_color"]) == (1, 0, 0)]
    assert len(red) == 1
    rule = red[0]
    assert abs(mm(rule["x0"]) - TYPE_LEFT) < 0.5 and abs(mm(rule["x1"]) - TYPE_RIGHT) < 0.5
    number_glyph_bottom = baseline_mm(number[0]) + (1 - L.ASCENT) * mm(16)
    assert abs(mm(rule["top"]) - (number_glyph_bottom + 4)) < 1


def test_title_2hao_centred_body_3hao_on_the_28_character_grid(pdf: pdfplumber.PDF) -> None:
    page = pdf.pages[0]
    title = line_of(page, "关于对区财政局")
    assert round(title[0]["size"]) == 22
    body = [c for c in page.chars if round(c["size"]) == 16 and c["text"] not in " "]
    assert body, "body text on page 1"
    # each full-width body character advances exactly one grid cell (156 mm / 28)
    line = [c for c in body if abs(c["top"] - body[-1]["top"]) < 0.5]
    steps = [mm(b["x0"] - a["x0"]) for a, b in itertools.pairwise(line)
             if ord(a["text"]) > 0x2E80 and ord(b["text"]) > 0x2E80]
    assert steps and all(abs(s - L.CHAR_PITCH) < 0.3 for s in steps)
    for c in body:
        assert mm(c["x0"]) >= TYPE_LEFT - 0.5 and mm(c["x1"]) <= TYPE_RIGHT + 0.5


def test_a_full_page_holds_22_lines_of_28_characters(notice: OfficialDocument) -> None:
    long = dataclasses.replace(notice, body=("责" * 28 * 60,))
    pdf = pdfplumber.open(io.BytesIO(render_pdf(long)))
    page = pdf.pages[1]  # a page of body only
    tops = sorted({round(c["top"], 1) for c in page.chars if c["text"] == "责"})
    assert len(tops) == 22
    pitches = [mm(b - a) for a, b in itertools.pairwise(tops)]
    assert all(abs(p - L.LINE_PITCH) < 0.2 for p in pitches)
    per_line = [sum(1 for c in page.chars if c["text"] == "责" and round(c["top"], 1) == t) for t in tops]
    assert set(per_line) == {28}


def test_page_numbers_odd_right_even_left_in_4hao(pdf: pdfplumber.PDF) -> None:
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        number = [c for c in page.chars if round(c["size"]) == 14 and mm(c["top"]) > TYPE_BOTTOM + 3]
        assert "".join(c["text"] for c in number).replace(" ", "") == f"—{page.page_number}—"
        one_char = mm(14)
        if page.page_number % 2:
            assert abs(mm(number[-1]["x1"]) - (TYPE_RIGHT - one_char)) < 1
        else:
            assert abs(mm(number[0]["x0"]) - (TYPE_LEFT + one_char)) < 1


def test_the_dash_is_7mm_below_the_type_area_on_a_qtpdf_rendering(notice: OfficialDocument, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Rendered to an image with QtPdf: the ink of the first dash starts 7 mm under the type area."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "notice.pdf"
    path.write_bytes(render_pdf(notice))
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    per_mm = 10  # 254 dpi
    image = document.render(0, QSize(int(L.PAGE_W * per_mm), int(L.PAGE_H * per_mm)))
    dash = next(c for c in pdfplumber.open(path).pages[0].chars if round(c["size"]) == 14)
    columns = range(int(mm(dash["x0"]) * per_mm) + 2, int(mm(dash["x1"]) * per_mm) - 2)
    ink = [y for y in range(int((TYPE_BOTTOM + 2) * per_mm), int((TYPE_BOTTOM + 15) * per_mm))
           if any(_dark(image.pixelColor(x, y)) for x in columns)]
    assert ink, "the page number was drawn"
    assert abs(ink[0] / per_mm - (TYPE_BOTTOM + 7)) < 1


def test_signature_date_four_characters_from_the_right_and_colophon_at_the_foot(pdf: pdfplumber.PDF) -> None:
    last = pdf.pages[-1]
    date = line_of(last, "2026年9月2日")
    assert abs(mm(date[-1]["x1"]) - (TYPE_RIGHT - 4 * L.CHAR_PITCH)) < 1
    issuer = line_of(last, "中共北京市永安区纪律检查委员会")
    rules = sorted((ln for ln in last.lines if tuple(ln["stroking_color"]) == (0, 0, 0)), key=lambda ln: ln["top"])
    assert abs(mm(rules[-1]["top"]) - TYPE_BOTTOM) < 0.5  # the last rule on the bottom edge of the type area
    widths = [round(mm(ln["linewidth"]), 2) for ln in rules]
    assert widths == [0.35, 0.25, 0.35]
    assert issuer and "抄送：区委办公室，区委组织部。" in last.extract_text()
    assert "2026年9月2日印发" in last.extract_text()


def test_text_reads_back_as_the_data_rare_characters_included(notice: OfficialDocument) -> None:
    data = render_pdf(notice)
    plumber = "".join(p.extract_text() for p in pdfplumber.open(io.BytesIO(data)).pages)
    assert "吉𠮷同志负责联络" in plumber.replace("\n", "")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert "𠮷" in text and "区纪办发〔2026〕3号" in text
    for paragraph in notice.body:
        assert paragraph.replace("𠮷", "") [:10] in plumber.replace("\n", "")


def test_every_font_is_embedded(notice: OfficialDocument) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(notice)))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font.get_object()["/BaseFont"]


def test_two_renderings_are_byte_identical(notice: OfficialDocument) -> None:
    assert render_pdf(notice) == render_pdf(notice)


def test_a_character_no_font_has_is_named_with_its_field(notice: OfficialDocument) -> None:
    unprintable = dataclasses.replace(notice, addressee="\U000f0000某单位")  # a private-use character
    with pytest.raises(MissingGlyphs) as caught:
        render_pdf(unprintable)
    assert "“主送机关”" in str(caught.value) and caught.value.field == "主送机关"
    assert "字符U+F0000在" in str(caught.value)  # it shows as nothing: named by its code


def test_exported_files_get_the_mode_the_umask_gives(notice: OfficialDocument, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    from lz_desktop.documents.files import write_atomically

    old = os.umask(0o022)
    try:
        made = write_atomically(tmp_path / "通知.pdf", lambda tmp: tmp.write_bytes(render_pdf(notice)))
    finally:
        os.umask(old)
    assert stat.S_IMODE(made.stat().st_mode) == 0o644  # not mkstemp's 0600: others on the share can read it


def _dark(color) -> bool:  # type: ignore[no-untyped-def]
    """Ink, not the transparent page QtPdf leaves where nothing is drawn."""
    return bool(color.alpha() > 128 and color.lightness() < 128)


def test_only_the_heading_sentence_takes_the_heading_face(pdf: pdfplumber.PDF) -> None:
    chars = [c for p in pdf.pages for c in p.chars if round(c["size"]) == 16]
    text = "".join(c["text"] for c in chars)
    start = text.index("（一）专题会议召开不足。")
    heading = chars[start:start + len("（一）专题会议召开不足。")]
    rest = chars[start + len("（一）专题会议召开不足。"):start + len("（一）专题会议召开不足。") + 6]
    assert {c["fontname"].split("+")[-1] for c in heading if c["text"] not in "（）"} == {"FandolKai-Regular"}
    assert all("FandolFang" in c["fontname"] for c in rest)  # 主要负责人全年… back in the body face
    first = chars[text.index("一、存在的主要问题")]
    assert "FandolHei" in first["fontname"]  # 一、 in the Hei face


def test_each_role_is_set_in_its_standard_face_where_no_official_font_is_installed(pdf: pdfplumber.PDF) -> None:
    """GB/T 9704: 小标宋 for the issuer mark and title, 仿宋 for the body, 黑体 and 楷体 for the headings, 宋体 for
    the page numbers; the app's Fandol faces stand in for each (this machine has no official font)."""
    faces = {}
    for page in pdf.pages:
        for c in page.chars:
            faces.setdefault(c["text"], c["fontname"].split("+")[-1])
    assert faces["委"] == "FandolSong-Bold" and faces["关"] == "FandolSong-Bold"  # mark and title
    assert faces["根"] == "FandolFang-Regular" and faces["—"] == "FandolSong-Regular"
    assert faces["𠮷"] == "LXGWWenKai-Regular"  # what no Fandol face has, in the face that has it


def test_title_lines_keep_words_whole_and_even() -> None:
    def width(text: str) -> float:
        return len(text) * 7.76  # 2号: one full-width character is 22 pt

    limit = L.TYPE_W - 4 * L.CHAR_PITCH
    lines = L.title_lines("关于对区财政局党风廉政建设责任制检查考核发现问题进行整改的通知", width, limit)
    assert lines == ["关于对区财政局党风廉政建设责任制", "检查考核发现问题进行整改的通知"]
    assert L.title_lines("关于开展检查考核的通知", width, limit) == ["关于开展检查考核的通知"]


def test_lines_break_by_the_chinese_rules() -> None:
    def one(_char: str) -> float:
        return 1.0

    # five characters a line: a closing mark never starts a line, the character before goes down with it
    assert L.break_lines("一二三四五。六七", one, 5) == ["一二三四", "五。六七"]
    assert L.break_lines("一二三四（五）六", one, 5) == ["一二三四", "（五）六"]  # an opener never ends one
    assert L.break_lines("一二三四五六七八", one, 5, first_indent=2) == ["一二三", "四五六七八"]  # 左空二字
    assert L.break_lines("一二三四五", one, 5) == ["一二三四五"]
    assert L.break_lines("", one, 5) == [""]
    assert L.break_lines("一二", lambda _c: 9.0, 5) == ["一", "二"]  # too wide still gets a line of its own
