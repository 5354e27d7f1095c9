"""The demo office's 党风廉政意见: in November 2026 the district's organisation department asked about ten
cadres proposed for promotion; one has a decision in force, one an open case, one shares his name with a
leader who left, and the reply has been issued."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.integrity_opinion import Purpose
from lz_desktop.domain.leaders import Gender, Leader, LeaderStatus, Role
from lz_desktop.services import documents, roster
from lz_desktop.services import integrity_opinions as opinions

AS_OF = dt.date(2026, 11, 20)
TODAY = dt.date(2026, 11, 25)


def add_demo_opinions(db: Database) -> None:
    by_unit = {u.short_name: u for u in roster.list_units(db)}
    # A namesake: 罗杰 of 区住房城乡建设委 (a case decided about him) and a 罗杰 who left 区发展改革委 in 2023.
    team = by_unit["区发展改革委"].team_id
    roster.add_leader(db, Leader(None, int(team or 0), "罗杰", Gender.MALE, "党组成员、副主任", "", Role.MEMBER,
                                 dt.date(2018, 3, 1), dt.date(2023, 6, 30), LeaderStatus.TRANSFERRED, "", ()))
    asked_about = ("区教委", "区卫生健康委", "区法院", "长河街道", "青龙镇", "区委办", "区总工会")
    principals = [r for r in roster.list_leaders(db, sort="role")
                  if r.leader.role is Role.PRINCIPAL and r.leader.term_end is None and r.unit_short_name in asked_about]
    names = [opinions.NameEntry("傅国新", "区城市管理委"), opinions.NameEntry("罗杰"),
             opinions.NameEntry("顾欣秀", "区财政局")] + [opinions.NameEntry(r.leader.name, r.unit_short_name)
                                                        for r in principals]
    request_id = opinions.create_request(db, "中共北京市永安区委组织部", Purpose.PROMOTION, AS_OF, names, today=TODAY,
                                         reference="永组干函〔2026〕31号")
    for view in opinions.persons(db, request_id):
        if view.state == "须选择人员":
            current = next(c for c in view.candidates if c.leader.term_end is None)
            opinions.choose(db, view.row.id, int(current.leader.id or 0))
    for view in opinions.persons(db, request_id):
        opinions.confirm(db, view.row.id)
    doc_id = opinions.draft_reply(db, request_id, TODAY)
    documents.issue(db, doc_id, documents.document_prefix(db, doc_id))
