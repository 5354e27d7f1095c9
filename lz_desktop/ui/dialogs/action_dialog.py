"""A dialog whose Save runs one service action: a refusal is shown in it, nothing typed is lost.

Nothing typed is lost by a slip either: Esc, 取消 or the window's close button ask before discarding what
the clerk changed; Ctrl+S saves; the choices a clerk makes again and again (the unit, the source) are
offered again next time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.services.office import StorageError
from lz_desktop.ui.dialogs.problems import ProblemDisplay


def typed_state(root: QWidget) -> list[Any]:
    """What the clerk can have typed or chosen in `root`, in a form that compares equal while nothing changed."""
    state: list[Any] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly() and not isinstance(widget.parent(), QComboBox):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, (QDateEdit, QSpinBox)):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QTableWidget):
            state.append([(item.text() if (item := widget.item(r, c)) else "")
                          for r in range(widget.rowCount()) for c in range(widget.columnCount())])
        elif isinstance(widget, QListWidget):
            state.append([widget.item(i).checkState() for i in range(widget.count())])
    return state


class ActionDialog(QDialog):
    ask_before_discarding = True  # a sign-in's password is no loss; a half-written 问题描述 is

    def setup_actions(self, buttons: QDialogButtonBox, error_label: QLabel, fields: dict[str, QWidget],
                      save_text: str = "保存") -> None:
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr(save_text))
        save.setToolTip(self.tr("{0}（Ctrl+S）").format(self.tr(save_text)))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.problems = ProblemDisplay(error_label, fields)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._at_start: list[Any] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_at_start", 0) is None:  # as first shown: what the dialog was opened with
            self._at_start = typed_state(self)
        super().showEvent(event)

    def changed(self) -> bool:
        return getattr(self, "_at_start", None) is not None and typed_state(self) != self._at_start

    def reject(self) -> None:
        """Esc, 取消 and the close button all come here: what was typed goes only when the clerk says so."""
        if self.ask_before_discarding and self.changed() and not self.discard_wanted():
            return
        super().reject()

    def discard_wanted(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("放弃填写的内容？"), self.tr(
            "“{0}”中已填写或修改的内容尚未保存。\n放弃这些内容并关闭吗？").format(self.windowTitle()), parent=self)
        discard = box.addButton(self.tr("放弃并关闭"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("继续填写"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def save(self) -> None:
        try:
            self.act()
        except ValidationError as e:
            self.problems.show(e.problems)
            return
        except (RuleViolation, StorageError) as e:
            self.problems.show_message(str(e))
            return
        self.remember()
        self.accept()

    def act(self) -> None:
        """Run the service call; raise to refuse."""
        raise NotImplementedError

    # remembered choices ----------------------------------------------------------------------------
    def remember_choices(self, combos: dict[str, QComboBox], *, restore: bool = True) -> None:
        """These drop-downs start, next time, where the clerk last saved them."""
        self._remembered = combos
        if restore:
            for key, combo in combos.items():
                value = QSettings().value(self._key(key))
                index = combo.findText(str(value)) if value is not None else -1
                if index >= 0:
                    combo.setCurrentIndex(index)

    def remember(self) -> None:
        for key, combo in getattr(self, "_remembered", {}).items():
            QSettings().setValue(self._key(key), combo.itemText(combo.currentIndex()))

    def _key(self, name: str) -> str:
        return f"remembered/{type(self).__name__}/{name}"
