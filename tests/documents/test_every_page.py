"""Every page of every document kind, measured as a 文书 checker would (tests/documents/gbt9704.py): the demo
office's whole register, a reminder batch, each kind of draft, the papers without an issuer mark, and bodies of
every length so that the signature and the 版记 fall at every place a page offers."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from lz_desktop.documents import layout as L
from lz_desktop.documents.official import render_many, render_pdf
from lz_desktop.domain.official_document import OfficialDocument
from lz_desktop.services import case_papers, documents, duties
from lz_desktop.services import reminders as reminder_service
from lz_desktop.services.office import Office
from tests.documents.gbt9704 import pages, problems

TODAY = dt.date(2026, 11, 25)


def _checked(office: Office, doc_ids: list[int]) -> dict[str, list[str]]:
    choice = documents.font_choice(office.db)
    found = {}
    for doc_id in doc_ids:
        doc = documents.content(office.db, doc_id)
        entry = documents.entry(office.db, doc_id)
        found[f"{entry.number or '草稿'} {entry.kind.label}"] = problems(render_pdf(doc, choice), doc)
    return {name: p for name, p in found.items() if p}


def test_every_page_of_every_document_in_the_demo_register(demo_office: Office) -> None:
    register = documents.register(demo_office.db)
    assert len(register) > 25 and {e.kind.label for e in register} >= {"通知", "整改通知书", "督办通知", "考核情况反馈",
                                                                       "报告", "责任追究决定"}
    assert _checked(demo_office, [e.id for e in register]) == {}


def test_every_page_of_the_issued_bytes_of_the_demo_register(demo_office: Office) -> None:
    """What was issued is stored byte for byte and reprinted as it is: those bytes pass as well."""
    from lz_desktop.storage import documents as store

    failures = {}
    for e in documents.register(demo_office.db):
        issued = store.pdf(demo_office.db, e.id)
        if issued is not None:
            found = problems(issued, documents.content(demo_office.db, e.id))
            if found:
                failures[e.number] = found
    assert failures == {}


def test_a_reminder_batch_and_every_kind_of_draft(demo_office: Office) -> None:
    reminders = reminder_service.draft_reminders(demo_office.db, TODAY)
    oversight = case_papers.draft_oversight_notices(demo_office.db, TODAY, older_than_days=0)
    assert reminders and oversight
    assert _checked(demo_office, reminders + oversight) == {}
    batch = render_many([documents.content(demo_office.db, d) for d in reminders],
                        documents.font_choice(demo_office.db))
    single = sum(len(pages(documents.pdf_bytes(demo_office.db, d))) for d in reminders)
    assert len(pages(batch)) == single  # each notice starts its own page and numbers its own


def test_papers_without_an_issuer_mark(demo_office: Office) -> None:
    """A duty list and a responsibility statement: no 版头, no 版记, the same type area and line rules."""
    leader = duties.leaders_of_year(demo_office.db, 2026)[0].leader
    data = duties.duty_list_pdf(demo_office.db, leader.id, 2026, TODAY)
    plain = OfficialDocument(issuer_mark="", number="", title="", addressee="", body=(), issuer="",
                             issue_date=TODAY)
    assert problems(data, plain) == [] and len(pages(data)) >= 1


@pytest.mark.parametrize("with_colophon", [True, False])
def test_the_signature_and_the_colophon_wherever_the_body_ends(notice: OfficialDocument, with_colophon: bool) -> None:
    """Bodies of 1 to 80 lines: the signature always shares its page with text, the 版记 is always on the last
    face (an even page, or the one page), and blank and 版记-only pages are never numbered."""
    line = "检查考核发现的问题须逐项整改，整改措施报区纪委备案，区纪委将跟踪督查整改落实情况并适时通报。"
    failures = {}
    for paragraphs in range(1, 40):
        body = tuple(line[: 20 + (n * 7) % 28] for n in range(paragraphs))  # 1 or 2 lines each
        doc = dataclasses.replace(notice, body=body, attachments=() if paragraphs % 3 else notice.attachments)
        if not with_colophon:
            doc = dataclasses.replace(doc, copy_to=(), printed_by="")
        found = problems(render_pdf(doc), doc)
        if found:
            failures[paragraphs] = found
    assert failures == {}


def test_a_colophon_only_page_and_the_blank_page_before_it_are_not_numbered(notice: OfficialDocument) -> None:
    """A body that fills page 2 to the signature: the 版记 cannot follow on page 2, so page 3 stays blank and
    page 4 carries the 版记 alone, neither numbered."""
    line = "检查考核发现的问题须逐项整改，整改措施报区纪委备案，区纪委将跟踪督查。"
    for paragraphs in range(10, 40):
        doc = dataclasses.replace(notice, body=(line,) * paragraphs, attachments=())
        laid = pages(render_pdf(doc))
        if len(laid) == 4 and not laid[2].lines:
            break
    else:
        pytest.fail("no body length gave a blank page before the 版记")
    assert [p.printed_number for p in laid] == [1, 2, None, None]
    assert all(line.text.startswith("抄送") or line.text.endswith("印发") for line in laid[3].lines)


def test_lines_break_by_the_chinese_rules_with_runs_of_marks() -> None:
    one = lambda _c: 1.0  # noqa: E731
    assert L.break_lines("一二三四）），五六", one, 5) == ["一二三", "四）），五", "六"]  # “），” never starts a line
    assert L.break_lines("一二三“（五）六", one, 5) == ["一二三", "“（五）六"]  # nor do openers end one
    assert L.break_lines("），。，。，。", one, 3) == ["），。", "，。，", "。"]  # nothing to give back: as it comes


def test_a_heading_is_measured_in_the_face_it_is_drawn_in(notice: OfficialDocument) -> None:
    """（一）… sentences with digits, drawn in 楷体 whose digits are wider than the body face's: no line runs
    past the type area's right edge (184 mm)."""
    body = tuple(f"（{n}）2026年10月{d}日至2026年11月{d + 10}日完成第{d}项整改任务12345678901234567890。其余照常。"
                 for d, n in enumerate("一二三四五六七八九", start=10))
    doc = dataclasses.replace(notice, body=body)
    assert problems(render_pdf(doc), doc) == []


