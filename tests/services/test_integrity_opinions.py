"""党风廉政意见回复 on a real office file: the request, the opinion proposed from the records, the clerk's word,
the 复函 in the register."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from lz_desktop.domain.accountability import Circumstance, LeadSource, Sanction, Severity, Subject
from lz_desktop.domain.accounts import Role
from lz_desktop.domain.cases import CaseDraft, DecisionDraft
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.integrity_opinion import OpinionKind, Purpose
from lz_desktop.domain.leaders import Gender, Leader, LeaderStatus
from lz_desktop.domain.leaders import Role as Post
from lz_desktop.domain.responsibility import Responsibility
from lz_desktop.services import cases, documents, roster
from lz_desktop.services import integrity_opinions as opinions
from lz_desktop.services.integrity_opinions import NameEntry
from lz_desktop.services.office import Office
from lz_desktop.storage import audit
from lz_desktop.storage.session import PermissionDenied, sign_in

from .district import District, build

D = dt.date
TODAY = D(2026, 11, 25)


def _sanctioned(office: Office, d: District) -> None:
    """王局长: dismissed on 2026-4-1 (Art. 28: a year without an equivalent post); 李副局长: an open lead."""
    db = office.db
    first = cases.register_lead(db, CaseDraft(LeadSource.PETITION, D(2026, 3, 2), "来信反映违规发放津贴。", "",
                                              Subject.LEADER, d.bureau, (d.director,),
                                              (Circumstance.CONDONED_FRAUD,)), today=TODAY)
    cases.start_investigation(db, first, D(2026, 3, 10), today=TODAY)
    cases.decide(db, first, DecisionDraft(d.director, Severity.GRAVE, (Sanction.DISMISSAL,), D(2026, 4, 1),
                                          Responsibility.PRIMARY), today=TODAY)
    cases.register_lead(db, CaseDraft(LeadSource.PETITION, D(2026, 10, 9), "反映插手工程项目。", "", Subject.LEADER,
                                      d.bureau, (d.vice,), (Circumstance.OTHER,)), today=TODAY)


def test_each_person_gets_an_opinion_from_the_records_and_the_reply_is_drafted(office: Office) -> None:
    d = build(office)
    _sanctioned(office, d)
    db = office.db
    request_id = opinions.create_request(
        db, "中共北京市测试区委组织部", Purpose.PROMOTION, TODAY,
        [NameEntry("王局长"), NameEntry("李副局长"), NameEntry("赵副局长"), NameEntry("张三")],
        today=TODAY, reference="区组干函〔2026〕12号")
    views = opinions.persons(db, request_id)
    by_name = {v.row.name: v for v in views}
    assert by_name["赵副局长"].row.proposed_kind == "clear" and by_name["赵副局长"].opinion == "无不良反映。"
    director = by_name["王局长"].opinion
    assert director.startswith("有以下情况：2026年4月1日受到责任追究，情节严重，免职") and "2026年第" not in director
    assert "影响期至2027年4月1日，期内不得重新担任与原任职务相当的领导职务（依据《办法》第二十八条）" in director
    assert by_name["李副局长"].row.proposed_kind == "defer"
    assert by_name["李副局长"].opinion == "暂缓答复。有反映问题正在核查，待查清后另行函复。"
    assert by_name["张三"].state == "未找到"  # kept, never dropped

    with pytest.raises(RuleViolation, match="尚有 3 人的意见未确认"):
        opinions.draft_reply(db, request_id, TODAY)
    for v in views:
        if v.row.name not in ("李副局长", "张三"):
            opinions.confirm(db, v.row.id)
    with pytest.raises(ValidationError, match="改动系统提出的意见须写明理由"):
        opinions.change(db, by_name["李副局长"].row.id, OpinionKind.NOTED, "有信访反映，正在核实。", "")
    opinions.change(db, by_name["李副局长"].row.id, OpinionKind.DEFER, "暂缓：有信访反映正在核实。",
                    "组织部门要求在任前公示前答复，改写为简要表述")
    changed = [e for e in audit.entries(db, table="integrity_persons") if e.op == "update"]
    assert any("组织部门要求" in str(e.after) and "proposed_text" in str(e.before) for e in changed)
    assert {v.row.name: v.state for v in opinions.persons(db, request_id)}["李副局长"] == "已修改"

    doc_id = opinions.draft_reply(db, request_id, TODAY)
    entry = documents.entry(db, doc_id)
    assert entry.kind.label == "党风廉政意见复函" and entry.recipient == "中共北京市测试区委组织部"
    body = "\n".join(documents.content(db, doc_id).body)
    assert "你部来函（区组干函〔2026〕12号）收悉" in body and "（截至2026年11月25日）" in body
    assert content_paragraphs(db, doc_id)[-1] == "特此函复。"
    content = documents.content(db, doc_id)
    assert "现将拟提拔或进一步使用的4名人选的党风廉政情况函复如下（见附件）" in body
    assert content.attachments == ("拟提拔或进一步使用人选党风廉政意见表",)
    assert content.annex[1][:3] == ("1", "王局长", "区财政局局长") and content.annex[1][3].startswith("有以下情况：")
    assert content.annex[4] == ("4", "张三", "", "本委掌握的干部名册中未找到此人。")
    issued = documents.issue(db, doc_id, "测纪函")
    text = "\n".join(page.extract_text() for page in pdfplumber.open(io.BytesIO(documents.pdf_bytes(db, doc_id))).pages)
    assert issued.number in text.replace("\n", "") and "赵副局长" in text and "附件" in text
    with pytest.raises(RuleViolation, match="复函已印发，意见不再修改"):
        opinions.confirm(db, by_name["王局长"].row.id)


def content_paragraphs(db, doc_id: int) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return documents.content(db, doc_id).body


def test_the_opinion_is_as_of_the_request_and_a_name_held_twice_asks_which(office: Office) -> None:
    d = build(office)
    _sanctioned(office, d)
    db = office.db
    committee = next(u for u in roster.list_units(db) if u.id == d.committee)
    other = roster.add_leader(db, Leader(None, int(committee.team_id or 0), "王局长",
                                         Gender.MALE, "区委常委", "", Post.MEMBER, D(2021, 1, 1), None,
                                         LeaderStatus.IN_OFFICE, "", ()))
    early = opinions.create_request(db, "区委组织部", Purpose.AWARD, D(2026, 3, 20),
                                    [NameEntry("王局长", "区财政局"), NameEntry("王局长")], today=TODAY)
    bureau_one, either = opinions.persons(db, early)
    assert bureau_one.row.proposed_kind == "defer"  # on 3-20 the lead was being investigated, not decided
    assert either.state == "须选择人员" and {c.leader.post for c in either.candidates} == {"局长", "区委常委"}
    with pytest.raises(RuleViolation, match="同名多人，请先选择"):
        opinions.confirm(db, either.row.id)
    opinions.choose(db, either.row.id, int(other.id or 0))
    assert opinions.persons(db, early)[1].opinion == "无不良反映。"
    with pytest.raises(ValidationError, match="第2个“李副局长”与第1个重复"):
        opinions.create_request(db, "区委组织部", Purpose.PROMOTION, TODAY,
                                [NameEntry("李副局长"), NameEntry("李副局长")], today=TODAY)


def test_a_role_without_the_case_permission_sees_no_opinion(office: Office) -> None:
    build(office)
    sign_in(office.db, "李文员", Role.CLERK, None)
    with pytest.raises(PermissionDenied):
        opinions.requests(office.db)


def test_names_come_in_every_way_a_list_is_typed_or_pasted() -> None:
    parsed = opinions.parse_names("傅国新（区城市管理委）\n王局长,区财政局\n李副局长、赵副局长\n傅 国新\n顾欣秀\t区财政局\n\n")
    assert [(e.name, e.unit_hint) for e in parsed] == [
        ("傅国新", "区城市管理委"), ("王局长", ""), ("区财政局", ""), ("李副局长", ""), ("赵副局长", ""),
        ("傅国新", ""), ("顾欣秀", "区财政局")]


def test_one_person_named_twice_is_refused_and_an_issued_reply_is_voided_before_answering_again(
        office: Office) -> None:
    d = build(office)
    _sanctioned(office, d)
    db = office.db
    with pytest.raises(ValidationError, match="第2个“王局长”与第1个是同一人"):
        opinions.create_request(db, "区委组织部", Purpose.PROMOTION, TODAY,
                                [NameEntry("王局长"), NameEntry("王局长", "区财政局")], today=TODAY)
    request_id = opinions.create_request(db, "区委组织部", Purpose.PROMOTION, TODAY, [NameEntry("赵副局长")],
                                         today=TODAY)
    (person,) = opinions.persons(db, request_id)
    opinions.confirm(db, person.row.id)
    doc_id = opinions.draft_reply(db, request_id, TODAY)
    issued = documents.issue(db, doc_id, "测纪函")
    assert opinions.reply_state(db, request_id) == f"已印发 {issued.number}"
    with pytest.raises(RuleViolation, match=f"复函已印发（{issued.number}），不再起草"):
        opinions.draft_reply(db, request_id, TODAY)
    documents.void(db, doc_id, "答复对象有误")
    opinions.change(db, person.row.id, OpinionKind.CLEAR, "无不良反映。", "重新核对后确认")
    again = opinions.draft_reply(db, request_id, TODAY)
    assert again != doc_id and opinions.reply_state(db, request_id) == "复函草稿待印发"
    assert opinions.opinions_given(db, d.vice2) == []  # voided, and the new reply not yet issued


def test_a_reply_is_offered_the_letters_series_of_its_organ(office: Office) -> None:
    d = build(office)
    db = office.db
    from lz_desktop.domain.official_document import DEFAULT_ORGANS, IssuingOrgan
    from lz_desktop.services import issuers

    issuers.set_issuers(db, dict(DEFAULT_ORGANS), {IssuingOrgan.COMMISSION: "测纪发", IssuingOrgan.OFFICE: "测纪办发"})
    request_id = opinions.create_request(db, "区委组织部", Purpose.PROMOTION, TODAY, [NameEntry("赵副局长")],
                                         today=TODAY)
    opinions.confirm(db, opinions.persons(db, request_id)[0].row.id)
    doc_id = opinions.draft_reply(db, request_id, TODAY)
    assert documents.document_prefix(db, doc_id) == "测纪函"
    assert documents.issue(db, doc_id, "测纪函").number == "测纪函〔2026〕1号"
    assert d.vice2  # the district is built: its office is named, so the reply is in the commission's name


def test_a_unit_parted_from_its_name_by_a_comma_is_that_persons_unit(office: Office) -> None:
    build(office)
    request_id = opinions.create_request(office.db, "区委组织部", Purpose.AWARD, TODAY,
                                         opinions.parse_names("王局长,区财政局\n赵副局长，区财政局"), today=TODAY)
    assert [(v.row.name, v.row.unit_hint, v.state) for v in opinions.persons(office.db, request_id)] == [
        ("王局长", "区财政局", "待确认"), ("赵副局长", "区财政局", "待确认")]
