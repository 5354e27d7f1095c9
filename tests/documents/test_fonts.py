"""Fonts: discovery, per-character fallback, and the non-BMP ToUnicode repair."""

import io

import pdfplumber
import pypdf
from reportlab.pdfgen.canvas import Canvas

from lz_desktop.documents import fonts
from lz_desktop.domain.document_numbers import document_number


def test_every_role_has_an_embeddable_font_and_the_bundled_one_is_last() -> None:
    for role in fonts.CANDIDATES:
        available = fonts.available(role)
        assert available, role
        assert available[-1].path.name == "LXGWWenKai-Regular.ttf" or available[-1].label.startswith("霞鹜")


def test_runs_fall_back_per_character() -> None:
    body = fonts.available("body")
    found = list(fonts.runs("吉𠮷同志", body))
    assert "".join(text for _, text in found) == "吉𠮷同志"
    assert all(font.covers(ch) for font, text in found for ch in text)
    assert fonts.missing("吉𠮷同志", body) == []
    assert fonts.missing("\U000f0000", body) == ["\U000f0000"]


def test_characters_beyond_the_bmp_extract_back_with_pypdf_and_pdfplumber() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    x = 72.0
    for font, text in fonts.runs("吉𠮷与䶮", fonts.available("body")):
        canvas.setFont(font.name, 16)
        canvas.drawString(x, 700, text)
        x += canvas.stringWidth(text, font.name, 16)
    canvas.save()
    data = buffer.getvalue()
    assert "".join(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().split()) == "吉𠮷与䶮"
    assert pdfplumber.open(io.BytesIO(data)).pages[0].extract_text() == "吉𠮷与䶮"


def test_document_numbers_as_the_standard_writes_them() -> None:
    assert document_number("区纪办发", 2026, 3) == "区纪办发〔2026〕3号"
    for bad in (("", 2026, 1), ("区纪办发", 2026, 0), ("区纪办发", 26, 1)):
        try:
            document_number(*bad)
        except ValueError as e:
            assert str(e)
        else:
            raise AssertionError(bad)
