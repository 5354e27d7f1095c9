"""The same official document as an editable .docx, in the GB/T 9704-2012 layout.

Word and WPS use the office's installed fonts by name (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312), so
the names are written, not embedded. Line pitch is exact, so 22 lines fill the type area.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from lz_desktop.documents import layout as L
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.official_document import OfficialDocument, heading_length, heading_role

FONTS = {"title": "方正小标宋简体", "body": "仿宋_GB2312", "heading1": "黑体", "heading2": "楷体_GB2312",
         "page_number": "宋体"}


def write_docx(doc: OfficialDocument, path: Path, void_note: str = "") -> None:
    """`void_note`, for a voided document, is printed in red at the head of every page."""
    word = Document()
    section = word.sections[0]
    if void_note:
        head = section.header.paragraphs[0]
        run = head.add_run(void_note)
        run.font.size, run.font.bold, run.font.color.rgb = Pt(12), True, RGBColor(255, 0, 0)
        set_font(run, FONTS["body"])
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(L.PAGE_W), Mm(L.PAGE_H)
    section.top_margin, section.left_margin = Mm(L.TOP), Mm(L.LEFT)
    section.right_margin = Mm(L.PAGE_W - L.LEFT - L.TYPE_W)
    section.bottom_margin = Mm(L.PAGE_H - L.TOP - L.TYPE_H)
    section.footer_distance = Mm(L.PAGE_H - L.TOP - L.TYPE_H - 7 - 5)
    _grid(word)
    page_numbers(word)

    if doc.letter:
        _letter_head(word, doc)
    else:
        mark = _para(word, doc.issuer_mark, "title", L.mark_size(doc.issuer_mark), WD_ALIGN_PARAGRAPH.CENTER,
                     color=RGBColor(255, 0, 0))
        mark.paragraph_format.space_before = Mm(35)
        mark.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        _off_grid(mark)
        _blank(word, 2)
    if doc.letter:
        _para(word, doc.number or " ", "body", L.BODY_PT, WD_ALIGN_PARAGRAPH.RIGHT)
    elif doc.signer:  # an upward document: number one character in, 签发人 one character from the right (7.2.4-5)
        number = _para(word, (doc.number or " ") + "\t签发人：", "body", L.BODY_PT, first_line_chars=1)
        number.paragraph_format.tab_stops.add_tab_stop(Mm(L.TYPE_W - L.CHAR_PITCH), WD_TAB_ALIGNMENT.RIGHT)
        signer = number.add_run(doc.signer)
        signer.font.size = Pt(L.BODY_PT)
        set_font(signer, FONTS["heading2"])
        body_pitch(signer)
    else:
        number = _para(word, doc.number or " ", "body", L.BODY_PT, WD_ALIGN_PARAGRAPH.CENTER)
    if not doc.letter:
        _bottom_border(number, red=True, space_pt=11)  # the red rule, 4 mm under the number
    _blank(word, 2)
    # The same word-keeping break as the PDF (Word would break anywhere); full-width characters assumed.
    lines = L.title_lines(doc.title, lambda s: len(s) * L.pt_to_mm(L.TITLE_PT), L.TYPE_W - 4 * L.CHAR_PITCH)
    title = _para(word, lines[0], "title", L.TITLE_PT, WD_ALIGN_PARAGRAPH.CENTER)
    _off_grid(title)  # on the 3号 grid each 2号 character would take two cells: 14 to the line, words broken
    for next_line in lines[1:]:
        title.runs[-1].add_break()
        more = title.add_run(next_line)
        more.font.size = Pt(L.TITLE_PT)
        set_font(more, FONTS["title"])
    _blank(word, 1)
    _para(word, f"{doc.addressee}：", "body", L.BODY_PT)
    for text in doc.body:
        role = heading_role(text)
        cut = heading_length(text) if role != "body" else 0
        paragraph = _para(word, text[:cut] if cut else text, role if cut else "body", L.BODY_PT,
                          first_line_chars=2)
        if cut and text[cut:]:
            rest = paragraph.add_run(text[cut:])
            rest.font.size = Pt(L.BODY_PT)
            set_font(rest, FONTS["body"])
            body_pitch(rest)
    if doc.attachments:
        # 附件：左空二字; a name that wraps aligns with the first character of the name above (hanging indent,
        # a tab after the number lands on it).
        _blank(word, 1)
        numbered = len(doc.attachments) > 1
        hang = (2 + 3 + (1.5 if numbered else 0)) * L.CHAR_PITCH  # 左空二字 + 附件： + “1.”
        for i, name in enumerate(doc.attachments):
            text = (f"{i + 1}.\t{name}" if numbered else name)
            item = _para(word, ("附件：" if i == 0 else "") + text, "body", L.BODY_PT)
            fmt = item.paragraph_format
            fmt.left_indent = Mm(hang)
            fmt.first_line_indent = Mm((2 * L.CHAR_PITCH if i == 0 else 5 * L.CHAR_PITCH) - hang)
            fmt.tab_stops.add_tab_stop(Mm(hang))
    _blank(word, 2)
    date = format_cn(doc.issue_date)
    issuer = _para(word, doc.issuer, "body", L.BODY_PT, WD_ALIGN_PARAGRAPH.RIGHT)
    # centred over the date: shift a shorter name in by half the difference in characters
    centring = max(0, len(date) - len(doc.issuer)) * L.CHAR_PITCH / 2
    issuer.paragraph_format.right_indent = Mm(4 * L.CHAR_PITCH + centring)
    dated = _para(word, date, "body", L.BODY_PT, WD_ALIGN_PARAGRAPH.RIGHT)
    dated.paragraph_format.right_indent = Mm(4 * L.CHAR_PITCH)
    if doc.annex and doc.attachments:
        _annex(word, doc.attachments[0], doc.annex)
    if doc.letter and doc.copy_to:
        _para(word, "抄送：" + "，".join(doc.copy_to) + "。", "body", L.COLOPHON_PT)
    elif not doc.letter and (doc.copy_to or doc.printed_by):
        # 7.4: at the foot of the last page, its last rule on the type area's bottom edge: one paragraph in a
        # frame at the bottom of the type area (Word, WPS and LibreOffice keep it there; it followed the date a
        # blank line below). One paragraph, its lines broken: LibreOffice set a frame of two paragraphs, or a
        # second frame, straight after the date; so the thin rule between 抄送 and 印发 is left out of the
        # .docx (the PDF has it). 抄送 and 印发机关 one character in from the left, the date one from the right.
        char = Mm(L.pt_to_mm(L.COLOPHON_PT))
        printed = f"{doc.printed_by}\t{format_cn(doc.printed_on or doc.issue_date)}印发"
        colophon = _para(word, "抄送：" + "，".join(doc.copy_to) + "。" if doc.copy_to else printed, "body",
                         L.COLOPHON_PT)
        if doc.copy_to:
            colophon.runs[-1].add_break()
            more = colophon.add_run(printed)
            more.font.size = Pt(L.COLOPHON_PT)
            set_font(more, FONTS["body"])
        colophon.paragraph_format.tab_stops.add_tab_stop(Mm(L.TYPE_W) - char, alignment=WD_TAB_ALIGNMENT.RIGHT)
        colophon.paragraph_format.left_indent = colophon.paragraph_format.right_indent = char
        _top_border(colophon, 0.35)
        _bottom_border(colophon, red=False, space_pt=1, width_mm=0.35)
        _off_grid(colophon)
        _at_the_foot(colophon)
    word.save(str(path))


def _para(word: WordDocument, text: str, role: str, size: float,
          align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT, *,
          first_line_chars: int = 0, color: RGBColor | None = None) -> Paragraph:
    paragraph = word.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Mm(L.LINE_PITCH)
    if first_line_chars:
        fmt.first_line_indent = Mm(first_line_chars * L.CHAR_PITCH)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    set_font(run, FONTS[role])
    if size == L.BODY_PT:
        body_pitch(run)
    if color is not None:
        run.font.color.rgb = color
    return paragraph


def _grid(word: WordDocument) -> None:
    """GB/T 9704 5.2.2: 22 lines of 28 characters: the document grid sets the line pitch; the characters' pitch is
    the body runs' own spacing (_para), which Word, WPS and LibreOffice all honour. A character grid
    ("linesAndChars" with a negative charSpace) puts 28 to the line in Word, but LibreOffice gives each 3号
    character two cells of it: 17 to the line."""
    normal = word.styles["Normal"]
    normal.font.size = Pt(L.BODY_PT)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONTS["body"])
    sect = word.sections[0]._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(L.LINE_PITCH / 25.4 * 72 * 20)))  # twips


def _off_grid(paragraph: Paragraph) -> None:
    """Text in another size than 3号 (the issuer mark, the title, the 版记) keeps its own advance."""
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    _insert(paragraph._element.get_or_add_pPr(), snap, _AFTER_SNAP)


def _at_the_foot(paragraph: Paragraph) -> None:
    """In a frame as wide as the type area, at the bottom of it."""
    frame = OxmlElement("w:framePr")
    for key, value in (("w", str(round(L.TYPE_W / 25.4 * 1440))), ("wrap", "around"), ("vAnchor", "margin"),
                       ("hAnchor", "margin"), ("xAlign", "center"), ("yAlign", "bottom")):
        frame.set(qn(f"w:{key}"), value)
    paragraph._element.get_or_add_pPr().insert(0, frame)


def _blank(word: WordDocument, lines: int) -> None:
    for _ in range(lines):
        _para(word, "", "body", L.BODY_PT)


def _border(paragraph: Paragraph, side: str, color: str, width_mm: float, space_pt: int, style: str = "single"
            ) -> None:
    p_pr = paragraph._element.get_or_add_pPr()
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        _insert(p_pr, borders, _AFTER_BORDERS)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), style)
    edge.set(qn("w:sz"), str(round(width_mm / 25.4 * 72 * 8)))  # eighths of a point
    edge.set(qn("w:space"), str(space_pt))
    edge.set(qn("w:color"), color)
    borders.append(edge)


def _annex(word: WordDocument, title: str, rows: tuple[tuple[str, ...], ...]) -> None:
    """附件 on a page of its own: “附件” in 黑体 at the top left, the title on the third line, the table ruled,
    its header row repeated on each page (as the PDF: documents/official_annex.py)."""
    from docx.enum.text import WD_BREAK

    from lz_desktop.documents.official_annex import CELL_PT, WEIGHTS

    word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _para(word, "附件", "heading1", L.BODY_PT)
    _blank(word, 1)
    heading = _para(word, title, "title", L.TITLE_PT, WD_ALIGN_PARAGRAPH.CENTER)
    _off_grid(heading)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    weights = [WEIGHTS.get(h, 2.0 if h != rows[0][-1] else 4.0) for h in rows[0]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Mm(L.TYPE_W * weights[c] / sum(weights))
            paragraph = cell.paragraphs[0]
            if r == 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.font.size = Pt(CELL_PT)
            set_font(run, FONTS["heading1" if r == 0 else "body"])
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)


def _letter_head(word: WordDocument, doc: OfficialDocument) -> None:
    """10.1 信函格式 on the first page only (a first-page header and footer of its own): the mark 30 mm from the
    top edge with the red double rule, thick over thin, 4 mm under it; the second, thin over thick, 20 mm above
    the bottom edge; no page number. Word moves the first page's text below the header."""
    section = word.sections[0]
    section.different_first_page_header_footer = True
    section.header_distance = Mm(L.LETTER_MARK_TOP + L.TOP)
    head = section.first_page_header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(doc.issuer_mark)
    run.font.size, run.font.color.rgb = Pt(L.mark_size(doc.issuer_mark)), RGBColor(255, 0, 0)
    set_font(run, FONTS["title"])
    margin = Mm((L.LETTER_RULE_W - L.TYPE_W) / 2)  # 170 mm rules on a 156 mm type area: out 7 mm each side
    head.paragraph_format.left_indent = head.paragraph_format.right_indent = -margin
    _border(head, "bottom", "FF0000", L.THICK + L.THIN, 11, "thickThinMediumGap")
    section.footer_distance = Mm(20)
    foot = section.first_page_footer.paragraphs[0]
    foot.paragraph_format.left_indent = foot.paragraph_format.right_indent = -margin
    _border(foot, "top", "FF0000", L.THICK + L.THIN, 1, "thinThickMediumGap")


