"""A finding's whole life on a real file: found, fed back, measures filed, done, followed up, closed."""

from __future__ import annotations

import datetime as dt

import pytest

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.rectification import FindingSeverity, FollowUpMethod, RectificationStatus
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import rectification as r
from lz_desktop.services import roster
from lz_desktop.services.office import Office, open_office

D = dt.date
S = RectificationStatus


def unit(office: Office) -> int:
    from lz_desktop.domain.leaders import Gender, Leader, Role

    added = roster.add_unit(office.db, Unit(None, None, "北京市测试区财政局", "区财政局", UnitCategory.GOVERNMENT))
    roster.add_leader(office.db, Leader(None, int(added.team_id or 0), "张三", Gender.MALE, "局长", "", Role.PRINCIPAL,
                                        D(2020, 1, 1)))
    return int(added.id or 0)


def leader(office: Office) -> int:
    return int(roster.list_leaders(office.db)[0].leader.id or 0)


def finding(office: Office, unit_id: int, text: str = "主要负责人上半年仅主持一次专题会议") -> int:
    return r.record_finding(office.db, r.FindingDraft(unit_id, LeadSource.INSPECTION, text, "《办法》第八条第（二）项",
                                                      FindingSeverity.GENERAL, D(2026, 8, 20)), today=D(2026, 8, 21)).id


def status(office: Office, finding_id: int, today: D) -> S:
    return next(row.status for row in r.ledger(office.db, today) if row.finding.id == finding_id)


def test_the_whole_life_of_a_finding(office: Office) -> None:
    unit_id = unit(office)
    one = finding(office, unit_id)
    assert status(office, one, D(2026, 8, 25)) is S.NOT_FED_BACK
    feedback = r.feed_back(office.db, unit_id, "2026年度专项检查", D(2026, 9, 1), [one], today=D(2026, 9, 2))
    assert feedback.measures_due == D(2026, 10, 8)
    assert status(office, one, D(2026, 10, 8)) is S.AWAITING_MEASURES
    assert status(office, one, D(2026, 10, 9)) is S.MEASURES_OVERDUE
    r.file_measures(office.db, feedback.id, D(2026, 9, 28), [r.MeasureDraft(one, "年内补开专题会议", D(2026, 11, 30), leader(office))])
    assert status(office, one, D(2026, 11, 30)) is S.IN_PROGRESS
    assert status(office, one, D(2026, 12, 1)) is S.COMPLETION_OVERDUE
    with pytest.raises(RuleViolation, match="整改措施全部完成后"):
        r.close(office.db, one, D(2026, 11, 1), "已整改")
    measure_id = 1
    with pytest.raises(ValidationError, match=r"措施完成日期.*早于整改措施报备日期"):
        r.complete_measure(office.db, measure_id, D(2026, 9, 20), today=D(2026, 11, 20))
    r.complete_measure(office.db, measure_id, D(2026, 11, 20), today=D(2026, 11, 20))
    assert status(office, one, D(2026, 12, 1)) is S.AWAITING_VERIFICATION
    with pytest.raises(RuleViolation, match="跟踪督查"):
        r.close(office.db, one, D(2026, 11, 25), "已整改", today=D(2026, 11, 25))
    r.follow_up(office.db, one, D(2026, 11, 24), FollowUpMethod.DOCUMENT_REVIEW, "查阅会议记录，已召开", "王芳")
    with pytest.raises(ValidationError, match="“验收意见”不能为空"):
        r.close(office.db, one, D(2026, 11, 25), "  ", today=D(2026, 11, 25))
    with pytest.raises(ValidationError, match=r"验收销号日期.*早于最后一项措施完成的日期"):
        r.close(office.db, one, D(2026, 11, 19), "会议已补开，验收合格", today=D(2026, 11, 25))
    r.close(office.db, one, D(2026, 11, 25), "会议已补开，验收合格", today=D(2026, 11, 25))
    assert status(office, one, D(2026, 12, 1)) is S.CLOSED
    r.reopen(office.db, one, D(2026, 12, 2), "复查发现会议未研究具体问题")
    assert status(office, one, D(2026, 12, 3)) is S.AWAITING_VERIFICATION
    office.close()
    again = open_office(office.path)
    lines = r.timeline(again.db, one)
    assert [line.split("  ", 1)[1].split("：")[0] for line in lines] == [
        "责任制考核发现问题", "向单位反馈（2026年度专项检查），整改措施报备期限 2026年10月8日", "报备整改措施",
        "整改措施完成", "跟踪督查（查阅资料，王芳）", "验收合格，销号。验收意见", "重新打开"]
    again.close()


def test_late_filing_is_marked_and_bad_input_named(office: Office) -> None:
    unit_id = unit(office)
    one = finding(office, unit_id)
    feedback = r.feed_back(office.db, unit_id, "专项检查", D(2026, 9, 1), [one], today=D(2026, 9, 2))
    with pytest.raises(ValidationError) as caught:
        r.file_measures(office.db, feedback.id, D(2026, 10, 12), [r.MeasureDraft(one, " ", D(2026, 8, 31)),
                                                                  r.MeasureDraft(one, "补开会议", D(2026, 10, 1), leader(office))])
    texts = [p.text() for p in caught.value.problems]
    assert texts == ["“第1条措施”内容不能为空", "“第1条措施”须指定责任领导",
                     "“第1条措施”完成期限（2026年8月31日）早于反馈日期（2026年9月1日）", "“第2条措施”完成期限早于报备日期"]
    r.file_measures(office.db, feedback.id, D(2026, 10, 12), [r.MeasureDraft(one, "补开会议", D(2026, 11, 30), leader(office))])
    assert "（逾期报备）" in r.timeline(office.db, one)[-1]
    with pytest.raises(RuleViolation, match="已反馈过"):
        r.feed_back(office.db, unit_id, "再次反馈", D(2026, 9, 3), [one], today=D(2026, 9, 4))
    with pytest.raises(ValidationError):
        r.record_finding(office.db, r.FindingDraft(unit_id, LeadSource.AUDIT, "", "", FindingSeverity.GRAVE,
                                                   D(2027, 1, 1)), today=D(2026, 12, 1))
    with pytest.raises(ValidationError, match="重新打开的原因"):
        r.reopen(office.db, one, D(2026, 12, 1), " ")


