"""Chapter 4 (责任追究): when accountability applies, where leads come from, which sanctions fit.

Art. 21 lists the circumstances, Art. 23 the sources of case leads, Art. 24 the sanctions for a
team, Art. 25 those for a leader (combinations allowed, judicial referral where a crime is
suspected). Art. 27 (transfer and retirement never end a case) lives in the records: a leader
record is never removed with its unit and keeps its status and history.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.errors import RuleViolation

ART_24, ART_25 = "第二十四条", "第二十五条"


class Circumstance(StrEnum):
    """Art. 21 (1)–(7)."""

    WEAK_LEADERSHIP = "1"
    DUTIES_NOT_CARRIED_OUT = "2"
    CONCEALED_VIOLATIONS = "3"
    LAX_SUPERVISION = "4"
    IMPROPER_APPOINTMENTS = "5"
    CONDONED_FRAUD = "6"
    OTHER = "7"

    @property
    def label(self) -> str:
        return _CIRCUMSTANCES[self]

    @property
    def article(self) -> str:
        return f"第二十一条第（{'一二三四五六七'[int(self.value) - 1]}）项"


_CIRCUMSTANCES = {
    Circumstance.WEAK_LEADERSHIP: "领导不力，以致职责范围内明令禁止的不正之风得不到有效治理，造成不良影响",
    Circumstance.DUTIES_NOT_CARRIED_OUT: "对上级交办的党风廉政建设事项不传达贯彻、不安排部署、不督促落实，或者拒不办理",
    Circumstance.CONCEALED_VIOLATIONS: "对发现的严重违纪违法行为隐瞒不报、压案不查",
    Circumstance.LAX_SUPERVISION: "疏于监督管理，致使班子成员或者直接管辖的下属发生严重违纪违法问题",
    Circumstance.IMPROPER_APPOINTMENTS: "违反规定选拔任用干部，或者用人失察、失误造成恶劣影响",
    Circumstance.CONDONED_FRAUD: "放任、包庇、纵容下属人员违反财政、金融、税务、审计、统计等法律法规，弄虚作假",
    Circumstance.OTHER: "其他违反党风廉政建设责任制的行为",
}


class LeadSource(StrEnum):
    """Art. 23: where case leads come from."""

    PETITION = "petition"
    SPECIAL_CAMPAIGN = "special_campaign"
    INSPECTION = "inspection"
    LAW_ENFORCEMENT = "law_enforcement"
    AUDIT = "audit"
    PATROL = "patrol"
    CADRE_REVIEW = "cadre_review"
    DEMOCRATIC_EVALUATION = "democratic_evaluation"
    ASSIGNED_BY_LEADER = "assigned_by_leader"
    ASSIGNED_BY_SUPERIOR = "assigned_by_superior"

    @property
    def label(self) -> str:
        return {
            "petition": "信访举报", "special_campaign": "专项治理", "inspection": "责任制考核",
            "law_enforcement": "执法检查和监察", "audit": "审计监督", "patrol": "巡视检查",
            "cadre_review": "干部考察", "democratic_evaluation": "民主评议",
            "assigned_by_leader": "领导批办", "assigned_by_superior": "上级交办",
        }[self.value]


class Subject(StrEnum):
    TEAM = "team"
    LEADER = "leader"

    @property
    def label(self) -> str:
        return {"team": "领导班子", "leader": "领导干部"}[self.value]


class Severity(StrEnum):
    MINOR = "minor"
    SERIOUS = "serious"
    GRAVE = "grave"

    @property
    def label(self) -> str:
        return {"minor": "情节较轻", "serious": "情节较重", "grave": "情节严重"}[self.value]


class Sanction(StrEnum):
    WRITTEN_SELF_CRITICISM = "written_self_criticism"
    CIRCULATED_CRITICISM = "circulated_criticism"
    TEAM_REORGANISATION = "team_reorganisation"
    CRITICISM_AND_EDUCATION = "criticism_and_education"
    ADMONISHMENT_TALK = "admonishment_talk"
    DISCIPLINARY_SANCTION = "disciplinary_sanction"
    REASSIGNMENT = "reassignment"
    ORDERED_RESIGNATION = "ordered_resignation"
    DISMISSAL = "dismissal"
    DEMOTION = "demotion"
    JUDICIAL_REFERRAL = "judicial_referral"

    @property
    def label(self) -> str:
        return _SANCTION_LABELS[self]

    @property
    def organisational(self) -> bool:
        """Art. 25: 调整职务、责令辞职、免职和降职 are organisational measures (组织处理)."""
        return self in ORGANISATIONAL_MEASURES


_SANCTION_LABELS = {
    Sanction.WRITTEN_SELF_CRITICISM: "责令作出书面检查", Sanction.CIRCULATED_CRITICISM: "通报批评",
    Sanction.TEAM_REORGANISATION: "调整处理", Sanction.CRITICISM_AND_EDUCATION: "批评教育",
    Sanction.ADMONISHMENT_TALK: "诫勉谈话", Sanction.DISCIPLINARY_SANCTION: "党纪政纪处分",
    Sanction.REASSIGNMENT: "调整职务", Sanction.ORDERED_RESIGNATION: "责令辞职",
    Sanction.DISMISSAL: "免职", Sanction.DEMOTION: "降职", Sanction.JUDICIAL_REFERRAL: "移送司法机关",
}
ORGANISATIONAL_MEASURES = frozenset({Sanction.REASSIGNMENT, Sanction.ORDERED_RESIGNATION,
                                     Sanction.DISMISSAL, Sanction.DEMOTION})
S = Sanction
# In the order the articles list them, which is the order a refusal suggests them in.
ALLOWED: dict[tuple[Subject, Severity], tuple[Sanction, ...]] = {
    (Subject.TEAM, Severity.MINOR): (S.WRITTEN_SELF_CRITICISM,),
    (Subject.TEAM, Severity.SERIOUS): (S.CIRCULATED_CRITICISM,),
    (Subject.TEAM, Severity.GRAVE): (S.TEAM_REORGANISATION,),
    (Subject.LEADER, Severity.MINOR): (S.CRITICISM_AND_EDUCATION, S.ADMONISHMENT_TALK,
                                       S.WRITTEN_SELF_CRITICISM),
    (Subject.LEADER, Severity.SERIOUS): (S.CIRCULATED_CRITICISM,),
    (Subject.LEADER, Severity.GRAVE): (S.DISCIPLINARY_SANCTION, S.REASSIGNMENT,
                                       S.ORDERED_RESIGNATION, S.DISMISSAL, S.DEMOTION),
}


def article_for(subject: Subject) -> str:
    return ART_24 if subject is Subject.TEAM else ART_25


def allowed_sanctions(subject: Subject, severity: Severity, *, crime_suspected: bool = False
                      ) -> frozenset[Sanction]:
    """What Art. 24/25 allow for this subject and severity (judicial referral: leaders, crime)."""
    allowed = ALLOWED[(subject, severity)]
    if subject is Subject.LEADER and crime_suspected:
        allowed = (*allowed, Sanction.JUDICIAL_REFERRAL)
    return frozenset(allowed)


@dataclass(frozen=True)
class SanctionDecision:
    subject: Subject
    severity: Severity
    sanctions: tuple[Sanction, ...]
    crime_suspected: bool = False


def check_decision(decision: SanctionDecision) -> SanctionDecision:
    """Refuse, naming the article, any sanction the subject and severity do not allow."""
    if not decision.sanctions:
        raise RuleViolation("处理决定至少须有一种责任追究方式", article_for(decision.subject))
    allowed = allowed_sanctions(decision.subject, decision.severity,
                                crime_suspected=decision.crime_suspected)
    wrong = [s for s in decision.sanctions if s not in allowed]
    if wrong:
        if Sanction.JUDICIAL_REFERRAL in wrong and decision.subject is Subject.LEADER:
            raise RuleViolation("移送司法机关仅适用于涉嫌犯罪的情形", ART_25)
        names = "、".join(s.label for s in wrong)
        fit = "、".join(s.label for s in ALLOWED[(decision.subject, decision.severity)])
        raise RuleViolation(
            f"{decision.subject.label}{decision.severity.label}的，不能给予{names}；可给予：{fit}",
            article_for(decision.subject))
    # Art. 25, last paragraph: the ways may be used alone or together, so any allowed set is fine.
    return SanctionDecision(decision.subject, decision.severity,
                            tuple(dict.fromkeys(decision.sanctions)), decision.crime_suspected)
