"""设置 › 党纪政纪处分影响期: the office keeps its own copy of the impact catalogue."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from lz_desktop.domain.errors import ValidationError
from lz_desktop.services import impact_catalogue
from lz_desktop.services.office import Office, StorageError
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.settings_page_ui import Ui_SettingsPage


class ImpactCatalogueSection(QObject):
    def __init__(self, ui: Ui_SettingsPage, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.office = ui, office
        header = ui.impactTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for button in (ui.addImpactButton, ui.removeImpactButton, ui.saveImpactButton,
                       ui.restoreImpactButton):
            button.setEnabled(not office.read_only)
        ui.addImpactButton.clicked.connect(lambda: ui.impactTable.insertRow(ui.impactTable.rowCount()))
        ui.removeImpactButton.clicked.connect(self.remove_selected)
        ui.saveImpactButton.clicked.connect(self.save)
        ui.restoreImpactButton.clicked.connect(self.restore)
        self.load()

    def load(self) -> None:
        table, rules = self.ui.impactTable, impact_catalogue.catalogue(self.office.db)
        table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            for column, value in enumerate((rule.name, str(rule.months), rule.restriction, rule.source)):
                table.setItem(row, column, QTableWidgetItem(value))
        customised = impact_catalogue.is_customised(self.office.db)
        self.ui.impactSourceLabel.setText(
            self.tr("当前使用本机关修订的目录。") if customised else
            self.tr("当前使用内置目录（依据见各行）。请对照正式文本核对，修改后保存为本机关目录。"))
        self.ui.restoreImpactButton.setVisible(customised)

    def rows(self) -> list[tuple[str, str, str, str]]:
        table = self.ui.impactTable

        def cell(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3)) for r in range(table.rowCount())]

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.ui.impactTable.selectedIndexes()}, reverse=True):
            self.ui.impactTable.removeRow(row)

    def save(self) -> None:
        try:
            impact_catalogue.save(self.office.db, self.rows())
        except ValidationError as e:
            say(self.ui.impactMessage, "未保存：" + "；".join(p.text() for p in e.problems), error=True)
            return
        except StorageError as e:
            say(self.ui.impactMessage, str(e), error=True)
            return
        say(self.ui.impactMessage, self.tr("已保存。"), error=False)
        self.load()

    def restore(self) -> None:
        try:
            impact_catalogue.restore_shipped(self.office.db)
        except StorageError as e:
            say(self.ui.impactMessage, str(e), error=True)
            return
        say(self.ui.impactMessage, self.tr("已恢复内置目录。"), error=False)
        self.load()