def _bottom_border(paragraph: Paragraph, *, red: bool, space_pt: int, width_mm: float = 0.35) -> None:
    _border(paragraph, "bottom", "FF0000" if red else "000000", width_mm, space_pt)


def _top_border(paragraph: Paragraph, width_mm: float) -> None:
    _border(paragraph, "top", "000000", width_mm, 1)


def page_numbers(word: WordDocument) -> None:
    """“— 1 —” in 4号 宋体: odd pages right, even pages left, one character in."""
    word.settings.odd_and_even_pages_header_footer = True
    section = word.sections[0]
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        paragraph = footer.paragraphs[0]
        paragraph.alignment = align
        indent = Mm(L.pt_to_mm(L.PAGE_NO_PT))
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = indent
        else:
            paragraph.paragraph_format.left_indent = indent
        _footer_run(paragraph, "— ")
        _page_field(paragraph)
        _footer_run(paragraph, " —")


def _footer_run(paragraph: Paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(L.PAGE_NO_PT)
    set_font(run, FONTS["page_number"])


def _page_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    run.font.size = Pt(L.PAGE_NO_PT)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)


# Where the schema puts an element among its siblings: Word refuses a file whose elements are out of order.
_AFTER_RUN_SPACING = ("w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
                      "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_AFTER_BORDERS = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                  "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                  "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                  "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
_AFTER_SNAP = _AFTER_BORDERS[_AFTER_BORDERS.index("snapToGrid") + 1:]


def _insert(parent, child, later: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """`child` into `parent` before the first sibling the schema puts after it."""
    following = next((e for e in parent if e.tag in {qn(f"w:{t}") for t in later}), None)
    if following is None:
        parent.append(child)
    else:
        following.addprevious(child)


def body_pitch(run: Run) -> None:
    """3号 characters 5.57 mm apart, 28 to a 156 mm line (GB/T 9704 5.2.2): condensed by a quarter point (a
    fifth would leave the 28th a hair too wide in some renderers)."""
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(round((L.CHAR_PITCH / 25.4 * 72 - L.BODY_PT) * 20) - 1))  # twips: -5
    _insert(run._element.get_or_add_rPr(), spacing, _AFTER_RUN_SPACING)


def set_font(run: Run, name: str) -> None:
    """Word picks Chinese text's font from the eastAsia slot, not from the font name."""
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