def test_the_wording_a_checker_reads(demo_office: Office) -> None:
    """In every document the demo office holds: dates written 2026年7月15日, never 2026-07-15; the regulation
    named in full before 《办法》 is used; a post named once with its unit (区委书记, not 区委区委书记)."""
    import re

    failures = {}
    for e in documents.register(demo_office.db):
        text = "\n".join(documents.content(demo_office.db, e.id).body)
        found = []
        if re.search(r"\d{4}-\d{1,2}-\d{1,2}", text):
            found.append("ISO 日期")
        short = text.find("《办法》")
        if short >= 0 and not 0 <= text.find("以下简称《办法》") < short:
            found.append("《办法》先于全称")
        if found:
            failures[f"{e.number or '草稿'} {e.kind.label}"] = found
    assert failures == {}
    leader = next(r.leader for r in duties.leaders_of_year(demo_office.db, 2026) if r.leader.post.startswith("区委"))
    first = pages(duties.duty_list_pdf(demo_office.db, leader.id, 2026, TODAY))[0]
    assert not any("区委区委" in line.text.replace(" ", "") for line in first.lines)


def test_the_issuer_mark_the_number_and_the_signature_name_one_organ(demo_office: Office) -> None:
    """A decision is the commission's (版头、署名 中共…纪律检查委员会, 永纪发); a reminder its office's."""
    from lz_desktop.domain.official_document import DocumentKind, IssuingOrgan, organ_of
    from lz_desktop.services import issuers
    from lz_desktop.services.office import office_name

    commission = office_name(demo_office.db)
    seen = set()
    for e in documents.register(demo_office.db):
        doc = documents.content(demo_office.db, e.id)
        organ = organ_of(doc, commission)
        assert organ is not None and doc.issuer == doc.issuer_mark, e.number
        if e.number:  # a letter in the organ's 函 series: 永纪函 for 永纪发
            assert e.number.startswith(str(issuers.prefix_for(demo_office.db, doc)) + "〔"), e.number
        seen.add((e.kind, organ))
    assert (DocumentKind.ACCOUNTABILITY_DECISION, IssuingOrgan.COMMISSION) in seen
    assert (DocumentKind.REMINDER_NOTICE, IssuingOrgan.OFFICE) in seen


