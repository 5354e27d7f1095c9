"""The dialogs of 责任追究: a case lead with its subjects (forms/case_dialog.ui) and a decision about one subject
(forms/decision_dialog.ui). Refusals name the article; nothing typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lz_desktop.domain.accountability import ALLOWED, Circumstance, LeadSource, Sanction, Severity, Subject, article_for
from lz_desktop.domain.cases import CaseDraft, CaseStatus, DecisionDraft, DecisionMode, HandlingBody
from lz_desktop.domain.responsibility import Responsibility
from lz_desktop.services import cases, roster
from lz_desktop.services.office import Office
from lz_desktop.ui import choices
from lz_desktop.ui.chinese import INDENT, from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.dialogs.duty_dialogs import add_checkable, checked_data, checked_values
from lz_desktop.ui.forms.case_dialog_ui import Ui_CaseDialog
from lz_desktop.ui.forms.decision_dialog_ui import Ui_DecisionDialog
from lz_desktop.ui.unit_picker import make_searchable

# What Art. 24 (teams) and Art. 25 (leaders) name at any severity, in the enum's order.
OFFERED = {subject: [s for s in Sanction if any(s in allowed for key, allowed in ALLOWED.items() if key[0] is subject)
                     or (subject is Subject.LEADER and s is Sanction.JUDICIAL_REFERRAL)] for subject in Subject}


class CaseDialog(ActionDialog):
    def __init__(self, office: Office, today: dt.date, *, case_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.office, self.today, self.case_id = office, today, case_id
        self.saved: int | None = None
        ui = self.ui
        current = cases.case(office.db, case_id) if case_id is not None else None
        for source in LeadSource:
            ui.sourceCombo.addItem(source.label, source.value)
        for body in HandlingBody:
            ui.bodyCombo.addItem(body.label, body.value)
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.unitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        make_searchable(ui.unitCombo)
        for subject in Subject:
            ui.subjectCombo.addItem(subject.label, subject.value)
        for c in Circumstance:
            add_checkable(ui.circumstancesList, f"（{'一二三四五六七'[int(c.value) - 1]}）{c.label}", c.value,
                          current is not None and c in current.row.draft.circumstances)
        setup_date_edit(ui.receivedOnEdit)
        ui.receivedOnEdit.setDate(to_qdate(today))
        ui.subjectCombo.setCurrentIndex(ui.subjectCombo.findData(Subject.LEADER.value))
        closed = current is not None and current.status is CaseStatus.CLOSED
        ui.reasonEdit.setVisible(closed)
        ui.reasonEditLabel.setVisible(closed)
        if current is not None:
            d = current.row.draft
            ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(d.source.value))
            ui.bodyCombo.setCurrentIndex(ui.bodyCombo.findData(d.body.value))
            ui.unitCombo.setCurrentIndex(ui.unitCombo.findData(d.unit_id))
            ui.subjectCombo.setCurrentIndex(ui.subjectCombo.findData(d.subject.value))
            ui.assignedByEdit.setText(d.assigned_by)
            ui.contentEdit.setPlainText(d.content)
            ui.receivedOnEdit.setDate(to_qdate(d.received_on))
            self.setWindowTitle(f"修改案件 {current.row.number}")
        else:
            self.setWindowTitle("登记责任追究案件线索")
        for mode in DecisionMode:
            ui.modeCombo.addItem(mode.label, mode.value)
        self._list_leaders(current.row.draft.leader_ids if current else ())
        if current is not None:
            d = current.row.draft
            ui.modeCombo.setCurrentIndex(ui.modeCombo.findData(d.decision_mode.value))
            self._list_mode_people(d.supervising_id, d.objector_ids, d.decided_by_id)
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._list_leaders(checked_values(ui.leadersList)))
        ui.leadersList.itemChanged.connect(lambda _item: self._list_mode_people(*self._mode_people()))
        ui.modeCombo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self._mode_changed()
        ui.subjectCombo.currentIndexChanged.connect(lambda _i: self._subject_changed())
        self._subject_changed()
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "content": ui.contentEdit, "received_on": ui.receivedOnEdit, "assigned_by": ui.assignedByEdit,
            "unit": ui.unitCombo, "leaders": ui.leadersList, "circumstances": ui.circumstancesList,
            "reason": ui.reasonEdit, "supervising": ui.supervisingCombo, "objectors": ui.objectorsList,
            "decided_by": ui.decidedByCombo})

    def _mode_people(self) -> tuple[int | None, tuple[int, ...], int | None]:
        ui = self.ui
        return choices.value(ui.supervisingCombo), checked_values(ui.objectorsList), choices.value(ui.decidedByCombo)

    def _list_mode_people(self, supervising: int | None, objectors: tuple[int, ...], decided_by: int | None) -> None:
        """Art. 26's roles are among the leaders the case names: offered as they are ticked."""
        ui = self.ui
        named = [(ui.leadersList.item(i).data(Qt.ItemDataRole.UserRole), ui.leadersList.item(i).text())
                 for i in range(ui.leadersList.count())
                 if ui.leadersList.item(i).checkState() is Qt.CheckState.Checked]
        for combo, keep in ((ui.supervisingCombo, supervising), (ui.decidedByCombo, decided_by)):
            combo.blockSignals(True)
            combo.clear()
            choices.add(combo, "（无）", None)
            for leader_id, label in named:
                choices.add(combo, label, leader_id)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            combo.blockSignals(False)
        ui.objectorsList.clear()
        for leader_id, label in named:
            add_checkable(ui.objectorsList, label, leader_id, leader_id in objectors)

    def _mode_changed(self) -> None:
        ui = self.ui
        mode = DecisionMode(ui.modeCombo.currentData())
        for widget, shown in ((ui.supervisingCombo, mode is DecisionMode.COLLECTIVE),
                              (ui.supervisingComboLabel, mode is DecisionMode.COLLECTIVE),
                              (ui.objectorsList, mode is DecisionMode.COLLECTIVE),
                              (ui.objectorsListLabel, mode is DecisionMode.COLLECTIVE),
                              (ui.decidedByCombo, mode is DecisionMode.INDIVIDUAL),
                              (ui.decidedByComboLabel, mode is DecisionMode.INDIVIDUAL)):
            widget.setVisible(shown)
        self._list_mode_people(*self._mode_people())

    def _list_leaders(self, keep: tuple[int, ...]) -> None:
        """Everyone ever on the unit's team: Art. 27 holds transferred and retired leaders to account too."""
        ui, unit_id = self.ui, self.ui.unitCombo.currentData()
        ui.leadersList.clear()
        for row in roster.list_leaders(self.office.db, unit_id=unit_id, sort="role"):
            if row.unit_id != unit_id:
                continue
            state = "" if row.leader.term_end is None else f"，{row.leader.status.label}"
            add_checkable(ui.leadersList, f"{row.leader.name}（{row.leader.post}{state}）", row.leader.id,
                          row.leader.id in keep)

    def _subject_changed(self) -> None:
        leaders = self.ui.subjectCombo.currentData() == Subject.LEADER.value
        self.ui.leadersList.setEnabled(leaders)
        self.ui.leadersListLabel.setEnabled(leaders)

    def act(self) -> None:
        ui = self.ui
        draft = CaseDraft(LeadSource(ui.sourceCombo.currentData()), from_qdate(ui.receivedOnEdit.date()),
                          ui.contentEdit.toPlainText(), ui.assignedByEdit.text(),
                          Subject(ui.subjectCombo.currentData()), ui.unitCombo.currentData(),
                          checked_values(ui.leadersList),
                          tuple(Circumstance(str(v)) for v in checked_data(ui.circumstancesList)),
                          HandlingBody(ui.bodyCombo.currentData()), DecisionMode(ui.modeCombo.currentData()),
                          *self._mode_people())
        if self.case_id is None:
            self.saved = cases.register_lead(self.office.db, draft, today=self.today)
        else:
            cases.update_case(self.office.db, self.case_id, draft, today=self.today, reason=ui.reasonEdit.text())
            self.saved = self.case_id


