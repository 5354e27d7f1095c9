"""Add or edit one leader. The form is forms/leader_dialog.ui; rules are the services'."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QWidget

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.leaders import RANK_SUGGESTIONS, Gender, Leader, LeaderStatus, Role
from lz_desktop.domain.posting import AnnualRating, Approval
from lz_desktop.domain.units import Unit, tree_order
from lz_desktop.services import roster
from lz_desktop.services.leader_record import record_lines
from lz_desktop.services.office import Office
from lz_desktop.ui.article_links import set_linked_text
from lz_desktop.ui.chinese import INDENT, from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog, typed_state
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.leader_dialog_ui import Ui_LeaderDialog


class LeaderDialog(ActionDialog):
    def __init__(self, office: Office, units: list[Unit], *, leader: Leader | None = None,
                 unit_id: int | None = None, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LeaderDialog()
        self.ui.setupUi(self)
        self._db = office.db
        self._editing = leader
        self.saved: Leader | None = None
        self.setWindowTitle(self.tr("修改领导干部") if leader else self.tr("新增领导干部"))
        ui = self.ui
        for unit, depth in tree_order(units):
            indented = INDENT * depth + unit.short_name
            ui.unitCombo.addItem(indented, unit.team_id)
            ui.unitCombo.setItemData(ui.unitCombo.count() - 1, unit.name, Qt.ItemDataRole.ToolTipRole)
            item = QListWidgetItem(indented, ui.portfolioUnitsList)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        for combo, values in ((ui.genderCombo, Gender), (ui.roleCombo, Role),
                              (ui.statusCombo, LeaderStatus)):
            for value in values:
                combo.addItem(value.label, value.value)  # Qt keeps the code as a str
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.MEMBER.value))  # the usual case
        ui.rankCombo.addItems(["", *RANK_SUGGESTIONS])
        for edit in (ui.termStartEdit, ui.termEndEdit):
            setup_date_edit(edit)
        ui.termStartEdit.setDate(to_qdate(dt.date.today()))
        ui.termEndEdit.setDate(to_qdate(dt.date.today()))
        ui.termEndCheck.toggled.connect(ui.termEndEdit.setEnabled)
        set_linked_text(ui.hintLabel, ui.hintLabel.text())
        setup_date_edit(ui.approvedOnEdit)
        ui.approvedOnEdit.setDate(to_qdate(dt.date.today()))
        ui.postingGroup.hide()  # shown when Art. 28 asks for it (see act): most changes of post need nothing
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "team_id": ui.unitCombo, "name": ui.nameEdit, "post": ui.postEdit,
            "rank": ui.rankCombo, "role": ui.roleCombo, "term_start": ui.termStartEdit,
            "term_end": ui.termEndEdit, "status": ui.statusCombo, "portfolio": ui.portfolioEdit,
            "portfolio_unit_ids": ui.portfolioUnitsList, "note": ui.noteEdit, "approval": ui.approvedByEdit,
            "approved_by": ui.approvedByEdit, "approved_on": ui.approvedOnEdit,
            "document_number": ui.approvalNumberEdit,
        })
        ui.historyGroup.setVisible(leader is not None)
        ui.accountabilityGroup.setVisible(leader is not None)
        self._today = today or dt.date.today()
        ui.ratingYearSpin.setValue(self._today.year)
        for rating in AnnualRating:
            ui.ratingCombo.addItem(rating.label, rating.value)
        ui.rateButton.clicked.connect(self.rate)
        ui.rateButton.setEnabled(not office.read_only)
        if leader is not None:
            self._fill(leader)
            ui.historyView.setPlainText("\n".join(roster.leader_history(self._db, int(leader.id or 0))))
            ui.accountabilityView.setPlainText("\n".join(record_lines(self._db, int(leader.id or 0),
                                                                      today or dt.date.today())))
        elif unit_id is not None:
            team = next((u.team_id for u in units if u.id == unit_id), None)
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(team)))

    def draft(self) -> Leader:
        """What the form holds now, as a record the services can check."""
        ui = self.ui
        overseen = tuple(
            int(ui.portfolioUnitsList.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.portfolioUnitsList.count())
            if ui.portfolioUnitsList.item(i).checkState() == Qt.CheckState.Checked)
        return Leader(
            id=self._editing.id if self._editing else None,
            team_id=int(ui.unitCombo.currentData() or 0),
            name=ui.nameEdit.text(), gender=Gender(ui.genderCombo.currentData()),
            post=ui.postEdit.text(), rank=ui.rankCombo.currentText(),
            role=Role(ui.roleCombo.currentData()),
            term_start=from_qdate(ui.termStartEdit.date()),
            term_end=from_qdate(ui.termEndEdit.date()) if ui.termEndCheck.isChecked() else None,
            status=LeaderStatus(ui.statusCombo.currentData()), portfolio=ui.portfolioEdit.toPlainText(),
            portfolio_unit_ids=overseen, note=ui.noteEdit.text(),
        )

    def act(self) -> None:
        draft = self.draft()
        if draft.team_id == 0:
            raise RuleViolation(self.tr("请先新增单位，再录入领导干部。"))
        approval = self.approval()
        try:
            if self._editing:
                self.saved = roster.update_leader(self._db, draft, approval=approval, today=self._today)
            else:
                not_same = self._namesake_ids(draft.name) if self.ui.notSameCheck.isChecked() else ()
                self.saved = roster.add_leader(self._db, draft, approval=approval, not_same_as=not_same,
                                               today=self._today)
        except ValidationError as e:
            # Art. 28 asks for an approval, or whether a namesake is the same person: the group to answer in.
            approval_asked = any(p.field in ("approval", "approved_by", "approved_on", "document_number")
                                 for p in e.problems)
            namesake = any(p.field == "name" and "同名" in p.message for p in e.problems)
            if approval_asked or namesake:
                self.ui.postingGroup.show()
                self.ui.notSameCheck.setVisible(self._editing is None and namesake)
                # Where the answer goes, in view, once the group just shown has its place in the layout.
                QTimer.singleShot(0, lambda: self.ui.scroll.ensureWidgetVisible(self.ui.postingGroup, 0, 0))
            raise

    def rate(self) -> None:
        """The year's rating, recorded at once (it is not part of the record's fields): 优秀 is refused in a year
        the leader was held accountable (Art. 28), said beside the button."""
        ui, leader = self.ui, self._editing
        if leader is None or leader.id is None:
            return
        year, rating = ui.ratingYearSpin.value(), AnnualRating(ui.ratingCombo.currentData())
        dirty = self.changed()
        ok, _ = attempt(ui.ratingMessage, lambda: roster.rate(self._db, int(leader.id or 0), year, rating,
                                                                today=self._today))
        if ok:
            say(ui.ratingMessage, f"已记录{year}年度考核等次：{rating.label}。", error=False)
            ui.accountabilityView.setPlainText("\n".join(record_lines(self._db, int(leader.id), self._today)))
            if not dirty:  # a rating recorded is not typed content to lose on closing
                self._at_start = typed_state(self)

    def approval(self) -> Approval | None:
        ui = self.ui
        if ui.postingGroup.isHidden() or not (ui.approvedByEdit.text().strip()
                                                   or ui.approvalNumberEdit.text().strip()):
            return None
        return Approval(ui.approvedByEdit.text().strip(), from_qdate(ui.approvedOnEdit.date()),
                        ui.approvalNumberEdit.text().strip())

    def _namesake_ids(self, name: str) -> tuple[int, ...]:
        return tuple(int(r.leader.id or 0) for r in roster.list_leaders(self._db, text=name)
                     if r.leader.name == name.strip())

    def _fill(self, leader: Leader) -> None:
        ui = self.ui
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(leader.team_id)))
        ui.nameEdit.setText(leader.name)
        ui.genderCombo.setCurrentIndex(ui.genderCombo.findData(leader.gender.value))
        ui.postEdit.setText(leader.post)
        ui.rankCombo.setCurrentText(leader.rank)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(leader.role.value))
        ui.termStartEdit.setDate(to_qdate(leader.term_start))
        ui.termEndCheck.setChecked(leader.term_end is not None)
        if leader.term_end:
            ui.termEndEdit.setDate(to_qdate(leader.term_end))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(leader.status.value))
        ui.portfolioEdit.setPlainText(leader.portfolio)
        for i in range(ui.portfolioUnitsList.count()):
            item = ui.portfolioUnitsList.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in leader.portfolio_unit_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.noteEdit.setText(leader.note)
