"""A small district on a real file: a party committee with one bureau below it, their teams."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lz_desktop.domain.leaders import Gender, Leader, LeaderStatus, Role
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import roster
from lz_desktop.services.office import Office

D = dt.date
START = D(2021, 1, 1)


@dataclass(frozen=True)
class District:
    committee: int  # 区委 (top, party organ)
    bureau: int  # 区财政局, under it
    secretary: int  # 区委书记, principal of the committee
    deputy: int  # 区委副书记, member, oversees the bureau
    director: int  # 局长, principal of the bureau
    vice: int  # 副局长
    vice2: int  # 副局长
    former: int  # a bureau member who left in 2025


def build(office: Office) -> District:
    db = office.db
    committee = roster.add_unit(db, Unit(None, None, "中共北京市测试区委员会", "区委", UnitCategory.PARTY_ORGAN))
    bureau = roster.add_unit(db, Unit(None, committee.id, "北京市测试区财政局", "区财政局", UnitCategory.GOVERNMENT))

    def leader(unit: Unit, name: str, post: str, role: Role, start: D = START, end: D | None = None,
               portfolio: tuple[int, ...] = ()) -> int:
        status = LeaderStatus.TRANSFERRED if end else LeaderStatus.IN_OFFICE
        saved = roster.add_leader(db, Leader(None, int(unit.team_id or 0), name, Gender.MALE, post, "", role, start,
                                             end, status, "分管财政" if portfolio else "", portfolio))
        return int(saved.id or 0)

    return District(
        committee=int(committee.id or 0), bureau=int(bureau.id or 0),
        secretary=leader(committee, "高书记", "区委书记", Role.PRINCIPAL),
        deputy=leader(committee, "林副书记", "区委副书记", Role.MEMBER, portfolio=(int(bureau.id or 0),)),
        director=leader(bureau, "王局长", "局长", Role.PRINCIPAL),
        vice=leader(bureau, "李副局长", "副局长", Role.MEMBER),
        vice2=leader(bureau, "赵副局长", "副局长", Role.MEMBER),
        former=leader(bureau, "钱副局长", "副局长", Role.MEMBER, end=D(2025, 6, 30)),
    )
