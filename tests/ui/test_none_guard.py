"""The guard of lz_desktop/ui/__init__.py: PySide6 6.12's lost references to None cannot bring the app down."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

import lz_desktop.ui  # noqa: F401  (the guard runs on import)


def test_filling_big_tables_never_exhausts_none(app: QApplication) -> None:
    before = sys.getrefcount(None)
    table = QTableWidget(200, 8)
    for round_ in range(20):  # 32,000 cells: more than None's ordinary count of references
        for row in range(200):
            for column in range(8):
                item = QTableWidgetItem(f"{round_}-{row}-{column}")
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
    assert sys.getrefcount(None) > 1 << 39  # whatever the bug took, None is far from being freed
    assert before > 1 << 39
