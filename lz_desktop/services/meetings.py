"""Meetings (Art. 7(1), 8(2), 8(6), 15, 16): record, correct, attach files, turn decisions into work.

A decision marked for the plan becomes a duty task of the meeting unit's plan for that year; one
marked as a problem becomes a finding in the rectification ledger; both in the meeting's transaction.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.duties import TaskDraft
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.leaders import Role
from lz_desktop.domain.meetings import (
    DecisionOutcome,
    MeetingDraft,
    MeetingKind,
    TeamSeat,
    check_meeting,
    percent,
)
from lz_desktop.domain.obligations import ObligationResult
from lz_desktop.domain.rectification import FindingSeverity
from lz_desktop.services import attachments as attachment_files
from lz_desktop.storage import duties as duty_store
from lz_desktop.storage import findings as finding_store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import meetings as store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.meetings import DecisionRow, MeetingRow
from lz_desktop.storage.transaction import transaction

ATTACHMENT_LIMIT = 20 * 1024 * 1024  # a scanned set of minutes; the whole office lives in one file


@dataclass(frozen=True)
class MeetingRecord:
    row: MeetingRow
    draft: MeetingDraft
    decisions: list[DecisionRow]
    names: dict[int, str]


def team_on(db: Database, unit_id: int, day: dt.date) -> list[TeamSeat]:
    """The unit's team on the day, principal first: who may chair, attend or be absent."""
    rows = leader_store.list_leaders(db, unit_ids=[unit_id])
    seats = [TeamSeat(r.leader.id, r.leader.name, r.leader.role is Role.PRINCIPAL, r.leader.post)
             for r in rows if r.leader.id is not None and r.leader.serves_on(day)]
    return sorted(seats, key=lambda s: not s.principal)


def team_names(db: Database, unit_id: int, day: dt.date | None) -> dict[int, str]:
    """The unit's leaders by name (serving on `day`, or ever): the list a unit picks from in its 报送表. Two
    with one name are told apart by their post."""
    rows = [r for r in leader_store.list_leaders(db, unit_ids=[unit_id])
            if r.leader.id is not None and (day is None or r.leader.serves_on(day))]
    names = [r.leader.name for r in rows]
    return {r.leader.id: r.leader.name if names.count(r.leader.name) == 1 else f"{r.leader.name}（{r.leader.post}）"
            for r in rows if r.leader.id is not None}


def superior_leaders(db: Database, unit_id: int, day: dt.date) -> list[tuple[int, str]]:
    """Leaders of the units above, serving on the day: who can sit in as observers from the superior level."""
    units = {u.id: u for u in unit_store.list_units(db)}
    chain, unit = [], units.get(unit_id)
    while unit is not None and unit.parent_id is not None:
        chain.append(unit.parent_id)
        unit = units.get(unit.parent_id)
    rows = leader_store.list_leaders(db, unit_ids=chain) if chain else []
    return [(r.leader.id, f"{r.unit_short_name} {r.leader.name}（{r.leader.post}）") for r in rows
            if r.leader.id is not None and r.leader.serves_on(day)]


def _names(db: Database, draft: MeetingDraft) -> dict[int, str]:
    ids = {draft.chair_id, *draft.attendee_ids, *(a.leader_id for a in draft.absences), *draft.observer_ids,
           *(e.leader_id for e in draft.life_entries), *(d.leader_id for d in draft.decisions)}
    out = {}
    for leader_id in ids - {None}:
        row = leader_store.get_leader(db, int(leader_id))  # type: ignore[arg-type]
        if row is not None:
            out[int(leader_id)] = row.leader.name  # type: ignore[arg-type]
    return out


def _clean(draft: MeetingDraft) -> MeetingDraft:
    return replace(draft, place=draft.place.strip(), recorder=draft.recorder.strip(), agenda=draft.agenda.strip(),
                   minutes=draft.minutes.strip(), observers_note=draft.observers_note.strip(),
                   previous_review=draft.previous_review.strip(),
                   decisions=tuple(replace(d, text=d.text.strip()) for d in draft.decisions))


