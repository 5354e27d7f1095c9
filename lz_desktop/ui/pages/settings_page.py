"""设置: the office's name (printed on documents) and where its data file is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lz_desktop import __version__
from lz_desktop.domain.errors import ValidationError
from lz_desktop.services.office import Office, StorageError, office_name, set_office_name
from lz_desktop.ui.forms.settings_page_ui import Ui_SettingsPage


class SettingsPage(QWidget):
    office_renamed = Signal(str)

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.office = office
        ui = self.ui
        ui.officeNameEdit.setText(office_name(office.db))
        ui.pathLabel.setText(str(office.path))
        ui.modeLabel.setText(self.tr("只读（不能修改）") if office.read_only else self.tr("可读写"))
        ui.versionLabel.setText(f"lz-desktop {__version__}")
        ui.officeNameEdit.setEnabled(not office.read_only)
        ui.saveOfficeButton.setEnabled(not office.read_only)
        ui.saveOfficeButton.clicked.connect(self.save_office_name)

    def save_office_name(self) -> None:
        try:
            name = set_office_name(self.office.db, self.ui.officeNameEdit.text())
        except ValidationError as e:
            self._say(e.problems[0].text(), error=True)
            return
        except StorageError as e:
            self._say(str(e), error=True)
            return
        self._say(self.tr("已保存。"), error=False)
        self.office_renamed.emit(name)

    def _say(self, text: str, *, error: bool) -> None:
        self.ui.officeMessage.setStyleSheet("color: #b00020;" if error else "color: #2e7d32;")
        self.ui.officeMessage.setText(text)
