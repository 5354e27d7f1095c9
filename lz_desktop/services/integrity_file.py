"""廉政档案: one leader's whole record of Party conduct and clean government, section by section, each line with
its date, its article and the record it came from (so the window can open it), and the same as a PDF table.

Posts and portfolio (the roster's history, Art. 27: records survive a transfer); duty lists and statements
(Arts. 7–9); meetings chaired and attended (Art. 8); duty-and-integrity reports and evaluations (Art. 16); the
unit's inspection results (Art. 20); findings naming them (Art. 19); cases, decisions and restrictions
(Chapter 4, Art. 28) and the opinions the commission gave on them — the last two only for roles with the case
permission (need-to-know).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.cases import decision_text
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.inspections import fmt
from lz_desktop.domain.meetings import MeetingKind
from lz_desktop.domain.rectification import derive_status
from lz_desktop.services import accounts, cases, rectification, roster
from lz_desktop.services.inspection_results import leader_results
from lz_desktop.storage import cases as case_store
from lz_desktop.storage import leader_file as store

SECTIONS = ("任职情况", "责任书签订", "会议履责", "述职述廉与民主评议", "考核结果", "问题整改", "责任追究",
            "影响期", "党风廉政意见")
REVIEWS = {MeetingKind.DUTY_REPORT, MeetingKind.DEMOCRATIC_EVALUATION, MeetingKind.DEMOCRATIC_LIFE}


@dataclass(frozen=True)
class FileEntry:
    section: str
    day: dt.date | None
    text: str
    article: str = ""
    ref: str = ""  # the record: "meeting:12", "finding:5", "case:3", "document:9"


@dataclass(frozen=True)
class IntegrityFile:
    name: str
    heading: str  # 王局长（区财政局局长，在职）
    on: dt.date
    entries: tuple[FileEntry, ...]

    def section(self, title: str) -> list[FileEntry]:
        """The section's lines, oldest first (undated lines keep their place after the dated ones)."""
        lines = [e for e in self.entries if e.section == title]
        return sorted(lines, key=lambda e: (e.day is None, e.day or dt.date.min))


def integrity_file(db: Database, leader_id: int, on: dt.date) -> IntegrityFile:
    row = roster.get_leader(db, leader_id)
    if row is None:
        from lz_desktop.domain.errors import RuleViolation

        raise RuleViolation("该领导干部记录已不存在。")
    leader = row.leader
    entries: list[FileEntry] = []
    term = f"{format_cn(leader.term_start)}起" + (f"至{format_cn(leader.term_end)}" if leader.term_end else "")
    now = f"{row.unit_short_name}{leader.post}（{leader.rank}），{term}，{leader.status.label}"
    entries.append(FileEntry("任职情况", leader.term_start,
                             now + (f"；分管：{leader.portfolio}" if leader.portfolio else ""), "第二十七条"))
    entries += [FileEntry("任职情况", None, line) for line in roster.leader_history(db, leader_id)[1:]]
    entries += [FileEntry("任职情况", None, f"任职审批：{line}", "第二十八条第二款")
                for line in roster.post_approvals(db, leader_id)]
    for s in store.statements_of(db, leader_id):
        signed = f"已于{format_cn(s.signed_on)}签订" if s.signed_on else "尚未签订"
        role = "作为甲方与" if s.as_superior else "作为乙方与"
        entries.append(FileEntry("责任书签订", s.signed_on, f"{s.year}年度责任书：{role}{s.other}，{signed}",
                                 "第八条第（一）项", f"statement:{s.statement_id}"))
    for m in store.meetings_of(db, leader_id):
        section = "述职述廉与民主评议" if m.kind in REVIEWS else "会议履责"
        entries.append(FileEntry(section, m.held_on, f"{m.part}{m.unit}{m.kind.label}", m.kind.article,
                                 f"meeting:{m.meeting_id}"))
    for y in sorted(leader_results(db, leader_id), key=lambda y: y.year):
        rank = f"，第{y.rank}名/{y.of}" if y.rank else ""
        entries.append(FileEntry("考核结果", None, f"{y.year}年 {y.unit} {fmt(y.total)}分，"
                                 f"{y.grade or '未评完'}{rank}" + ("" if y.final else "（结果未确定）"), "第二十条",
                                 f"inspection:{y.inspection_id}:{y.year}"))
    entries += [FileEntry("考核结果", None, f"{year}年度本人考核等次：{rating.label}", "第二十条")
                for year, rating in roster.ratings(db, leader_id).items()]
    for finding_id in store.findings_of(db, leader_id):
        f = rectification.finding(db, finding_id)
        status = derive_status(f.facts, on)
        entries.append(FileEntry("问题整改", f.found_on,
                                 f"作为责任领导：{f.description}（{f.source.label}，{status.label}）", "第十九条",
                                 f"finding:{finding_id}"))
    entries += _cases(db, leader_id, on)
    return IntegrityFile(leader.name, f"{leader.name}（{row.unit_short_name}{leader.post}，{leader.status.label}）", on,
                         tuple(entries))