def _check(db: Database, draft: MeetingDraft, today: dt.date) -> MeetingDraft:
    if unit_store.get_unit(db, draft.unit_id) is None:
        raise ValidationError([FieldProblem("unit", "单位", "不存在")])
    draft = replace(_clean(draft), names=_names(db, draft))
    for decision in draft.decisions:
        if decision.outcome is not DecisionOutcome.NOTE and decision.leader_id is None:
            raise ValidationError([FieldProblem("decisions", "会议决定",
                                                f"“{decision.text[:20]}”{decision.outcome.label}，须指定责任领导")])
    return check_meeting(draft, team_on(db, draft.unit_id, draft.held_on), today)


def record_meeting(db: Database, draft: MeetingDraft, *, today: dt.date) -> int:
    draft = _check(db, draft, today)
    with transaction(db):
        meeting_id = store.insert(db, draft)
        for row in store.decisions(db, meeting_id):
            _carry_out(db, meeting_id, draft, row)
    return meeting_id


def update_meeting(db: Database, meeting_id: int, draft: MeetingDraft, *, today: dt.date,
                   reason: str) -> list[str]:
    """更正 a record, with a reason kept beside the audit trail's before and after; decisions already taken stay as
    they are, new ones are added and carried out. Returns what moved with it: the unit's yearly duties (Art. 8
    and the others counted from meetings) whose standing changed."""
    from lz_desktop.services import obligations
    from lz_desktop.services.corrections import reason_given, refuse
    from lz_desktop.storage import corrections

    before = store.draft_of(db, meeting_id)
    if before is None:
        raise RuleViolation("该会议记录已不存在。")
    reason = reason_given(reason, "不能为空：修改已登记的会议须写明理由")
    draft = _check(db, draft, today)
    kept = len(before.decisions)
    if tuple(d.text for d in draft.decisions[:kept]) != tuple(d.text for d in before.decisions):
        raise RuleViolation("已登记的会议决定不能修改或删除（可能已列入任务或整改）；如需更正，请新增一项决定并说明。")
    changes = changed_fields(before, draft)
    refuse([], changes)
    units_years = {(before.unit_id, before.held_on.year), (draft.unit_id, draft.held_on.year)}
    standing = {key: _standing(obligations.unit_obligations(db, key[0], key[1], today)) for key in units_years}
    with transaction(db):
        store.update(db, meeting_id, draft)
        for decision in draft.decisions[kept:]:
            decision_id = store.add_decision(db, meeting_id, decision)
            row = next(r for r in store.decisions(db, meeting_id) if r.id == decision_id)
            _carry_out(db, meeting_id, draft, row)
        corrections.add(db, "meeting", meeting_id, today, "；".join(changes), reason)
    moved = []
    for (unit_id, year), old in standing.items():
        new = _standing(obligations.unit_obligations(db, unit_id, year, today))
        name = unit_store.get_unit(db, unit_id)
        moved += [f"{name.short_name if name else ''}{year}年度“{title}”由“{old[title]}”变为“{state}”"
                  for title, state in new.items() if title in old and old[title] != state]
    return moved


def _standing(results: list[ObligationResult]) -> dict[str, str]:
    return {r.obligation.title: f"{r.status.label}（已 {len(r.counted)} 次）" for r in results}


def changed_fields(before: MeetingDraft, after: MeetingDraft) -> list[str]:
    """What a correction changed, in the clerk's words (the fields a meeting record shows)."""
    from lz_desktop.services.corrections import changes_of

    found = changes_of((
        ("会议日期", format_cn(before.held_on), format_cn(after.held_on)),
        ("会议类型", before.kind.label, after.kind.label), ("地点", before.place, after.place),
        ("记录人", before.recorder, after.recorder), ("议题", before.agenda, after.agenda),
        ("会议记录", before.minutes, after.minutes),
        ("出席人数", str(len(before.attendee_ids)), str(len(after.attendee_ids))),
        ("缺席人数", str(len(before.absences)), str(len(after.absences))),
        ("上级列席", str(len(before.observer_ids)), str(len(after.observer_ids))),
        ("会议决定", f"{len(before.decisions)}项", f"{len(after.decisions)}项")), size=30)
    if before.unit_id != after.unit_id:
        found.insert(0, "单位已改")
    if before.chair_id != after.chair_id:
        found.append("主持人已改")
    if (before.life_entries, before.evaluation, before.previous_review, before.observers_note) != \
            (after.life_entries, after.evaluation, after.previous_review, after.observers_note):
        found.append("民主生活会或民主评议的内容已改")
    return found


