"""The dialogs of 责任分解: a duty task, a dated note (progress, completion, publication, signing), the templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidgetItem, QWidget

from lz_desktop.domain.duties import DutyRole, DutyTemplate, TaskDraft
from lz_desktop.services import duties, roster
from lz_desktop.services.office import Office
from lz_desktop.ui import choices
from lz_desktop.ui.chinese import INDENT, from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.forms.date_note_dialog_ui import Ui_DateNoteDialog
from lz_desktop.ui.forms.task_dialog_ui import Ui_TaskDialog
from lz_desktop.ui.forms.templates_dialog_ui import Ui_TemplatesDialog
from lz_desktop.ui.unit_picker import make_searchable

NO_UNIT = "（请选择）"


def add_checkable(widget: QListWidget, text: str, value: object, checked: bool) -> None:
    item = QListWidgetItem(text, widget)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def checked_data(widget: QListWidget) -> list[object]:
    items = (widget.item(i) for i in range(widget.count()))
    return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


def checked_values(widget: QListWidget) -> tuple[int, ...]:
    return tuple(int(v) for v in checked_data(widget))  # type: ignore[call-overload]


class TaskDialog(ActionDialog):
    """A new duty task of a unit's plan for a year, or a correction of one (Art. 8(1))."""

    def __init__(self, office: Office, year: int, plan_unit_id: int, *, task_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self.office, self.year, self.plan_unit_id, self.task_id = office, year, plan_unit_id, task_id
        self.saved: int | None = None
        ui = self.ui
        current = duties.task(office.db, task_id) if task_id is not None else None
        choices.add(ui.leadUnitCombo, self.tr(NO_UNIT), None)
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.leadUnitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
            supporting = current is not None and unit.id in current.supporting_unit_ids
            add_checkable(ui.supportingList, INDENT * depth + unit.short_name, int(unit.id or 0), supporting)
        make_searchable(ui.leadUnitCombo)
        for row in duties.leaders_of_year(office.db, year):
            chosen = current is not None and row.leader.id in current.leader_ids
            add_checkable(ui.leadersList, f"{row.unit_short_name} {row.leader.name}（{row.leader.post}）",
                       int(row.leader.id or 0), chosen)
        setup_date_edit(ui.deadlineEdit)
        ui.deadlineEdit.setDateRange(to_qdate(dt.date(year, 1, 1)), to_qdate(dt.date(year, 12, 31)))
        if current is None:
            ui.deadlineEdit.setDate(to_qdate(dt.date(year, 12, 31)))
            self.setWindowTitle(self.tr("新增{0}年度任务").format(year))
        else:
            ui.contentEdit.setPlainText(current.content)
            ui.targetEdit.setText(current.target)
            ui.leadUnitCombo.setCurrentIndex(max(0, ui.leadUnitCombo.findData(current.lead_unit_id)))
            ui.deadlineEdit.setDate(to_qdate(current.deadline))
            self.setWindowTitle(self.tr("修改{0}年度任务第{1}项").format(year, current.seq))
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "content": ui.contentEdit, "lead_unit": ui.leadUnitCombo, "supporting_units": ui.supportingList,
            "leaders": ui.leadersList, "target": ui.targetEdit, "deadline": ui.deadlineEdit})

    def act(self) -> None:
        ui = self.ui
        draft = TaskDraft(self.year, self.plan_unit_id, ui.contentEdit.toPlainText(), choices.value(ui.leadUnitCombo),
                          from_qdate(ui.deadlineEdit.date()), ui.targetEdit.text(), checked_values(ui.supportingList),
                          checked_values(ui.leadersList))
        if self.task_id is None:
            self.saved = duties.add_task(self.office.db, draft).id
        else:
            self.saved = duties.update_task(self.office.db, self.task_id, draft).id


