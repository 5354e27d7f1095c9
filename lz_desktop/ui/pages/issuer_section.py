"""设置 › 发文机关: in whose name each kind of document goes out (the commission or its office), and each organ's
发文字号 prefix. Generated drafts take the organ's name for their 版头 and 署名; issuing offers its prefix and
refuses the other's."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from lz_desktop.domain.official_document import DocumentKind, IssuingOrgan
from lz_desktop.services import issuers
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.settings_page_ui import Ui_SettingsPage


class IssuerSection(QObject):
    def __init__(self, ui: Ui_SettingsPage, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.office = ui, office
        db = office.db
        ui.commissionPrefixEdit.setText(issuers.prefix_of(db, IssuingOrgan.COMMISSION))
        ui.officePrefixEdit.setText(issuers.prefix_of(db, IssuingOrgan.OFFICE))
        table = ui.issuerTable
        table.setRowCount(len(DocumentKind))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: dict[DocumentKind, QComboBox] = {}
        for row, kind in enumerate(DocumentKind):
            table.setItem(row, 0, QTableWidgetItem(kind.label))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("{0}的发文机关").format(kind.label))
            for organ in IssuingOrgan:
                combo.addItem(organ.label, organ)
            combo.setCurrentIndex(list(IssuingOrgan).index(issuers.organ_for(db, kind)))
            table.setCellWidget(row, 1, combo)
            self.combos[kind] = combo
        writable = not office.read_only
        for widget in (ui.commissionPrefixEdit, ui.officePrefixEdit, ui.saveIssuersButton, table):
            widget.setEnabled(writable)
        ui.saveIssuersButton.clicked.connect(self.save)

    def save(self) -> None:
        """Saved whole or not at all; what was typed stays on a refusal."""
        organs = {kind: IssuingOrgan(combo.currentData()) for kind, combo in self.combos.items()}
        prefixes = {IssuingOrgan.COMMISSION: self.ui.commissionPrefixEdit.text(),
                    IssuingOrgan.OFFICE: self.ui.officePrefixEdit.text()}
        ok, _ = attempt(self.ui.issuerMessage, lambda: issuers.set_issuers(self.office.db, organs, prefixes))
        if ok:
            say(self.ui.issuerMessage, self.tr("已保存：此后生成的草稿以所选机关名义发出（已有的草稿和公文不变）。"),
                error=False)