def corrections_of(db: Database, meeting_id: int) -> list[str]:
    from lz_desktop.services.corrections import history

    return history(db, "meeting", meeting_id)


def _carry_out(db: Database, meeting_id: int, draft: MeetingDraft, row: DecisionRow) -> None:
    decision = row.decision
    where = f"{format_cn(draft.held_on)}{draft.kind.label}"
    if decision.outcome is DecisionOutcome.TASK:
        year = draft.held_on.year
        plan_id = duty_store.ensure_plan(db, draft.unit_id, year)
        task_id = duty_store.insert_task(db, plan_id, TaskDraft(
            year, draft.unit_id, decision.text, draft.unit_id, dt.date(year, 12, 31),
            f"落实{where}决定", (), (decision.leader_id,) if decision.leader_id else ()))
        store.link_decision(db, row.id, task_id=task_id)
    elif decision.outcome is DecisionOutcome.FINDING:
        source = (LeadSource.DEMOCRATIC_EVALUATION if draft.kind is MeetingKind.DEMOCRATIC_EVALUATION
                  else LeadSource.ASSIGNED_BY_LEADER)
        finding_id = finding_store.insert(
            db, draft.unit_id, source, decision.text, draft.kind.article, FindingSeverity.GENERAL,
            f"来源：{where}（会议记录第{meeting_id}号）", draft.held_on,
            (decision.leader_id,) if decision.leader_id else ())
        finding_store.add_event(db, finding_id, draft.held_on, "found", f"{where}列入整改：{decision.text}")
        store.link_decision(db, row.id, finding_id=finding_id)


def meetings(db: Database, *, year: int | None = None, unit_ids: list[int] | None = None,
             kind: MeetingKind | None = None) -> list[MeetingRow]:
    return store.meetings(db, year=year, unit_ids=unit_ids, kind=kind)


def record(db: Database, meeting_id: int) -> MeetingRecord:
    row, draft = store.meeting_row(db, meeting_id), store.draft_of(db, meeting_id)
    if row is None or draft is None:
        raise RuleViolation("该会议记录已不存在。")
    return MeetingRecord(row, draft, store.decisions(db, meeting_id), _names(db, draft))


def previous_life_meeting(db: Database, unit_id: int, before: dt.date) -> MeetingRecord | None:
    """The unit's last democratic life meeting before a date: its rectification list is reviewed next time."""
    found = store.last_life_meeting_before(db, unit_id, before)
    return record(db, found) if found else None


def previous_review_text(db: Database, unit_id: int, before: dt.date, today: dt.date) -> str:
    """What the last democratic life meeting put on its rectification list, and where each item stands now:
    the first thing a life meeting reviews (Art. 16). Empty when there was none."""
    from lz_desktop.services.rectification import ledger

    last = previous_life_meeting(db, unit_id, before)
    if last is None:
        return ""
    statuses = {row.finding.id: row.status.label for row in ledger(db, today, unit_ids=[unit_id])}
    listed = [d for d in last.decisions if d.finding_id is not None]
    head = f"上次民主生活会（{format_cn(last.draft.held_on)}）"
    if not listed:
        return f"{head}未列出整改问题。"
    lines = [f"{head}整改清单 {len(listed)} 项："]
    lines += [f"{i}. {d.decision.text}（整改情况：{statuses.get(d.finding_id or 0, '—')}）"
              for i, d in enumerate(listed, start=1)]
    return "\n".join(lines)


