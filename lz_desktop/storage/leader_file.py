"""What a leader's integrity file (廉政档案) reads that no other area asks for by leader: the meetings they
chaired, attended or sat in on, the statements they signed, the findings that name them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from lz_desktop.domain.meetings import MeetingKind


@dataclass(frozen=True)
class MeetingPart:
    meeting_id: int
    kind: MeetingKind
    held_on: dt.date
    unit: str
    part: str  # 主持 / 出席 / 缺席（原因） / 列席


def meetings_of(db: Database, leader_id: int) -> list[MeetingPart]:
    rows = db.execute("""
        SELECT m.id, m.kind, m.held_on, u.short_name, '主持' FROM meetings m JOIN units u ON u.id = m.unit_id
         WHERE m.chair_id = :leader
        UNION ALL
        SELECT m.id, m.kind, m.held_on, u.short_name,
               CASE WHEN a.present THEN '出席' ELSE '缺席（' || a.reason || '）' END
          FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id JOIN units u ON u.id = m.unit_id
         WHERE a.leader_id = :leader AND (m.chair_id IS NULL OR m.chair_id != :leader)
        UNION ALL
        SELECT m.id, m.kind, m.held_on, u.short_name, '列席'
          FROM meeting_observers o JOIN meetings m ON m.id = o.meeting_id JOIN units u ON u.id = m.unit_id
         WHERE o.leader_id = :leader
        ORDER BY 3, 1""", {"leader": leader_id}).fetchall()
    return [MeetingPart(r[0], MeetingKind(r[1]), dt.date.fromisoformat(r[2]), r[3], r[4]) for r in rows]


@dataclass(frozen=True)
class SignedStatement:
    statement_id: int
    year: int
    other: str  # the other party: 与…签订
    as_superior: bool
    signed_on: dt.date | None


def statements_of(db: Database, leader_id: int) -> list[SignedStatement]:
    rows = db.execute("""
        SELECT s.id, s.year, CASE WHEN s.superior_id = :leader THEN sub.name ELSE sup.name END,
               s.superior_id = :leader, s.signed_on
          FROM statements s JOIN leaders sup ON sup.id = s.superior_id JOIN leaders sub ON sub.id = s.subordinate_id
         WHERE s.superior_id = :leader OR s.subordinate_id = :leader
         ORDER BY s.year, s.id""", {"leader": leader_id}).fetchall()
    return [SignedStatement(r[0], r[1], r[2], bool(r[3]), dt.date.fromisoformat(r[4]) if r[4] else None)
            for r in rows]


def findings_of(db: Database, leader_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT finding_id FROM finding_leaders WHERE leader_id = ? ORDER BY finding_id",
                                     [leader_id])]
