"""Art. 28 where the roster changes posts, on a real office file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from lz_desktop.domain.accountability import Circumstance, LeadSource, Sanction, Severity, Subject
from lz_desktop.domain.cases import CaseDraft, DecisionDraft
from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.leaders import LeaderStatus, Role
from lz_desktop.domain.posting import Approval, PostChange, changes
from lz_desktop.domain.responsibility import Responsibility
from lz_desktop.services import cases, roster
from lz_desktop.services.office import Office

from .district import District, build

D = dt.date
TODAY = D(2026, 11, 25)


def _decided(office: Office, d: District, leader: int, sanction: Sanction, severity: Severity) -> None:
    case_id = cases.register_lead(office.db, CaseDraft(LeadSource.PETITION, D(2026, 3, 2), "来信反映问题。", "",
                                                       Subject.LEADER, d.bureau, (leader,), (Circumstance.OTHER,)),
                                  today=TODAY)
    cases.start_investigation(office.db, case_id, D(2026, 3, 10), today=TODAY)
    cases.decide(office.db, case_id, DecisionDraft(leader, severity, (sanction,), D(2026, 4, 1), Responsibility.PRIMARY),
                 today=TODAY)


def _leader(office: Office, leader_id: int):  # type: ignore[no-untyped-def]
    found = roster.get_leader(office.db, leader_id)
    assert found is not None
    return found.leader


def test_what_counts_as_a_promotion_or_a_leading_post() -> None:
    from lz_desktop.domain.leaders import Gender, Leader

    base = Leader(1, 1, "某", Gender.MALE, "副局长", "副处级", Role.MEMBER, D(2021, 1, 1))
    assert changes(base, replace(base, rank="正处级")) == {PostChange.PROMOTION}
    assert changes(base, replace(base, rank="三级调研员")) == set()  # the same band
    assert changes(base, replace(base, role=Role.PRINCIPAL)) == {PostChange.PROMOTION}
    left = replace(base, term_end=D(2025, 6, 30), status=LeaderStatus.TRANSFERRED)
    assert changes(left, replace(base, term_start=D(2026, 10, 1))) == {PostChange.LEADING_POST}
    assert changes(None, base) == {PostChange.LEADING_POST}
    assert changes(base, replace(base, portfolio="分管财政")) == set()


def test_a_dismissed_leader_gets_no_post_for_a_year_then_only_with_the_approval(office: Office) -> None:
    d = build(office)
    _decided(office, d, d.director, Sanction.DISMISSAL, Severity.GRAVE)
    gone = replace(_leader(office, d.director), term_end=D(2026, 4, 1), status=LeaderStatus.TRANSFERRED,
                   role=Role.MEMBER)
    roster.update_leader(office.db, gone, today=TODAY)  # leaving a post is never barred
    back = replace(gone, term_start=D(2026, 10, 8), term_end=None, status=LeaderStatus.IN_OFFICE)
    with pytest.raises(ValidationError) as e:
        roster.update_leader(office.db, back, today=TODAY)
    text = str(e.value)
    assert "2026年10月8日不能担任领导职务：不得重新担任与原任职务相当的领导职务，至2027年4月1日，" in text
    assert "第二十八条第二款" in text

    later = replace(back, term_start=D(2027, 5, 10))
    with pytest.raises(ValidationError, match="请填写批准机关、批准日期和批准文号后再保存"):
        roster.update_leader(office.db, later, today=D(2027, 5, 12))
    with pytest.raises(ValidationError, match="晚于任职日期（2027年5月10日）：先批准，后任职"):
        roster.update_leader(office.db, later, today=D(2027, 5, 12),
                             approval=Approval("区委组织部", D(2027, 5, 11), "永组干〔2027〕5号"))
    roster.update_leader(office.db, later, today=D(2027, 5, 12),
                         approval=Approval("区委组织部", D(2027, 5, 6), "永组干〔2027〕5号"))
    assert roster.post_approvals(office.db, d.director) == ["经区委组织部2027年5月6日批准（永组干〔2027〕5号）"]


def test_a_demoted_leader_is_not_promoted_within_two_years_and_a_namesake_is_asked_about(office: Office) -> None:
    d = build(office)
    _decided(office, d, d.vice, Sanction.DEMOTION, Severity.GRAVE)
    vice = roster.update_leader(office.db, replace(_leader(office, d.vice), rank="副处级"), today=TODAY)
    with pytest.raises(ValidationError, match="不能提升职务：不得提升职务，至2028年4月1日"):
        roster.update_leader(office.db, replace(vice, rank="正处级"), today=TODAY)
    roster.update_leader(office.db, replace(vice, portfolio="分管预算"), today=TODAY)  # no change of post

    _decided(office, d, d.director, Sanction.DISMISSAL, Severity.GRAVE)
    committee = next(u for u in roster.list_units(office.db) if u.id == d.committee)
    newcomer = replace(_leader(office, d.director), id=None, team_id=int(committee.team_id or 0), post="区委常委",
                       role=Role.MEMBER, term_start=D(2026, 11, 1), portfolio_unit_ids=())
    with pytest.raises(ValidationError) as e:
        roster.add_leader(office.db, newcomer, today=TODAY)
    assert "与区财政局的王局长（局长）同名；若是同一人" in str(e.value) and "与同名受处理人员不是同一人" in str(e.value)
    saved = roster.add_leader(office.db, newcomer, not_same_as=(d.director,), today=TODAY)
    assert saved.id is not None


def test_a_roster_workbook_row_naming_a_restricted_namesake_is_a_row_problem(office: Office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from lz_desktop.services import roster_io

    d = build(office)
    _decided(office, d, d.director, Sanction.DISMISSAL, Severity.GRAVE)
    template = roster_io.save_template(tmp_path / "名册.xlsx")
    wb = load_workbook(template)
    ws = wb["领导干部名册"]
    ws.append(["区委", "王局长", "男", "区委常委", "", "班子成员", "", "", "2026年11月1日", "", "", ""])
    ws.append(["区委", "新同志", "女", "区委常委", "", "班子成员", "", "", "2026年11月1日", "", "", ""])
    wb.save(template)
    check = roster_io.check_roster(office.db, template)
    problem = next(p for p in check.problems if p.column == "姓名")
    assert "与区财政局的王局长（局长）同名；若是同一人" in problem.message
    assert "请在“单位与班子”中单独录入此人" in problem.message
    assert "新同志" in [v.leader.name for v in check.valid] and "王局长" not in [v.leader.name for v in check.valid]


def test_excellent_is_refused_in_a_year_held_accountable_and_ratings_show_in_the_file(office: Office) -> None:
    from lz_desktop.domain.posting import AnnualRating
    from lz_desktop.services import integrity_file

    d = build(office)
    _decided(office, d, d.vice, Sanction.CIRCULATED_CRITICISM, Severity.SERIOUS)
    with pytest.raises(ValidationError, match=r"不能评为优秀：2026年受到责任追究（.*通报批评.*），取消当年年度考核评优"):
        roster.rate(office.db, d.vice, 2026, AnnualRating.EXCELLENT, today=TODAY)
    roster.rate(office.db, d.vice, 2026, AnnualRating.COMPETENT, today=TODAY)
    roster.rate(office.db, d.vice, 2025, AnnualRating.EXCELLENT, today=TODAY)  # not held accountable in 2025
    with pytest.raises(ValidationError, match="应在2000年至今年之间"):
        roster.rate(office.db, d.vice, 2027, AnnualRating.COMPETENT, today=TODAY)
    assert roster.ratings(office.db, d.vice) == {2025: AnnualRating.EXCELLENT, 2026: AnnualRating.COMPETENT}
    lines = [e.text for e in integrity_file.integrity_file(office.db, d.vice, TODAY).section("考核结果")]
    assert "2025年度本人考核等次：优秀" in lines and "2026年度本人考核等次：称职" in lines


def test_a_lower_post_is_allowed_a_full_post_from_a_deputy_one_is_a_promotion_and_a_clerk_learns_no_case(
        office: Office) -> None:
    from lz_desktop.domain.accounts import Role as AccountRole
    from lz_desktop.storage.session import sign_in

    d = build(office)
    director = roster.update_leader(office.db, replace(_leader(office, d.director), rank="正处级"), today=TODAY)
    _decided(office, d, d.director, Sanction.DISMISSAL, Severity.GRAVE)
    gone = roster.update_leader(office.db, replace(director, term_end=D(2026, 4, 1), status=LeaderStatus.TRANSFERRED,
                                                   role=Role.MEMBER), today=TODAY)
    lower = replace(gone, term_start=D(2026, 10, 8), term_end=None, status=LeaderStatus.IN_OFFICE, rank="正科级",
                    post="综合科科长")
    assert changes(gone, lower) == {PostChange.LOWER_POST}
    roster.update_leader(office.db, lower, today=TODAY)  # not 与原任职务相当: Art. 28 para. 2 allows it

    vice = roster.update_leader(office.db, replace(_leader(office, d.vice), rank="副处级"), today=TODAY)
    _decided(office, d, d.vice, Sanction.DEMOTION, Severity.GRAVE)
    assert changes(vice, replace(vice, post="局长")) == {PostChange.PROMOTION}
    sign_in(office.db, "李文员", AccountRole.CLERK, None)
    with pytest.raises(ValidationError) as e:
        roster.update_leader(office.db, replace(vice, post="局长"), today=TODAY)
    text = str(e.value)
    assert "不能提升职务：不得提升职务，至2028年4月1日；详情请向有案件权限的人员查询" in text
    assert "降职" not in text  # the decision is need-to-know


def test_a_new_record_of_a_demoted_namesake_at_a_higher_rank_is_a_promotion(office: Office) -> None:
    d = build(office)
    vice = roster.update_leader(office.db, replace(_leader(office, d.vice), rank="副处级"), today=TODAY)
    _decided(office, d, d.vice, Sanction.DEMOTION, Severity.GRAVE)
    committee = next(u for u in roster.list_units(office.db) if u.id == d.committee)
    elsewhere = replace(vice, id=None, team_id=int(committee.team_id or 0), post="区委副秘书长", rank="正处级",
                        term_start=D(2026, 11, 1), portfolio_unit_ids=())
    with pytest.raises(ValidationError, match="若是同一人，2026年11月1日不能提升职务"):
        roster.add_leader(office.db, elsewhere, today=TODAY)
