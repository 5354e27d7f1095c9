import datetime as dt

from lz_desktop.domain.leaders import Gender, Leader, Role
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services.office import Office
from lz_desktop.storage import leaders as store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.transaction import transaction


def _team(office: Office) -> int:
    with transaction(office.db):
        unit_id = unit_store.insert_unit(office.db, Unit(None, None, "某局", "某局", UnitCategory.GOVERNMENT,
                                                         "某局党组"))
    unit = unit_store.get_unit(office.db, unit_id)
    assert unit and unit.team_id
    return unit.team_id


def test_rare_characters_round_trip_through_the_file(office: Office) -> None:
    team = _team(office)
    with transaction(office.db):
        new_id = store.insert_leader(office.db, Leader(None, team, "吉𠮷䶮", Gender.FEMALE, "副局长",
                                                        "", Role.MEMBER, dt.date(2024, 1, 2)))
    office.close()
    from lz_desktop.services.office import open_office

    again = open_office(office.path)
    row = store.get_leader(again.db, new_id)
    assert row is not None and row.leader.name == "吉𠮷䶮"
    assert [r.leader.name for r in store.list_leaders(again.db, text="𠮷")] == ["吉𠮷䶮"]
    again.close()


def test_filter_by_pinyin_initials_and_sort_by_pinyin(office: Office) -> None:
    team = _team(office)
    with transaction(office.db):
        for name in ("张三", "安娜", "赵六"):
            store.insert_leader(office.db, Leader(None, team, name, Gender.MALE, "科员", "", Role.MEMBER,
                                                  dt.date(2024, 1, 2)))
    assert [r.leader.name for r in store.list_leaders(office.db, text="zs")] == ["张三"]
    assert [r.leader.name for r in store.list_leaders(office.db, text="ZHANG")] == ["张三"]
    names = [r.leader.name for r in store.list_leaders(office.db, sort="name")]
    assert names == ["安娜", "张三", "赵六"]
    assert [r.leader.name for r in store.list_leaders(office.db, sort="name", descending=True)] == names[::-1]
    assert store.list_leaders(office.db, text="%") == []  # LIKE wildcards are text, not patterns
