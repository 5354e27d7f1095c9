"""Registering or correcting a meeting (forms/meeting_dialog.ui): who sat, what was decided, and for a democratic
life meeting or a democratic evaluation, its own record. Refusals stay in the dialog; nothing typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.meetings import (
    EVALUATION_GROUPS,
    Absence,
    Decision,
    DecisionOutcome,
    Evaluation,
    EvaluationItem,
    LifeMeetingEntry,
    MeetingDraft,
    MeetingKind,
    TeamSeat,
    percent,
)
from lz_desktop.services import meetings, roster
from lz_desktop.services.office import Office
from lz_desktop.ui import choices
from lz_desktop.ui.chinese import INDENT, from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.dialogs.duty_dialogs import add_checkable, checked_values
from lz_desktop.ui.forms.meeting_dialog_ui import Ui_MeetingDialog
from lz_desktop.ui.unit_picker import make_searchable

PRESENT, ABSENT, NOT_LISTED = "present", "absent", "not_listed"
ATTENDANCE = ((PRESENT, "出席"), (ABSENT, "缺席"), (NOT_LISTED, "—"))
DEFAULT_ITEMS = ("领导班子落实党风廉政建设责任制情况", "领导干部廉洁自律情况", "作风建设和解决群众反映问题情况")
LIFE_TAB, EVALUATION_TAB = 3, 4


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MeetingDialog(ActionDialog):
    def __init__(self, office: Office, today: dt.date, *, meeting_id: int | None = None, unit_id: int | None = None,
                 kind: MeetingKind | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.office, self.today, self.meeting_id = office, today, meeting_id
        self.saved: int | None = None
        self.team: list[TeamSeat] = []
        ui = self.ui
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.unitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        make_searchable(ui.unitCombo)
        for k in MeetingKind:
            ui.kindCombo.addItem(f"{k.label}（{k.article}）", k.value)
        setup_date_edit(ui.heldOnEdit)
        ui.heldOnEdit.setDate(to_qdate(today))
        for column, width in enumerate((110, 200, 90)):
            ui.attendanceTable.setColumnWidth(column, width)
        ui.decisionsTable.setColumnWidth(0, 480)
        ui.decisionsTable.setColumnWidth(1, 130)
        ui.lifeTable.setColumnWidth(0, 100)
        ui.lifeTable.setColumnWidth(1, 380)
        ui.itemsTable.setColumnWidth(0, 260)
        for column in (1, 2, 3):
            ui.itemsTable.setColumnWidth(column, 70)
        ui.groupsTable.setColumnWidth(0, 130)
        self.kept_decisions = 0
        record = meetings.record(office.db, meeting_id) if meeting_id is not None else None
        draft = record.draft if record else None
        if draft is not None:
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(draft.unit_id)))
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(draft.kind.value)))
            ui.heldOnEdit.setDate(to_qdate(draft.held_on))
            self.setWindowTitle(self.tr("修改会议记录"))
        else:
            choices.choose(ui.unitCombo, unit_id)
            if kind is not None:
                ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind.value)))
            self.setWindowTitle(self.tr("登记会议"))
        self._rebuild_people(draft)
        self._fill_evaluation(draft.evaluation if draft else None)
        if draft is not None and record is not None:
            ui.placeEdit.setText(draft.place)
            ui.recorderEdit.setText(draft.recorder)
            ui.agendaEdit.setPlainText(draft.agenda)
            ui.minutesEdit.setPlainText(draft.minutes)
            ui.observersNoteEdit.setText(draft.observers_note)
            ui.previousReviewEdit.setPlainText(draft.previous_review)
            for row in record.decisions:
                self._add_decision(row.decision, saved=True)
            self.kept_decisions = len(record.decisions)
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._rebuild_people())
        ui.heldOnEdit.dateChanged.connect(lambda _d: self._rebuild_people())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.addDecisionButton.clicked.connect(lambda: self._add_decision())
        ui.removeDecisionButton.clicked.connect(self._remove_decisions)
        ui.loadPreviousButton.clicked.connect(self.load_previous_review)
        ui.addItemButton.clicked.connect(lambda: self._add_item(""))
        ui.removeItemButton.clicked.connect(self._remove_items)
        ui.itemsTable.itemChanged.connect(lambda _i: self._show_rates())
        ui.groupsTable.itemChanged.connect(lambda _i: self._show_rates())
        self._kind_changed()
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "unit": ui.unitCombo, "held_on": ui.heldOnEdit, "chair": ui.chairCombo, "agenda": ui.agendaEdit,
            "minutes": ui.minutesEdit, "attendance": ui.attendanceTable, "decisions": ui.decisionsTable,
            "life": ui.lifeTable, "evaluation": ui.itemsTable, "reason": ui.reasonEdit})
        self.moved: list[str] = []
        ui.reasonRow.setVisible(meeting_id is not None)  # a recorded meeting is corrected with a reason

    # who sits ------------------------------------------------------------------------------
    @property
    def kind(self) -> MeetingKind:
        return MeetingKind(self.ui.kindCombo.currentData())

    def _rebuild_people(self, draft: MeetingDraft | None = None) -> None:
        """The chair, attendance, observers and life-meeting rows follow the unit and the date; what was already
        chosen or typed for a person who still qualifies is kept. Someone new to the list is marked present."""
        ui = self.ui
        unit_id, day = choices.value(ui.unitCombo), from_qdate(ui.heldOnEdit.date())
        if draft is not None:
            states = {i: (PRESENT, "") for i in draft.attendee_ids} | {a.leader_id: (ABSENT, a.reason)
                                                                        for a in draft.absences}
            chair, observers, entries = draft.chair_id, draft.observer_ids, draft.life_entries
            newcomer = NOT_LISTED  # an old record lists everyone it names; the rest were not recorded
        else:
            states = self._states()
            chair, observers = choices.value(ui.chairCombo), checked_values(ui.observersList)
            entries, newcomer = self._life_entries(), PRESENT
        self.team = meetings.team_on(self.office.db, unit_id, day) if unit_id is not None else []
        ui.chairCombo.clear()
        choices.add(ui.chairCombo, self.tr("（请选择）"), None)
        for seat in self.team:
            ui.chairCombo.addItem(f"{seat.name}（{seat.post}）", seat.leader_id)
        choices.choose(ui.chairCombo, chair)
        for row in range(ui.attendanceTable.rowCount()):  # replaced widgets are deleted later: hide them now
            old = ui.attendanceTable.cellWidget(row, 2)
            if old is not None:
                old.hide()
        ui.attendanceTable.setRowCount(len(self.team))
        for row, seat in enumerate(self.team):
            state, reason = states.get(seat.leader_id, (newcomer, ""))
            ui.attendanceTable.setItem(row, 0, _readonly(seat.name))
            ui.attendanceTable.setItem(row, 1, _readonly(seat.post))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("{0}出席情况").format(seat.name))
            for key, label in ATTENDANCE:
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(combo.findData(state))
            ui.attendanceTable.setCellWidget(row, 2, combo)
            ui.attendanceTable.setItem(row, 3, QTableWidgetItem(reason))
        ui.observersList.clear()
        for leader_id, label in meetings.superior_leaders(self.office.db, unit_id, day) if unit_id else []:
            add_checkable(ui.observersList, label, leader_id, leader_id in observers)
        by_leader = {e.leader_id: e for e in entries}
        ui.lifeTable.setRowCount(len(self.team))
        for row, seat in enumerate(self.team):
            entry = by_leader.get(seat.leader_id)
            ui.lifeTable.setItem(row, 0, _readonly(seat.name))
            ui.lifeTable.setItem(row, 1, QTableWidgetItem(entry.self_examination if entry else ""))
            ui.lifeTable.setItem(row, 2, QTableWidgetItem(entry.criticism if entry else ""))
        ui.lifeTable.resizeRowsToContents()
        for row in range(ui.decisionsTable.rowCount()):
            combo = ui.decisionsTable.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.isEnabled():
                self._fill_leader_choice(combo, choices.value(combo))

    def _states(self) -> dict[int, tuple[str, str]]:
        table, out = self.ui.attendanceTable, {}
        for row, seat in enumerate(self.team[:table.rowCount()]):
            combo = table.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                out[seat.leader_id] = (str(combo.currentData()), _text(table, row, 3))
        return out

    def _attendance(self) -> tuple[tuple[int, ...], tuple[Absence, ...]]:
        states = self._states().items()
        return (tuple(i for i, (state, _r) in states if state == PRESENT),
                tuple(Absence(i, reason) for i, (state, reason) in states if state == ABSENT))

    def _life_entries(self) -> tuple[LifeMeetingEntry, ...]:
        table = self.ui.lifeTable
        return tuple(LifeMeetingEntry(seat.leader_id, _text(table, row, 1).strip(), _text(table, row, 2).strip())
                     for row, seat in enumerate(self.team[:table.rowCount()])
                     if _text(table, row, 1).strip() or _text(table, row, 2).strip())

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.kind
        ui.tabs.setTabEnabled(LIFE_TAB, kind is MeetingKind.DEMOCRATIC_LIFE)
        ui.tabs.setTabEnabled(EVALUATION_TAB, kind is MeetingKind.DEMOCRATIC_EVALUATION)
        ui.chairComboLabel.setToolTip(self.tr("此类会议须由主要负责人主持（第八条第（二）项）")
                                      if kind is MeetingKind.PRINCIPAL_TOPIC else "")
        ui.lifeHint.setText(self.tr("上级列席人员在“基本情况”中勾选：上级主要负责人参加下一级民主生活会计入其年度责任"
                                    "（第八条第（六）项）。") if kind is MeetingKind.DEMOCRATIC_LIFE else "")

    def load_previous_review(self) -> None:
        unit_id = choices.value(self.ui.unitCombo)
        if unit_id is None:
            return
        text = meetings.previous_review_text(self.office.db, unit_id, from_qdate(self.ui.heldOnEdit.date()),
                                             self.today)
        edit = self.ui.previousReviewEdit
        if not text:
            text = self.tr("本单位此前没有登记民主生活会。")
        edit.setPlainText(f"{edit.toPlainText().rstrip()}\n{text}".strip())

    # decisions -----------------------------------------------------------------------------
    def _fill_leader_choice(self, combo: QComboBox, chosen: int | None) -> None:
        combo.clear()
        choices.add(combo, self.tr("（无）"), None)
        for seat in self.team:
            combo.addItem(seat.name, seat.leader_id)
        choices.choose(combo, chosen)

    def _add_decision(self, decision: Decision | None = None, *, saved: bool = False) -> None:
        table = self.ui.decisionsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, _readonly(decision.text) if saved and decision else QTableWidgetItem(
            decision.text if decision else ""))
        outcome = QComboBox()
        outcome.setAccessibleName(self.tr("第{0}项决定的处理方式").format(row + 1))
        for o in DecisionOutcome:
            outcome.addItem(o.label, o.value)
        leader = QComboBox()
        leader.setAccessibleName(self.tr("第{0}项决定的责任领导").format(row + 1))
        self._fill_leader_choice(leader, decision.leader_id if decision else None)
        if decision is not None:
            outcome.setCurrentIndex(outcome.findData(decision.outcome.value))
            if saved and decision.leader_id is not None and leader.findData(decision.leader_id) < 0:
                leader.addItem(self.tr("（原责任领导）"), decision.leader_id)
                leader.setCurrentIndex(leader.count() - 1)
        outcome.setEnabled(not saved)
        leader.setEnabled(not saved)
        table.setCellWidget(row, 1, outcome)
        table.setCellWidget(row, 2, leader)
        if not saved:
            table.setCurrentCell(row, 0)

    def _remove_decisions(self) -> None:
        table = self.ui.decisionsTable
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            if row >= self.kept_decisions:
                table.removeRow(row)

    def _decisions(self) -> tuple[Decision, ...]:
        table, out = self.ui.decisionsTable, []
        for row in range(table.rowCount()):
            outcome, leader = table.cellWidget(row, 1), table.cellWidget(row, 2)
            assert isinstance(outcome, QComboBox) and isinstance(leader, QComboBox)
            text = _text(table, row, 0)
            if row >= self.kept_decisions and not text.strip() and choices.value(leader) is None:
                continue  # a row added and left empty is not a decision
            out.append(Decision(text, DecisionOutcome(outcome.currentData()), choices.value(leader)))
        return tuple(out)

    # democratic evaluation -----------------------------------------------------------------
    def _fill_evaluation(self, evaluation: Evaluation | None) -> None:
        ui = self.ui
        people = dict(evaluation.groups) if evaluation else {}
        groups = list(EVALUATION_GROUPS) + [g for g in people if g not in EVALUATION_GROUPS]
        ui.groupsTable.setRowCount(len(groups))
        for row, group in enumerate(groups):
            ui.groupsTable.setItem(row, 0, _readonly(group))
            ui.groupsTable.setItem(row, 1, QTableWidgetItem(str(people[group]) if group in people else ""))
        ui.itemsTable.setRowCount(0)
        if evaluation is not None:
            for item in evaluation.items:
                self._add_item(item.item, (item.satisfied, item.basically_satisfied, item.unsatisfied))
        else:
            for item in DEFAULT_ITEMS:
                self._add_item(item)
        self._show_rates()

    def _add_item(self, name: str, votes: tuple[int, int, int] | None = None) -> None:
        table = self.ui.itemsTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        for column in (1, 2, 3):
            table.setItem(row, column, QTableWidgetItem(str(votes[column - 1]) if votes else ""))
        table.setItem(row, 4, _readonly(""))
        table.blockSignals(False)
        self._show_rates()

    def _remove_items(self) -> None:
        table = self.ui.itemsTable
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self._show_rates()

    def evaluation(self) -> Evaluation:
        """The tallies as typed; a cell that is not a whole number is named by row and column."""
        ui, problems = self.ui, []

        def number(table: QTableWidget, row: int, column: int, where: str) -> int:
            text = _text(table, row, column).strip()
            if not text:
                return 0
            try:
                return int(text)
            except ValueError:
                header = table.horizontalHeaderItem(column).text()
                problems.append(FieldProblem("evaluation", where, f"第{row + 1}行“{header}”：{text}不是整数"))
                return 0

        groups = tuple((_text(ui.groupsTable, r, 0), number(ui.groupsTable, r, 1, "参加评议人员"))
                       for r in range(ui.groupsTable.rowCount()))
        items = tuple(EvaluationItem(_text(ui.itemsTable, r, 0).strip(), number(ui.itemsTable, r, 1, "评议项目"),
                                     number(ui.itemsTable, r, 2, "评议项目"), number(ui.itemsTable, r, 3, "评议项目"))
                      for r in range(ui.itemsTable.rowCount()))
        if problems:
            raise ValidationError(problems)
        return Evaluation(tuple(g for g in groups if g[1]), items)

    def _show_rates(self) -> None:
        ui = self.ui
        try:
            evaluation = self.evaluation()
        except ValidationError:
            ui.evaluationSummary.setText(self.tr("票数须为整数"))
            return
        ui.itemsTable.blockSignals(True)
        for row, item in enumerate(evaluation.items):
            ui.itemsTable.setItem(row, 4, _readonly(percent(item.rate)))
        ui.itemsTable.blockSignals(False)
        ui.evaluationSummary.setText(self.tr("参加 {0} 人，总体满意率 {1}").format(
            evaluation.participants, percent(evaluation.rate)))

    # saving --------------------------------------------------------------------------------
    def draft(self) -> MeetingDraft:
        ui = self.ui
        attendees, absences = self._attendance()
        kind = self.kind
        return MeetingDraft(
            int(choices.value(ui.unitCombo) or 0), kind, from_qdate(ui.heldOnEdit.date()), ui.placeEdit.text(),
            choices.value(ui.chairCombo), ui.recorderEdit.text(), ui.agendaEdit.toPlainText(),
            ui.minutesEdit.toPlainText(), attendees, absences, checked_values(ui.observersList),
            ui.observersNoteEdit.text(), self._decisions(),
            ui.previousReviewEdit.toPlainText() if kind is MeetingKind.DEMOCRATIC_LIFE else "",
            self._life_entries() if kind is MeetingKind.DEMOCRATIC_LIFE else (),
            self.evaluation() if kind is MeetingKind.DEMOCRATIC_EVALUATION else None)

    def act(self) -> None:
        draft = self.draft()
        if self.meeting_id is None:
            self.saved = meetings.record_meeting(self.office.db, draft, today=self.today)
        else:
            self.moved = meetings.update_meeting(self.office.db, self.meeting_id, draft, today=self.today,
                                                 reason=self.ui.reasonEdit.text())
            self.saved = self.meeting_id
