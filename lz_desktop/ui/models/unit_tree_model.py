"""The unit tree: units of any depth under a virtual “全部单位” root."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lz_desktop.domain.units import Unit

ALL_UNITS_LABEL = "全部单位"
NO_PRINCIPAL = "（缺主要负责人）"
UnitIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    unit: Unit | None
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = _Node(None, None)
        self._by_id: dict[int, _Node] = {}
        self._no_principal: set[int] = set()

    def set_units(self, units: list[Unit], no_principal: set[int] | None = None) -> None:
        """`no_principal`: units whose team has no principal in office today (shown, Art. 6)."""
        self._no_principal = no_principal or set()
        self.beginResetModel()
        self._root = _Node(None, None)
        everything = _Node(None, self._root)
        self._root.children.append(everything)
        self._by_id = {u.id: _Node(u, None) for u in units if u.id is not None}
        for node in self._by_id.values():
            assert node.unit is not None
            parent = self._by_id.get(node.unit.parent_id or -1, everything)
            node.parent = parent
            parent.children.append(node)
        self.endResetModel()

    def set_flags(self, no_principal: set[int]) -> None:
        """Update the no-principal marks after a leader changed, without rebuilding the tree."""
        if no_principal != self._no_principal:
            self._no_principal = no_principal
            self.layoutChanged.emit()

    def index_of(self, unit_id: int | None) -> QModelIndex:
        node = self._by_id.get(unit_id) if unit_id is not None else self._root.children[0]
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    # Qt's model interface ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        node: _Node = child.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        unit = index.internalPointer().unit
        vacant = unit is not None and unit.id in self._no_principal
        if role == Qt.ItemDataRole.DisplayRole:
            return (unit.short_name + (NO_PRINCIPAL if vacant else "")) if unit else ALL_UNITS_LABEL
        if role == Qt.ItemDataRole.ToolTipRole and unit:
            note = "\n该班子目前没有在职的主要负责人（《办法》第六条：主要负责人是第一责任人）" if vacant else ""
            return f"{unit.name}\n{unit.category.display}\n领导班子：{unit.team_name}{note}"
        if role == Qt.ItemDataRole.ForegroundRole and vacant:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ForegroundRole and unit and unit.category.by_reference:
            return QColor("#35608a")
        if role == UnitIdRole:
            return unit.id if unit else None
        return None

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root
