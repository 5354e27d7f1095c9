"""Art. 28 where posts change: a promotion or a leading post recorded in the roster while a restriction forbids
it is refused, naming the article and the end date; where the rule only asks for the approving authority's
consent (a leader dismissed or made to resign, after the first year), the change goes through with that
approval recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem
from lz_desktop.domain.impact import ART_28, Restriction, RestrictionKind
from lz_desktop.domain.leaders import Leader, LeaderStatus, Role

# Seniority bands of 职务 and 职级 (the 2019 公务员职务与职级并行规定): equal bands are not a promotion.
RANK_BANDS = {"正局级": 10, "一级巡视员": 10, "副局级": 9, "二级巡视员": 9, "正处级": 8, "一级调研员": 8,
              "二级调研员": 8, "副处级": 7, "三级调研员": 7, "四级调研员": 7, "正科级": 6, "一级主任科员": 6,
              "二级主任科员": 6, "副科级": 5}


class PostChange(StrEnum):
    PROMOTION = "promotion"  # a higher rank, a member made principal, a 副 post made the full one
    LEADING_POST = "leading_post"  # a leading post taken (again) at the same band or unknown
    LOWER_POST = "lower_post"  # a leading post taken again at a lower band: not 与原任职务相当 (Art. 28 para. 2)

    @property
    def label(self) -> str:
        return {"promotion": "提升职务", "leading_post": "担任领导职务", "lower_post": "担任较低的领导职务"}[self.value]


def changes(before: Leader | None, after: Leader) -> set[PostChange]:
    found: set[PostChange] = set()
    in_office = after.status is LeaderStatus.IN_OFFICE and after.term_end is None
    if before is None:
        if in_office:
            found.add(PostChange.LEADING_POST)
        return found
    band_before, band_after = RANK_BANDS.get(before.rank), RANK_BANDS.get(after.rank)
    if band_before is not None and band_after is not None and band_after > band_before:
        found.add(PostChange.PROMOTION)
    if before.role is Role.MEMBER and after.role is Role.PRINCIPAL and before.team_id == after.team_id:
        found.add(PostChange.PROMOTION)
    # 副局长 → 局长 with the rank left as it was: the post's own words say it.
    if "副" in before.post and "副" not in after.post and after.post:
        found.add(PostChange.PROMOTION)
    was_serving = before.status is LeaderStatus.IN_OFFICE and before.term_end is None
    if in_office and (not was_serving or before.team_id != after.team_id):
        lower = band_before is not None and band_after is not None and band_after < band_before
        found.add(PostChange.LOWER_POST if lower else PostChange.LEADING_POST)
    return found


BARS = {  # what each restriction forbids outright
    RestrictionKind.NO_PROMOTION: {PostChange.PROMOTION},
    RestrictionKind.DISCIPLINARY: {PostChange.PROMOTION},
    RestrictionKind.NO_EQUIVALENT_POST: {PostChange.PROMOTION, PostChange.LEADING_POST},
}
NEEDS_APPROVAL = {RestrictionKind.APPROVAL_NEEDED: {PostChange.LEADING_POST}}


@dataclass(frozen=True)
class Approval:
    """The approving authority's consent to a leading post again (Art. 28 para. 2), as the roster keeps it."""

    approved_by: str  # e.g. 区委组织部
    approved_on: dt.date
    document_number: str  # e.g. 永组干〔2027〕5号

    def text(self) -> str:
        return f"经{self.approved_by}{format_cn(self.approved_on)}批准（{self.document_number}）"


def post_problems(made: set[PostChange], limits: list[Restriction], on: dt.date,
                  approval: Approval | None, *, detailed: bool = True) -> list[FieldProblem]:
    """Each restriction in force on `on` that forbids the change, or asks for an approval not given. Without
    `detailed` (a role without the case permission) the restriction and its end are said, not the decision."""
    problems = []
    for r in limits:
        if not r.in_force(on):
            continue
        until = f"至{format_cn(r.until)}" if r.until else "长期"
        why = f"，{r.reason}" if detailed else "；详情请向有案件权限的人员查询"
        article = "" if detailed else ART_28  # the reason names its paragraph of Art. 28 already
        barred = made & BARS.get(r.kind, set())
        if barred:
            change = "、".join(c.label for c in sorted(barred))
            problems.append(FieldProblem("post", "职务", f"{format_cn(on)}不能{change}：{r.kind.label}，{until}{why}",
                                         article))
        elif made & NEEDS_APPROVAL.get(r.kind, set()) and approval is None:
            problems.append(FieldProblem("approval", "任职审批", f"{r.kind.label}{why}。请填写批准机关、"
                                         "批准日期和批准文号后再保存", article))
    return problems


def approval_problems(approval: Approval, on: dt.date, today: dt.date) -> list[FieldProblem]:
    problems = []
    for field, label, value in (("approved_by", "批准机关", approval.approved_by),
                                ("document_number", "批准文号", approval.document_number)):
        if not value.strip():
            problems.append(FieldProblem(field, label, "不能为空"))
    if approval.approved_on > today:
        problems.append(FieldProblem("approved_on", "批准日期", f"（{format_cn(approval.approved_on)}）晚于今天"))
    elif approval.approved_on > on:
        problems.append(FieldProblem("approved_on", "批准日期", f"（{format_cn(approval.approved_on)}）晚于任职日期"
                                     f"（{format_cn(on)}）：先批准，后任职"))
    return problems


class AnnualRating(StrEnum):
    """A leader's 年度考核等次: Art. 20 makes the responsibility system's results a ground for it; Art. 28 takes
    优秀 away in a year the leader was held accountable."""

    EXCELLENT = "excellent"
    COMPETENT = "competent"
    BASICALLY_COMPETENT = "basically_competent"
    INCOMPETENT = "incompetent"

    @property
    def label(self) -> str:
        return {"excellent": "优秀", "competent": "称职", "basically_competent": "基本称职",
                "incompetent": "不称职"}[self.value]
