"""Small record tables (a plan's tasks, a year's meetings): read-only rows keyed by the record's id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

XLSX = "Excel 工作簿 (*.xlsx)"
OVERDUE = QColor("#fdecea")
DONE = QColor("#eef5ee")


def set_row(table: QTableWidget, row: int, cells: list[str], key: int, background: QColor | None = None) -> None:
    """One read-only row whose first cell carries the record's id."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column == 0:
            item.setData(Qt.ItemDataRole.UserRole, key)
        if background is not None:
            item.setBackground(background)
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    item = table.item(rows[0].row(), 0) if rows else None
    return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def select_key(table: QTableWidget, key: int | None) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and key is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return
