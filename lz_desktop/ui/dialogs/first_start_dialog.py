"""The first start on a new file: a demo office to learn with, or an empty one to work in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lz_desktop.domain.errors import ValidationError
from lz_desktop.services.office import (
    DEMO_OFFICE_NAME,
    DatabaseFileError,
    Office,
    StorageError,
    create_office,
)
from lz_desktop.ui.forms.first_start_dialog_ui import Ui_FirstStartDialog


class FirstStartDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self._path = path
        self.office: Office | None = None
        self._typed_name = ""
        self.ui.pathLabel.setText(self.tr("将新建数据文件：{0}").format(path))
        self.ui.errorLabel.hide()
        self.ui.demoRadio.toggled.connect(self._demo_toggled)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始使用"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.ui.buttonBox.accepted.connect(self.create)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _demo_toggled(self, demo: bool) -> None:
        # Offer the demo's name, but give back whatever the clerk had typed when switching back.
        if demo:
            self._typed_name = self.ui.officeNameEdit.text()
            self.ui.officeNameEdit.setText(DEMO_OFFICE_NAME)
        else:
            self.ui.officeNameEdit.setText(self._typed_name)

    def create(self) -> None:
        try:
            self.office = create_office(self._path, self.ui.officeNameEdit.text(),
                                        demo=self.ui.demoRadio.isChecked())
        except ValidationError as e:
            self.ui.errorLabel.setText(e.problems[0].text())
            self.ui.errorLabel.show()
            self.ui.officeNameEdit.setFocus()
            return
        except (DatabaseFileError, StorageError, OSError) as e:
            self.ui.errorLabel.setText(str(e))
            self.ui.errorLabel.show()
            return
        self.accept()