def _cases(db: Database, leader_id: int, on: dt.date) -> list[FileEntry]:
    if not accounts.may(db, Permission.CASES):
        # Said in each section withheld: an empty 影响期 would read as “no restrictions”.
        return [FileEntry(section, None, f"当前用户无权查看{section}（仅限有案件权限的人员）")
                for section in ("责任追究", "影响期", "党风廉政意见")]
    from lz_desktop.services import integrity_opinions

    out: list[FileEntry] = []
    names = cases.discipline_names(db)
    decided = {d.case_id: d for d in case_store.decisions(db, leader_id=leader_id)}
    for row in case_store.cases(db, leader_id=leader_id):
        d = decided.get(row.id)
        if d is not None:
            text = decision_text(d.subject_name, d.draft, names).split("：", 1)[-1]
            done = f"，{format_cn(d.carried_out_on)}执行完毕" if d.carried_out_on else "，尚未执行完毕"
            out.append(FileEntry("责任追究", d.draft.decided_on, f"{row.number}：{text}{done}",
                                 "第二十四条至第二十六条", f"case:{row.id}"))
        else:
            status = cases.case(db, row.id).status.label
            out.append(FileEntry("责任追究", row.draft.received_on, f"{row.number}：{row.draft.content}（{status}）",
                                 "第二十三条", f"case:{row.id}"))
    out += [FileEntry("影响期", r.start, r.text(), r.article) for r in cases.leader_restrictions(db, leader_id, on)]
    out += [FileEntry("党风廉政意见", None, line, "第二十条、第二十八条", f"document:{doc_id}")
            for doc_id, line in integrity_opinions.opinions_given_with_replies(db, leader_id)]
    return out


def file_pdf(db: Database, leader_id: int, on: dt.date) -> bytes:
    """The file as an official table (not a 公文): section, date, content, article, on every page's header."""
    from lz_desktop.documents.official_table import OfficialTable, render_table
    from lz_desktop.services.documents import font_choice

    found = integrity_file(db, leader_id, on)
    rows = tuple((e.section, format_cn(e.day) if e.day else "", e.text, e.article)
                 for title in SECTIONS for e in found.section(title))
    # The title is the name alone: a long post in it broke the line before its comma (no line may start with
    # one); the post and the date go in the line under it.
    table = OfficialTable(f"廉政档案：{found.name}", ("类别", "日期", "内容", "依据"),
                          rows or (("", "", "无记录", ""),), (1.5, 2.1, 4.3, 1.6), landscape=False,
                          note=f"{found.heading.removeprefix(found.name).strip('（）')}　截至{format_cn(on)}")
    return render_table(table, font_choice(db))


def save_file_pdf(db: Database, leader_id: int, on: dt.date, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.write_bytes(file_pdf(db, leader_id, on))
    return target