def describe(db: Database, meeting_id: int) -> str:
    """The whole record as plain text: shown beside the list and printed with it."""
    rec = record(db, meeting_id)
    d, name = rec.draft, rec.names.get
    lines = [f"{rec.row.unit_short_name}　{d.kind.label}（{d.kind.article}）",
             f"时间：{format_cn(d.held_on)}　地点：{d.place or '—'}",
             f"主持人：{name(d.chair_id or 0, '—')}　记录人：{d.recorder or '—'}",
             "出席：" + ("、".join(name(i, '?') for i in d.attendee_ids) or "—")]
    if d.absences:
        lines.append("缺席：" + "；".join(f"{name(a.leader_id, '?')}（{a.reason}）" for a in d.absences))
    observers = [name(i, "?") for i in d.observer_ids] + ([d.observers_note] if d.observers_note else [])
    if observers:
        lines.append("列席（上级）：" + "、".join(observers))
    lines += ["", "议题：", d.agenda]
    if d.minutes:
        lines += ["", "会议纪要：", d.minutes]
    if d.kind is MeetingKind.DEMOCRATIC_LIFE:
        if d.previous_review:
            lines += ["", "上次民主生活会整改情况：", d.previous_review]
        for e in d.life_entries:
            lines += ["", f"{name(e.leader_id, '?')}　对照检查：{e.self_examination or '—'}",
                      f"　批评与自我批评：{e.criticism or '—'}"]
    if d.evaluation is not None:
        ev = d.evaluation
        lines += ["", f"参加评议：{ev.participants} 人（" + "、".join(f"{g}{n}人" for g, n in ev.groups if n) + "）"]
        for item in ev.items:
            lines.append(f"　{item.item}：满意 {item.satisfied}，基本满意 {item.basically_satisfied}，"
                         f"不满意 {item.unsatisfied}，满意率 {percent(item.rate)}")
        lines.append(f"总体满意率：{percent(ev.rate)}")
    if rec.decisions:
        lines += ["", "会议决定："]
        for i, r in enumerate(rec.decisions, start=1):
            link = (f"（已列入年度任务，责任领导：{name(r.decision.leader_id or 0, '')}）" if r.task_id
                    else f"（已列入整改问题第{r.finding_id}号）" if r.finding_id else "")
            lines.append(f"{i}. {r.decision.text}{link}")
    files = store.attachments(db, meeting_id)
    if files:
        lines += ["", "附件：" + "、".join(n for _i, n, _s in files)]
    corrected = corrections_of(db, meeting_id)
    if corrected:
        lines += ["", "更正记录：", *corrected]
    return "\n".join(lines)


def attach(db: Database, meeting_id: int, path: str, on_date: dt.date) -> int:
    name, data = attachment_files.read(path, ATTACHMENT_LIMIT)
    with transaction(db):
        if store.meeting_row(db, meeting_id) is None:
            raise RuleViolation("该会议记录已不存在。")
        return store.add_attachment(db, meeting_id, name, data, on_date)


def attachments(db: Database, meeting_id: int) -> list[tuple[int, str, int]]:
    return store.attachments(db, meeting_id)


def save_attachment(db: Database, attachment_id: int, path: str) -> None:
    attachment_files.write(store.attachment_data(db, attachment_id), path)


MEETING_HEADERS = ["日期", "单位", "会议类型", "依据", "地点", "主持人", "出席", "缺席", "议题", "决定", "附件"]


def meeting_cells(m: MeetingRow) -> list[str]:
    return [format_cn(m.held_on), m.unit_short_name, m.kind.label, m.kind.article, m.place, m.chair, str(m.present),
            str(m.absent), m.agenda, str(m.decisions), str(m.attachments)]


def export_meetings(db: Database, year: int, path: str | os.PathLike[str]) -> Path:
    """A year's meetings, one row each, oldest first, plus the evaluation tallies on a second sheet."""
    from lz_desktop.documents.table_workbook import write_tables

    rows = sorted(store.meetings(db, year=year), key=lambda m: (m.held_on, m.id))
    tallies: list[list[str | int | float]] = []
    for m in rows:
        if m.kind is MeetingKind.DEMOCRATIC_EVALUATION:
            draft = store.draft_of(db, m.id)
            for item in draft.evaluation.items if draft and draft.evaluation else ():
                tallies.append([format_cn(m.held_on), m.unit_short_name, item.item, item.satisfied,
                                item.basically_satisfied, item.unsatisfied, percent(item.rate)])
    return write_tables(path, [
        (f"{year}年度会议", MEETING_HEADERS, [meeting_cells(m) for m in rows]),
        ("民主评议票数", ["日期", "单位", "评议项目", "满意", "基本满意", "不满意", "满意率"], tallies),
    ])

