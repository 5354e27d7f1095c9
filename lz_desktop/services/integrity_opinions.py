"""党风廉政意见回复: a request from the organisation department, an opinion proposed for each person from the
records (cases, decisions, Art. 28 restrictions), confirmed or changed by the clerk with a reason, and the
reply drafted as a numbered 复函 in the register.

Case data is need-to-know (Chapter 4): every step here needs the case permission, as the 责任追究 page does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.cases import CaseStatus, decision_text
from lz_desktop.domain.dates import format_cn, not_in_future
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.integrity_opinion import (
    STANDARD_TEXT,
    DecisionFact,
    OpenCase,
    OpinionKind,
    PersonFacts,
    Proposal,
    Purpose,
    propose,
)
from lz_desktop.domain.official_document import DocumentKind, OfficialDocument
from lz_desktop.domain.text import clean, required
from lz_desktop.services import cases, documents
from lz_desktop.services.office import office_name
from lz_desktop.storage import cases as case_store
from lz_desktop.storage import integrity_opinions as store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.leaders import LeaderRow
from lz_desktop.storage.session import requires
from lz_desktop.storage.transaction import transaction

REASON_MAX = 200


_needs_cases = requires(Permission.CASES)


@dataclass(frozen=True)
class NameEntry:
    name: str
    unit_hint: str = ""  # the unit as the department wrote it, to tell two of one name apart


@dataclass(frozen=True)
class PersonView:
    row: store.PersonRow
    leader: LeaderRow | None
    candidates: tuple[LeaderRow, ...]

    @property
    def state(self) -> str:
        if self.row.kind is None:
            return "须选择人员" if self.leader is None else "待确认"
        if self.row.reason:
            return "已修改"
        return "未找到" if self.row.kind == OpinionKind.NOT_FOUND.value else "已确认"

    @property
    def opinion(self) -> str:
        return self.row.text if self.row.text is not None else self.row.proposed_text

    @property
    def who(self) -> str:
        if self.leader is None:
            return self.row.name + (f"（{self.row.unit_hint}）" if self.row.unit_hint else "")
        leader = self.leader.leader
        if leader.term_end is not None:  # transferred or retired: the post is a former one, and said so
            return f"{leader.name}（原{self.leader.unit_short_name}{leader.post}，{leader.status.label}）"
        return f"{leader.name}（{self.leader.unit_short_name}{leader.post}）"


def facts(db: Database, leader_id: int, on: dt.date) -> PersonFacts:
    """What the records say of the leader on `on`: decisions taken by then, restrictions, cases still open."""
    names = cases.discipline_names(db)
    decisions = tuple(DecisionFact(d.draft.decided_on, decision_text(d.subject_name, d.draft, names).split("：", 1)[-1],
                                   _case_number(db, d.case_id))
                      for d in case_store.decisions(db, leader_id=leader_id)
                      if d.draft.sanctions and d.draft.decided_on <= on)
    # A case is open on `on` if it was received by then, not closed by then, and no decision about this leader
    # had been taken in it by then: its state *then*, not now (the opinion is as of the request).
    decided_in = {d.case_id for d in case_store.decisions(db, leader_id=leader_id) if d.draft.decided_on <= on}
    open_cases = []
    for row in case_store.cases(db, leader_id=leader_id):
        f = row.facts
        closed = f.closed_on is not None and f.closed_on <= on
        if row.draft.received_on <= on and not closed and row.id not in decided_in:
            started = f.investigation_started_on is not None and f.investigation_started_on <= on
            status = CaseStatus.INVESTIGATING if started else CaseStatus.LEAD
            open_cases.append(OpenCase(row.number, row.draft.received_on, status.label))
    return PersonFacts(tuple(cases.leader_restrictions(db, leader_id, on)), decisions, tuple(open_cases))


def _case_number(db: Database, case_id: int) -> str:
    row = case_store.case(db, case_id)
    return row.number if row else ""


def _proposal(db: Database, purpose: Purpose, leader_id: int, on: dt.date) -> Proposal:
    return propose(purpose, facts(db, leader_id, on), on)


def _fold_units(db: Database, entries: list[NameEntry]) -> list[NameEntry]:
    """“傅国新,区城市管理委”: a unit's name parted from the name before it by a comma is that person's unit."""
    units = {name for u in unit_store.list_units(db) for name in (u.short_name, u.name)}
    out: list[NameEntry] = []
    for e in entries:
        if out and not e.unit_hint and e.name in units and not out[-1].unit_hint:
            out[-1] = NameEntry(out[-1].name, e.name)
        else:
            out.append(e)
    return out


def _matches(db: Database, entry: NameEntry) -> list[LeaderRow]:
    """Leaders of that exact name, in office or not (Art. 27), narrowed by the unit the department gave."""
    same = [r for r in leader_store.list_leaders(db, text=entry.name) if r.leader.name == entry.name]
    hint = entry.unit_hint.strip()
    if hint and len(same) > 1:
        narrowed = [r for r in same if hint in r.unit_short_name or r.unit_short_name in hint]
        return narrowed or same
    return same


@_needs_cases
def create_request(db: Database, organ: str, purpose: Purpose, as_of: dt.date, entries: list[NameEntry], *,
                   today: dt.date, reference: str = "") -> int:
    """Register the request and propose an opinion for each person found; a name found twice waits for the
    clerk to choose, a name not found is kept as 未找到."""
    entries = _fold_units(db, entries)
    problems: list[FieldProblem] = []
    organ = required(organ, "organ", "来函单位", problems)
    reference = clean(reference, "reference", "来函文号", problems)
    not_in_future(as_of, today, "as_of", "征求意见日期", problems)
    cleaned: list[NameEntry] = []
    seen: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries, start=1):
        name = clean(e.name, "names", f"第{i}个人员姓名", problems)
        hint = clean(e.unit_hint, "names", f"第{i}个人员单位", problems)
        if not name:
            continue
        key = (name, hint)
        if key in seen:
            problems.append(FieldProblem("names", "人员名单", f"第{i}个“{name}”与第{seen[key]}个重复"))
            continue
        seen[key] = i
        cleaned.append(NameEntry(name, hint))
    if not cleaned and not any(p.field == "names" for p in problems):
        problems.append(FieldProblem("names", "人员名单", "至少一人"))
    if problems:
        raise ValidationError(problems)
    matched = [_matches(db, entry) for entry in cleaned]
    seen_leader: dict[int, int] = {}
    for i, found in enumerate(matched, start=1):
        if len(found) == 1:
            leader_id = int(found[0].leader.id or 0)
            if leader_id in seen_leader:
                first, name = seen_leader[leader_id], cleaned[i - 1].name
                problems.append(FieldProblem("names", "人员名单", f"第{i}个“{name}”与第{first}个是同一人"))
            seen_leader.setdefault(leader_id, i)
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        request_id = store.insert_request(db, organ, purpose.value, as_of, reference)
        for seq, (entry, found) in enumerate(zip(cleaned, matched, strict=True), start=1):
            if len(found) == 1:
                leader_id = int(found[0].leader.id or 0)
                p = _proposal(db, purpose, leader_id, as_of)
                store.insert_person(db, request_id, seq, entry.name, entry.unit_hint, leader_id, (), p.kind.value,
                                    p.text())
            elif found:
                store.insert_person(db, request_id, seq, entry.name, entry.unit_hint, None,
                                    tuple(int(r.leader.id or 0) for r in found), OpinionKind.DEFER.value,
                                    f"同名{len(found)}人，须选择是哪一位")
            else:  # said as it is: nothing for the clerk to confirm, never dropped from the reply
                text = STANDARD_TEXT[OpinionKind.NOT_FOUND]
                person_id = store.insert_person(db, request_id, seq, entry.name, entry.unit_hint, None, (),
                                                OpinionKind.NOT_FOUND.value, text)
                store.set_opinion(db, person_id, OpinionKind.NOT_FOUND.value, text, "")
    return request_id


@_needs_cases
def discard_request(db: Database, request_id: int) -> None:
    """A request with no reply drafted, taken back (the command line's, stopped at a namesake)."""
    if request(db, request_id).document_id is not None:
        raise RuleViolation("已起草复函的征求意见不能删除。")
    with transaction(db):
        store.delete_request(db, request_id)


@_needs_cases
def requests(db: Database) -> list[store.RequestRow]:
    return store.requests(db)


@_needs_cases
def request(db: Database, request_id: int) -> store.RequestRow:
    found = store.request(db, request_id)
    if found is None:
        raise RuleViolation("该征求意见记录已不存在。")
    return found


@_needs_cases
def persons(db: Database, request_id: int) -> list[PersonView]:
    rows = store.persons(db, request_id)
    ids = {r.leader_id for r in rows if r.leader_id} | {c for r in rows for c in r.candidates}
    leaders = leader_store.leaders_by_id(db, ids)
    return [PersonView(r, leaders.get(r.leader_id) if r.leader_id else None,
                       tuple(leaders[c] for c in r.candidates if c in leaders)) for r in rows]


def _person(db: Database, person_id: int) -> store.PersonRow:
    found = store.person(db, person_id)
    if found is None:
        raise RuleViolation("该人员已不在征求意见名单中。")
    if _issued(db, found.request_id):
        raise RuleViolation("复函已印发，意见不再修改；如有错误，请在“文书”中作废复函后重新起草。")
    return found


def _issued(db: Database, request_id: int) -> bool:
    """The reply went out and stands (a voided one frees the opinions for a reply anew)."""
    doc = request(db, request_id).document_id
    return doc is not None and documents.entry(db, doc).status.value == "issued"


@_needs_cases
def reply_issued(db: Database, request_id: int) -> bool:
    return _issued(db, request_id)


def reply_state(db: Database, request_id: int) -> str:
    """尚未起草 / 复函草稿 / 已印发（number） / 已作废, for the request list."""
    doc = request(db, request_id).document_id
    if doc is None:
        return "尚未起草复函"
    entry = documents.entry(db, doc)
    return {"draft": "复函草稿待印发", "issued": f"已印发 {entry.number}", "voided": f"复函 {entry.number} 已作废"}[
        entry.status.value]


@_needs_cases
def choose(db: Database, person_id: int, leader_id: int) -> None:
    """Which of the leaders of one name the department meant."""
    p = _person(db, person_id)
    if leader_id not in p.candidates:
        raise RuleViolation("所选人员不在同名候选人中。")
    found = request(db, p.request_id)
    proposal = _proposal(db, Purpose(found.purpose), leader_id, found.as_of)
    with transaction(db):
        store.set_leader(db, person_id, leader_id, proposal.kind.value, proposal.text())


@_needs_cases
def rename(db: Database, person_id: int, typed: str) -> None:
    """The name as it should have been typed (傅 国新, a bracket misread): matched and proposed again, as at
    registration. The department's list is what is answered: a person is corrected, never dropped."""
    p = _person(db, person_id)
    entries = _fold_units(db, parse_names(typed))
    if len(entries) != 1:
        raise ValidationError([FieldProblem("name", "姓名", "请只填写一人的姓名（可在后面空格写单位）")])
    entry = entries[0]
    problems: list[FieldProblem] = []
    name = required(entry.name, "name", "姓名", problems)
    hint = clean(entry.unit_hint, "name", "单位", problems)
    if problems:
        raise ValidationError(problems)
    found = request(db, p.request_id)
    matched = _matches(db, NameEntry(name, hint))
    others = {q.leader_id for q in store.persons(db, p.request_id) if q.id != person_id and q.leader_id}
    if len(matched) == 1 and matched[0].leader.id in others:
        raise ValidationError([FieldProblem("name", "姓名", f"“{name}”已在本次名单中")])
    with transaction(db):
        store.rename(db, person_id, name, hint)
        if len(matched) == 1:
            leader_id = int(matched[0].leader.id or 0)
            proposal = _proposal(db, Purpose(found.purpose), leader_id, found.as_of)
            store.set_candidates(db, person_id, ())
            store.set_leader(db, person_id, leader_id, proposal.kind.value, proposal.text())
        elif matched:
            store.set_candidates(db, person_id, tuple(int(r.leader.id or 0) for r in matched))
            store.set_unmatched(db, person_id, OpinionKind.DEFER.value, f"同名{len(matched)}人，须选择是哪一位")
        else:
            text = STANDARD_TEXT[OpinionKind.NOT_FOUND]
            store.set_candidates(db, person_id, ())
            store.set_unmatched(db, person_id, OpinionKind.NOT_FOUND.value, text)
            store.set_opinion(db, person_id, OpinionKind.NOT_FOUND.value, text, "")


@_needs_cases
def confirm(db: Database, person_id: int) -> None:
    p = _person(db, person_id)
    if p.leader_id is None and p.proposed_kind != OpinionKind.NOT_FOUND.value:
        raise RuleViolation(f"“{p.name}”同名多人，请先选择是哪一位。")
    with transaction(db):
        store.set_opinion(db, person_id, p.proposed_kind, p.proposed_text, "")


@_needs_cases
def change(db: Database, person_id: int, kind: OpinionKind, text: str, reason: str) -> None:
    """The clerk's own opinion in place of the proposed one: with a reason, kept beside the proposal."""
    p = _person(db, person_id)
    problems: list[FieldProblem] = []
    text = required(text, "text", "意见", problems, multiline=True)
    reason = required(reason, "reason", "修改理由", problems, missing="改动系统提出的意见须写明理由")
    if len(reason) > REASON_MAX:
        problems.append(FieldProblem("reason", "修改理由", f"过长：最多 {REASON_MAX} 个字"))
    if p.leader_id is None and kind is not OpinionKind.NOT_FOUND:
        problems.append(FieldProblem("kind", "意见", "尚未确定是哪一位，只能答复“未找到”"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        store.set_opinion(db, person_id, kind.value, text, reason)


@_needs_cases
def draft_reply(db: Database, request_id: int, today: dt.date) -> int:
    """The 复函 as a draft in the register, once every person's opinion is settled."""
    found = request(db, request_id)
    views = persons(db, request_id)
    if _issued(db, request_id):
        number = documents.entry(db, found.document_id or 0).number
        raise RuleViolation(f"复函已印发（{number}），不再起草；如需重新答复，请先在“文书”中作废该复函。")
    waiting = [v.row.name for v in views if v.row.kind is None]
    if waiting:
        raise RuleViolation(f"尚有 {len(waiting)} 人的意见未确认：{'、'.join(waiting[:5])}。")
    content = reply_content(db, found, views, today)
    if found.document_id is not None and documents.entry(db, found.document_id).status.value == "draft":
        documents.redraft(db, found.document_id, DocumentKind.INTEGRITY_REPLY, content)
        return found.document_id
    with transaction(db):
        doc_id = documents.create_draft(db, DocumentKind.INTEGRITY_REPLY, content,
                                        source_ref=f"integrity_request:{request_id}")
        store.set_document(db, request_id, doc_id)
    return doc_id


def reply_content(db: Database, found: store.RequestRow, views: list[PersonView], today: dt.date
                  ) -> OfficialDocument:
    purpose = Purpose(found.purpose)
    cited = f"来函（{found.reference}）" if found.reference else "来函"
    annex_title = f"拟{purpose.label}人选党风廉政意见表"
    body = (f"你部{cited}收悉。经查阅本委掌握的信访举报、案件查办、责任追究和检查考核等情况"
            f"（截至{format_cn(found.as_of)}），现将拟{purpose.label}的{len(views)}名人选的党风廉政情况函复如下"
            "（见附件）。", "以上意见仅反映截至上述日期本委掌握的情况。", "特此函复。")
    # The persons in an attached table, one row each: the department files it beside its own list.
    rows = (("序号", "姓名", "单位及职务", "党风廉政意见"),
            *((str(v.row.seq), v.leader.leader.name if v.leader else v.row.name, _post(v), v.opinion) for v in views))
    name = office_name(db)
    # A 复函 between organs is a letter (GB/T 9704 10.1): no 印发 line in its 版记.
    return OfficialDocument(issuer_mark=name, number="", title=f"关于拟{purpose.label}人选党风廉政意见的复函",
                            addressee=found.organ, body=body, issuer=name, issue_date=today,
                            attachments=(annex_title,), letter=True, annex=rows)


def _post(v: PersonView) -> str:
    if v.leader is None:
        return v.row.unit_hint
    leader = v.leader.leader
    post = f"{v.leader.unit_short_name}{leader.post}"
    return f"原{post}（{leader.status.label}）" if leader.term_end is not None else post


@_needs_cases
def opinions_given(db: Database, leader_id: int) -> list[str]:
    """The opinions given on a leader, for their file: when, to whom, for what, and what was said."""
    return [line for _doc, line in opinions_given_with_replies(db, leader_id)]


@_needs_cases
def opinions_given_with_replies(db: Database, leader_id: int) -> list[tuple[int, str]]:
    """The same, each with the issued reply it went out in (the 廉政档案 opens it)."""
    out = []
    for r, p in store.opinions_of_leader(db, leader_id):
        if r.document_id is None or p.text is None:
            continue
        entry = documents.entry(db, r.document_id)
        if entry.status.value == "issued":  # what was sent: not a proposal, not a draft, not a voided reply
            out.append((r.document_id, f"{format_cn(r.as_of)} 答复{r.organ}（{Purpose(r.purpose).label}，"
                                       f"{entry.number}）：{p.text}"))
    return out


NAME_COLUMNS = (("name", "姓名", True), ("unit", "单位", False))


def parse_names(text: str) -> list[NameEntry]:
    """A list pasted or typed: one person a line, or several on a line parted by 、，, ；; each the name, then
    the unit after a space or a tab (a copied spreadsheet row) or in brackets, 傅国新（区城市管理委）. A name
    typed with a space inside (“傅 国新”, as two-character names are often padded) is one name. Blank lines are
    nothing; the text rule of every field applies at registration."""
    entries = []
    for line in text.splitlines():
        for part in re.split(r"[、，,；;]", line.replace("\u3000", " ")):
            part = part.strip()
            bracketed = re.fullmatch(r"(.+?)\s*[（(]\s*(.*?)\s*[）)]", part)
            if bracketed:
                entries.append(NameEntry(re.sub(r"\s+", "", bracketed.group(1)), bracketed.group(2)))
                continue
            words = part.split()
            if len(words) >= 2 and len(words[0]) == 1:  # a surname alone is no name: 傅 国新
                words = [words[0] + words[1], *words[2:]]
            if words:
                entries.append(NameEntry(words[0], " ".join(words[1:])))
    return entries


def names_from_workbook(path: str) -> list[NameEntry]:
    """The department's list as a workbook: a 姓名 column and, where it has one, 单位."""
    from lz_desktop.documents.workbook_reader import read_sheet

    rows = read_sheet(path, "名单", NAME_COLUMNS, "名单须有“姓名”列（可有“单位”列），第1行为表头。")
    return [NameEntry(r.values["name"], r.values["unit"]) for r in rows]


@_needs_cases
def settle_as_proposed(db: Database, request_id: int) -> list[PersonView]:
    """Headless: every person found once gets the proposed opinion; those of one name held twice are left for
    the window (returned), never guessed."""
    waiting = []
    for v in persons(db, request_id):
        if v.state == "须选择人员":
            waiting.append(v)
        elif v.row.kind is None:
            confirm(db, v.row.id)
    return waiting
