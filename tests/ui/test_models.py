"""pytest-qt's qtmodeltester on every model, over the demo district."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lz_desktop.services import roster
from lz_desktop.services.office import Office
from lz_desktop.ui.models.leader_table_model import COLUMNS, LeaderIdRole, LeaderTableModel
from lz_desktop.ui.models.unit_tree_model import ALL_UNITS_LABEL, UnitIdRole, UnitTreeModel


def test_leader_table_model(qtmodeltester, app: QApplication, demo_office: Office) -> None:  # type: ignore[no-untyped-def]
    model = LeaderTableModel(lambda sort, desc: roster.list_leaders(demo_office.db, sort=sort, descending=desc))
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == len(roster.list_leaders(demo_office.db))
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == ["姓名", "单位", "性别"]
    first = roster.list_leaders(demo_office.db)[0]
    assert model.index(0, 0).data(LeaderIdRole) == first.leader.id
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # the district's principal
    model.sort(COLUMNS.index(("name", "姓名")), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_unit_tree_model(qtmodeltester, app: QApplication, demo_office: Office) -> None:  # type: ignore[no-untyped-def]
    model = UnitTreeModel()
    units = roster.list_units(demo_office.db)
    model.set_units(units)
    qtmodeltester.check(model)
    top = model.index(0, 0)
    assert top.data() == ALL_UNITS_LABEL and top.data(UnitIdRole) is None
    district = model.index(0, 0, top)
    assert district.data() == "区委"
    assert model.rowCount(district) == len([u for u in units if u.parent_id == district.data(UnitIdRole)])
    school = next(u for u in units if u.short_name == "永安一中")
    index = model.index_of(school.id)
    assert index.data() == "永安一中" and index.parent().data() == "区教委"
    assert "事业单位（参照执行）" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_record_table_model(qtmodeltester, app: QApplication, demo_office: Office) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from lz_desktop.services import meetings
    from lz_desktop.ui.models.record_table_model import KeyRole, Record, RecordTableModel

    rows = meetings.meetings(demo_office.db, year=2026)
    model = RecordTableModel(["日期", "单位", "会议类型"])
    model.set_records([Record(m.id, (m.held_on.isoformat(), m.unit_short_name, m.kind.label),
                              QColor("#eef5ee") if i == 0 else None, {2: "说明"} if i == 0 else {})
                       for i, m in enumerate(rows)])
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0 and model.columnCount() == 3
    assert model.index(0, 1).data() == rows[0].unit_short_name and model.index(0, 0).data(KeyRole) == rows[0].id
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "说明" and model.row_of(rows[-1].id) == len(rows) - 1
    assert model.headerData(2, Qt.Orientation.Horizontal) == "会议类型"
