"""Add or edit one unit and the name of its leadership team (forms/unit_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lz_desktop.domain.units import Unit, UnitCategory, descendants, tree_order
from lz_desktop.services import roster
from lz_desktop.services.office import Office
from lz_desktop.ui import choices
from lz_desktop.ui.article_links import set_linked_text
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.forms.unit_dialog_ui import Ui_UnitDialog

NO_PARENT = "（无，最上级单位）"


class UnitDialog(ActionDialog):
    def __init__(self, office: Office, units: list[Unit], *, unit: Unit | None = None,
                 parent_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        self._db = office.db
        self._editing = unit
        self.saved: Unit | None = None
        self.setWindowTitle(self.tr("修改单位") if unit else self.tr("新增单位"))
        ui = self.ui
        for category in UnitCategory:
            ui.categoryCombo.addItem(category.display, category.value)
        # A unit cannot sit under itself or under its own subordinate units.
        excluded = set(descendants(units, unit.id)) if unit and unit.id else set()
        choices.add(ui.parentCombo, self.tr(NO_PARENT), None)
        for candidate, depth in tree_order(units):
            if candidate.id not in excluded:
                ui.parentCombo.addItem(INDENT * depth + candidate.short_name, candidate.id)
        set_linked_text(ui.hintLabel, ui.hintLabel.text())
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "name": ui.nameEdit, "short_name": ui.shortNameEdit, "parent_id": ui.parentCombo,
            "team_name": ui.teamNameEdit, "note": ui.noteEdit,
        })
        if unit is not None:
            ui.nameEdit.setText(unit.name)
            ui.shortNameEdit.setText(unit.short_name)
            ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(unit.category.value))
            ui.teamNameEdit.setText(unit.team_name)
            ui.noteEdit.setText(unit.note)
            parent_id = unit.parent_id
        choices.choose(ui.parentCombo, parent_id)

    def draft(self) -> Unit:
        ui, old = self.ui, self._editing
        return Unit(
            id=old.id if old else None, parent_id=choices.value(ui.parentCombo),
            name=ui.nameEdit.text(), short_name=ui.shortNameEdit.text(),
            category=UnitCategory(ui.categoryCombo.currentData()), team_name=ui.teamNameEdit.text(),
            sort_order=old.sort_order if old else 0, note=ui.noteEdit.text(),
            team_id=old.team_id if old else None,
        )

    def act(self) -> None:
        draft = self.draft()
        self.saved = (roster.update_unit(self._db, draft) if self._editing
                      else roster.add_unit(self._db, draft))
