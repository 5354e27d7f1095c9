"""Leaders (领导干部) on a unit's leadership team, and the rules that bind their records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.text import clean

ART_6 = "第六条"
ART_27 = "第二十七条"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return {"male": "男", "female": "女"}[self.value]


class Role(StrEnum):
    """Art. 6: the principal is the first responsible person; members answer for their portfolio."""

    PRINCIPAL = "principal"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return {"principal": "主要负责人", "member": "班子成员"}[self.value]


class LeaderStatus(StrEnum):
    """Art. 27: accountability survives transfer and retirement, so the record is kept."""

    IN_OFFICE = "in_office"
    TRANSFERRED = "transferred"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return {"in_office": "在职", "transferred": "调离", "retired": "退休"}[self.value]


def parse_label(enum_type: type[StrEnum], text: str) -> StrEnum:
    """Find the member whose Chinese label (or code name) is `text`; ValueError otherwise."""
    text = text.strip()
    for member in enum_type:
        if text in (member.value, getattr(member, "label", None)):
            return member
    labels = "、".join(getattr(m, "label", m.value) for m in enum_type)
    raise ValueError(f"“{text}”不是可选的值，应为：{labels}")


NAME_MAX = 30  # minority names such as 买买提·艾力 are long; 30 is far above any real one
POST_MAX = 60
RANK_MAX = 20
PORTFOLIO_MAX = 500
NOTE_MAX = 500

RANK_SUGGESTIONS = (
    "正局级", "副局级", "正处级", "副处级", "正科级", "副科级",
    "一级巡视员", "二级巡视员", "一级调研员", "二级调研员", "三级调研员", "四级调研员",
    "一级主任科员", "二级主任科员",
)


@dataclass(frozen=True)
class Leader:
    id: int | None
    team_id: int
    name: str
    gender: Gender
    post: str
    rank: str
    role: Role
    term_start: dt.date
    term_end: dt.date | None = None
    status: LeaderStatus = LeaderStatus.IN_OFFICE
    portfolio: str = ""  # areas and tasks in charge of (分管工作)
    portfolio_unit_ids: tuple[int, ...] = field(default=())  # units overseen (分管单位)
    note: str = ""

    def serves_on(self, day: dt.date) -> bool:
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)


def validate_leader(leader: Leader) -> Leader:
    """Trim, check lengths and dates; raise ValidationError naming every bad field."""
    problems: list[FieldProblem] = []
    trimmed = Leader(
        leader.id, leader.team_id, clean(leader.name, "name", "姓名", problems), leader.gender,
        clean(leader.post, "post", "职务", problems), clean(leader.rank, "rank", "职级", problems), leader.role,
        leader.term_start, leader.term_end, leader.status,
        clean(leader.portfolio, "portfolio", "分管工作", problems, multiline=True),
        tuple(dict.fromkeys(leader.portfolio_unit_ids)), clean(leader.note, "note", "备注", problems, multiline=True),
    )
    for name, label, value, limit, required in (
        ("name", "姓名", trimmed.name, NAME_MAX, True),
        ("post", "职务", trimmed.post, POST_MAX, True),
        ("rank", "职级", trimmed.rank, RANK_MAX, False),
        ("portfolio", "分管工作", trimmed.portfolio, PORTFOLIO_MAX, False),
        ("note", "备注", trimmed.note, NOTE_MAX, False),
    ):
        if required and not value:
            problems.append(FieldProblem(name, label, "不能为空"))
        elif len(value) > limit:
            problems.append(FieldProblem(name, label, f"过长：{len(value)} 个字，最多 {limit} 个字"))
    if trimmed.term_end is not None and trimmed.term_end < trimmed.term_start:
        problems.append(FieldProblem(
            "term_end", "任职结束",
            f"（{format_cn(trimmed.term_end)}）早于任职开始（{format_cn(trimmed.term_start)}）"))
    if trimmed.status is not LeaderStatus.IN_OFFICE and trimmed.term_end is None:
        problems.append(FieldProblem(
            "term_end", "任职结束", f"状态为“{trimmed.status.label}”时须填写任职结束日期"))
    if problems:
        raise ValidationError(problems)
    return trimmed


def terms_overlap(a: Leader, b: Leader) -> bool:
    a_end = a.term_end or dt.date.max
    b_end = b.term_end or dt.date.max
    return a.term_start <= b_end and b.term_start <= a_end


def principal_conflicts(candidate: Leader, team_leaders: list[Leader]) -> list[Leader]:
    """Art. 6 / Art. 8: a team has one principal (第一责任人) at any date.

    Returns the other principals of the same team whose terms overlap the candidate's.
    """
    if candidate.role is not Role.PRINCIPAL:
        return []
    return [
        other for other in team_leaders
        if other.role is Role.PRINCIPAL and not _same_record(other, candidate)
        and other.team_id == candidate.team_id and terms_overlap(candidate, other)
    ]


def _same_record(a: Leader, b: Leader) -> bool:
    # Unsaved drafts (a workbook's rows) all have id None: only identity makes them the same.
    return a is b or (a.id is not None and a.id == b.id)


def principal_conflict_problem(candidate: Leader, conflicts: list[Leader]) -> FieldProblem:
    other = conflicts[0]
    start = format_cn(other.term_start)  # one date style on screen (a message is on screen)
    period = f"{start}至{format_cn(other.term_end)}" if other.term_end else f"自{start}起"
    return FieldProblem(
        "role", "角色",
        f"该班子{period}已有主要负责人{other.name}，"
        "同一时间只能有一名主要负责人；请先填写其任职结束日期",
        ART_6,
    )


def post_in_unit(unit_short_name: str, post: str) -> str:
    """A post with its unit, as a document names it: 区财政局局长, but 区委书记 (not 区委区委书记)."""
    return post if post.startswith(unit_short_name) else f"{unit_short_name}{post}"