class DateNoteDialog(ActionDialog):
    """A date and, where asked for, a note: one small form for progress, completion, publication and signing.

    `action(date, note)` is the service call; the note field is hidden when `note_label` is empty.
    """

    def __init__(self, title: str, what: str, action: Callable[[dt.date, str], object], *, day: dt.date,
                 date_label: str = "日期", note_label: str = "", note_hint: str = "", note_optional: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DateNoteDialog()
        self.ui.setupUi(self)
        self.action = action
        ui = self.ui
        self.setWindowTitle(title)
        ui.hintValue.setText(what)
        ui.dateEditLabel.setText(f"{date_label} *")
        ui.dateEdit.setAccessibleName(date_label)
        setup_date_edit(ui.dateEdit)
        ui.dateEdit.setDate(to_qdate(day))
        if note_label:
            ui.noteEditLabel.setText(note_label if note_optional else f"{note_label} *")
            ui.noteEdit.setAccessibleName(note_label)
            if note_hint:
                ui.noteEdit.setPlaceholderText(note_hint)
        else:
            ui.noteEditLabel.hide()
            ui.noteEdit.hide()
            self.resize(self.width(), 160)
        fields = {key: ui.dateEdit for key in ("on_date", "done_on", "published_on", "signed_on")}
        self.setup_actions(ui.buttonBox, ui.errorLabel, {**fields, "progress": ui.noteEdit})

    def act(self) -> None:
        self.action(from_qdate(self.ui.dateEdit.date()), self.ui.noteEdit.toPlainText())


class TemplatesDialog(ActionDialog):
    """The office's wording of the duties of Art. 7, 8 and 9. Switching role keeps what was typed for the
    other; Save writes every role edited, in one transaction."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        self.office = office
        self.edited: dict[DutyRole, list[DutyTemplate]] = {}
        ui = self.ui
        for role in DutyRole:
            ui.roleCombo.addItem(f"{role.label}（{role.article}）", role.value)
        self.shown = self.role
        ui.templateTable.setColumnWidth(0, 150)
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._switch())
        ui.templateTable.itemChanged.connect(lambda _item: self._mark_edited())
        ui.addRowButton.clicked.connect(lambda: self._add_row())
        ui.removeRowButton.clicked.connect(self._remove_rows)
        ui.restoreButton.clicked.connect(self._restore)
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"templates": ui.templateTable})
        self._fill(duties.templates(office.db)[self.role])

    @property
    def role(self) -> DutyRole:
        return DutyRole(self.ui.roleCombo.currentData())

    def _switch(self) -> None:
        self.shown = self.role
        self._fill(self.edited.get(self.role) or duties.templates(self.office.db)[self.role])

    def _mark_edited(self) -> None:
        self.edited[self.shown] = self.rows()

    def _fill(self, items: list[DutyTemplate]) -> None:
        table = self.ui.templateTable
        table.blockSignals(True)
        table.setRowCount(0)
        for item in items:
            self._add_row(item.article, item.text, mark=False)
        table.blockSignals(False)
        table.resizeRowsToContents()

    def _add_row(self, article: str = "", text: str = "", *, mark: bool = True) -> None:
        table = self.ui.templateTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(article))
        table.setItem(row, 1, QTableWidgetItem(text))
        if mark:
            self._mark_edited()

    def _remove_rows(self) -> None:
        table = self.ui.templateTable
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self._mark_edited()

    def _restore(self) -> None:
        """Shows the regulation's wording; it replaces the office's only when saved."""
        from lz_desktop.domain.duties import DEFAULT_TEMPLATES

        self._fill([t for t in DEFAULT_TEMPLATES if t.role is self.role])
        self._mark_edited()

    def rows(self) -> list[DutyTemplate]:
        table = self.ui.templateTable
        cells = ((table.item(r, 0), table.item(r, 1)) for r in range(table.rowCount()))
        return [DutyTemplate(self.shown, a.text() if a else "", t.text() if t else "") for a, t in cells]

    def act(self) -> None:
        duties.save_template_sets(self.office.db, self.edited)
