"""Art. 26: who bears which responsibility for a wrong decision."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

ART_26 = "第二十六条"


class Responsibility(StrEnum):
    PRIMARY = "primary"
    IMPORTANT = "important"
    INDIVIDUAL = "individual"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"primary": "主要领导责任", "important": "重要领导责任", "individual": "个人责任",
                "none": "不承担领导责任"}[self.value]


@dataclass(frozen=True)
class Participant:
    """A leader who took part in a collective decision."""

    leader_id: int
    is_principal: bool = False
    directly_supervising: bool = False  # the member directly in charge of the matter
    objection_recorded: bool = False  # an explicit objection, recorded and not adopted


@dataclass(frozen=True)
class Share:
    leader_id: int
    responsibility: Responsibility
    reason: str
    article: str = ART_26


def collective_responsibility(participants: list[Participant]) -> list[Share]:
    """Art. 26 para. 2: the principal and the directly supervising member bear primary
    responsibility, other participating members important responsibility; a member whose explicit
    objection was recorded and not adopted bears none."""
    shares = []
    for p in participants:
        if p.objection_recorded:
            shares.append(Share(p.leader_id, Responsibility.NONE, "对错误决策提出明确反对意见而没有被采纳"))
        elif p.is_principal:
            shares.append(Share(p.leader_id, Responsibility.PRIMARY, "领导班子主要负责人"))
        elif p.directly_supervising:
            shares.append(Share(p.leader_id, Responsibility.PRIMARY, "直接主管的领导班子成员"))
        else:
            shares.append(Share(p.leader_id, Responsibility.IMPORTANT, "参与决策的领导班子其他成员"))
    return shares


def individual_responsibility(leader_id: int) -> Share:
    """Art. 26 para. 3: a wrong decision one leader took or approved alone is that leader's."""
    return Share(leader_id, Responsibility.INDIVIDUAL, "错误决策由该领导干部个人决定或者批准")
