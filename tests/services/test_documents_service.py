"""The register (发文登记) over a real file: numbers, voiding, stored PDFs, drafts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.official_document import DocumentKind, DocumentStatus, OfficialDocument
from lz_desktop.services import documents
from lz_desktop.services.office import Office, open_office


def draft(office: Office, title: str = "关于开展2026年度党风廉政建设责任制检查考核的通知") -> int:
    base = documents.blank_notice(office.db, dt.date(2026, 11, 25))
    content = dataclasses.replace(base, title=title, addressee="各单位党组（党委）",
                                  body=("一、检查内容", "按照《办法》第十三条开展检查考核。"))
    return documents.create_draft(office.db, DocumentKind.NOTICE, content)


def test_numbers_follow_on_per_prefix_and_year_and_voided_ones_are_never_reused(office: Office) -> None:
    first = documents.issue(office.db, draft(office), "区纪办发")
    second = documents.issue(office.db, draft(office), "区纪办发")
    assert (first.number, second.number) == ("区纪办发〔2026〕1号", "区纪办发〔2026〕2号")
    voided = documents.void(office.db, second.id, "主送机关有误")
    assert voided.status is DocumentStatus.VOIDED and voided.number == "区纪办发〔2026〕2号"
    third = documents.issue(office.db, draft(office), "区纪办发")
    assert third.number == "区纪办发〔2026〕3号"
    other = documents.issue(office.db, draft(office), "区纪发")
    assert other.number == "区纪发〔2026〕1号"
    register = documents.register(office.db, 2026)
    assert [e.number for e in register if e.status is not DocumentStatus.DRAFT] == [
        "区纪办发〔2026〕3号", "区纪办发〔2026〕2号", "区纪办发〔2026〕1号", "区纪发〔2026〕1号"]
    assert next(e for e in register if e.number.endswith("2号")).void_reason == "主送机关有误"
    assert documents.document_prefix(office.db) == "区纪发"  # the last one used is offered next


def test_an_issued_pdf_is_kept_and_reprinted_byte_identically(office: Office, tmp_path: Path) -> None:
    entry = documents.issue(office.db, draft(office), "区纪办发")
    stored = documents.pdf_bytes(office.db, entry.id)
    assert "区纪办发〔2026〕1号" in pdfplumber.open(io.BytesIO(stored)).pages[0].extract_text()
    office.close()
    again = open_office(office.path)
    out = documents.save_pdf(again.db, entry.id, tmp_path / "重印.pdf")
    assert out.read_bytes() == stored
    documents.save_docx(again.db, entry.id, tmp_path / "通知.docx")
    assert "区纪办发〔2026〕1号" in [p.text for p in Document(str(tmp_path / "通知.docx")).paragraphs]
    with pytest.raises(RuleViolation, match="不能修改"):
        documents.save_draft(again.db, entry.id, documents.content(again.db, entry.id))
    with pytest.raises(RuleViolation, match="不能删除"):
        documents.delete_draft(again.db, entry.id)
    again.close()


def test_every_copy_of_a_voided_document_says_so_on_every_page(office: Office, tmp_path: Path) -> None:
    """The issued bytes stay as issued; every export and print of a voided document carries 作废 with the date
    and the reason on each page, the .docx too."""
    long_body = tuple(f"（{n}）按照《办法》第十三条开展检查考核，逐项对照检查，形成书面报告。" for n in "一二三四五六七八九十" * 3)
    base = documents.content(office.db, draft(office))
    doc_id = documents.create_draft(office.db, DocumentKind.NOTICE, dataclasses.replace(base, body=long_body))
    entry = documents.issue(office.db, doc_id, "区纪办发")
    issued = documents.pdf_bytes(office.db, entry.id)
    assert "作废" not in pdfplumber.open(io.BytesIO(issued)).pages[0].extract_text()
    documents.void(office.db, entry.id, "主送机关有误")
    out = documents.save_pdf(office.db, entry.id, tmp_path / "作废件.pdf")
    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text().replace(" ", "") for page in pdf.pages]
    today = dt.date.today()
    assert len(texts) >= 3 and all(f"本文件已于{today.year}年{today.month}月{today.day}日作废" in t
                                   and "作废原因：主送机关有误" in t for t in texts)
    assert "区纪办发〔2026〕1号" in texts[0] and all("作" in t and "废" in t for t in texts)
    from lz_desktop.storage import documents as store

    assert store.pdf(office.db, entry.id) == issued  # the record of what was issued is unchanged
    documents.save_docx(office.db, entry.id, tmp_path / "作废件.docx")
    header = Document(str(tmp_path / "作废件.docx")).sections[0].header.paragraphs[0]
    assert "作废原因：主送机关有误" in header.text and header.runs[0].font.color.rgb == (255, 0, 0)


def test_the_clerks_edits_stay_with_the_draft(office: Office) -> None:
    doc_id = draft(office)
    edited = dataclasses.replace(documents.content(office.db, doc_id), body=("请于12月10日前报送自查报告。",))
    documents.save_draft(office.db, doc_id, edited)
    assert documents.content(office.db, doc_id).body == ("请于12月10日前报送自查报告。",)
    issued = documents.issue(office.db, doc_id, "区纪办发")
    assert "请于12月10日前报送自查报告。" in pdfplumber.open(
        io.BytesIO(documents.pdf_bytes(office.db, issued.id))).pages[0].extract_text().replace("\n", "")


def test_an_incomplete_or_unprintable_draft_spends_no_number(office: Office) -> None:
    empty = documents.create_draft(office.db, DocumentKind.NOTICE, documents.blank_notice(office.db, dt.date(2026, 11, 25)))
    with pytest.raises(ValidationError) as caught:
        documents.issue(office.db, empty, "区纪办发")
    assert {p.label for p in caught.value.problems} >= {"标题", "主送机关", "正文"}
    bad: OfficialDocument = dataclasses.replace(documents.content(office.db, draft(office)), addressee="\U000f0001单位")
    drafts = len(documents.register(office.db))
    with pytest.raises(ValidationError) as refused:  # refused at entry, not at printing (the one text rule)
        documents.create_draft(office.db, DocumentKind.NOTICE, bad)
    assert refused.value.problems[0].label == "主送机关" and "U+F0001" in refused.value.problems[0].text()
    assert len(documents.register(office.db)) == drafts
    pasted = dataclasses.replace(bad, addressee="区财政局\t党组", body=("第一段\x0b接着",))
    kept = documents.content(office.db, documents.create_draft(office.db, DocumentKind.NOTICE, pasted))
    assert kept.addressee == "区财政局 党组" and kept.body == ("第一段 接着",)  # a tab pasted never prints as a box
    assert documents.issue(office.db, draft(office), "区纪办发").number == "区纪办发〔2026〕1号"


def test_a_bad_prefix_is_explained(office: Office) -> None:
    with pytest.raises(ValidationError, match="发文字号前缀"):
        documents.issue(office.db, draft(office), "ab-1")


def test_a_batch_is_issued_whole_into_one_pdf(office: Office) -> None:
    ids = [draft(office, f"关于第{i}批问题整改的督办通知") for i in range(1, 4)]
    seen: list[tuple[int, int]] = []
    batch = documents.issue_batch(office.db, ids, "区纪督", progress=lambda d, t: seen.append((d, t)))
    assert [e.number for e in batch.entries] == ["区纪督〔2026〕1号", "区纪督〔2026〕2号", "区纪督〔2026〕3号"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    text = "".join(p.extract_text() for p in pdfplumber.open(io.BytesIO(batch.pdf)).pages)
    assert all(e.number in text for e in batch.entries)


def test_a_cancelled_or_failing_batch_spends_no_number(office: Office) -> None:
    ids = [draft(office, "甲"), draft(office, "乙"), draft(office, "丙")]
    calls = iter([False, False, True])
    with pytest.raises(documents.Cancelled):
        documents.issue_batch(office.db, ids, "区纪督", cancelled=lambda: next(calls))
    assert all(documents.entry(office.db, i).status is DocumentStatus.DRAFT for i in ids)
    empty = documents.create_draft(office.db, DocumentKind.NOTICE, documents.blank_notice(office.db, dt.date(2026, 11, 25)))
    with pytest.raises(ValidationError):
        documents.issue_batch(office.db, [ids[0], empty], "区纪督")
    assert documents.entry(office.db, ids[0]).status is DocumentStatus.DRAFT
    assert documents.issue(office.db, ids[0], "区纪督").number == "区纪督〔2026〕1号"


def test_the_office_chooses_the_body_font_and_documents_use_it(office: Office) -> None:
    options = {o.role: o for o in documents.font_options(office.db)}
    body = options["body"]
    assert body.role_label == "正文（仿宋）" and len(body.labels) >= 2
    other = body.labels[-1]
    documents.set_font(office.db, "body", other)
    assert {o.role: o for o in documents.font_options(office.db)}["body"].chosen == other
    entry = documents.issue(office.db, draft(office), "区纪办发")
    fonts = {f["fontname"].split("+")[-1] for f in pdfplumber.open(
        io.BytesIO(documents.pdf_bytes(office.db, entry.id))).pages[0].chars if round(f["size"]) == 16}
    assert any("LXGW" in name for name in fonts)
    with pytest.raises(ValidationError, match="未安装"):
        documents.set_font(office.db, "body", "不存在的字体")


def test_the_office_contact_is_checked_and_then_printed(office: Office) -> None:
    from lz_desktop.services.office import contact_for_documents, document_contact, set_document_contact

    with pytest.raises(RuleViolation, match="设置 → 本机关"):
        contact_for_documents(office.db)
    assert contact_for_documents(office.db, " 张敏 6000 1234 ") == "张敏 6000 1234"  # typed for this batch
    with pytest.raises(ValidationError) as caught:
        set_document_contact(office.db, "", "电话")
    assert [p.label for p in caught.value.problems] == ["公文联系人", "联系电话"]
    assert document_contact(office.db) == ("", "")  # nothing half-saved
    set_document_contact(office.db, "王芳", "（010）6123 4567转8")
    assert contact_for_documents(office.db) == "王芳 （010）6123 4567转8"


def test_case_papers_are_need_to_know(demo_office: Office, tmp_path: Path) -> None:
    """A reader or clerk sees that a decision exists (number, date), not whom it names; its text, PDF and Word
    copy are refused in services, not only hidden in the window."""
    from lz_desktop.domain.accounts import Role
    from lz_desktop.storage.session import PermissionDenied, sign_in

    decision = next(e for e in documents.register(demo_office.db) if e.kind is DocumentKind.ACCOUNTABILITY_DECISION)
    assert "罗杰" in decision.title or "蔡德远" in decision.title
    for role in (Role.READER, Role.CLERK):
        sign_in(demo_office.db, "李四", role, None)
        seen = next(e for e in documents.register(demo_office.db) if e.id == decision.id)
        assert seen.number == decision.number and "仅限有案件权限" in seen.title and seen.recipient == ""
        assert documents.entry(demo_office.db, decision.id).title == seen.title
        for read in (lambda: documents.content(demo_office.db, decision.id),
                     lambda: documents.pdf_bytes(demo_office.db, decision.id),
                     lambda: documents.save_docx(demo_office.db, decision.id, tmp_path / "决定.docx"),
                     lambda: documents.void(demo_office.db, decision.id, "误发")):
            with pytest.raises(PermissionDenied):
                read()
        assert not (tmp_path / "决定.docx").exists()
        notice = next(e for e in documents.register(demo_office.db) if e.kind is DocumentKind.NOTICE)
        assert documents.pdf_bytes(demo_office.db, notice.id).startswith(b"%PDF")  # other papers as before
    sign_in(demo_office.db, "王芳", Role.CASE_CLERK, None)
    assert documents.content(demo_office.db, decision.id).title == decision.title


def test_a_character_no_face_has_is_refused_when_drafted_not_when_issued(office: Office) -> None:
    from lz_desktop.documents.fonts import MissingGlyphs

    base = documents.content(office.db, draft(office))
    drafts = len(documents.register(office.db))
    with pytest.raises(MissingGlyphs) as refused:  # CJK Extension G: assigned, but in no face installed here
        documents.create_draft(office.db, DocumentKind.NOTICE, dataclasses.replace(base, title="关于\U00030000的通知"))
    assert refused.value.field == "标题" and "U+30000" in str(refused.value)
    assert len(documents.register(office.db)) == drafts
