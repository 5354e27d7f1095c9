"""整改台账 as a table: derived status, next due date, overdue red and due-soon amber."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lz_desktop.services.ledger_files import LEDGER_HEADERS, ledger_cells
from lz_desktop.services.rectification import LedgerRow, due_soon
from lz_desktop.ui import memory

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, bool, int, int], list[LedgerRow]]  # (sort column, descending, limit, offset)
FindingIdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE, DUE_SOON = QColor("#fde2e1"), QColor("#fff4ce")


PAGE = 200  # rows fetched at a time as the view scrolls


class LedgerModel(QAbstractTableModel):
    """Lazy: the database counts, filters, sorts and pages; rows arrive as the view scrolls."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[LedgerRow] = []
        self.today = dt.date.today()
        self.total = 0
        self._fetch: Fetch = lambda column, descending, limit, offset: []
        self.sort_column, self.descending = 0, False
        self._cells: dict[int, list[str]] = {}  # a row's texts, made once: a repaint asks ~1,000 times

    def set_rows(self, rows: list[LedgerRow], today: dt.date) -> None:
        """A fixed list (tests, small views)."""
        self.set_source(lambda c, d, limit, offset: rows[offset:] if limit < 0 else rows[offset:offset + limit],
                        len(rows), today)

    def set_source(self, fetch: Fetch, total: int, today: dt.date) -> None:
        self.beginResetModel()
        self._fetch, self.total, self.today = fetch, total, today
        self.rows = self._fetch(self.sort_column, self.descending, PAGE, 0)
        self._cells.clear()
        self.endResetModel()
        memory.settle()  # the rows stay while shown; 60,000 of them made each full collection 140-170 ms

    def all_rows(self) -> list[LedgerRow]:
        """Every row the filter matches, in the order shown (loaded or not)."""
        return self._fetch(self.sort_column, self.descending, -1, 0)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        more = self._fetch(self.sort_column, self.descending, PAGE, len(self.rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
            memory.settle()

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
            cells = self._cells.get(index.row())
            if cells is None:
                cells = self._cells[index.row()] = ledger_cells(row)
            return cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status.overdue:
                return OVERDUE
            if due_soon(row, self.today):
                return DUE_SOON
        if role == FindingIdRole:
            return row.finding.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.descending = column, order == Qt.SortOrder.DescendingOrder
        self.set_source(self._fetch, self.total, self.today)
