"""The leader roster as a table; filtering and sorting are asked of the service (SQL)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.leaders import LeaderStatus, Role
from lz_desktop.services.roster import LeaderRow

LeaderIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Loader = Callable[[str, bool], list[LeaderRow]]  # (sort column code, descending) -> rows

# (code name the service sorts by, header)
COLUMNS = [
    ("name", "姓名"), ("unit", "单位"), ("gender", "性别"), ("post", "职务"), ("rank", "职级"),
    ("role", "角色"), ("portfolio", "分管工作"), ("term_start", "任职开始"),
    ("term_end", "任职结束"), ("status", "状态"),
]


class LeaderTableModel(QAbstractTableModel):
    def __init__(self, loader: Loader, parent: QObject | None = None):
        super().__init__(parent)
        self._loader = loader
        self._rows: list[LeaderRow] = []
        self._sort = ("unit", False)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._loader(*self._sort)
        self.endResetModel()

    def leader_at(self, row: int) -> LeaderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, leader_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.leader.id == leader_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        leader = row.leader
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.ForegroundRole and leader.status is not LeaderStatus.IN_OFFICE:
            return QColor("#888888")
        if role == Qt.ItemDataRole.FontRole and leader.role is Role.PRINCIPAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == LeaderIdRole:
            return leader.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
            self.refresh()

    @staticmethod
    def _text(row: LeaderRow, code: str) -> str:
        ld = row.leader
        values = {
            "name": ld.name, "unit": row.unit_short_name, "gender": ld.gender.label,
            "post": ld.post, "rank": ld.rank, "role": ld.role.label, "portfolio": ld.portfolio,
            "term_start": format_cn(ld.term_start), "term_end": format_cn(ld.term_end),
            "status": ld.status.label,
        }
        return values[code]
