"""Columns a clerk chooses (right-click the header) and widths and order, remembered per table."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView


class ColumnChooser:
    def __init__(self, view: QTableView, settings_key: str):
        self.view, self.key = view, settings_key
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.setSectionsMovable(True)
        view.setProperty("columnsRemembered", True)

    def restore(self) -> bool:
        state = QSettings().value(self.key)
        return isinstance(state, QByteArray) and self.view.horizontalHeader().restoreState(state)

    def save(self) -> None:
        QSettings().setValue(self.key, self.view.horizontalHeader().saveState())

    def set_visible(self, column: int, visible: bool) -> None:
        header: QHeaderView = self.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not visible and shown == [column]:
            return  # the last visible column stays: a table with no columns helps nobody
        header.setSectionHidden(column, not visible)
        self.save()

    def _menu(self, position: QPoint) -> None:
        header, model = self.view.horizontalHeader(), self.view.model()
        menu = QMenu(self.view)
        for column in range(header.count()):
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))
