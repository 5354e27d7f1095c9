"""Inspections on a real office file: the system, scoring, the score sheet, results, feedback, the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.inspections import Indicator, Method, Score, scoring_indicators
from lz_desktop.domain.obligations import Status
from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.services import documents, inspections, obligations
from lz_desktop.services import inspection_results as results
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office

from .district import District, build

D = dt.date
TODAY = D(2026, 11, 25)


def _inspection(office: Office, d: District, **changes: object) -> int:
    if inspections.system(office.db, 2026) is None:
        inspections.start_year(office.db, 2026)
    fields = dict(year=2026, unit_id=d.committee, title="2026年度党风廉政建设责任制检查考核", team="区纪委检查组",
                  leader_id=d.secretary, methods=(Method.SELF_ASSESSMENT, Method.SPECIAL_INSPECTION),
                  start_on=D(2026, 11, 2), end_on=D(2026, 11, 20), unit_ids=(d.bureau,))
    fields.update(changes)
    return inspections.create_inspection(office.db, inspections.InspectionDraft(**fields), today=TODAY)  # type: ignore[arg-type]


def _leaves(office: Office, inspection_id: int) -> list[Indicator]:
    found = inspections.inspection(office.db, inspection_id)
    return [leaf for leaf, _p in scoring_indicators(inspections.system_of(office.db, found).indicators)]


def _full_marks(office: Office, inspection_id: int, unit_id: int, **lower: tuple[float, str]) -> None:
    inspections.save_scores(office.db, inspection_id, unit_id, [
        Score(leaf.id or 0, leaf.points, lower[leaf.name][0] if leaf.name in lower else leaf.points,
              lower[leaf.name][1] if leaf.name in lower else "") for leaf in _leaves(office, inspection_id)])


def test_a_year_starts_from_the_sample_then_from_last_year_and_locks_once_scored(office: Office) -> None:
    d = build(office)
    first = inspections.start_year(office.db, 2025)
    assert sum(t.points for t in first.indicators) == 100 and first.bands[0].label == "优秀"
    changed = [Indicator(t.name, t.points, t.rule, t.method, t.feed, t.children) for t in first.indicators]
    changed[-1] = Indicator("群众满意度", 15)
    inspections.save_system(office.db, 2025, "2025年度考核指标体系", changed, first.bands)
    second = inspections.start_year(office.db, 2026)
    assert second.indicators[-1].name == "群众满意度"  # adjusted each year from the last (Art. 14)
    with pytest.raises(RuleViolation, match="已有指标体系"):
        inspections.start_year(office.db, 2026)

    inspection_id = _inspection(office, d)
    leaf = _leaves(office, inspection_id)[0]
    inspections.save_scores(office.db, inspection_id, d.bureau, [Score(leaf.id or 0, None, leaf.points)])
    with pytest.raises(RuleViolation, match="指标不能再修改"):
        inspections.save_system(office.db, 2026, "", second.indicators, second.bands)


def test_an_inspection_names_whom_how_and_when(office: Office) -> None:
    d = build(office)
    inspections.start_year(office.db, 2026)
    bad = inspections.InspectionDraft(2026, d.committee, "", "", None, (), D(2026, 12, 1), D(2026, 11, 1),
                                      (d.committee,))
    with pytest.raises(ValidationError) as e:
        inspections.create_inspection(office.db, bad, today=TODAY)
    text = str(e.value)
    assert "“名称”不能为空" in text and "不能包含组织单位本身" in text and "“考核方式”至少选择一种" in text
    assert "早于开始日期" in text and "晚于今天" in text


def test_scores_are_checked_and_results_wait_for_the_last_one(office: Office) -> None:
    d = build(office)
    inspection_id = _inspection(office, d)
    leaves = _leaves(office, inspection_id)
    with pytest.raises(ValidationError) as e:
        inspections.save_scores(office.db, inspection_id, d.bureau, [
            Score(leaves[0].id or 0, None, leaves[0].points + 1), Score(leaves[1].id or 0, None, -2),
            Score(leaves[2].id or 0, None, 1), Score(leaves[2].id or 0, None, 2, "x")])
    text = str(e.value)
    assert f"超过该指标分值 {leaves[0].points:g}" in text and "为负数" in text
    assert "须写明扣分理由" in text and "重复评分" in text
    assert inspections.scores(office.db, inspection_id) == {}  # the batch is whole or absent

    inspections.save_scores(office.db, inspection_id, d.bureau, [Score(leaves[0].id or 0, 8, 8)])
    with pytest.raises(RuleViolation, match=f"区财政局缺 {len(leaves) - 1} 项"):
        inspections.finalize(office.db, inspection_id, TODAY, today=TODAY)
    _full_marks(office, inspection_id, d.bureau, 研究部署=(4, "全年仅召开一次专题会议"))
    [row] = inspections.unit_results(office.db, inspection_id)
    assert (row.total, row.grade, row.rank) == (96, "优秀", 1)
    inspections.finalize(office.db, inspection_id, TODAY, today=TODAY)
    with pytest.raises(RuleViolation, match="评分不能再修改"):
        _full_marks(office, inspection_id, d.bureau)


def test_feedback_turns_deductions_into_findings_with_the_month_of_art_19(office: Office) -> None:
    d = build(office)
    inspection_id = _inspection(office, d)
    with pytest.raises(RuleViolation, match="尚未确定"):
        results.feed_back_results(office.db, inspection_id, TODAY, today=TODAY)
    _full_marks(office, inspection_id, d.bureau, 研究部署=(4, "全年仅召开一次专题会议"),
                年度计划=(0, "年度计划未公布"))
    inspections.finalize(office.db, inspection_id, D(2026, 11, 23), today=TODAY)
    [row] = inspections.unit_results(office.db, inspection_id)
    assert row.grade == "良好"  # 91 points, but 年度计划 scored 0: not 优秀

    outcome = results.feed_back_results(office.db, inspection_id, D(2026, 11, 24), today=TODAY, contact="王芳")
    assert outcome.findings == 2
    ledger = r.ledger(office.db, TODAY, unit_ids=[d.bureau])
    assert {x.finding.description for x in ledger} == {"组织领导·研究部署：全年仅召开一次专题会议（扣4分）",
                                                       "责任分解·年度计划：年度计划未公布（扣5分）"}
    assert all(x.next_due == D(2026, 12, 24) for x in ledger)  # one month from the feedback (Art. 19)
    notice = documents.content(office.db, outcome.documents[0])
    body = "".join(notice.body)
    assert notice.addressee == "区财政局领导班子" and "91分" in body and "“良好”" in body
    assert "全年仅召开一次专题会议" in body and "2026年12月24日前制定整改措施" in body
    with pytest.raises(RuleViolation, match="均已反馈"):
        results.feed_back_results(office.db, inspection_id, TODAY, today=TODAY)
    duties = {x.obligation.code: x.status for x in obligations.unit_obligations(office.db, d.committee, 2026, TODAY)}
    assert duties["art13_inspection"] is Status.MET and duties["art19_feedback"] is Status.MET
    assert duties["art8_inspect_subordinates"] is Status.MET  # led by the committee's principal (Art. 8(4))

    doc_id = results.draft_report(office.db, inspection_id, TODAY, today=TODAY)
    report = documents.content(office.db, doc_id)
    assert documents.entry(office.db, doc_id).kind is DocumentKind.REPORT
    assert report.title == "关于2026年度党风廉政建设责任制检查考核情况的报告"
    assert "组织领导·研究部署方面，1个单位被扣分" in "".join(report.body)


def test_the_score_sheet_goes_out_and_comes_back_whole_or_not_at_all(office: Office, tmp_path: Path) -> None:
    d = build(office)
    inspection_id = _inspection(office, d)
    sheet = tmp_path / "评分表.xlsx"
    results.export_score_sheet(office.db, inspection_id, sheet)
    wb = load_workbook(sheet)
    ws = wb["评分表"]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(_leaves(office, inspection_id)) and rows[0][0].value == "区财政局"
    for row in rows:
        row[6].value = row[3].value  # full marks
    rows[0][6].value = 99
    rows[1][6].value = "七"
    ws.append(["区财政局", rows[2][1].value, rows[2][2].value, None, None, None, 1, "重复"])
    ws.append(["区民政局", "组织领导", "研究部署", None, None, None, 8])
    wb.save(sheet)
    before = sheet.read_bytes()
    check = results.check_score_sheet(office.db, inspection_id, sheet)
    assert any(p.startswith("“考核得分”第2行") and "超过该指标分值" in p for p in check.problems)
    assert "第3行“考核得分”：七不是数字" in check.problems
    assert any("已在第4行评分，同一单位同一指标只能评分一次" in p for p in check.problems)
    assert "第" + str(len(rows) + 3) + "行“单位”：区民政局不在本次检查考核的单位中" in check.problems
    with pytest.raises(ValidationError):
        results.import_score_sheet(office.db, check)
    assert inspections.scores(office.db, inspection_id) == {} and sheet.read_bytes() == before

    rows[0][6].value = rows[0][3].value
    rows[1][6].value = rows[1][3].value
    ws.delete_rows(ws.max_row - 1, 2)
    wb.save(sheet)
    check = results.check_score_sheet(office.db, inspection_id, sheet)
    assert check.problems == []
    assert results.import_score_sheet(office.db, check) == len(rows)
    [row] = inspections.unit_results(office.db, inspection_id)
    assert row.total == 100 and row.complete


def test_the_published_list_with_its_charts_reads_back(demo_office: Office, tmp_path: Path) -> None:
    [final] = [i for i in inspections.inspections(demo_office.db, 2025)]
    out = tmp_path / "结果.pdf"
    out.write_bytes(results.results_pdf(demo_office.db, final.id, TODAY))
    with pdfplumber.open(out) as pdf:
        text = "".join(page.extract_text() for page in pdf.pages).replace(" ", "")
        assert pdf.pages[0].width > pdf.pages[0].height
    assert "2025年度党风廉政建设责任制检查考核结果" in text and "2025年12月15日确定" in text
    assert "得分分布（单位个数）" in text and "各一级指标平均得分率（%）" in text
    best = inspections.unit_results(demo_office.db, final.id)[0]
    assert best.unit_name in text


def test_a_leaders_results_over_the_years(demo_office: Office) -> None:
    from lz_desktop.services import roster

    row = next(x for x in roster.list_leaders(demo_office.db) if x.unit_short_name == "区财政局"
               and x.leader.term_end is None)
    years = results.leader_results(demo_office.db, int(row.leader.id or 0))
    assert [y.year for y in years] == [2026, 2025]
    assert years[1].final and years[1].grade and years[1].rank >= 1 and not years[0].final


def test_scores_after_the_results_are_corrected_only_with_a_reason(demo_office: Office) -> None:
    own = next(i for i in inspections.inspections(demo_office.db, 2026) if i.unit_short_name == "区卫生健康委")
    unit_id = own.units[0][0]
    current = inspections.scores(demo_office.db, own.id)
    indicator_id, score = next((i, s) for (u, i), s in current.items() if u == unit_id and (s.score or 0) >= 1)
    lower = Score(indicator_id, score.self_score, (score.score or 0) - 1, "台账记录不全", score.comment)
    with pytest.raises(RuleViolation, match=r"已于.*确定，评分不能再修改"):
        inspections.save_scores(demo_office.db, own.id, unit_id, [lower])
    with pytest.raises(ValidationError, match="更正理由"):
        inspections.correct_scores(demo_office.db, own.id, unit_id, [lower], reason="", today=TODAY)
    with pytest.raises(ValidationError, match="没有改动任何评分"):
        inspections.correct_scores(demo_office.db, own.id, unit_id, [score], reason="核对", today=TODAY)
    moved = inspections.correct_scores(demo_office.db, own.id, unit_id, [lower], reason="复核", today=TODAY)
    assert "分改为" in moved[0] and any(" → " in line for line in moved[1:])
    assert inspections.scores(demo_office.db, own.id)[(unit_id, indicator_id)].score == (score.score or 0) - 1
