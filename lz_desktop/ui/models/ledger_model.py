"""整改台账 as a table: derived status, next due date, overdue red and due-soon amber."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lz_desktop.services.rectification import LEDGER_HEADERS, LedgerRow, due_soon, ledger_cells

Index = QModelIndex | QPersistentModelIndex
FindingIdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE, DUE_SOON = QColor("#fde2e1"), QColor("#fff4ce")


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[LedgerRow] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[LedgerRow], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LEDGER_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(LEDGER_HEADERS):
            return LEDGER_HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return ledger_cells(row)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status.overdue:
                return OVERDUE
            if due_soon(row, self.today):
                return DUE_SOON
        if role == FindingIdRole:
            return row.finding.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self.rows.sort(key=lambda r: ledger_cells(r)[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()
