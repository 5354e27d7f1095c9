"""An official document (公文) laid out as GB/T 9704-2012 wants it, as PDF bytes.

Plain data in, bytes out: no database, no Qt. Identical input gives identical bytes (reportlab's
invariant mode), so an issued document can be reprinted exactly.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lz_desktop.documents import layout as L
from lz_desktop.documents.fonts import FontChoice, LoadedFont, MissingGlyphs, missing, runs
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.official_document import OfficialDocument, heading_length, heading_role


def check_printable(doc: OfficialDocument, choice: FontChoice) -> None:
    """Before anything is issued: every character has a glyph in some installed font."""
    roles = {"发文机关标志": "title", "标题": "title", "正文": "body", "签发人": "heading2"}
    for label, text in doc.fields().items():
        lacking = missing(text, choice.fonts(roles.get(label, "body")))
        if lacking:
            raise MissingGlyphs("".join(lacking), label)


def render_pdf(doc: OfficialDocument, choice: FontChoice | None = None) -> bytes:
    return render_many([doc], choice)


def render_many(docs: list[OfficialDocument], choice: FontChoice | None = None) -> bytes:
    """Documents one after another in one PDF (a batch to print); each starts a page and numbers its own."""
    choice = choice or FontChoice()
    for doc in docs:
        check_printable(doc, choice)
    buffer = io.BytesIO()
    body_font = choice.fonts("body")[0].name  # not Helvetica: every font in the file is embedded
    canvas = Canvas(buffer, pagesize=(L.PAGE_W * mm, L.PAGE_H * mm), invariant=1, pageCompression=1,
                    initialFontName=body_font, initialFontSize=L.BODY_PT)
    first = docs[0] if docs else None
    canvas.setTitle(first.title if len(docs) == 1 and first else f"公文 {len(docs)} 件")
    canvas.setSubject(first.subject or first.number if len(docs) == 1 and first else "")
    canvas.setCreator("lz-desktop")
    widths: Widths = {}  # shared by the batch: the same characters in the same sizes, measured once
    for doc in docs:
        _Pages(canvas, choice, widths).write(doc)
    canvas.save()
    return buffer.getvalue()


Widths = dict[tuple[str, float], L.Advances]  # (role, size) → its advances


class _Pages:
    """A cursor over the type area: `y` is millimetres below its top edge."""

    def __init__(self, canvas: Canvas, choice: FontChoice, widths: Widths | None = None):
        self.canvas, self.choice = canvas, choice
        self.y, self.page = 0.0, 1
        self._fonts: dict[str, list[LoadedFont]] = {}  # measured per character: resolve each role once
        self._widths: Widths = {} if widths is None else widths
        self._text: _PageText | None = None
        self._numbered = True  # a blank page and a page with only the 版记 carry no page number (7.5)
        self._movable: list[tuple[int, float, bool]] = []  # this page's lines of text: (first op, top mm, 正文?)

    # the document, top to bottom -----------------------------------------------------------
    def write(self, doc: OfficialDocument) -> None:
        # A paper with no issuer mark (a duty list, a responsibility statement) starts at its title.
        if doc.issuer_mark and doc.letter:
            self._letter_header(doc)
        elif doc.issuer_mark:
            self._header(doc)
            self.y += 2 * L.LINE_PITCH  # 标题：红色分隔线下空二行
        else:
            self.y = L.LINE_PITCH
        title_width = L.TYPE_W - 4 * L.CHAR_PITCH
        for line in L.title_lines(doc.title, self.advances("title", L.TITLE_PT).__getitem__, title_width + 0.01):
            self.text_line(line, "title", L.TITLE_PT, align="center")
        self.y += L.LINE_PITCH  # 主送机关：标题下空一行，居左顶格
        if doc.addressee:
            for line in self._wrap(doc.addressee + "：", "body", L.BODY_PT, L.TYPE_W):
                self.text_line(line, "body", L.BODY_PT)
        for paragraph in doc.body:
            self.paragraph(paragraph)
        if doc.attachments:
            # The 附件说明 would open a page, and the signature after it would have no 正文 with it.
            self._room_with_text(2)
            self.y += L.LINE_PITCH  # 附件说明：正文下空一行，左空二字
            self._attachments(doc.attachments)
        if doc.issuer:
            self._signature(doc)
        if doc.annex and doc.attachments:
            from lz_desktop.documents.official_annex import draw_annex

            draw_annex(self, doc.attachments[0], doc.annex)
        if doc.letter:
            if doc.copy_to:
                self._letter_copy_to(doc)
        elif doc.copy_to or doc.printed_by:
            self._colophon(doc)
        self._end_page()

    def _header(self, doc: OfficialDocument) -> None:
        # 7.2.3 发文机关标志: red, centred, its top 35 mm below the top of the type area.
        size = float(L.MARK_PT)
        width = self.width(doc.issuer_mark, "title", size)
        if width > L.TYPE_W:  # a long name is set narrower, never wider than the type area
            size = size * L.TYPE_W / width
        em = L.pt_to_mm(size)
        self.y = 35.0
        self.draw(doc.issuer_mark, "title", size, (L.TYPE_W - self.width(doc.issuer_mark, "title", size)) / 2,
                  self.y + L.ASCENT * em, L.RED)
        self.y += em + 2 * L.LINE_PITCH  # 发文字号：发文机关标志下空二行
        number_top = self.y
        if doc.signer:
            self._number_and_signer(doc)
        elif doc.number:
            self.text_line(doc.number, "body", L.BODY_PT, align="center")
        else:
            self.y += L.LINE_PITCH
        # 7.2.6: a red rule as wide as the type area, 4 mm below the number.
        glyph_bottom = L.baseline_in_cell(number_top, L.BODY_PT) + (1 - L.ASCENT) * L.pt_to_mm(L.BODY_PT)
        rule_y = glyph_bottom + 4.0
        self.canvas.setStrokeColorRGB(*L.RED)
        self.canvas.setLineWidth(1.0)
        self.canvas.line(L.LEFT * mm, L.y_pdf(rule_y), (L.LEFT + L.TYPE_W) * mm, L.y_pdf(rule_y))
        self.y = rule_y

    def _letter_header(self, doc: OfficialDocument) -> None:
        """10.1 信函格式: the mark 30 mm from the top edge, a red double rule (thick over thin) 4 mm under it, the
        number at the right edge 7/8 of a character under the rule, the title two lines below; the first page
        has no page number and a second double rule (thin over thick) 20 mm above the bottom edge."""
        size = float(L.MARK_PT)
        width = self.width(doc.issuer_mark, "title", size)
        if width > L.TYPE_W:
            size = size * L.TYPE_W / width
        em = L.pt_to_mm(size)
        top = L.LETTER_MARK_TOP
        self.draw(doc.issuer_mark, "title", size, (L.TYPE_W - self.width(doc.issuer_mark, "title", size)) / 2,
                  top + L.ASCENT * em, L.RED)
        rule = top + em + 4.0
        self._double_rule(rule, thick_first=True)
        self._double_rule(L.LETTER_FOOT_RULE, thick_first=False)
        self._numbered = False  # 首页不显示页码
        body_em = L.pt_to_mm(L.BODY_PT)
        glyph_top = rule + L.THICK + L.RULE_GAP + L.THIN + L.SEVEN_EIGHTHS * body_em
        self.y = glyph_top - (L.LINE_PITCH - body_em) / 2  # the line cell whose em box starts there
        if doc.number:
            self.text_line(doc.number, "body", L.BODY_PT, align="right")
        else:
            self.y += L.LINE_PITCH
        self.y += 2 * L.LINE_PITCH  # 标题与其上最后一个要素相距二行

    def _double_rule(self, y: float, *, thick_first: bool) -> None:
        """A red double rule 170 mm long, centred on the page, its upper edge at `y` (mm below the type area's top)."""
        left = (L.PAGE_W - L.LETTER_RULE_W) / 2 * mm
        right = left + L.LETTER_RULE_W * mm
        first, second = (L.THICK, L.THIN) if thick_first else (L.THIN, L.THICK)
        self.canvas.setStrokeColorRGB(*L.RED)
        for width, centre in ((first, y + first / 2), (second, y + first + L.RULE_GAP + second / 2)):
            self.canvas.setLineWidth(width * mm)
            self.canvas.line(left, L.y_pdf(centre), right, L.y_pdf(centre))

    def _letter_copy_to(self, doc: OfficialDocument) -> None:
        """10.1: a letter's 版记 is its 抄送 alone, without the issuing office, the date or the rules, at the foot of
        the type area on the last page."""
        line = "抄送：" + "，".join(doc.copy_to) + "。"
        if self.y + L.LINE_PITCH > L.TYPE_H + 0.01:
            self._next_page()
        self._colophon_line(line, L.TYPE_H - L.LINE_PITCH, L.pt_to_mm(L.COLOPHON_PT))

    def _number_and_signer(self, doc: OfficialDocument) -> None:
        """An upward document (7.2.4, 7.2.5): the number one character in from the left, 签发人：name one character
        in from the right on the same line, 签发人 in 仿宋 and the name in 楷体."""
        baseline = L.baseline_in_cell(self.y, L.BODY_PT)
        if doc.number:
            self.draw(doc.number, "body", L.BODY_PT, L.CHAR_PITCH, baseline)
        label = "签发人："
        name_w = self.width(doc.signer, "heading2", L.BODY_PT)
        right = L.TYPE_W - L.CHAR_PITCH
        self.draw(doc.signer, "heading2", L.BODY_PT, right - name_w, baseline)
        self.draw(label, "body", L.BODY_PT, right - name_w - self.width(label, "body", L.BODY_PT), baseline)
        self.y += L.LINE_PITCH

    def paragraph(self, text: str) -> None:
        """A paragraph indented two characters; a heading sentence in its own face, the rest in 仿宋.

        Full-width characters sit on the 28-character grid whatever their font, so the text is
        broken once and the face changes within a line where the heading sentence ends.
        """
        role = heading_role(text)
        heading = heading_length(text) if role != "body" else 0
        indent, offset = 2 * L.CHAR_PITCH, 0  # 每个自然段左空二字
        # Measured in the faces drawn: a heading's digits in 楷体 are wider than in the body face.
        head, body = self.advances(role, L.BODY_PT), self.advances("body", L.BODY_PT)
        widths = [head[c] for c in text[:heading]] + [body[c] for c in text[heading:]]
        lines = L.break_lines(text, body.__getitem__, L.TYPE_W + 0.01, indent, widths)
        for i, line in enumerate(lines):
            self.ensure(1)
            self._mark_movable(body=True)
            x, baseline = (indent if i == 0 else 0.0), L.baseline_in_cell(self.y, L.BODY_PT)
            cut = max(0, min(len(line), heading - offset))
            if cut:
                self.draw(line[:cut], role, L.BODY_PT, x, baseline)
                x += self.width(line[:cut], role, L.BODY_PT)
            if line[cut:]:
                self.draw(line[cut:], "body", L.BODY_PT, x, baseline)
            self.y += L.LINE_PITCH
            offset += len(line)

    def _attachments(self, names: tuple[str, ...]) -> None:
        label = "附件："
        hang = 2 * L.CHAR_PITCH + self.width(label, "body", L.BODY_PT)
        for i, name in enumerate(names):
            text = f"{i + 1}. {name}" if len(names) > 1 else name
            lines = self._wrap(text, "body", L.BODY_PT, L.TYPE_W - hang)
            for j, line in enumerate(lines):
                self.ensure(1)
                self._mark_movable(body=False)
                if i == 0 and j == 0:
                    self.text_line(label + line, "body", L.BODY_PT, indent=2 * L.CHAR_PITCH)
                else:
                    self.text_line(line, "body", L.BODY_PT, indent=hang)

    def _signature(self, doc: OfficialDocument) -> None:
        # 7.3.5.1: 成文日期右空四字; 署名以成文日期为准居中; room above for the seal. The signature never
        # stands alone on a page (7.3.5): where it does not fit, the last two lines of text go over with it.
        self._room_with_text(4)
        self.y += 2 * L.LINE_PITCH
        date_text = format_cn(doc.issue_date)
        date_w = self.width(date_text, "body", L.BODY_PT)
        date_right = L.TYPE_W - 4 * L.CHAR_PITCH
        centre = date_right - date_w / 2
        name_w = self.width(doc.issuer, "body", L.BODY_PT)
        self.text_line(doc.issuer, "body", L.BODY_PT, x=min(centre - name_w / 2, L.TYPE_W - name_w))
        self.text_line(date_text, "body", L.BODY_PT, x=date_right - date_w)

    def _colophon(self, doc: OfficialDocument) -> None:
        # 7.4: at the foot of the last page, its last rule on the bottom edge of the type area.
        # 7.4.1, 7.5: the 版记 is on the last face of the sheet, an even page (a one-page document keeps it on its
        # page). On a page of its own it is not numbered, nor is a blank page before it.
        rows = (1 if doc.copy_to else 0) + 1
        needed = rows * L.LINE_PITCH
        fits = self.y + needed <= L.TYPE_H + 0.01
        if not fits or (self.page > 1 and self.page % 2):
            if not fits and self.page % 2 == 0:
                self._next_page(numbered=False)  # the blank odd page
            self._next_page(numbered=False)
        top = L.TYPE_H - needed
        self._rule(top, 0.35)
        char = L.pt_to_mm(L.COLOPHON_PT)
        y = top
        if doc.copy_to:
            self._colophon_line("抄送：" + "，".join(doc.copy_to) + "。", y, char)
            y += L.LINE_PITCH
            self._rule(y, 0.25)
        printed_on = format_cn(doc.printed_on or doc.issue_date) + "印发"
        self._colophon_line(doc.printed_by, y, char)
        self._colophon_line(printed_on, y, char,
                            x=L.TYPE_W - char - self.width(printed_on, "body", L.COLOPHON_PT))
        self._rule(L.TYPE_H, 0.35)

    def _colophon_line(self, text: str, cell_top: float, indent: float, x: float | None = None) -> None:
        baseline = L.baseline_in_cell(cell_top, L.COLOPHON_PT)
        self.draw(text, "body", L.COLOPHON_PT, indent if x is None else x, baseline)

    def _rule(self, y: float, width_mm: float) -> None:
        self.canvas.setStrokeColorRGB(0, 0, 0)
        self.canvas.setLineWidth(width_mm * mm)
        self.canvas.line(L.LEFT * mm, L.y_pdf(y), (L.LEFT + L.TYPE_W) * mm, L.y_pdf(y))

    def _page_number(self) -> None:
        # 7.5: 4号 Song, “— 1 —”, 7 mm below the type area; odd pages right, even pages left (空一字).
        text = f"— {self.page} —"
        size = L.PAGE_NO_PT
        em = L.pt_to_mm(size)
        width = self.width(text, "page_number", size)
        x = L.TYPE_W - em - width if self.page % 2 else em
        baseline = L.TYPE_H + 7.0 + L.DASH_HEIGHT * em  # the dashes' top edge 7 mm below the type area
        self.draw(text, "page_number", size, x, baseline)

    # primitives ----------------------------------------------------------------------------
    def ensure(self, lines: int) -> None:
        if self.y + lines * L.LINE_PITCH > L.TYPE_H + 0.01:
            self._next_page()

    def _next_page(self, *, numbered: bool = True) -> None:
        self._end_page()
        self.page += 1
        self.y = 0.0
        self._numbered = numbered

    def _end_page(self) -> None:
        if self._numbered:
            self._page_number()
        if self._text is not None:
            self._text.write()
            self._text = None
        self._movable = []
        self.canvas.showPage()

    def _room_with_text(self, lines: int) -> None:
        """Room for `lines` more lines on this page, or a new page that the last two lines of text go over to
        (7.3.5: what follows the body never stands on a page without it)."""
        if self.y + lines * L.LINE_PITCH > L.TYPE_H + 0.01:
            carried = self._carry(2)
            self._next_page()
            self._place(carried)

    def _mark_movable(self, *, body: bool) -> None:
        """The line about to be drawn may go over to the next page with the signature (body: 正文, not the
        附件说明, which alone would not make the signature's page one with text)."""
        self._movable.append((len(self._text.ops) if self._text else 0, self.y, body))

    def _carry(self, lines: int) -> tuple[list[_Op], float, int]:
        """Take this page's last `lines` lines off it, and more if none of them is 正文 (leaving the page one line
        at least): their text, top, count."""
        bodies = [i for i, (_op, _top, body) in enumerate(self._movable) if body]
        first_index = min(len(self._movable) - lines, bodies[-1]) if bodies else len(self._movable) - lines
        first_index = max(first_index, 1)
        count = len(self._movable) - first_index
        if count <= 0 or self._text is None:
            return [], 0.0, 0
        first, top, _body = self._movable[first_index]
        ops = self._text.ops[first:]
        del self._text.ops[first:]
        return ops, top, count

    def _place(self, carried: tuple[list[_Op], float, int]) -> None:
        """Set carried lines at the cursor, as they stood relative to each other."""
        ops, top, lines = carried
        if not lines:
            return
        if self._text is None:
            self._text = _PageText(self.canvas)
        shift = (top - self.y) * mm  # up the page: a larger PDF y
        self._text.ops += [(colour, font, size, space, x, y + shift, text)
                           for colour, font, size, space, x, y, text in ops]
        self.y += lines * L.LINE_PITCH

    def text_line(self, text: str, role: str, size: float, *, align: str = "left", indent: float = 0.0,
                  x: float | None = None) -> None:
        self.ensure(1)
        width = self.width(text, role, size)
        if x is None:
            x = {"center": (L.TYPE_W - width) / 2, "right": L.TYPE_W - width}.get(align, indent)
        self.draw(text, role, size, x, L.baseline_in_cell(self.y, size))
        self.y += L.LINE_PITCH

    def draw(self, text: str, role: str, size: float, x_mm: float, baseline_mm: float,
             color: tuple[float, float, float] = (0, 0, 0)) -> None:
        if self._text is None:
            self._text = _PageText(self.canvas)
        page = self._text
        page.colour(color)
        x = (L.LEFT + x_mm) * mm
        space = self._char_space(size)
        y = L.y_pdf(baseline_mm)
        fonts = self.fonts(role)
        if fonts[0].covers_all(text):  # nearly every string: the role's own font draws all of it
            page.put(fonts[0].name, size, space, x, y, text)
            return
        chunks = list(runs(text, fonts))
        for i, (font, chunk) in enumerate(chunks):
            page.put(font.name, size, space, x, y, chunk)
            if i + 1 < len(chunks):  # a fallback font's run follows: it starts where this one's advances end
                x += self.width(chunk, role, size) * mm

    def width(self, text: str, role: str, size: float) -> float:
        """Advances add up (no kerning in reportlab's TrueType drawing): each character is measured once."""
        return sum(map(self.advances(role, size).__getitem__, text))

    def advances(self, role: str, size: float) -> L.Advances:
        """The batch's table of advances for a role and size."""
        table = self._widths.get((role, size))
        if table is None:
            table = self._widths[(role, size)] = L.Advances(lambda char: self._measure(char, role, size))
        return table

    def _measure(self, text: str, role: str, size: float) -> float:
        space = self._char_space(size)
        points = sum(stringWidth(chunk, font.name, size) + space * len(chunk)
                     for font, chunk in runs(text, self.fonts(role)))
        return L.pt_to_mm(points)

    def fonts(self, role: str) -> list[LoadedFont]:
        if role not in self._fonts:
            self._fonts[role] = self.choice.fonts(role)
        return self._fonts[role]

    @staticmethod
    def _char_space(size: float) -> float:
        # Body text sits on the 28-character grid: each full-width character advances CHAR_PITCH.
        return (L.CHAR_PITCH * mm - size) if size == L.BODY_PT else 0.0

    def _wrap(self, text: str, role: str, size: float, limit: float, first_indent: float = 0.0) -> list[str]:
        return L.break_lines(text, self.advances(role, size).__getitem__, limit + 0.01, first_indent)


_Op = tuple[tuple[float, float, float], str, float, float, float, float, str]  # colour, font, size, space, x, y, text


class _PageText:
    """All the text of one page, kept until the page is done (a signature may take the last lines over to the
    next page), then written as one PDF text object. reportlab's drawString makes a text object per call and
    sets font, spacing and colour again each time: for 500 notices that was most of the drawing."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.ops: list[_Op] = []
        self._colour: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def colour(self, rgb: tuple[float, float, float]) -> None:
        self._colour = rgb

    def put(self, font: str, size: float, space: float, x: float, y: float, text: str) -> None:
        self.ops.append((self._colour, font, size, space, x, y, text))

    def write(self) -> None:
        obj = self.canvas.beginText()
        current: tuple[object, ...] = (None, None, None)  # colour, (font, size), space
        for colour, font, size, space, x, y, text in self.ops:
            if colour != current[0]:
                obj.setFillColorRGB(*colour)
            if (font, size) != current[1]:
                obj.setFont(font, size)
            if space != current[2]:
                obj.setCharSpace(space)
            current = (colour, (font, size), space)
            obj.setTextOrigin(x, y)
            # Not textOut: it measures the string only to move reportlab's cursor, and every string here sets
            # its own origin. _textOut writes the same operators without measuring.
            obj._textOut(text)
        self.canvas.drawText(obj)
