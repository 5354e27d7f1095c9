"""Art. 28: what an accountability decision bars a leader from, until when, and why.

The Party's disciplinary regulations and the Public Officials Sanctions Law set their own impact
periods; they come in as a catalogue (resources/rules/sanction_impacts.json, maintained by the
office), never as constants here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from lz_desktop.domain.accountability import Sanction
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.deadlines import add_months

ART_28 = "第二十八条"


class RestrictionKind(StrEnum):
    NO_EXCELLENCE = "no_excellence"
    NO_EQUIVALENT_POST = "no_equivalent_post"
    APPROVAL_NEEDED = "approval_needed"
    NO_PROMOTION = "no_promotion"
    DISCIPLINARY = "disciplinary"

    @property
    def label(self) -> str:
        return {
            "no_excellence": "取消当年年度考核评优和评选各类先进的资格",
            "no_equivalent_post": "不得重新担任与原任职务相当的领导职务",
            "approval_needed": "重新担任相当职务须按干部管理权限履行审批手续，并书面征求上一级党委组织部门意见",
            "no_promotion": "不得提升职务",
            "disciplinary": "处分影响期",
        }[self.value]


@dataclass(frozen=True)
class ImpactRule:
    """One catalogue entry: a disciplinary sanction and its own impact period."""

    code: str
    name: str
    months: int
    restriction: str
    source: str


@dataclass(frozen=True)
class AccountabilityRecord:
    """One decision about one leader, as Art. 28 needs it."""

    decided_on: dt.date
    sanctions: tuple[Sanction, ...]
    disciplinary_codes: tuple[str, ...] = ()  # catalogue codes, for a disciplinary sanction


@dataclass(frozen=True)
class Restriction:
    kind: RestrictionKind
    start: dt.date
    until: dt.date | None  # last day in force; None: no end (a condition that stays)
    reason: str
    article: str = ART_28

    def in_force(self, day: dt.date) -> bool:
        return self.start <= day and (self.until is None or day <= self.until)

    def text(self) -> str:
        span = f"至{format_cn(self.until)}" if self.until else "长期"
        return f"{self.kind.label}（{span}）：{self.reason}"


def restrictions(records: Iterable[AccountabilityRecord], catalogue: Iterable[ImpactRule],
                 on: dt.date) -> list[Restriction]:
    """The restrictions in force on `on`, each with its end and its reason."""
    rules = {r.code: r for r in catalogue}
    found = [r for record in records for r in _of(record, rules)]
    return [r for r in found if r.in_force(on)]


def _of(record: AccountabilityRecord, rules: dict[str, ImpactRule]) -> list[Restriction]:
    day, sanctions = record.decided_on, set(record.sanctions)
    unknown = [c for c in record.disciplinary_codes if c not in rules]
    if unknown:
        raise KeyError(f"影响期目录中没有：{'、'.join(unknown)}")
    made = [Restriction(RestrictionKind.NO_EXCELLENCE, day, dt.date(day.year, 12, 31),
                        f"{format_cn(day)}受到责任追究（第二十八条第一款）")]
    left = [s for s in (Sanction.ORDERED_RESIGNATION, Sanction.DISMISSAL) if s in sanctions]
    organisational = []
    if left:
        measure = "、".join(s.label for s in left)
        organisational.append(Restriction(RestrictionKind.NO_EQUIVALENT_POST, day, _last_day(day, 12),
                                          f"{format_cn(day)}受到{measure}处理，一年内（第二十八条第二款）"))
    if Sanction.DEMOTION in sanctions:
        organisational.append(Restriction(RestrictionKind.NO_PROMOTION, day, _last_day(day, 24),
                                          f"{format_cn(day)}受到降职处理，两年内（第二十八条第三款）"))
    own = [Restriction(RestrictionKind.DISCIPLINARY, day, _last_day(day, rule.months),
                       f"{rule.name}：{rule.restriction}，{rule.months}个月（{rule.source}）")
           for rule in (rules[c] for c in record.disciplinary_codes)]
    combined = bool(own) and bool(organisational or Sanction.REASSIGNMENT in sanctions)
    if combined:
        # Art. 28 para. 4: a disciplinary sanction and an organisational measure together run for
        # the longer of their impact periods.
        longest = max(r.until or dt.date.max for r in (*own, *organisational))
        note = f"；同时受到党纪政纪处分和组织处理，按影响期较长的执行，至{format_cn(longest)}（第二十八条第四款）"
        made += [replace(r, until=longest, reason=r.reason + note) for r in (*organisational, *own)]
        return made
    made += organisational + own
    if left and not own:
        # “单独受到责令辞职、免职处理的”: after the year, a condition that stays.
        after = organisational[0].until
        assert after is not None
        made.append(Restriction(RestrictionKind.APPROVAL_NEEDED, after + dt.timedelta(days=1), None,
                                f"{format_cn(day)}受到{'、'.join(s.label for s in left)}处理满一年后"
                                "（第二十八条第二款）"))
    return made


def _last_day(start: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` starting the day after `start` (Civil Code Art. 201)."""
    return add_months(start, months)[0]
