import pytest

from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.units import Unit, UnitCategory, descendants, validate_unit


def test_article_2_categories_and_those_applied_by_reference() -> None:
    direct = [c for c in UnitCategory if not c.by_reference]
    by_ref = [c for c in UnitCategory if c.by_reference]
    assert [c.label for c in direct] == ["党的机关", "人大机关", "行政机关", "政协机关", "审判机关",
                                         "检察机关"]
    assert {c.label for c in by_ref} == {"人民团体", "国有和国有控股企业", "事业单位"}
    assert UnitCategory.PUBLIC_INSTITUTION.display == "事业单位（参照执行）"


def test_team_name_defaults_from_short_name() -> None:
    unit = validate_unit(Unit(None, None, " 北京市永安区财政局 ", "区财政局", UnitCategory.GOVERNMENT))
    assert unit.name == "北京市永安区财政局"
    assert unit.team_name == "区财政局领导班子"


def test_every_missing_or_long_field_is_named() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_unit(Unit(None, None, "", "很" * 21, UnitCategory.GOVERNMENT))
    fields = {p.field: p.message for p in caught.value.problems}
    assert fields["name"] == "不能为空"
    assert "21 个字" in fields["short_name"]


def test_descendants_reach_any_depth() -> None:
    units = [Unit(1, None, "a", "a", UnitCategory.PARTY_ORGAN), Unit(2, 1, "b", "b", UnitCategory.GOVERNMENT),
             Unit(3, 2, "c", "c", UnitCategory.PUBLIC_INSTITUTION), Unit(4, None, "d", "d", UnitCategory.COURT)]
    assert sorted(descendants(units, 1)) == [1, 2, 3]
    assert descendants(units, 4) == [4]


def test_tree_order_puts_each_parent_before_its_children() -> None:
    units = [Unit(3, 2, "c", "c", UnitCategory.PUBLIC_INSTITUTION, sort_order=1),
             Unit(4, 1, "d", "d", UnitCategory.GOVERNMENT, sort_order=2),
             Unit(2, 1, "b", "b", UnitCategory.GOVERNMENT, sort_order=1),
             Unit(1, None, "a", "a", UnitCategory.PARTY_ORGAN, sort_order=1)]
    from lz_desktop.domain.units import tree_order

    assert [(u.name, depth) for u, depth in tree_order(units)] == [("a", 0), ("b", 1), ("c", 2), ("d", 1)]