class DecisionDialog(ActionDialog):
    def __init__(self, office: Office, case_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.office, self.case_id, self.today = office, case_id, today
        self.saved: int | None = None
        self.moved: list[str] = []
        ui = self.ui
        for leader_id, label in cases.subjects(office.db, case_id):
            choices.add(ui.subjectCombo, label, leader_id)
        choices.add(ui.responsibilityCombo, "（请选择）", None)
        for r in Responsibility:
            ui.responsibilityCombo.addItem(r.label, r.value)
        for severity in Severity:
            ui.severityCombo.addItem(severity.label, severity.value)
        for rule in cases.discipline_names(office.db).items():
            add_checkable(ui.disciplinaryList, rule[1], rule[0], False)
        setup_date_edit(ui.decidedOnEdit)
        ui.decidedOnEdit.setDate(to_qdate(today))
        for widget in (ui.subjectCombo, ui.severityCombo):
            widget.currentIndexChanged.connect(lambda _i: self._subject_changed())
        ui.subjectCombo.currentIndexChanged.connect(lambda _i: self._propose_share())
        ui.crimeCheck.toggled.connect(lambda _on: self._show_allowed())
        self._subject_changed()
        self._propose_share()
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "share_reason": ui.shareReasonEdit, "decided_on": ui.decidedOnEdit, "sanctions": ui.sanctionsList,
            "responsibility": ui.responsibilityCombo,
            "disciplinary": ui.disciplinaryList, "reason": ui.reasonEdit, "subject": ui.subjectCombo})

    def _propose_share(self) -> None:
        """Art. 26: the share the case's record of the decision implies, chosen for the clerk to confirm."""
        ui, leader = self.ui, choices.value(self.ui.subjectCombo)
        share = cases.proposed_share(self.office.db, self.case_id, leader) if leader is not None else None
        if share is None:
            # The last subject's share is not this one's: the clerk chooses afresh.
            ui.responsibilityCombo.setCurrentIndex(0)
            mode = cases.case(self.office.db, self.case_id).row.draft.decision_mode
            ui.shareLabel.setText("" if leader is None else
                                  "错误决策由另一名领导干部个人决定或者批准；本对象的责任类型由承办人按第二十六条认定。"
                                  if mode is DecisionMode.INDIVIDUAL else
                                  "案件未记录错误决策的决策方式，责任类型由承办人按第二十六条认定。")
            return
        ui.responsibilityCombo.setCurrentIndex(ui.responsibilityCombo.findData(share.responsibility.value))
        ui.shareLabel.setText(f"按第二十六条推定：{share.responsibility.label}（{share.reason}）。"
                              "如认定不同，请在“责任认定理由”中写明。")

    @property
    def subject(self) -> Subject:
        return Subject.TEAM if choices.value(self.ui.subjectCombo) is None else Subject.LEADER

    def _subject_changed(self) -> None:
        """A team's decision has no Art. 26 share and only Art. 24's sanctions; a leader's, Art. 25's."""
        ui, team = self.ui, self.subject is Subject.TEAM
        keep = set(checked_data(ui.sanctionsList))
        ui.sanctionsList.clear()
        for s in OFFERED[self.subject]:
            add_checkable(ui.sanctionsList, s.label, s.value, s.value in keep)
        for widget in (ui.responsibilityCombo, ui.responsibilityComboLabel, ui.crimeCheck):
            widget.setEnabled(not team)
        self._show_allowed()

    def _show_allowed(self) -> None:
        ui = self.ui
        severity = Severity(ui.severityCombo.currentData())
        allowed = [s.label for s in ALLOWED[(self.subject, severity)]]
        if self.subject is Subject.LEADER and ui.crimeCheck.isChecked():
            allowed.append(Sanction.JUDICIAL_REFERRAL.label)
        ui.allowedLabel.setText(f"{self.subject.label}{severity.label}的，可给予：{'、'.join(allowed)}"
                                f"（{article_for(self.subject)}；可以单独使用，也可以合并使用）")

    def act(self) -> None:
        ui = self.ui
        responsibility = choices.value(ui.responsibilityCombo)
        draft = DecisionDraft(
            choices.value(ui.subjectCombo), Severity(ui.severityCombo.currentData()),
            tuple(Sanction(str(v)) for v in checked_data(ui.sanctionsList)), from_qdate(ui.decidedOnEdit.date()),
            Responsibility(responsibility) if responsibility and self.subject is Subject.LEADER else None,
            ui.crimeCheck.isChecked() and self.subject is Subject.LEADER,
            tuple(str(v) for v in checked_data(ui.disciplinaryList)), ui.noteEdit.text())
        leader = draft.subject_leader_id
        before = cases.leader_restrictions(self.office.db, leader, self.today) if leader else []
        self.saved = cases.decide(self.office.db, self.case_id, draft, today=self.today, reason=ui.reasonEdit.text(),
                                  share_reason=ui.shareReasonEdit.text())
        after = cases.leader_restrictions(self.office.db, leader, self.today) if leader else []
        self.moved = cases.restrictions_moved(before, after)

