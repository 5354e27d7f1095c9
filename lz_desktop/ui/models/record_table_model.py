"""Read-only record rows (a year's meetings, the duties not yet met) for a QTableView.

A QTableWidget makes an item object for every cell when it is filled: a district's 1,800 meetings and 800
open duties were 18,000 items and 200 ms on the UI thread after each save. Here the rows are plain tuples
and Qt asks only for the cells it paints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole  # the record's id, on every cell of its row


@dataclass(frozen=True)
class Record:
    key: int
    cells: Sequence[str]
    background: QColor | None = None
    tips: dict[int, str] = field(default_factory=dict)  # column → tooltip, where the cell is cut short


class RecordTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.records: list[Record] = []

    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record, column = self.records[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return record.cells[column] if column < len(record.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.tips.get(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return record.background
        if role == KeyRole:
            return record.key
        return None

    def text(self, row: int, column: int) -> str:
        return str(self.records[row].cells[column])

    def row_of(self, key: int | None) -> int:
        return next((i for i, r in enumerate(self.records) if r.key == key), -1) if key is not None else -1


def selected_key(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return int(rows[0].data(KeyRole)) if rows else None


def select_key(view: QTableView, key: int | None) -> None:
    model = view.model()
    row = model.row_of(key) if isinstance(model, RecordTableModel) else -1
    if row >= 0:
        view.selectRow(row)
