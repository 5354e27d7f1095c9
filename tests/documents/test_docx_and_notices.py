"""The .docx twin of a document, and notice drafts generated from record data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lz_desktop.documents import layout as L
from lz_desktop.documents.docx_export import write_docx
from lz_desktop.domain.deadlines import period_end
from lz_desktop.domain.notices import (
    FindingItem,
    RectificationNoticeData,
    ReminderItem,
    rectification_notice,
    reminder_notice,
)
from lz_desktop.domain.official_document import OfficialDocument, from_json, heading_role, to_json
from lz_desktop.domain.work_calendar import WorkCalendar

D = dt.date


def test_docx_has_the_layout_fonts_and_text(notice: OfficialDocument, tmp_path: Path) -> None:
    path = tmp_path / "通知.docx"
    write_docx(notice, path)
    word = Document(str(path))
    section = word.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    texts = [p.text for p in word.paragraphs]
    assert texts[0] == notice.issuer_mark and notice.number in texts
    assert notice.title in [t.replace("\n", "") for t in texts]  # broken where a word ends
    assert f"{notice.addressee}：" in texts and all(p in texts for p in notice.body)
    mark = word.paragraphs[0].runs[0]
    assert str(mark.font.color.rgb) == "FF0000"
    assert mark.font.size.pt * len(notice.issuer_mark) <= L.TYPE_W * 72 / 25.4 + 0.5  # one line
    assert mark._element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    heading = next(p for p in word.paragraphs if p.text == "一、存在的主要问题")
    assert heading.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    body = next(p for p in word.paragraphs if p.text.startswith("根据"))
    assert abs(body.paragraph_format.line_spacing.mm - L.LINE_PITCH) < 0.1
    assert "2026年9月2日" in texts and any(t.endswith("2026年9月2日印发") for t in texts)
    assert word.settings.odd_and_even_pages_header_footer


def test_a_document_survives_its_json_form(notice: OfficialDocument) -> None:
    assert from_json(to_json(notice)) == notice


def test_rectification_notice_draft_from_the_record() -> None:
    deadline = period_end(D(2026, 12, 1), WorkCalendar())  # 2027 has no schedule yet
    data = RectificationNoticeData(
        office_name="中共北京市永安区纪律检查委员会", issuer_mark="中共北京市永安区纪律检查委员会办公室",
        unit_name="中共北京市永安区财政局党组", inspection="2026年度党风廉政建设责任制检查考核",
        inspected_on=D(2026, 11, 20), fed_back_on=D(2026, 12, 1),
        findings=(FindingItem("主要负责人全年仅主持召开一次专题会议。", "《办法》第八条第（二）项", "年内补开专题会议。"),
                  FindingItem("年度计划未公布。", "《办法》第十条", "按要求公布年度计划。")),
        deadline=deadline, contact="王芳，6012 3456", issue_date=D(2026, 12, 2))
    doc = rectification_notice(data)
    text = "\n".join(doc.body)
    assert "于2026年11月20日对你单位开展了2026年度党风廉政建设责任制检查考核" in text
    assert "（一）主要负责人全年仅主持召开一次专题会议。（涉及《办法》第八条第（二）项）" in text
    assert "（二）年度计划未公布。" in text
    assert "在2027年1月1日（暂定：该年节假日安排尚未录入，以最终计算为准）前制定整改措施" in text
    assert doc.addressee == "中共北京市永安区财政局党组" and doc.number == ""


def test_reminder_notice_says_what_is_overdue_and_by_how_much() -> None:
    doc = reminder_notice("区纪委", "区纪委办公室", "区财政局党组",
                          (ReminderItem("检查考核发现问题的整改措施", D(2026, 10, 8), 12),
                           ReminderItem("巡察反馈问题的整改措施", D(2026, 12, 3), 0)), D(2026, 10, 20), "王芳")
    assert "1. 检查考核发现问题的整改措施，期限为2026年10月8日，已逾期12天。" in doc.body
    assert "2. 巡察反馈问题的整改措施，期限为2026年12月3日，即将到期。" in doc.body
    assert all(heading_role(p) == "body" for p in doc.body)  # items in the body face, not 楷体 headings


def test_docx_heading_sentence_and_the_rest(notice: OfficialDocument, tmp_path: Path) -> None:
    path = tmp_path / "通知.docx"
    write_docx(notice, path)
    paragraph = next(p for p in Document(str(path)).paragraphs if p.text.startswith("（一）"))
    fonts = [r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in paragraph.runs]
    assert paragraph.runs[0].text == "（一）专题会议召开不足。" and fonts == ["楷体_GB2312", "仿宋_GB2312"]


def test_the_docx_twin_keeps_the_grid_the_colophon_at_the_foot_and_hanging_attachments(
        notice: OfficialDocument, tmp_path: Path) -> None:
    """22 lines of 28 characters; the 版记 in a frame at the bottom of the type area, one character in from each
    side; an attachment name that wraps hangs under the first character of the name; the title off the grid
    so its 2号 characters are not given two cells each (the title broke inside 党风廉政建设)."""
    path = tmp_path / "通知.docx"
    write_docx(notice, path)
    word = Document(str(path))
    grid = word.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and abs(int(grid.get(qn("w:linePitch"))) / 20 * 25.4 / 72 - L.LINE_PITCH) < 0.05
    body = next(p for p in word.paragraphs if p.text.startswith("根据"))
    spacing = int(body.runs[0]._element.rPr.find(qn("w:spacing")).get(qn("w:val"))) / 20  # points
    assert 27.9 < L.TYPE_W / 25.4 * 72 / (L.BODY_PT + spacing) < 28.2  # 28 characters to the line
    colophon = next(p for p in word.paragraphs if p.text.endswith("印发"))
    frame = colophon._element.pPr.find(qn("w:framePr"))
    assert frame.get(qn("w:yAlign")) == "bottom" and frame.get(qn("w:vAnchor")) == "margin"
    assert colophon.text.startswith("抄送：区委办公室，区委组织部。\n")
    assert abs(colophon.paragraph_format.left_indent.mm - L.pt_to_mm(L.COLOPHON_PT)) < 0.1
    first, second = [p for p in word.paragraphs if "检查考核发现问题清单" in p.text or "整改措施报备表" in p.text]
    assert first.text == "附件：1.\t检查考核发现问题清单" and second.text == "2.\t整改措施报备表"
    hang = first.paragraph_format.left_indent.mm
    assert abs(hang + first.paragraph_format.first_line_indent.mm - 2 * L.CHAR_PITCH) < 0.1  # 左空二字
    assert abs(hang + second.paragraph_format.first_line_indent.mm - 5 * L.CHAR_PITCH) < 0.1  # under 1.
    title = next(p for p in word.paragraphs if p.text.replace("\n", "") == notice.title)
    assert title._element.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"


def test_a_letter_as_docx_has_its_first_page_head_and_foot_and_no_printing_line(tmp_path: Path) -> None:
    """信函格式 in Word: the mark and the thick-over-thin rule in a first-page header, the thin-over-thick rule in
    a first-page footer 20 mm from the bottom (no page number there), the number right-aligned, no 印发 line."""
    letter = OfficialDocument("中共北京市永安区纪律检查委员会", "永纪函〔2026〕3号", "关于党风廉政意见的复函", "区委组织部",
                              ("特此函复。",), "中共北京市永安区纪律检查委员会", dt.date(2026, 11, 25),
                              printed_by="中共北京市永安区纪律检查委员会办公室", letter=True)
    path = tmp_path / "复函.docx"
    write_docx(letter, path)
    word = Document(str(path))
    section = word.sections[0]
    assert section.different_first_page_header_footer
    head, foot = section.first_page_header.paragraphs[0], section.first_page_footer.paragraphs[0]
    assert head.text == "中共北京市永安区纪律检查委员会" and round(section.header_distance.mm) == 30
    assert 'w:val="thickThinMediumGap"' in head._element.xml and 'w:val="thinThickMediumGap"' in foot._element.xml
    assert round(section.footer_distance.mm) == 20 and not foot.text.strip()
    texts = [p.text for p in word.paragraphs]
    assert texts[0] == "永纪函〔2026〕3号" and word.paragraphs[0].alignment == 2  # right
    assert not any(t.endswith("印发") for t in texts)


def test_a_letter_with_its_persons_attached_has_the_table_in_the_docx(tmp_path: Path) -> None:
    rows = (("序号", "姓名", "单位及职务", "党风廉政意见"), ("1", "王某某", "区财政局局长", "无不良反映。"))
    letter = OfficialDocument("中共北京市永安区纪律检查委员会", "永纪函〔2026〕3号", "关于党风廉政意见的复函", "区委组织部",
                              ("现函复如下（见附件）。", "特此函复。"), "中共北京市永安区纪律检查委员会",
                              dt.date(2026, 11, 25), attachments=("拟提拔人选党风廉政意见表",), letter=True, annex=rows)
    path = tmp_path / "复函.docx"
    write_docx(letter, path)
    word = Document(str(path))
    (table,) = word.tables
    assert [c.text for c in table.rows[0].cells] == ["序号", "姓名", "单位及职务", "党风廉政意见"]
    assert [c.text for c in table.rows[1].cells] == ["1", "王某某", "区财政局局长", "无不良反映。"]
    texts = [p.text for p in word.paragraphs]
    assert "附件" in texts and "拟提拔人选党风廉政意见表" in texts
    assert 'w:tblHeader' in table.rows[0]._tr.xml  # the header row repeats on every page