def test_extensions_asked_in_time_decided_and_kept_in_the_history(office: Office) -> None:
    unit_id = unit(office)
    one = finding(office, unit_id)
    feedback = r.feed_back(office.db, unit_id, "专项检查", D(2026, 9, 1), [one], today=D(2026, 9, 2))
    with pytest.raises(ValidationError, match="须在期限届满前申请"):
        r.request_extension(office.db, one, D(2026, 10, 9), "需协调", D(2026, 10, 30))
    ext = r.request_extension(office.db, one, D(2026, 10, 6), "需协调住建部门", D(2026, 10, 30))
    assert status(office, one, D(2026, 10, 9)) is S.MEASURES_OVERDUE  # pending: nothing moves yet
    r.decide_extension(office.db, one, ext, True, D(2026, 10, 7))
    assert status(office, one, D(2026, 10, 9)) is S.AWAITING_MEASURES  # approved: the deadline moved
    r.file_measures(office.db, feedback.id, D(2026, 10, 20), [r.MeasureDraft(one, "补开会议", D(2026, 11, 30), leader(office))])
    refused = r.request_extension(office.db, one, D(2026, 11, 20), "人员调整", D(2026, 12, 31))
    r.decide_extension(office.db, one, refused, False, D(2026, 11, 21))
    assert status(office, one, D(2026, 12, 1)) is S.COMPLETION_OVERDUE  # refused: still due 11-30
    history = r.timeline(office.db, one)
    assert any("申请将整改措施报备期限由 2026年10月8日 延至 2026年10月30日，理由：需协调住建部门" in h for h in history)
    assert any(h.endswith("延期至 2026年10月30日：批准") for h in history)
    assert any(h.endswith("延期至 2026年12月31日：不予批准") for h in history)
    with pytest.raises(RuleViolation, match="已审批"):
        r.decide_extension(office.db, one, refused, True, D(2026, 11, 22))


def test_attachments_live_inside_the_office_file(office: Office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unit_id = unit(office)
    one = finding(office, unit_id)
    scan = tmp_path / "会议记录扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned minutes " + bytes(range(256)))
    attachment = r.attach(office.db, one, str(scan), D(2026, 8, 22))
    scan.unlink()  # the original may go: the office file holds the copy
    office.close()
    again = open_office(office.path)
    assert r.attachments(again.db, one) == [(attachment, "会议记录扫描件.pdf", 25 + 256)]
    out = tmp_path / "取出.pdf"
    r.save_attachment(again.db, attachment, str(out))
    assert out.read_bytes() == b"%PDF-1.4 scanned minutes " + bytes(range(256))
    assert r.timeline(again.db, one)[-1].endswith("添加附件：会议记录扫描件.pdf")
    again.close()


def test_full_text_search_finds_chinese_words_and_follows_edits(office: Office) -> None:
    unit_id = unit(office)
    one = finding(office, unit_id, "主要负责人上半年仅主持召开一次专题会议")
    two = finding(office, unit_id, "工程招投标领域廉政风险防控措施不具体")
    ids = lambda text: {row.finding.id for row in r.ledger(office.db, D(2026, 9, 1), text=text)}  # noqa: E731
    assert ids("专题会议") == {one} and ids("招投标") == {two}
    assert ids("廉政") == {two}  # two characters: searched without the index
    assert ids("第八条") == {one, two}  # the rule each concerns
    assert ids("区财政局") == {one, two} and ids("张三") == set()  # the unit's name; no leaders named
    assert ids("100%") == set()


def test_the_ledger_for_export_is_read_in_steps_with_a_count(demo_office: Office) -> None:
    """导出所示…/台账PDF… read the rows shown a step at a time, counting: the same rows in the same order as
    one read, and nothing once the clerk has pressed 取消."""
    today = D(2026, 11, 25)
    query = r.sorted_by(r.ledger_query(today), 3, True)  # sorted by the problem's text, descending
    whole = r.ledger_page(demo_office.db, query)
    told: list[tuple[int, int]] = []
    rows = r.ledger_rows_counted(demo_office.db, query, lambda done, total: told.append((done, total)),
                                 lambda: False, step=25)
    assert rows is not None
    assert [row.finding.id for row in rows] == [row.finding.id for row in whole] and len(whole) > 50
    assert told[-1] == (len(whole), len(whole)) and [d for d, _ in told] == sorted(d for d, _ in told)
    assert len(told) == -(-len(whole) // 25)
    asked: list[int] = []
    assert r.ledger_rows_counted(demo_office.db, query, lambda d, t: None,
                                 lambda: asked.append(1) or len(asked) > 2, step=25) is None
