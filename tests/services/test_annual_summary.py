"""The annual summary: its figures agree with the views they come from, and across PDF, workbook and Word."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from openpyxl import load_workbook

from lz_desktop.domain.rectification import RectificationStatus as RS
from lz_desktop.domain.report import numbered
from lz_desktop.services import annual_summary, cases, duties, inspections, rectification, roster, summary_export
from lz_desktop.services.office import Office

TODAY = dt.date(2026, 11, 25)


def _flat(value: object) -> str:
    return ("" if value is None else str(value)).replace("\n", "").replace(" ", "")


def _number(text: str, pattern: str) -> int:
    found = re.search(pattern, text)
    assert found, pattern
    return int(found.group(1))


def test_the_figures_agree_with_the_pages_they_come_from(demo_office: Office) -> None:
    db = demo_office.db
    report = annual_summary.build(db, 2026, None, TODAY)
    text = {s.heading[:4]: "".join(s.paragraphs) for s in report.sections}

    overdue_tasks = len(duties.overdue_tasks(db, 2026, TODAY))
    assert _number(text["年度计划"], r"逾期未完成(\d+)项") == overdue_tasks
    signed, made = duties.signing_rate(db, 2026)
    assert f"生成责任书{made}份，已签订{signed}份" in text["党风廉政"]
    findings = [r for r in rectification.ledger(db, TODAY) if r.finding.found_on.year == 2026]
    assert _number(text["问题整改"], r"发现问题(\d+)个") == len(findings)
    assert _number(text["问题整改"], r"仍逾期的(\d+)个") == sum(r.status.overdue for r in findings)
    assert _number(text["问题整改"], r"已验收销号(\d+)个") == sum(r.status is RS.CLOSED for r in findings)
    assert _number(text["责任追究"], r"受理责任追究线索(\d+)件") == len(cases.cases(db, year=2026))

    scores = next(t for t in report.tables() if t.title == "2026年度检查考核得分")
    district = next(i for i in inspections.inspections(db, 2026) if i.title == "2026年度党风廉政建设责任制检查考核")
    assert [row[2] for row in scores.rows if row[0].startswith(district.title + "（")] == [
        r.unit_name for r in inspections.unit_results(db, district.id)]
    assert f"{district.title}（{district.unit_short_name}组织" in text["检查考核"]


def test_a_scope_is_a_unit_with_its_subordinate_units(demo_office: Office) -> None:
    db = demo_office.db
    edu = next(u for u in roster.list_units(db) if u.short_name == "区教委")
    report = annual_summary.build(db, 2026, edu.id, TODAY)
    assert report.scope == "区教委及其下属单位"
    tasks = next(t for t in report.tables() if t.title == "各单位年度任务完成情况")
    assert [row[0] for row in tasks.rows] == ["区教委", "永安一中", "实验小学"]
    scored = next(t for t in report.tables() if t.title == "2026年度检查考核得分")
    assert {row[2] for row in scored.rows} == {"区教委", "永安一中", "实验小学"}


def test_pdf_workbook_and_word_carry_the_same_figures(demo_office: Office, tmp_path: Path) -> None:
    written = summary_export.export_all(demo_office.db, 2026, None, tmp_path / "汇总", TODAY)
    pdf_path, xlsx_path, docx_path = written.paths
    report = written.report
    with pdfplumber.open(pdf_path) as pdf:
        cover = pdf.pages[0].extract_text().replace(" ", "")
        assert cover.startswith("2026年度党风廉政建设责任制\n执行情况汇总")  # broken where a word ends
        contents = pdf.pages[1].extract_text().replace(" ", "")
        pdf_text = "".join(page.extract_text() for page in pdf.pages).replace(" ", "").replace("\n", "")
        pdf_rows = {tuple(_flat(c) for c in row) for page in pdf.pages for t in page.extract_tables() for row in t}
        pages = [page.extract_text().replace(" ", "").replace("\n", "") for page in pdf.pages]
    assert "目录" in contents and "一、年度计划与任务分解" in contents
    for index, section in enumerate(report.sections):  # each entry's page is where its heading stands
        title = numbered(index, section.heading)
        line = next(line for line in contents.splitlines() if line.startswith(title))
        page = int(re.search(r"(\d+)$", line).group(1))  # type: ignore[union-attr]
        first = next(n for n, text in enumerate(pages[2:], start=3) if title in text)
        assert page == first, (title, page, first)
    for section in report.sections:
        for paragraph in section.paragraphs:
            assert paragraph.replace(" ", "") in pdf_text
        for chart in section.charts:
            assert chart.title in pdf_text

    book = load_workbook(xlsx_path)
    word = Document(str(docx_path))
    assert len(word.tables) == len(report.tables())
    for table, sheet_name, grid in zip(report.tables(), book.sheetnames, word.tables, strict=True):
        sheet = list(book[sheet_name].iter_rows(values_only=True))
        assert sheet[0] == table.headers and len(sheet) == 1 + len(table.rows)
        assert [list(r) for r in sheet[1:]] == [list(r) for r in table.rows]
        assert [c.text for c in grid.rows[0].cells] == list(table.headers)
        assert [[c.text for c in row.cells] for row in grid.rows[1:]] == [[str(v) for v in r] for r in table.rows]
        assert tuple(table.headers) in pdf_rows
        for row in table.rows:
            assert tuple(_flat(v) for v in row) in pdf_rows  # every row, cell for cell, in the PDF's tables too


def test_an_unknown_format_is_refused(demo_office: Office, tmp_path: Path) -> None:
    report = annual_summary.build(demo_office.db, 2026, None, TODAY)
    with pytest.raises(ValueError, match="不支持的格式"):
        summary_export.write(report, tmp_path / "x.odt")


def test_every_font_the_summary_pdf_names_is_embedded(demo_office: Office, tmp_path: Path) -> None:
    """Not even an unused Helvetica: a PDF/A checker or a print shop flags a font it must substitute."""
    import pypdf

    written = summary_export.export_all(demo_office.db, 2026, None, tmp_path / "汇总", TODAY)
    reader = pypdf.PdfReader(written.paths[0])
    named = {str(font.get_object()["/BaseFont"]): "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()
             if "/FontDescriptor" in font.get_object() else False
             for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert named and all(named.values()), named
