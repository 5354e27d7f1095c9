"""A leader's 廉政档案 on the demo office: every section from its own records, as of a date, and as a PDF table
read back page by page."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber

from lz_desktop.domain.accounts import Role
from lz_desktop.services import integrity_file, roster
from lz_desktop.services.office import Office
from lz_desktop.storage.session import sign_in

TODAY = dt.date(2026, 11, 25)


def _luo_jie(office: Office) -> int:
    return next(int(r.leader.id or 0) for r in roster.list_leaders(office.db)
                if r.leader.name == "罗杰" and r.leader.term_end is None)


def test_the_file_gathers_every_section_with_its_article_and_record(demo_office: Office) -> None:
    found = integrity_file.integrity_file(demo_office.db, _luo_jie(demo_office), TODAY)
    assert found.heading == "罗杰（区住房城乡建设委党组书记、主任，在职）"
    first = found.section("任职情况")[0]
    assert first.text.startswith("区住房城乡建设委党组书记、主任（正处级），2023年12月7日起，在职") and first.article == "第二十七条"
    statements = found.section("责任书签订")
    assert any(e.text.startswith("2026年度责任书：作为乙方与") for e in statements)
    assert all(e.ref.startswith("statement:") for e in statements)
    meetings = found.section("会议履责")
    assert meetings and all(e.ref.startswith("meeting:") and e.article for e in meetings)
    assert [e.day for e in meetings] == sorted(e.day for e in meetings if e.day)  # oldest first
    assert any("民主生活会" in e.text for e in found.section("述职述廉与民主评议"))
    assert any(e.text.startswith("2025年 区住房城乡建设委 85分，良好") for e in found.section("考核结果"))
    (decision,) = found.section("责任追究")
    assert decision.text.startswith("2026年第1号：情节较重，通报批评（主要领导责任）") and decision.ref.startswith("case:")
    assert found.section("影响期")[0].text.startswith("取消当年年度考核评优和评选各类先进的资格（至2026年12月31日）")
    assert found.section("党风廉政意见")[0].text.startswith("2026年11月20日 答复中共北京市永安区委组织部（提拔或进一步使用，永纪函〔2026〕1号）")
    # On the first day of 2027 the year's restriction has ended.
    assert not integrity_file.integrity_file(demo_office.db, _luo_jie(demo_office), dt.date(2027, 1, 1)).section("影响期")


def test_case_data_is_not_in_the_file_of_a_clerk_without_the_case_permission(demo_office: Office) -> None:
    sign_in(demo_office.db, "李文员", Role.CLERK, None)
    found = integrity_file.integrity_file(demo_office.db, _luo_jie(demo_office), TODAY)
    for section in ("责任追究", "影响期", "党风廉政意见"):
        assert [e.text for e in found.section(section)] == [f"当前用户无权查看{section}（仅限有案件权限的人员）"]
    assert found.section("会议履责")


def test_the_pdf_carries_every_line_on_every_page(demo_office: Office) -> None:
    leader_id = _luo_jie(demo_office)
    found = integrity_file.integrity_file(demo_office.db, leader_id, TODAY)
    pdf = pdfplumber.open(io.BytesIO(integrity_file.file_pdf(demo_office.db, leader_id, TODAY)))
    assert len(pdf.pages) >= 2
    pages = [p.extract_text().replace("\n", "").replace(" ", "") for p in pdf.pages]
    assert pages[0].startswith("廉政档案：罗杰") and "截至2026年11月25日" in pages[0]
    assert all("类别日期内容依据" in page for page in pages)  # the header row repeats on every page
    text = "".join(pages)
    for e in found.entries:  # each line's start (a cell's first line: the column wraps after about 15 characters)
        assert e.text[:8].replace(" ", "") in text, e.text
