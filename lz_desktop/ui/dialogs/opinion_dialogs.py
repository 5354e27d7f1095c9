"""党风廉政意见: registering a request (names typed, pasted or read from the department's workbook), and the
clerk's own opinion in place of the proposed one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lz_desktop.domain.integrity_opinion import STANDARD_TEXT, OpinionKind, Purpose
from lz_desktop.services import integrity_opinions as opinions
from lz_desktop.services.office import Office
from lz_desktop.services.roster_io import WorkbookError
from lz_desktop.ui.chinese import from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.forms.opinion_request_dialog_ui import Ui_OpinionRequestDialog


class OpinionRequestDialog(ActionDialog):
    def __init__(self, office: Office, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OpinionRequestDialog()
        self.ui.setupUi(self)
        self.office, self.today = office, today
        self.saved: int | None = None
        ui = self.ui
        for purpose in Purpose:
            ui.purposeCombo.addItem(purpose.label, purpose.value)
        setup_date_edit(ui.asOfEdit)
        ui.asOfEdit.setDate(to_qdate(today))
        ui.workbookButton.clicked.connect(self.read_workbook)
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"organ": ui.organEdit, "reference": ui.referenceEdit,
                                                         "as_of": ui.asOfEdit, "names": ui.namesEdit}, "登记")
        self.remember_choices({"purpose": ui.purposeCombo})

    def read_workbook(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, "选择组织部门的名单表", "", "Excel 工作簿 (*.xlsx)")
        if path:
            self.load_workbook(path)

    def load_workbook(self, path: str) -> None:
        try:
            entries = opinions.names_from_workbook(path)
        except WorkbookError as e:
            self.problems.show_message(str(e))
            return
        lines = [f"{e.name} {e.unit_hint}".strip() for e in entries]
        current = self.ui.namesEdit.toPlainText().strip()
        self.ui.namesEdit.setPlainText("\n".join([current, *lines] if current else lines))

    def act(self) -> None:
        ui = self.ui
        self.saved = opinions.create_request(
            self.office.db, ui.organEdit.text(), Purpose(ui.purposeCombo.currentData()), from_qdate(ui.asOfEdit.date()),
            opinions.parse_names(ui.namesEdit.toPlainText()), today=self.today, reference=ui.referenceEdit.text())


class OpinionChangeDialog(ActionDialog):
    """The clerk's opinion on one person, with the reason it differs from the proposal (kept in the record)."""

    def __init__(self, office: Office, view: opinions.PersonView, parent: QWidget | None = None):
        super().__init__(parent)
        self.office, self.view = office, view
        self.setWindowTitle(f"修改意见：{view.who}")
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        self.errorLabel = QLabel(objectName="errorLabel", wordWrap=True)
        self.errorLabel.setStyleSheet("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                                      " border-radius: 4px; padding: 6px; }")
        layout.addWidget(self.errorLabel)
        form = QFormLayout()
        self.proposed = QLabel(view.row.proposed_text, wordWrap=True, objectName="proposedLabel")
        form.addRow("系统提出", self.proposed)
        self.kindCombo = QComboBox(objectName="kindCombo")
        self.kindCombo.setAccessibleName("意见")
        for kind in OpinionKind:
            self.kindCombo.addItem(kind.label, kind.value)
        self.kindCombo.setCurrentIndex(self.kindCombo.findData(view.row.kind or view.row.proposed_kind))
        self.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        form.addRow("意见 *", self.kindCombo)
        self.textEdit = QPlainTextEdit(view.opinion, objectName="textEdit")
        self.textEdit.setAccessibleName("答复内容")
        form.addRow("答复内容 *", self.textEdit)
        self.reasonEdit = QLineEdit(objectName="reasonEdit")
        self.reasonEdit.setAccessibleName("修改理由")
        self.reasonEdit.setPlaceholderText("如：经向案件审理室核实，该线索已了结")
        form.addRow("修改理由 *", self.reasonEdit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.setup_actions(buttons, self.errorLabel, {"text": self.textEdit, "reason": self.reasonEdit,
                                                      "kind": self.kindCombo})

    def _kind_changed(self) -> None:
        """The answer follows the opinion chosen, unless the clerk has written their own."""
        said = {k.value: t for k, t in STANDARD_TEXT.items()} | {OpinionKind.NOTED.value: "有以下情况："} | {
            self.view.row.proposed_kind: self.view.row.proposed_text}
        if self.textEdit.toPlainText().strip() in said.values():
            self.textEdit.setPlainText(said.get(self.kindCombo.currentData(), ""))

    def act(self) -> None:
        opinions.change(self.office.db, self.view.row.id, OpinionKind(self.kindCombo.currentData()),
                        self.textEdit.toPlainText(), self.reasonEdit.text())


def choose_leader(parent: QWidget, view: opinions.PersonView) -> int | None:
    """Which of the leaders of one name: by unit and post, in office or not."""
    from PySide6.QtWidgets import QInputDialog

    labels = [f"{c.leader.name}（{c.unit_short_name}{c.leader.post}，{c.leader.status.label}）"
              for c in view.candidates]
    label, ok = QInputDialog.getItem(parent, "选择同名人员", f"“{view.row.name}”同名{len(labels)}人，来函所指的是：",
                                     labels, 0, False)
    if not ok:
        return None
    return int(view.candidates[labels.index(label)].leader.id or 0)