def test_a_number_of_the_other_organ_is_refused(demo_office: Office) -> None:
    from lz_desktop.domain.errors import RuleViolation

    [draft] = case_papers.draft_oversight_notices(demo_office.db, TODAY, older_than_days=0)[:1]
    with pytest.raises(RuleViolation, match=r"“永纪办发”是本委办公室的.*请用“永纪发”"):
        documents.issue(demo_office.db, draft, "永纪办发")
    assert documents.document_prefix(demo_office.db, draft) == "永纪发"
    assert documents.issue(demo_office.db, draft, "永纪发").number.startswith("永纪发〔2026〕")


def test_an_upward_document_has_its_number_left_and_the_signer_right(notice: OfficialDocument, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """GB/T 9704 7.2.4, 7.2.5: the number one character in from the left, “签发人：” in 仿宋 and the name in 楷体
    one character in from the right, on one line; the .docx the same."""
    import io

    import pdfplumber
    from docx import Document

    from lz_desktop.documents.docx_export import write_docx

    report = dataclasses.replace(notice, number="区纪发〔2026〕1号", signer="王建国", addressee="中共北京市永安区委")
    data = render_pdf(report)
    assert problems(data, report) == []
    line = next(x for x in pages(data)[0].lines if x.text.startswith("区纪发"))
    assert line.text.replace(" ", "") == "区纪发〔2026〕1号签发人：王建国"
    assert abs(line.x0 - (L.LEFT + L.CHAR_PITCH)) < 0.5 and abs(line.x1 - (L.LEFT + L.TYPE_W - L.CHAR_PITCH)) < 0.5
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        faces = {c["text"]: c["fontname"].split("+")[-1] for c in pdf.pages[0].chars
                 if c["text"] in "签王建国" and abs(c["top"] * 25.4 / 72 - line.top) < 2}
    assert faces["签"] == "FandolFang-Regular" and faces["王"] == faces["建"] == "FandolKai-Regular"
    write_docx(report, tmp_path / "报告.docx")
    number = next(p for p in Document(str(tmp_path / "报告.docx")).paragraphs if p.text.startswith("区纪发"))
    assert number.text == "区纪发〔2026〕1号\t签发人：王建国" and number.runs[-1].text == "王建国"


def test_a_report_is_not_issued_without_its_signer(demo_office: Office) -> None:
    from lz_desktop.domain.errors import ValidationError
    from lz_desktop.services import inspection_results, inspections

    done = next(i for i in inspections.inspections(demo_office.db, 2026) if i.unit_short_name == "区卫生健康委")
    draft_id = inspection_results.draft_report(demo_office.db, done.id, TODAY, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        documents.issue(demo_office.db, draft_id, documents.document_prefix(demo_office.db, draft_id))
    assert [p.label for p in refused.value.problems] == ["签发人"]
    assert documents.entry(demo_office.db, draft_id).number == ""  # no number spent


def test_numbers_and_title_words_stay_whole() -> None:
    """A year is not split “202 / 6” (seen in a reminder draft); a title keeps 书记 together (党组书 / 记 seen in a
    decision's title)."""
    one = lambda _c: 1.0  # noqa: E731
    assert L.break_lines("期限为2026年11月10日", one, 5)[:2] == ["期限为", "2026年"]
    assert L.break_lines("满意率92.7%。好", one, 6) == ["满意率", "92.7%。", "好"]
    title = "关于给予区住房城乡建设委党组书记、主任罗杰同志通报批评的决定"
    lines = L.title_lines(title, lambda s: len(s) * 7.76, L.TYPE_W - 4 * L.CHAR_PITCH)
    assert len(lines) == 2 and not lines[0].endswith("书") and "".join(lines) == title


def test_the_case_register_and_the_results_tables_on_every_page(demo_office: Office) -> None:
    """Official tables in landscape (the case register, an inspection's results with its charts): every page
    numbered in order, no cell line breaking the 避头尾 rules."""
    import re

    from lz_desktop.services import cases, inspection_results, inspections

    done = next(i for i in inspections.inspections(demo_office.db, 2025))
    tables = {"案件登记表": case_papers.register_pdf(demo_office.db, cases.cases(demo_office.db), "责任追究案件登记表",
                                                 TODAY),
              "考核结果": inspection_results.results_pdf(demo_office.db, done.id, TODAY)}
    for name, data in tables.items():
        laid = pages(data)
        assert len(laid) >= 1, name
        for page in laid:
            texts = [line.text for line in page.lines + page.footer]
            numbers = [int(m.group(1)) for t in texts if (m := re.fullmatch(r"— (\d+) —", t.strip()))]
            assert numbers == [page.number], (name, page.number, numbers)
            for text in texts:
                for word in text.split():
                    assert word[0] not in L.NO_LINE_START or word[0] == "—", (name, page.number, word)


@pytest.mark.parametrize("persons", [1, 9, 14, 18, 30])
def test_a_letter_of_any_length_keeps_the_letter_format_on_every_page(persons: int) -> None:
    """信函格式 (10.1): the 复函 of the integrity opinions, with as many persons as a request names."""
    body = ("你部《永组干函〔2026〕31号》收悉。经查阅本委掌握的信访举报、案件查办、责任追究和检查考核等情况"
            "（截至2026年11月20日），现将拟提拔或进一步使用人选的党风廉政情况函复如下：",
            *(f"{i}．王某某（区某某局党组书记、局长）：无不良反映。" for i in range(1, persons + 1)),
            "以上意见仅反映截至上述日期本委掌握的情况。特此函复。")
    doc = OfficialDocument("中共北京市永安区纪律检查委员会", "永纪函〔2026〕3号", "关于拟提拔或进一步使用人选党风廉政意见的复函",
                           "中共北京市永安区委组织部", body, "中共北京市永安区纪律检查委员会", TODAY, letter=True)
    data = render_pdf(doc)
    assert problems(data, doc) == []
    laid = pages(data)
    assert laid[0].printed_number is None
    assert all(page.printed_number == page.number for page in laid[1:])
    assert not any(line.text.endswith("印发") for page in laid for line in page.lines)


def test_the_letter_check_finds_a_letter_laid_out_as_a_document() -> None:
    doc = OfficialDocument("中共北京市永安区纪律检查委员会", "永纪函〔2026〕3号", "关于党风廉政意见的复函", "区委组织部",
                           ("特此函复。",), "中共北京市永安区纪律检查委员会", TODAY, letter=True)
    found = problems(render_pdf(dataclasses.replace(doc, letter=False)), doc)
    assert any("应为 30 mm" in p for p in found) and "信函格式：首页不显示页码" in found


@pytest.mark.parametrize("persons", [1, 12, 40])
def test_a_letter_with_its_persons_attached_keeps_every_page_right(persons: int) -> None:
    """The 复函's annex (附件): its own page, “附件” at the top left, the table's header on every page."""
    rows = (("序号", "姓名", "单位及职务", "党风廉政意见"),
            *((str(i), "王某某", "区某某局党组书记、局长",
               "有以下情况：2026年7月15日受到责任追究，情节较重，通报批评（主要领导责任）。" if i % 4 == 0 else "无不良反映。")
              for i in range(1, persons + 1)))
    doc = OfficialDocument("中共北京市永安区纪律检查委员会", "永纪函〔2026〕3号", "关于拟提拔或进一步使用人选党风廉政意见的复函",
                           "中共北京市永安区委组织部", ("现将拟提拔人选的党风廉政情况函复如下（见附件）。", "特此函复。"),
                           "中共北京市永安区纪律检查委员会", TODAY, attachments=("拟提拔人选党风廉政意见表",), letter=True,
                           annex=rows)
    data = render_pdf(doc)
    assert problems(data, doc) == []
    laid = pages(data)
    annex = [p for p in laid if any(line.text.replace(" ", "").startswith("序号姓名") for line in p.lines)]
    assert annex and annex[0].lines[0].text == "附件" and annex[0].number == 2
    assert all(p.printed_number == p.number for p in annex)
    text = "".join(line.text.replace(" ", "") for p in laid for line in p.lines)
    assert all(f"{i}王某某" in text for i in range(1, persons + 1))
