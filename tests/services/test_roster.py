import datetime as dt

import pytest

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.leaders import Gender, Leader, LeaderStatus, Role
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import roster
from lz_desktop.services.office import Office
from lz_desktop.storage.leaders import history

D = dt.date


def _unit(office: Office, name: str = "北京市测试区财政局", parent: int | None = None) -> Unit:
    return roster.add_unit(office.db, Unit(None, parent, name, name[-5:], UnitCategory.GOVERNMENT))


def _leader(unit: Unit, **kw: object) -> Leader:
    assert unit.team_id is not None
    base: dict[str, object] = dict(id=None, team_id=unit.team_id, name="张三", gender=Gender.MALE,
                                   post="局长", rank="正处级", role=Role.PRINCIPAL, term_start=D(2023, 3, 1))
    base.update(kw)
    return Leader(**base)  # type: ignore[arg-type]


def test_a_unit_comes_with_its_team(office: Office) -> None:
    unit = _unit(office)
    assert unit.team_id is not None and unit.team_name.endswith("领导班子")


def test_unit_names_are_unique_and_the_tree_has_no_cycles(office: Office) -> None:
    top = _unit(office, "北京市测试区委员会")
    child = _unit(office, "北京市测试区教育委员会", parent=top.id)
    with pytest.raises(ValidationError, match="不能重复"):
        _unit(office, "北京市测试区教育委员会")
    with pytest.raises(ValidationError, match="下属单位"):
        roster.update_unit(office.db, Unit(top.id, child.id, top.name, top.short_name, top.category,
                                           top.team_name, top.sort_order, "", top.team_id))


def test_second_principal_at_the_same_time_is_refused_citing_article_6(office: Office) -> None:
    unit = _unit(office)
    roster.add_leader(office.db, _leader(unit))
    with pytest.raises(ValidationError) as caught:
        roster.add_leader(office.db, _leader(unit, name="李四", term_start=D(2024, 1, 1)))
    assert caught.value.problems[0].field == "role"
    assert "第六条" in str(caught.value)
    assert len(roster.list_leaders(office.db)) == 1


def test_successor_after_the_predecessor_leaves(office: Office) -> None:
    unit = _unit(office)
    first = roster.add_leader(office.db, _leader(unit))
    roster.update_leader(office.db, Leader(**{**first.__dict__, "term_end": D(2025, 6, 30),
                                              "status": LeaderStatus.TRANSFERRED}))
    second = roster.add_leader(office.db, _leader(unit, name="李四", term_start=D(2025, 7, 1)))
    assert second.id is not None
    names = {r.leader.name: r.leader.status for r in roster.list_leaders(office.db)}
    assert names == {"张三": LeaderStatus.TRANSFERRED, "李四": LeaderStatus.IN_OFFICE}


def test_every_change_keeps_its_history(office: Office) -> None:
    unit = _unit(office)
    saved = roster.add_leader(office.db, _leader(unit, role=Role.MEMBER))
    assert saved.id is not None
    roster.update_leader(office.db, Leader(**{**saved.__dict__, "post": "副局长"}))
    roster.delete_leader(office.db, saved.id)
    kept = history(office.db, saved.id)
    assert [h.action for h in kept] == ["created", "updated", "deleted"]
    assert kept[1].changes() == ["职务：局长 → 副局长"]
    assert kept[2].before is not None and kept[2].before["name"] == "张三" and kept[2].after is None


def test_a_unit_with_leader_records_cannot_be_deleted(office: Office) -> None:
    unit = _unit(office)
    roster.add_leader(office.db, _leader(unit))
    with pytest.raises(RuleViolation) as caught:
        roster.delete_unit(office.db, int(unit.id or 0))
    assert caught.value.article == "第二十七条"
    empty = _unit(office, "北京市测试区空单位")
    roster.delete_unit(office.db, int(empty.id or 0))
    assert [u.name for u in roster.list_units(office.db)] == [unit.name]


def test_portfolio_units_are_kept(office: Office) -> None:
    top = _unit(office, "北京市测试区委员会")
    a = _unit(office, "北京市测试区财政局", parent=top.id)
    b = _unit(office, "北京市测试区审计局", parent=top.id)
    saved = roster.add_leader(office.db, _leader(top, role=Role.MEMBER, portfolio="财经",
                                                 portfolio_unit_ids=(a.id, b.id)))
    found = roster.get_leader(office.db, int(saved.id or 0))
    assert found is not None and set(found.leader.portfolio_unit_ids) == {a.id, b.id}
    with pytest.raises(RuleViolation, match="分管该单位"):
        roster.delete_unit(office.db, int(a.id or 0))


def test_a_unit_roster_includes_its_subordinate_units(office: Office) -> None:
    top = _unit(office, "北京市测试区教育委员会")
    school = _unit(office, "北京市测试区第一中学", parent=top.id)
    roster.add_leader(office.db, _leader(top))
    roster.add_leader(office.db, _leader(school, name="王五"))
    assert {r.leader.name for r in roster.list_leaders(office.db, unit_id=top.id)} == {"张三", "王五"}
    assert {r.leader.name for r in roster.list_leaders(office.db, unit_id=school.id)} == {"王五"}


def test_history_reads_as_words(office: Office) -> None:
    unit = _unit(office)
    other = _unit(office, "北京市测试区审计局")
    saved = roster.add_leader(office.db, _leader(unit, role=Role.MEMBER))
    roster.update_leader(office.db, Leader(**{**saved.__dict__, "status": LeaderStatus.RETIRED,
                                              "term_end": D(2026, 6, 30), "portfolio_unit_ids": (other.id,)}))
    lines = roster.leader_history(office.db, int(saved.id or 0))
    assert lines[0].endswith("新增")
    assert "任职结束：（空） → 2026年6月30日" in lines[1]
    assert "状态：在职 → 退休" in lines[1]
    assert f"分管单位：（空） → {other.short_name}" in lines[1]
