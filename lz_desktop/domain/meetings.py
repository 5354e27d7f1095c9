"""Meetings (Art. 7(1), 8(2), 8(6), 15, 16): the record, its checks, and democratic evaluation tallies.

Which yearly obligation a meeting counts towards is decided here (`MeetingKind.record_kind`), so
that the obligations of `domain.obligations` are evaluated against what was really held.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.obligations import RecordKind

TEXT_MAX = 20_000  # minutes of a long meeting; far beyond any real one, short of a pasted book


class MeetingKind(StrEnum):
    STANDING_COMMITTEE_TOPIC = "standing_committee_topic"
    GOVERNMENT_INTEGRITY = "government_integrity"
    PRINCIPAL_TOPIC = "principal_topic"
    DEMOCRATIC_LIFE = "democratic_life"
    DUTY_REPORT = "duty_report"
    DEMOCRATIC_EVALUATION = "democratic_evaluation"
    PLENARY_REPORT = "plenary_report"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def article(self) -> str:
        return _LABELS[self][1]

    @property
    def record_kind(self) -> RecordKind | None:
        return _RECORD_KINDS.get(self)


_LABELS = {
    MeetingKind.STANDING_COMMITTEE_TOPIC: ("党委常委会议（党组会议）专题研究", "第七条第（一）项"),
    MeetingKind.GOVERNMENT_INTEGRITY: ("政府廉政建设工作会议", "第七条第（一）项"),
    MeetingKind.PRINCIPAL_TOPIC: ("主要负责人主持的专题会议", "第八条第（二）项"),
    MeetingKind.DEMOCRATIC_LIFE: ("民主生活会", "第八条第（六）项"),
    MeetingKind.DUTY_REPORT: ("述职述廉", "第十六条"),
    MeetingKind.DEMOCRATIC_EVALUATION: ("民主评议", "第十六条"),
    MeetingKind.PLENARY_REPORT: ("向全委会报告", "第十五条"),
}
_RECORD_KINDS = {
    MeetingKind.STANDING_COMMITTEE_TOPIC: RecordKind.STANDING_COMMITTEE_TOPIC_MEETING,
    MeetingKind.GOVERNMENT_INTEGRITY: RecordKind.GOVERNMENT_INTEGRITY_MEETING,
    MeetingKind.PRINCIPAL_TOPIC: RecordKind.PRINCIPAL_TOPIC_MEETING,
    MeetingKind.DEMOCRATIC_LIFE: RecordKind.DEMOCRATIC_LIFE_MEETING,
    MeetingKind.DEMOCRATIC_EVALUATION: RecordKind.DEMOCRATIC_EVALUATION,
    MeetingKind.PLENARY_REPORT: RecordKind.PLENARY_REPORT,
}

# Art. 16: who takes part in a democratic evaluation.
EVALUATION_GROUPS = ("党员", "干部", "人大代表", "政协委员", "特约监察员", "党风监督员", "群众代表")


class DecisionOutcome(StrEnum):
    NOTE = "note"  # recorded only
    TASK = "task"  # becomes a duty task of the year's plan
    FINDING = "finding"  # becomes a finding to rectify

    @property
    def label(self) -> str:
        return {"note": "仅记录", "task": "列入年度任务", "finding": "列入整改问题"}[self.value]


@dataclass(frozen=True)
class Absence:
    leader_id: int
    reason: str


@dataclass(frozen=True)
class Decision:
    text: str
    outcome: DecisionOutcome = DecisionOutcome.NOTE
    leader_id: int | None = None  # responsible leader of the task or finding it becomes


@dataclass(frozen=True)
class LifeMeetingEntry:
    """One member at a democratic life meeting: self-examination and criticism received."""

    leader_id: int
    self_examination: str
    criticism: str


@dataclass(frozen=True)
class EvaluationItem:
    item: str
    satisfied: int
    basically_satisfied: int
    unsatisfied: int

    @property
    def votes(self) -> int:
        return self.satisfied + self.basically_satisfied + self.unsatisfied

    @property
    def rate(self) -> float | None:
        """Satisfaction rate: (满意 + 基本满意) / votes; None when nobody voted."""
        return (self.satisfied + self.basically_satisfied) / self.votes if self.votes else None


@dataclass(frozen=True)
class Evaluation:
    groups: tuple[tuple[str, int], ...]  # (Art. 16 group, how many took part)
    items: tuple[EvaluationItem, ...]

    @property
    def participants(self) -> int:
        return sum(n for _g, n in self.groups)

    @property
    def rate(self) -> float | None:
        votes = sum(i.votes for i in self.items)
        return sum(i.satisfied + i.basically_satisfied for i in self.items) / votes if votes else None


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


@dataclass(frozen=True)
class TeamSeat:
    """A team member serving on the meeting date, as the checks need to know them."""

    leader_id: int
    name: str
    principal: bool
    post: str = ""


@dataclass(frozen=True)
class MeetingDraft:
    unit_id: int
    kind: MeetingKind
    held_on: dt.date
    place: str
    chair_id: int | None
    recorder: str
    agenda: str
    minutes: str = ""
    attendee_ids: tuple[int, ...] = ()
    absences: tuple[Absence, ...] = ()
    observer_ids: tuple[int, ...] = ()  # leaders of the superior level who sat in
    observers_note: str = ""  # observers not in the roster, e.g. 区纪委第二监督检查室
    decisions: tuple[Decision, ...] = ()
    previous_review: str = ""  # democratic life meeting: last time's rectification reviewed
    life_entries: tuple[LifeMeetingEntry, ...] = ()
    evaluation: Evaluation | None = None
    names: dict[int, str] = field(default_factory=dict, compare=False)  # leader names, for messages


def check_meeting(draft: MeetingDraft, team: list[TeamSeat], today: dt.date) -> MeetingDraft:
    """Refuse what cannot be true of a meeting; every problem names its field and, where one applies, the article."""
    problems: list[FieldProblem] = []
    seats = {s.leader_id: s for s in team}
    name = draft.names.get
    if draft.held_on > today:
        problems.append(FieldProblem("held_on", "会议日期",
                                     f"（{format_cn(draft.held_on)}）晚于今天，未召开的会议不能登记"))
    if not draft.agenda.strip():
        problems.append(FieldProblem("agenda", "议题", "不能为空"))
    for label, key, text in (("议题", "agenda", draft.agenda), ("会议纪要", "minutes", draft.minutes)):
        if len(text) > TEXT_MAX:
            problems.append(FieldProblem(key, label, f"过长：{len(text)} 个字，最多 {TEXT_MAX} 个字"))
    if draft.chair_id is None:
        problems.append(FieldProblem("chair", "主持人", "须指定"))
    elif draft.chair_id not in seats:
        problems.append(FieldProblem("chair", "主持人",
                                     f"{name(draft.chair_id, '所选人员')}在会议当日不是本单位领导班子成员"))
    elif draft.kind is MeetingKind.PRINCIPAL_TOPIC and not seats[draft.chair_id].principal:
        problems.append(FieldProblem("chair", "主持人", f"{seats[draft.chair_id].name}不是主要负责人；"
                                     "此类会议须由主要负责人主持", "第八条第（二）项"))
    absent = {a.leader_id for a in draft.absences}
    for leader_id in draft.attendee_ids:
        if leader_id in absent:
            problems.append(FieldProblem("attendance", "出席情况",
                                         f"{name(leader_id, str(leader_id))}同时列为出席和缺席，请只选一种"))
        elif leader_id not in seats:
            problems.append(FieldProblem("attendance", "出席情况",
                                         f"{name(leader_id, str(leader_id))}在会议当日不是本单位领导班子成员"))
    for absence in draft.absences:
        if not absence.reason.strip():
            problems.append(FieldProblem("attendance", "出席情况",
                                         f"{name(absence.leader_id, str(absence.leader_id))}缺席，须注明原因"))
    if draft.chair_id is not None and draft.chair_id in absent:
        problems.append(FieldProblem("attendance", "出席情况", "主持人不能列为缺席"))
    for i, decision in enumerate(draft.decisions, start=1):
        if not decision.text.strip():
            problems.append(FieldProblem("decisions", "会议决定", f"第{i}项内容为空"))
    if draft.kind is MeetingKind.DEMOCRATIC_LIFE:
        for entry in draft.life_entries:
            if entry.leader_id not in seats:
                problems.append(FieldProblem("life", "对照检查",
                                             f"{name(entry.leader_id, str(entry.leader_id))}不是本单位领导班子成员"))
    if draft.kind is MeetingKind.DEMOCRATIC_EVALUATION:
        problems += _evaluation_problems(draft.evaluation)
    if problems:
        raise ValidationError(problems)
    return draft


def _evaluation_problems(evaluation: Evaluation | None) -> list[FieldProblem]:
    if evaluation is None or not evaluation.items:
        return [FieldProblem("evaluation", "评议项目", "至少一项", "第十六条")]
    problems = []
    if evaluation.participants <= 0:
        problems.append(FieldProblem("evaluation", "参加评议人员", "至少填写一类参加人员及人数", "第十六条"))
    for row, item in enumerate(evaluation.items, start=1):
        if not item.item.strip():
            problems.append(FieldProblem("evaluation", "评议项目", f"第{row}行项目名称为空"))
        if min(item.satisfied, item.basically_satisfied, item.unsatisfied) < 0:
            problems.append(FieldProblem("evaluation", "评议项目", f"第{row}行票数不能为负数"))
        elif evaluation.participants and item.votes > evaluation.participants:
            problems.append(FieldProblem("evaluation", "评议项目", f"第{row}行票数合计 {item.votes} 超过参加人数 "
                                         f"{evaluation.participants}"))
    return problems
