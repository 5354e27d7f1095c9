"""Registering or correcting an inspection (forms/inspection_dialog.ui): who inspects whom, how and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lz_desktop.domain.inspections import Method
from lz_desktop.services import inspections, roster
from lz_desktop.services.office import Office
from lz_desktop.ui import choices
from lz_desktop.ui.chinese import INDENT, from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.dialogs.duty_dialogs import add_checkable, checked_data, checked_values
from lz_desktop.ui.forms.inspection_dialog_ui import Ui_InspectionDialog


class InspectionDialog(ActionDialog):
    def __init__(self, office: Office, year: int, today: dt.date, *, inspection_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InspectionDialog()
        self.ui.setupUi(self)
        self.office, self.year, self.today, self.inspection_id = office, year, today, inspection_id
        self.saved: int | None = None
        ui = self.ui
        current = inspections.inspection(office.db, inspection_id) if inspection_id is not None else None
        self.units = roster.list_units_with_depth(office.db)
        for unit, depth in self.units:
            ui.unitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
            chosen = current is not None and unit.id in {u for u, _n in current.units}
            add_checkable(ui.unitsList, INDENT * depth + unit.short_name, int(unit.id or 0), chosen)
        for method in Method:
            add_checkable(ui.methodsList, method.label, method.value, current is not None and method in current.methods)
        for edit in (ui.startEdit, ui.endEdit):
            setup_date_edit(edit)
        if current is None:
            roots = [u for u, _d in self.units if u.parent_id is None]
            choices.choose(ui.unitCombo, roots[0].id if roots else None)
            ui.titleEdit.setText(f"{year}年度党风廉政建设责任制检查考核")
            start = min(today, dt.date(year, 12, 31))
            ui.startEdit.setDate(to_qdate(start))
            ui.endEdit.setDate(to_qdate(start + dt.timedelta(days=14)))
            self.setWindowTitle(self.tr("登记{0}年度检查考核").format(year))
        else:
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(current.unit_id)))
            ui.titleEdit.setText(current.title)
            ui.teamEdit.setText(current.team)
            ui.startEdit.setDate(to_qdate(current.start_on))
            ui.endEdit.setDate(to_qdate(current.end_on))
            self.setWindowTitle(self.tr("修改检查考核"))
        self._list_leaders(current.leader_id if current else None)
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._list_leaders(None))
        ui.startEdit.dateChanged.connect(lambda _d: self._list_leaders(choices.value(ui.leaderCombo)))
        ui.allBelowButton.clicked.connect(self.check_all_below)
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "title": ui.titleEdit, "unit": ui.unitCombo, "units": ui.unitsList, "methods": ui.methodsList,
            "dates": ui.endEdit, "leader": ui.leaderCombo})

    def _list_leaders(self, keep: int | None) -> None:
        """The inspecting unit's team on the first day, principal first: who may lead the inspection."""
        ui = self.ui
        ui.leaderCombo.clear()
        choices.add(ui.leaderCombo, self.tr("（不记录）"), None)
        day = from_qdate(ui.startEdit.date())
        rows = roster.list_leaders(self.office.db, unit_id=choices.value(ui.unitCombo), sort="role")
        for row in rows:
            if row.unit_id == choices.value(ui.unitCombo) and row.leader.serves_on(day):
                ui.leaderCombo.addItem(f"{row.leader.name}（{row.leader.post}）", row.leader.id)
        choices.choose(ui.leaderCombo, keep)

    def check_all_below(self) -> None:
        top = self.ui.unitCombo.currentData()
        below = set(roster.subtree_ids(self.office.db, top)) - {top} if top is not None else set()
        for i in range(self.ui.unitsList.count()):
            item = self.ui.unitsList.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in below else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def methods(self) -> tuple[Method, ...]:
        return tuple(Method(str(value)) for value in checked_data(self.ui.methodsList))

    def act(self) -> None:
        ui = self.ui
        draft = inspections.InspectionDraft(
            self.year, ui.unitCombo.currentData(), ui.titleEdit.text(), ui.teamEdit.text(),
            choices.value(ui.leaderCombo), self.methods(), from_qdate(ui.startEdit.date()),
            from_qdate(ui.endEdit.date()), checked_values(ui.unitsList))
        if self.inspection_id is None:
            self.saved = inspections.create_inspection(self.office.db, draft, today=self.today)
        else:
            inspections.update_inspection(self.office.db, self.inspection_id, draft, today=self.today)
            self.saved = self.inspection_id
