"""发文登记 as a table: numbers, kinds, titles, recipients, dates, status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.official_document import DocumentStatus
from lz_desktop.services.documents import RegisterEntry

Index = QModelIndex | QPersistentModelIndex
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
HEADERS = ("发文字号", "文种", "标题", "主送机关", "日期", "状态", "来源记录")


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[RegisterEntry] = []

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self._rows = entries
        self.endResetModel()

    def entry_at(self, row: int) -> RegisterEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == doc_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (entry.number or "（未编号）", entry.kind.label, entry.title or "（无标题）",
                      entry.recipient, format_cn(dt.date.fromisoformat(entry.date)) if entry.date else "",
                      entry.status.label, entry.source_label)
            text = values[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole and entry.void_reason:
                return f"{text}\n作废原因：{entry.void_reason}"
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.status is DocumentStatus.VOIDED:
                return QColor("#999999")
            if entry.status is DocumentStatus.DRAFT:
                return QColor("#35608a")
        if role == DocumentIdRole:
            return entry.id
        return None
