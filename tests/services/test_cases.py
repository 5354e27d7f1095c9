"""Accountability cases on a real office file, from lead to closing (Chapter 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from lz_desktop.domain.accountability import Circumstance, LeadSource, Sanction, Severity, Subject
from lz_desktop.domain.cases import CaseDraft, CaseStatus, DecisionDraft
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.impact import RestrictionKind
from lz_desktop.domain.responsibility import Responsibility
from lz_desktop.services import case_papers, cases, documents
from lz_desktop.services.office import Office, set_document_contact

from .district import District, build

D = dt.date
TODAY = D(2026, 11, 25)


def _lead(office: Office, d: District, leaders: tuple[int, ...], **changes: object) -> int:
    fields = dict(source=LeadSource.PETITION, received_on=D(2026, 3, 2), content="来信反映区财政局违规发放津贴。",
                  assigned_by="", subject=Subject.LEADER if leaders else Subject.TEAM, unit_id=d.bureau,
                  leader_ids=leaders, circumstances=(Circumstance.CONDONED_FRAUD,))
    fields.update(changes)
    return cases.register_lead(office.db, CaseDraft(**fields), today=TODAY)  # type: ignore[arg-type]


def test_a_lead_names_its_source_subjects_and_circumstances(office: Office) -> None:
    d = build(office)
    with pytest.raises(ValidationError) as e:
        _lead(office, d, (), content=" ", source=LeadSource.ASSIGNED_BY_SUPERIOR, circumstances=(),
              subject=Subject.LEADER, received_on=D(2026, 12, 1))
    text = str(e.value)
    assert "“线索内容”不能为空" in text and "须写明由谁批办或交办（依据《办法》第二十三条）" in text
    assert "“情形”至少一项（依据《办法》第二十一条）" in text and "至少选择一名领导干部" in text and "晚于今天" in text
    with pytest.raises(ValidationError, match="不是所选单位领导班子的成员"):
        _lead(office, d, (d.secretary,))
    case_id = _lead(office, d, (d.director, d.former))  # a transferred member is still a subject (Art. 27)
    view = cases.case(office.db, case_id)
    assert view.status is CaseStatus.LEAD and view.row.number == "2026年第1号"
    assert view.row.subjects == "王局长、钱副局长"


def test_decisions_follow_articles_24_to_26_and_the_dates(office: Office) -> None:
    d = build(office)
    case_id = _lead(office, d, (d.director, d.vice, d.vice2))
    decision = DecisionDraft(d.director, Severity.SERIOUS, (Sanction.CIRCULATED_CRITICISM,), D(2026, 5, 1),
                             Responsibility.PRIMARY)
    with pytest.raises(RuleViolation, match="尚未开始调查"):
        cases.decide(office.db, case_id, decision, today=TODAY)
    cases.start_investigation(office.db, case_id, D(2026, 3, 10), today=TODAY)
    assert cases.case(office.db, case_id).status is CaseStatus.INVESTIGATING

    with pytest.raises(ValidationError) as e:
        cases.decide(office.db, case_id, DecisionDraft(d.director, Severity.MINOR, (Sanction.DISMISSAL,),
                                                       D(2026, 3, 1), Responsibility.PRIMARY), today=TODAY)
    text = str(e.value)
    assert "早于线索受理日期（2026年3月2日）" in text
    with pytest.raises(ValidationError) as e:
        cases.decide(office.db, case_id, DecisionDraft(d.director, Severity.MINOR, (Sanction.DISMISSAL,),
                                                       D(2026, 5, 1), Responsibility.PRIMARY), today=TODAY)
    assert "领导干部情节较轻的，不能给予免职；可给予：批评教育、诫勉谈话、责令作出书面检查（依据《办法》第二十五条）" in str(e.value)
    with pytest.raises(ValidationError, match="须选择处分种类"):
        cases.decide(office.db, case_id, DecisionDraft(d.vice, Severity.GRAVE, (Sanction.DISCIPLINARY_SANCTION,),
                                                       D(2026, 5, 1), Responsibility.IMPORTANT), today=TODAY)
    with pytest.raises(RuleViolation, match="不承担领导责任，不能给予责任追究"):
        cases.decide(office.db, case_id, DecisionDraft(d.vice2, Severity.MINOR, (Sanction.ADMONISHMENT_TALK,),
                                                       D(2026, 5, 1), Responsibility.NONE), today=TODAY)

    first = cases.decide(office.db, case_id, decision, today=TODAY)
    cases.decide(office.db, case_id, DecisionDraft(d.vice, Severity.GRAVE, (Sanction.DISCIPLINARY_SANCTION,),
                                                   D(2026, 5, 1), Responsibility.IMPORTANT,
                                                   disciplinary=("party_warning",)), today=TODAY)
    cases.decide(office.db, case_id, DecisionDraft(d.vice2, Severity.MINOR, (), D(2026, 5, 1), Responsibility.NONE),
                 today=TODAY)
    with pytest.raises(ValidationError, match="更正须写明理由"):
        cases.decide(office.db, case_id, decision, today=TODAY)
    texts = [cases.describe_decision(office.db, x) for x in cases.decisions(office.db, case_id)]
    assert texts == ["王局长：情节较重，通报批评（主要领导责任）", "李副局长：情节严重，党内警告（重要领导责任）",
                     "赵副局长：不承担领导责任（第二十六条），不予追究"]
    assert cases.case(office.db, case_id).status is CaseStatus.DECIDED

    with pytest.raises(RuleViolation, match="尚有 2 项处理决定未执行完毕"):
        cases.close(office.db, case_id, TODAY, "办结", today=TODAY)
    for x in cases.decisions(office.db, case_id):
        if x.draft.sanctions:
            cases.carry_out(office.db, x.id, D(2026, 6, 1), today=TODAY)
    assert cases.case(office.db, case_id).status is CaseStatus.CARRIED_OUT
    cases.close(office.db, case_id, D(2026, 6, 5), "处理决定均已执行。", today=TODAY)
    assert cases.case(office.db, case_id).status is CaseStatus.CLOSED
    with pytest.raises(RuleViolation, match="已结案"):
        cases.decide(office.db, case_id, decision, today=TODAY, reason="更正")
    assert first


def test_a_closed_case_changes_only_with_a_reason_and_everything_is_in_its_timeline(office: Office) -> None:
    d = build(office)
    case_id = _lead(office, d, (), content="区财政局党组未传达上级部署。", circumstances=(Circumstance.DUTIES_NOT_CARRIED_OUT,))
    cases.start_investigation(office.db, case_id, D(2026, 3, 5), today=TODAY)
    cases.close(office.db, case_id, D(2026, 4, 1), "经调查，反映问题不属实，予以了结。", today=TODAY)
    changed = CaseDraft(LeadSource.PETITION, D(2026, 3, 2), "区财政局党组未及时传达上级部署。", "", Subject.TEAM,
                        d.bureau, (), (Circumstance.DUTIES_NOT_CARRIED_OUT,))
    with pytest.raises(ValidationError, match="已结案，修改须写明理由"):
        cases.update_case(office.db, case_id, changed, today=TODAY)
    cases.update_case(office.db, case_id, changed, today=TODAY, reason="订正线索摘要的文字")
    cases.reopen(office.db, case_id, "收到新的举报材料", today=TODAY)
    assert cases.case(office.db, case_id).status is CaseStatus.INVESTIGATING
    history = cases.timeline(office.db, case_id)
    assert history[0].startswith("2026年3月2日\u3000受理线索（信访举报）")
    assert any("线索内容由“区财政局党组未传达上级部署。”改为“区财政局党组未及时传达上级部署。”"
               "（已结案后修改，理由：订正线索摘要的文字）" in line for line in history)
    assert history[-1].endswith("重新打开，理由：收到新的举报材料")


def test_an_open_case_edit_says_what_changed_and_a_corrected_decision_what_moved(office: Office) -> None:
    d = build(office)
    case_id = _lead(office, d, (d.director,))
    edited = CaseDraft(LeadSource.PETITION, D(2026, 3, 3), "来信反映区财政局违规发放津贴。", "", Subject.LEADER,
                       d.bureau, (d.director, d.vice), (Circumstance.CONDONED_FRAUD, Circumstance.OTHER))
    cases.update_case(office.db, case_id, edited, today=TODAY)
    line = cases.timeline(office.db, case_id)[-1]
    assert "修改线索记录：受理日期由“2026年3月2日”改为“2026年3月3日”；责任人由“王局长”改为“王局长、李副局长”；" \
           "第二十一条情形由“（6）”改为“（6）（7）”" in line

    cases.start_investigation(office.db, case_id, D(2026, 3, 10), today=TODAY)
    first = DecisionDraft(d.director, Severity.GRAVE, (Sanction.DISMISSAL,), D(2026, 5, 1),
                          Responsibility.PRIMARY)
    cases.decide(office.db, case_id, first, today=TODAY)
    before = cases.leader_restrictions(office.db, d.director, TODAY)
    assert before
    lighter = DecisionDraft(d.director, Severity.SERIOUS, (Sanction.CIRCULATED_CRITICISM,), D(2026, 5, 1),
                            Responsibility.PRIMARY)
    cases.decide(office.db, case_id, lighter, today=TODAY, reason="复议后改为通报批评")
    moved = cases.restrictions_moved(before, cases.leader_restrictions(office.db, d.director, TODAY))
    assert moved and all(m.startswith(("不再适用：", "新适用：")) for m in moved)
    assert any(m.startswith("不再适用：不得重新担任与原任职务相当的领导职务") for m in moved)


def test_restrictions_in_force_and_excellence_eligibility(office: Office) -> None:
    d = build(office)
    case_id = _lead(office, d, (d.director, d.former))
    cases.start_investigation(office.db, case_id, D(2026, 3, 10), today=TODAY)
    cases.decide(office.db, case_id, DecisionDraft(d.director, Severity.GRAVE, (Sanction.DISMISSAL,), D(2026, 4, 1),
                                                   Responsibility.PRIMARY), today=TODAY)
    limits = cases.leader_restrictions(office.db, d.director, TODAY)
    assert {r.kind for r in limits} == {RestrictionKind.NO_EXCELLENCE, RestrictionKind.NO_EQUIVALENT_POST}
    post = next(r for r in limits if r.kind is RestrictionKind.NO_EQUIVALENT_POST)
    assert post.until == D(2027, 4, 1)
    later = {r.kind for r in cases.leader_restrictions(office.db, d.director, D(2027, 5, 1))}
    assert later == {RestrictionKind.APPROVAL_NEEDED}  # after the year: approval and the department's opinion
    assert [r.name for r in cases.restrictions_in_force(office.db, TODAY)] == ["王局长", "王局长"]
    eligible, why = cases.excellence_eligible(office.db, d.director, 2026)
    assert not eligible and "取消当年年度考核评优" in why
    assert cases.excellence_eligible(office.db, d.director, 2027)[0]
    assert cases.excellence_eligible(office.db, d.vice, 2026)[0]


def test_pending_decisions_are_urged_and_papers_drafted(office: Office, tmp_path: Path) -> None:
    d = build(office)
    case_id = _lead(office, d, ())
    cases.start_investigation(office.db, case_id, D(2026, 3, 10), today=TODAY)
    decision_id = cases.decide(office.db, case_id, DecisionDraft(None, Severity.SERIOUS, (Sanction.CIRCULATED_CRITICISM,),
                                                                 D(2026, 9, 1)), today=TODAY)
    [pending] = cases.pending_decisions(office.db, TODAY, older_than_days=30)
    assert pending.days == 85 and pending.text == "区财政局领导班子：情节较重，通报批评"
    assert cases.pending_decisions(office.db, TODAY, older_than_days=90) == []

    notice_id = case_papers.draft_decision_notice(office.db, decision_id)
    notice = documents.content(office.db, notice_id)
    assert notice.title == "关于给予区财政局领导班子通报批评的决定"
    assert "第二十一条第（六）项" in "".join(notice.body) and "依据《办法》第二十四条" in "".join(notice.body)
    with pytest.raises(RuleViolation, match="通知已起草"):
        case_papers.draft_decision_notice(office.db, decision_id)
    drafts = len(documents.register(office.db))
    with pytest.raises(RuleViolation, match=r"本机关尚未设置.*未生成任何草稿"):  # never a placeholder on paper
        case_papers.draft_oversight_notices(office.db, TODAY)
    assert len(documents.register(office.db)) == drafts
    set_document_contact(office.db, "李静", "010-6123 4567")
    [urge] = case_papers.draft_oversight_notices(office.db, TODAY)
    body = "".join(documents.content(office.db, urge).body)
    assert "第二十九条" in body and "已85天尚未落实" in body and "联系人：李静 010-6123 4567" in body

    views = cases.cases(office.db)
    out = tmp_path / "登记表.pdf"
    out.write_bytes(case_papers.register_pdf(office.db, views, "责任追究案件登记表", TODAY))
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text().replace(" ", "")
    assert "责任追究案件登记表" in text and "2026年第1号" in text and "已作出" in text and "共1件" in text
    book = tmp_path / "登记.xlsx"
    case_papers.export_register(office.db, views, book)
    rows = list(load_workbook(book).active.iter_rows(values_only=True))
    assert rows[0][0] == "编号" and rows[1][-1] == "来信反映区财政局违规发放津贴。"


def test_a_collective_decision_proposes_each_share_and_another_finding_needs_a_reason(office: Office) -> None:
    """Art. 26: the principal and the member directly in charge primary, the other members important, an
    objector none; the clerk may find otherwise, saying why."""
    from lz_desktop.domain.cases import DecisionMode

    d = build(office)
    case_id = _lead(office, d, (d.director, d.vice, d.vice2), decision_mode=DecisionMode.COLLECTIVE,
                    supervising_id=d.vice, objector_ids=(d.vice2,))
    shares = {i: cases.proposed_share(office.db, case_id, i) for i in (d.director, d.vice, d.vice2)}
    assert {i: (s.responsibility, s.reason) for i, s in shares.items() if s} == {
        d.director: (Responsibility.PRIMARY, "领导班子主要负责人"),
        d.vice: (Responsibility.PRIMARY, "直接主管的领导班子成员"),
        d.vice2: (Responsibility.NONE, "对错误决策提出明确反对意见而没有被采纳")}
    cases.start_investigation(office.db, case_id, D(2026, 3, 10), today=TODAY)
    lighter = DecisionDraft(d.vice, Severity.SERIOUS, (Sanction.CIRCULATED_CRITICISM,), D(2026, 5, 1),
                            Responsibility.IMPORTANT)
    with pytest.raises(ValidationError, match="按案件记录的决策方式应为“主要领导责任”（直接主管的领导班子成员）"):
        cases.decide(office.db, case_id, lighter, today=TODAY)
    cases.decide(office.db, case_id, lighter, today=TODAY, share_reason="经查该事项实际由主要负责人直接安排")
    cases.decide(office.db, case_id, DecisionDraft(d.director, Severity.SERIOUS, (Sanction.CIRCULATED_CRITICISM,),
                                                   D(2026, 5, 1), Responsibility.PRIMARY), today=TODAY)
    history = "\n".join(cases.timeline(office.db, case_id))
    assert "（责任类型与第二十六条推定的“主要领导责任”不同，理由：经查该事项实际由主要负责人直接安排）" in history
    assert "（第二十六条：领导班子主要负责人）" in history

    with pytest.raises(ValidationError, match="须是本案件的责任追究对象"):
        _lead(office, d, (d.director,), decision_mode=DecisionMode.COLLECTIVE, supervising_id=d.vice)
    alone = _lead(office, d, (d.director, d.vice), decision_mode=DecisionMode.INDIVIDUAL, decided_by_id=d.director)
    assert cases.proposed_share(office.db, alone, d.director).responsibility is Responsibility.INDIVIDUAL  # type: ignore[union-attr]
    assert cases.proposed_share(office.db, alone, d.vice) is None
