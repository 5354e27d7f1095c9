"""更正 of a finding's steps: the trail keeps before and after, what depended on the step moves, and the
clerk is told (services/corrections.py). The case of issue #21: a feedback dated 9-01 for 12-01."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.rectification import FindingSeverity, FollowUpMethod
from lz_desktop.domain.rectification import RectificationStatus as S
from lz_desktop.services import corrections as c
from lz_desktop.services import documents
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from lz_desktop.storage import audit

from .test_rectification import finding, leader, status, unit

D = dt.date
TODAY = D(2026, 12, 4)


def _fed_back_wrong(office: Office) -> tuple[int, int]:
    """A finding of 12-01 fed back, as typed, on 9-01 of a later year's register: today that is refused, so the
    wrong date is one that passes the order rule but is still a typo (11-01 for 12-01)."""
    from lz_desktop.services.office import set_document_contact

    set_document_contact(office.db, "王芳", "010-69001234")
    unit_id = unit(office)
    one = r.record_finding(office.db, r.FindingDraft(unit_id, LeadSource.INSPECTION, "专题会议未研究具体问题",
                                                     "《办法》第八条第（二）项", FindingSeverity.GENERAL, D(2026, 10, 20)),
                           today=TODAY).id
    feedback = r.feed_back(office.db, unit_id, "2026年度专项检查", D(2026, 11, 1), [one], today=TODAY)
    return one, feedback.id


def test_a_feedback_before_the_finding_is_refused_at_entry(office: Office) -> None:
    unit_id = unit(office)
    one = r.record_finding(office.db, r.FindingDraft(unit_id, LeadSource.INSPECTION, "问题", "", FindingSeverity.GENERAL,
                                                     D(2026, 12, 4)), today=TODAY).id
    with pytest.raises(ValidationError) as refused:
        r.feed_back(office.db, unit_id, "专项检查", D(2026, 9, 1), [one], today=TODAY)
    assert "“反馈日期”（2026年9月1日）早于发现问题的日期（2026年12月4日）" in str(refused.value)
    assert status(office, one, TODAY) is S.NOT_FED_BACK  # nothing was written


def test_correcting_a_feedback_date_moves_its_deadline_status_and_draft(office: Office) -> None:
    one, feedback_id = _fed_back_wrong(office)
    assert status(office, one, TODAY) is S.MEASURES_OVERDUE  # due 2026-12-01 (one month, holidays counted)
    draft = r.draft_rectification_notice(office.db, feedback_id, TODAY)
    assert "11月1日" in "".join(documents.content(office.db, draft).body)
    with pytest.raises(ValidationError, match="“更正理由”不能为空"):
        c.correct_feedback(office.db, feedback_id, title="2026年度专项检查", fed_back_on=D(2026, 12, 1), reason=" ",
                           today=TODAY)

    done = c.correct_feedback(office.db, feedback_id, title="2026年度专项检查", fed_back_on=D(2026, 12, 1),
                              reason="录入时反馈日期填错", today=TODAY)

    assert status(office, one, TODAY) is S.AWAITING_MEASURES
    message = done.message()
    assert "反馈日期由“2026年11月1日”改为“2026年12月1日”" in message
    assert "状态由“整改措施逾期未报”变为“待报整改措施”" in message
    assert "下一期限由 2026年12月1日 变为 2027年1月1日" in message  # provisional: no 2027 holidays entered here
    assert "《" in message and "重新生成草稿" in message
    body = "".join(documents.content(office.db, draft).body)
    assert "12月1日" in body and "11月1日" not in body
    lines = r.timeline(office.db, one)
    assert any("向单位反馈（2026年度专项检查），整改措施报备期限 2027年1月1日（暂定）" in line for line in lines)
    assert lines[-1].startswith("2026年12月4日  更正反馈：反馈日期由“2026年11月1日”改为“2026年12月1日”。理由：录入时反馈日期填错")
    trail = [(json.loads(e.before or "{}"), json.loads(e.after or "{}"))
             for e in audit.entries(office.db, table="feedbacks") if e.op == "update"]
    assert ("2026-11-01", "2026-12-01") in [(b["fed_back_on"], a["fed_back_on"]) for b, a in trail]


def test_an_issued_notice_is_named_and_never_changed(office: Office) -> None:
    _one, feedback_id = _fed_back_wrong(office)
    draft = r.draft_rectification_notice(office.db, feedback_id, TODAY)
    documents.issue(office.db, draft, "测纪办发", year=2026)
    issued_body = documents.content(office.db, draft).body
    done = c.correct_feedback(office.db, feedback_id, title="2026年度专项检查", fed_back_on=D(2026, 12, 1),
                              reason="日期填错", today=TODAY)
    assert [d.id for d in done.issued] == [draft]
    assert "未作改动：如需更正，请作废后重新印发" in done.message() and "测纪办发〔2026〕1号" in done.message()
    assert documents.content(office.db, draft).body == issued_body


def test_dates_are_checked_against_each_other(office: Office) -> None:
    unit_id = unit(office)
    one = finding(office, unit_id)  # found 2026-08-20
    feedback = r.feed_back(office.db, unit_id, "专项检查", D(2026, 9, 1), [one], today=D(2026, 9, 2))
    r.file_measures(office.db, feedback.id, D(2026, 9, 28), [r.MeasureDraft(one, "补开专题会议", D(2026, 11, 30),
                                                                             leader(office))])
    measure_id = r.open_measures(office.db, one)[0][0]
    r.complete_measure(office.db, measure_id, D(2026, 11, 20), today=TODAY)
    with pytest.raises(ValidationError, match=r"发现日期.*晚于今天|反馈日期.*早于发现问题的日期"):
        c.correct_finding(office.db, one, source=LeadSource.INSPECTION, description="主要负责人上半年仅主持一次专题会议",
                          rule_ref="《办法》第八条第（二）项", severity=FindingSeverity.GENERAL, evidence="",
                          found_on=D(2026, 9, 5), reason="日期", today=TODAY)
    with pytest.raises(ValidationError, match=r"措施完成日期.*早于整改措施报备日期"):
        c.correct_measure(office.db, measure_id, content="补开专题会议", due_on=D(2026, 11, 30), done_on=D(2026, 9, 1),
                          reason="日期", today=TODAY)
    with pytest.raises(ValidationError, match="没有改动任何内容"):
        c.correct_filing(office.db, feedback.id, filed_on=D(2026, 9, 28), reason="核对", today=TODAY)
    done = c.correct_measure(office.db, measure_id, content="补开专题会议", due_on=D(2026, 11, 30), done_on=None,
                             reason="该措施实际尚未完成", today=TODAY)
    assert "完成日期由“2026年11月20日”改为“未完成”" in done.message()
    assert "状态由“待验收销号”变为“整改逾期”" in done.message()


def test_a_closing_and_a_follow_up_are_corrected(office: Office) -> None:
    unit_id = unit(office)
    one = finding(office, unit_id)
    feedback = r.feed_back(office.db, unit_id, "专项检查", D(2026, 9, 1), [one], today=D(2026, 9, 2))
    r.file_measures(office.db, feedback.id, D(2026, 9, 28), [r.MeasureDraft(one, "补开专题会议", D(2026, 11, 30),
                                                                             leader(office))])
    r.complete_measure(office.db, r.open_measures(office.db, one)[0][0], D(2026, 11, 20), today=TODAY)
    r.follow_up(office.db, one, D(2026, 11, 24), FollowUpMethod.DOCUMENT_REVIEW, "查阅会议记录", "王芳")
    r.close(office.db, one, D(2026, 11, 25), "已补开，验收合格", today=TODAY)
    followup_id = next(s.key for s in c.steps_of(office.db, one) if s.kind == "followup")
    c.correct_followup(office.db, followup_id, one, on_date=D(2026, 11, 24), method=FollowUpMethod.SITE_VISIT,
                       result="实地查看会议记录", by_whom="王芳、李华", reason="方式记错", today=TODAY)
    c.correct_closing(office.db, one, closed_on=D(2026, 11, 26), opinion="会议已补开，资料齐全，验收合格",
                      reason="销号日期以审批单为准", today=TODAY)
    lines = r.timeline(office.db, one)
    assert any("跟踪督查（实地查看，王芳、李华）：实地查看会议记录" in line for line in lines)
    assert any(line.startswith("2026年11月26日  验收合格，销号。验收意见：会议已补开，资料齐全，验收合格") for line in lines)
    assert [s.kind for s in c.steps_of(office.db, one)] == ["finding", "feedback", "filing", "measure", "followup",
                                                              "closing"]
    with pytest.raises(RuleViolation):
        c.correct_filing(office.db, r.feed_back(office.db, unit_id, "二次", D(2026, 11, 1),
                                                [finding(office, unit_id, "另一问题")], today=TODAY).id,
                         filed_on=D(2026, 11, 2), reason="x", today=TODAY)
