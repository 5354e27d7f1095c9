"""Meetings on a real file: what is refused, what decisions become, what the yearly duties count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.meetings import (
    Absence,
    Decision,
    DecisionOutcome,
    Evaluation,
    EvaluationItem,
    LifeMeetingEntry,
    MeetingDraft,
    MeetingKind,
)
from lz_desktop.domain.obligations import Status
from lz_desktop.services import duties, meetings, obligations
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from tests.services.district import District, build

D = dt.date
TODAY = D(2026, 11, 25)
MARCH_10 = D(2026, 3, 10)


def topic_meeting(d: District, held_on: D = MARCH_10, **changes: object) -> MeetingDraft:
    base = dict(unit_id=d.bureau, kind=MeetingKind.PRINCIPAL_TOPIC, held_on=held_on, place="局三楼会议室",
                chair_id=d.director, recorder="周干事", agenda="研究部署本局党风廉政建设工作",
                attendee_ids=(d.director, d.vice), absences=(Absence(d.vice2, "外出培训"),))
    base.update(changes)
    return MeetingDraft(**base)  # type: ignore[arg-type]


def topic_duty(office: Office, unit_id: int, today: D) -> obligations.ObligationResult:
    return next(x for x in obligations.unit_obligations(office.db, unit_id, 2026, today)
                if x.obligation.code == "art8_topic_meetings")


def test_one_topic_meeting_by_december_is_one_short_until_the_second(office: Office) -> None:
    d = build(office)
    meetings.record_meeting(office.db, topic_meeting(d, D(2026, 3, 10)), today=TODAY)
    duty = topic_duty(office, d.bureau, D(2026, 12, 1))
    assert (duty.status, duty.short_by) == (Status.DUE, 1)
    assert "尚差 1 次" in duty.text() and "第八条第（二）项" in duty.text()
    assert topic_duty(office, d.bureau, D(2027, 1, 5)).status is Status.MISSED
    short = [s for s in obligations.shortfalls(office.db, 2026, D(2026, 12, 1)) if s.unit_id == d.bureau]
    assert "art8_topic_meetings" in {s.result.obligation.code for s in short}
    meetings.record_meeting(office.db, topic_meeting(d, D(2026, 9, 8)), today=TODAY)
    assert topic_duty(office, d.bureau, D(2026, 12, 1)).status is Status.MET


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"held_on": D(2026, 11, 26)}, "held_on", "晚于今天"),
    ({"held_on": D(2026, 3, 1), "chair_id": "former"}, "chair", "不是本单位领导班子成员"),
    ({"attendee_ids": ("director", "vice2")}, "attendance", "赵副局长同时列为出席和缺席"),
    ({"absences": (Absence(0, "  "),)}, "attendance", "须注明原因"),
    ({"chair_id": "vice"}, "chair", "第八条第（二）项"),
    ({"agenda": " "}, "agenda", "不能为空"),
])
def test_what_cannot_be_true_of_a_meeting_is_refused_and_nothing_is_written(
        office: Office, changes: dict, field: str, words: str) -> None:
    d = build(office)

    def resolve(v: object) -> object:
        if isinstance(v, str) and hasattr(d, v):
            return getattr(d, v)
        if isinstance(v, tuple):
            return tuple(Absence(d.vice2, a.reason) if isinstance(a, Absence) else resolve(a) for a in v)
        return v
    draft = topic_meeting(d, **{k: resolve(v) for k, v in changes.items()})
    with pytest.raises(ValidationError) as refused:
        meetings.record_meeting(office.db, draft, today=TODAY)
    assert field in {p.field for p in refused.value.problems}
    assert words in str(refused.value)
    assert meetings.meetings(office.db) == []


def test_decisions_become_a_duty_task_and_a_finding_in_the_same_save(office: Office) -> None:
    d = build(office)
    meeting_id = meetings.record_meeting(office.db, topic_meeting(d, D(2026, 4, 2), decisions=(
        Decision("开展小金库专项治理", DecisionOutcome.TASK, d.vice),
        Decision("公务接待超标问题限期整改", DecisionOutcome.FINDING, d.vice2),
        Decision("会议精神传达到各科室"),
    )), today=TODAY)
    tasks = duties.tasks(office.db, d.bureau, 2026, TODAY)
    assert [(t.task.content, t.task.leaders, t.task.deadline) for t in tasks] == [
        ("开展小金库专项治理", "李副局长", D(2026, 12, 31))]
    found = [row.finding for row in r.ledger(office.db, TODAY) if row.finding.unit_id == d.bureau]
    assert [(f.description, f.leaders, f.found_on) for f in found] == [("公务接待超标问题限期整改", "赵副局长", D(2026, 4, 2))]
    text = meetings.describe(office.db, meeting_id)
    assert "已列入年度任务" in text and f"已列入整改问题第{found[0].id}号" in text and "会议精神传达到各科室" in text
    with pytest.raises(ValidationError, match="须指定责任领导"):
        meetings.record_meeting(office.db, topic_meeting(d, D(2026, 4, 3), decisions=(
            Decision("无人负责的任务", DecisionOutcome.TASK),)), today=TODAY)


def test_a_correction_keeps_decisions_taken_and_carries_out_new_ones(office: Office) -> None:
    d = build(office)
    first = Decision("开展小金库专项治理", DecisionOutcome.TASK, d.vice)
    meeting_id = meetings.record_meeting(office.db, topic_meeting(d, D(2026, 4, 2), decisions=(first,)), today=TODAY)
    second = Decision("修订公务接待制度", DecisionOutcome.TASK, d.vice2)
    corrected = topic_meeting(d, D(2026, 4, 2), place="局二楼会议室", decisions=(first, second))
    with pytest.raises(ValidationError, match="更正理由"):
        meetings.update_meeting(office.db, meeting_id, corrected, today=TODAY, reason="  ")
    assert meetings.update_meeting(office.db, meeting_id, corrected, today=TODAY, reason="地点录入有误") == []
    assert meetings.record(office.db, meeting_id).draft.place == "局二楼会议室"
    assert [t.task.content for t in duties.tasks(office.db, d.bureau, 2026, TODAY)] == ["开展小金库专项治理", "修订公务接待制度"]
    [said] = meetings.corrections_of(office.db, meeting_id)
    assert "地点由“" in said and "改为“局二楼会议室”" in said and "会议决定由“1项”改为“2项”" in said
    assert said.endswith("理由：地点录入有误")
    assert meetings.describe(office.db, meeting_id).endswith("更正记录：\n" + said)  # shown with the record
    with pytest.raises(RuleViolation, match="不能修改或删除"):
        meetings.update_meeting(office.db, meeting_id, topic_meeting(d, D(2026, 4, 2), decisions=(second,)),
                                today=TODAY, reason="x")
    # The date was a year off: the meeting no longer counts for 2026, and the clerk is told.
    moved = meetings.update_meeting(office.db, meeting_id, topic_meeting(
        d, D(2025, 4, 2), place="局二楼会议室", decisions=(first, second)), today=TODAY, reason="年份填错")
    assert any("2026年度“主要负责人主持召开党风廉政建设工作专题会议”由" in line and "已 0 次" in line for line in moved)


def test_a_life_meeting_attended_by_the_superior_principal_counts_for_both_levels(office: Office) -> None:
    d = build(office)
    earlier = meetings.record_meeting(office.db, MeetingDraft(
        d.bureau, MeetingKind.DEMOCRATIC_LIFE, D(2025, 12, 20), "局会议室", d.director, "周干事", "2025年度民主生活会",
        attendee_ids=(d.director, d.vice, d.vice2)), today=TODAY)
    meetings.record_meeting(office.db, MeetingDraft(
        d.bureau, MeetingKind.DEMOCRATIC_LIFE, D(2026, 1, 15), "局会议室", d.director, "周干事", "2026年度民主生活会",
        attendee_ids=(d.director, d.vice, d.vice2), observer_ids=(d.secretary,), observers_note="区纪委第二监督检查室",
        previous_review="上次查摆的3个问题已整改2个",
        life_entries=(LifeMeetingEntry(d.vice, "对分管科室监督不够", "班子成员指出：调研不够深入"),)), today=TODAY)
    assert meetings.previous_life_meeting(office.db, d.bureau, D(2026, 1, 15)).row.id == earlier
    results = {x.obligation.code: x for x in obligations.unit_obligations(office.db, d.committee, 2026, TODAY)}
    assert results["art8_lower_life_meeting"].status is Status.MET
    assert results["art8_lower_life_meeting"].counted[0].title == "参加区财政局民主生活会"
    bureau = {x.obligation.code: x for x in obligations.unit_obligations(office.db, d.bureau, 2026, TODAY)}
    assert bureau["art8_life_meeting"].status is Status.MET
    assert "art8_lower_life_meeting" not in bureau  # the bureau has no sub-units
    text = meetings.describe(office.db, meetings.meetings(office.db, year=2026)[0].id)
    assert "高书记、区纪委第二监督检查室" in text and "对分管科室监督不够" in text


def test_an_evaluation_tallies_rates_and_refuses_more_votes_than_people(office: Office, tmp_path: Path) -> None:
    d = build(office)
    evaluation = Evaluation((("党员", 30), ("人大代表", 5), ("特约监察员", 5)), (
        EvaluationItem("落实主体责任", 30, 8, 2), EvaluationItem("作风建设", 20, 10, 10)))
    assert evaluation.items[0].rate == pytest.approx(0.95)
    assert evaluation.rate == pytest.approx(68 / 80)
    draft = MeetingDraft(d.bureau, MeetingKind.DEMOCRATIC_EVALUATION, D(2026, 11, 2), "局礼堂", d.director, "周干事",
                         "2026年度党风廉政建设民主评议", attendee_ids=(d.director,), evaluation=evaluation)
    meetings.record_meeting(office.db, draft, today=TODAY)
    too_many = Evaluation((("党员", 10),), (EvaluationItem("落实主体责任", 8, 3, 0),))
    with pytest.raises(ValidationError, match="第1行票数合计 11 超过参加人数 10"):
        meetings.record_meeting(office.db, MeetingDraft(**{**draft.__dict__, "evaluation": too_many}), today=TODAY)
    path = meetings.export_meetings(office.db, 2026, tmp_path / "会议.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["2026年度会议", "民主评议票数"]
    sheet = list(book["2026年度会议"].values)
    assert sheet[1][:3] == ("2026年11月2日", "区财政局", "民主评议")  # dates as people read them
    tallies = list(book["民主评议票数"].values)
    assert tallies[1] == ("2026年11月2日", "区财政局", "落实主体责任", 30, 8, 2, "95.0%")
    assert tallies[2][-1] == "75.0%"


def test_attachments_are_kept_in_the_file(office: Office, tmp_path: Path) -> None:
    d = build(office)
    meeting_id = meetings.record_meeting(office.db, topic_meeting(d, D(2026, 3, 10)), today=TODAY)
    scan = tmp_path / "会议纪要.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes")
    attachment_id = meetings.attach(office.db, meeting_id, str(scan), TODAY)
    scan.unlink()
    meetings.save_attachment(office.db, attachment_id, str(tmp_path / "out.pdf"))
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.4 minutes"
    assert meetings.meetings(office.db)[0].attachments == 1
