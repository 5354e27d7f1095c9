"""A dialog whose Save runs one service action: a refusal is shown in it, nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.services.office import StorageError
from lz_desktop.ui.dialogs.problems import ProblemDisplay


class ActionDialog(QDialog):
    def setup_actions(self, buttons: QDialogButtonBox, error_label: QLabel, fields: dict[str, QWidget],
                      save_text: str = "保存") -> None:
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr(save_text))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.problems = ProblemDisplay(error_label, fields)

    def save(self) -> None:
        try:
            self.act()
        except ValidationError as e:
            self.problems.show(e.problems)
            return
        except (RuleViolation, StorageError) as e:
            self.problems.show_message(str(e))
            return
        self.accept()

    def act(self) -> None:
        """Run the service call; raise to refuse."""
        raise NotImplementedError
