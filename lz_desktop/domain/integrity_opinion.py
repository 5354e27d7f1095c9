"""党风廉政意见: what the commission answers the organisation department about a cadre before a promotion,
transfer, award or election (Arts. 20, 28), proposed from the records and confirmed or changed by the clerk.

The opinion is as of the request's date: a decision taken after it is not in it, and a restriction that
ended before it is not either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.impact import ART_28, Restriction, RestrictionKind


class Purpose(StrEnum):
    PROMOTION = "promotion"
    TRANSFER = "transfer"
    AWARD = "award"
    ELECTION = "election"

    @property
    def label(self) -> str:
        labels = {"promotion": "提拔或进一步使用", "transfer": "调任", "award": "评优评先", "election": "换届"}
        return labels[self.value]

    @property
    def barred_by(self) -> frozenset[RestrictionKind]:
        """The Art. 28 restrictions that stand in the way of this purpose."""
        K = RestrictionKind
        posts = {K.NO_PROMOTION, K.NO_EQUIVALENT_POST, K.APPROVAL_NEEDED, K.DISCIPLINARY}
        return frozenset({
            "promotion": posts, "transfer": posts, "election": posts | {K.NO_EXCELLENCE},
            "award": {K.NO_EXCELLENCE, K.DISCIPLINARY}}[self.value])


class OpinionKind(StrEnum):
    CLEAR = "clear"
    NOTED = "noted"
    DEFER = "defer"
    NOT_FOUND = "not_found"

    @property
    def label(self) -> str:
        return {"clear": "无不良反映", "noted": "有以下情况", "defer": "暂缓", "not_found": "未找到"}[self.value]


# What the letter says for each opinion that has no grounds to list: to an organ outside the commission, without
# case numbers.
STANDARD_TEXT = {OpinionKind.CLEAR: "无不良反映。",
                 OpinionKind.DEFER: "暂缓答复。有反映问题正在核查，待查清后另行函复。",
                 OpinionKind.NOT_FOUND: "本委掌握的干部名册中未找到此人。"}


@dataclass(frozen=True)
class DecisionFact:
    decided_on: dt.date
    text: str  # the decision as the register words it: 情节较重，通报批评（主要领导责任）
    case_number: str


@dataclass(frozen=True)
class OpenCase:
    number: str
    received_on: dt.date
    status: str  # 线索登记 / 调查中 / 已作出决定（未执行）


@dataclass(frozen=True)
class PersonFacts:
    """What the records say of one leader on the request's date."""

    restrictions: tuple[Restriction, ...]
    decisions: tuple[DecisionFact, ...]
    open_cases: tuple[OpenCase, ...]


@dataclass(frozen=True)
class Proposal:
    kind: OpinionKind
    grounds: tuple[str, ...]  # each a sentence with its article

    def text(self) -> str:
        """As the letter says it to an organ outside the commission: no case numbers, one colon."""
        if self.kind in STANDARD_TEXT:
            return STANDARD_TEXT[self.kind]
        return "有以下情况：" + "；".join(g.rstrip("。") for g in self.grounds) + "。"


def propose(purpose: Purpose, facts: PersonFacts, on: dt.date) -> Proposal:
    """An open case or unfinished lead defers the opinion; a decision, or a restriction in force that stands
    in the way of the purpose, is stated with its article and end date; otherwise 无不良反映."""
    if facts.open_cases:
        return Proposal(OpinionKind.DEFER, tuple(
            f"{c.number}于{format_cn(c.received_on)}受理，目前{c.status}，待查清后再行答复（第二十二条）"
            for c in facts.open_cases))
    grounds = [f"{format_cn(d.decided_on)}受到责任追究，{d.text}" for d in facts.decisions if d.decided_on <= on]
    for r in facts.restrictions:
        if r.in_force(on) and r.kind in purpose.barred_by:
            span = f"影响期至{format_cn(r.until)}" if r.until else "无期限"
            grounds.append(f"{span}，期内{_barred(r.kind)}（{_article(r.article or ART_28)}）")
    return Proposal(OpinionKind.NOTED, tuple(grounds)) if grounds else Proposal(OpinionKind.CLEAR, ())


def _article(article: str) -> str:
    """依据《办法》第二十八条: a letter to another organ names the measures it cites."""
    return f"依据《办法》{article}"


def _barred(kind: RestrictionKind) -> str:
    K = RestrictionKind
    return {K.NO_PROMOTION: "不得提升职务", K.NO_EQUIVALENT_POST: "不得重新担任与原任职务相当的领导职务",
            K.APPROVAL_NEEDED: "重新担任相当职务须按干部管理权限履行审批手续，并书面征求上一级党委组织部门意见",
            K.NO_EXCELLENCE: "不得评优评先", K.DISCIPLINARY: "处分影响期内不得提拔"}[kind]
