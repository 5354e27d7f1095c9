"""The dialogs of 整改: register a finding, feed back, file measures, follow up (forms/*.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QListWidgetItem, QTableWidgetItem, QWidget

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.rectification import FindingSeverity, FollowUpMethod
from lz_desktop.services import rectification as r
from lz_desktop.services import roster
from lz_desktop.services.deadlines import measures_deadline
from lz_desktop.services.office import Office
from lz_desktop.services.rectification import FindingRow
from lz_desktop.ui import choices
from lz_desktop.ui.chinese import INDENT, from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.forms.close_dialog_ui import Ui_CloseDialog
from lz_desktop.ui.forms.extension_dialog_ui import Ui_ExtensionDialog
from lz_desktop.ui.forms.feedback_dialog_ui import Ui_FeedbackDialog
from lz_desktop.ui.forms.finding_dialog_ui import Ui_FindingDialog
from lz_desktop.ui.forms.followup_dialog_ui import Ui_FollowUpDialog
from lz_desktop.ui.forms.measure_done_dialog_ui import Ui_MeasureDoneDialog
from lz_desktop.ui.forms.measures_dialog_ui import Ui_MeasuresDialog
from lz_desktop.ui.unit_picker import make_searchable

NO_LEADER = "（请选择）"


class FindingDialog(ActionDialog):
    def __init__(self, office: Office, today: dt.date, unit_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FindingDialog()
        self.ui.setupUi(self)
        self.office, self.today, self.saved = office, today, None
        ui = self.ui
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.unitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        make_searchable(ui.unitCombo)
        choices.choose(ui.unitCombo, unit_id)
        for source in LeadSource:
            ui.sourceCombo.addItem(source.label, source.value)
        for severity in FindingSeverity:
            ui.severityCombo.addItem(severity.label, severity.value)
        # A clerk registers one inspection's findings in a row: the same unit and source, until they change them.
        # (a unit chosen in the ledger comes first).
        self.remember_choices({"unit": ui.unitCombo, "source": ui.sourceCombo})
        if unit_id is not None:
            choices.choose(ui.unitCombo, unit_id)
        setup_date_edit(ui.foundOnEdit)
        ui.foundOnEdit.setDate(to_qdate(today))
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._list_leaders())
        self._list_leaders()
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "description": ui.descriptionEdit, "found_on": ui.foundOnEdit, "unit_id": ui.unitCombo})

    def _list_leaders(self) -> None:
        """The unit's team members on the date found, principal first, to tick as responsible."""
        ui, unit_id = self.ui, self.ui.unitCombo.currentData()
        ui.leadersList.clear()
        for row in roster.list_leaders(self.office.db, unit_id=unit_id):
            if row.unit_id != unit_id or not row.leader.serves_on(from_qdate(ui.foundOnEdit.date())):
                continue
            item = QListWidgetItem(f"{row.leader.name}（{row.leader.post}）", ui.leadersList)
            item.setData(Qt.ItemDataRole.UserRole, row.leader.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def act(self) -> None:
        ui = self.ui
        self.saved = r.record_finding(self.office.db, r.FindingDraft(
            int(ui.unitCombo.currentData() or 0), LeadSource(ui.sourceCombo.currentData()),
            ui.descriptionEdit.toPlainText(), ui.ruleEdit.text(), FindingSeverity(ui.severityCombo.currentData()),
            from_qdate(ui.foundOnEdit.date()), ui.evidenceEdit.toPlainText(), self.checked_leaders()),
            today=self.today)

    def checked_leaders(self) -> tuple[int, ...]:
        items = (self.ui.leadersList.item(i) for i in range(self.ui.leadersList.count()))
        return tuple(int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked)


class FeedbackDialog(ActionDialog):
    def __init__(self, office: Office, findings: list[FindingRow], today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        self.office, self.findings, self.today, self.saved = office, findings, today, None
        ui = self.ui
        ui.findingsLabelValue.setText(f"{findings[0].unit_short_name}：" + "；".join(f.description for f in findings))
        setup_date_edit(ui.fedBackOnEdit)
        ui.fedBackOnEdit.dateChanged.connect(lambda _d: self._show_deadline())
        ui.fedBackOnEdit.setDate(to_qdate(today))
        self._show_deadline()
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"title": ui.titleEdit, "fed_back_on": ui.fedBackOnEdit})

    def _show_deadline(self) -> None:
        deadline = measures_deadline(self.office.db, from_qdate(self.ui.fedBackOnEdit.date()))
        mark = "（暂定）" if deadline.provisional else ""
        self.ui.deadlineValue.setText(f"{format_cn(deadline.due)}{mark}\n{deadline.explain()}")

    def act(self) -> None:
        self.saved = r.feed_back(self.office.db, self.findings[0].unit_id, self.ui.titleEdit.text(),
                                 from_qdate(self.ui.fedBackOnEdit.date()), [f.id for f in self.findings],
                                 today=self.today)


class MeasuresDialog(ActionDialog):
    """One measure per finding of the feedback: content and completion date typed in the table."""

    def __init__(self, office: Office, feedback_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MeasuresDialog()
        self.ui.setupUi(self)
        self.office, self.feedback_id = office, feedback_id
        ui = self.ui
        setup_date_edit(ui.filedOnEdit)
        ui.filedOnEdit.setDate(to_qdate(today))
        self.findings = r.findings_of_feedback(office.db, feedback_id)
        fed_back_on = self.findings[0].facts.fed_back_on or today
        table = ui.measuresTable
        table.setRowCount(len(self.findings))
        for row, finding in enumerate(self.findings):
            item = QTableWidgetItem(finding.description)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            item.setToolTip(finding.description)
            table.setItem(row, 0, item)
            table.setItem(row, 1, QTableWidgetItem(""))
            table.setCellWidget(row, 2, self._due_choice(fed_back_on))
            table.setCellWidget(row, 3, self._leader_choice(finding.unit_id))
        for column, width in enumerate((220, 330, 170)):
            table.setColumnWidth(column, width)
        table.setWordWrap(True)
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"measures": table, "filed_on": ui.filedOnEdit})

    def due_edit(self, row: int) -> QDateEdit:
        return self.ui.measuresTable.cellWidget(row, 2)  # type: ignore[return-value]

    def act(self) -> None:
        table, drafts, problems = self.ui.measuresTable, [], []
        for row, finding in enumerate(self.findings):
            content, edit = table.item(row, 1).text(), self.due_edit(row)
            if edit.date() == edit.minimumDate():
                problems.append(FieldProblem("measures", f"第{row + 1}行 完成期限", "未选择日期"))
                continue
            leader = choices.value(table.cellWidget(row, 3))  # type: ignore[arg-type]
            drafts.append(r.MeasureDraft(finding.id, content, from_qdate(edit.date()), leader))
        if problems:
            raise ValidationError(problems)
        r.file_measures(self.office.db, self.feedback_id, from_qdate(self.ui.filedOnEdit.date()), drafts)

    @staticmethod
    def _due_choice(fed_back_on: dt.date) -> QDateEdit:
        """A calendar to pick the completion date from, blank ("请选择日期") until the clerk picks one. The blank is
        the day before the feedback, a date no measure can have (services refuse it), so the calendar opens near
        the dates that matter."""
        edit = QDateEdit()
        setup_date_edit(edit)
        edit.setMinimumDate(to_qdate(fed_back_on - dt.timedelta(days=1)))
        edit.setSpecialValueText("请选择日期")
        edit.setDate(edit.minimumDate())
        return edit

    def _leader_choice(self, unit_id: int) -> QComboBox:
        """The unit's leaders in office, principal first; no choice made until the clerk makes one."""
        combo = QComboBox()
        choices.add(combo, NO_LEADER, None)
        for row in roster.list_leaders(self.office.db, unit_id=unit_id, sort="role"):
            if row.unit_id == unit_id and row.leader.status.value == "in_office":
                combo.addItem(f"{row.leader.name}（{row.leader.post}）", row.leader.id)
        return combo


class FollowUpDialog(ActionDialog):
    LAST_BY = "remembered/FollowUpDialog/by_whom"  # the office's follow-ups are mostly done by the same people
    def __init__(self, office: Office, finding_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self.office, self.finding_id = office, finding_id
        ui = self.ui
        setup_date_edit(ui.onDateEdit)
        ui.onDateEdit.setDate(to_qdate(today))
        for method in FollowUpMethod:
            ui.methodCombo.addItem(method.label, method.value)
        self.remember_choices({"method": ui.methodCombo})
        by_whom = QSettings().value(self.LAST_BY)
        ui.byEdit.setText(by_whom if isinstance(by_whom, str) else "")
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"result": ui.resultEdit, "by_whom": ui.byEdit})

    def act(self) -> None:
        ui = self.ui
        r.follow_up(self.office.db, self.finding_id, from_qdate(ui.onDateEdit.date()),
                    FollowUpMethod(ui.methodCombo.currentData()), ui.resultEdit.toPlainText(), ui.byEdit.text())
        QSettings().setValue(self.LAST_BY, ui.byEdit.text().strip())


class ExtensionDialog(ActionDialog):
    def __init__(self, office: Office, row: r.LedgerRow, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExtensionDialog()
        self.ui.setupUi(self)
        self.office, self.finding_id = office, row.finding.id
        ui = self.ui
        what = "整改措施报备期限" if row.finding.facts.measures_filed_on is None else "整改完成期限"
        ui.currentDueValue.setText(f"{what}：{format_cn(row.next_due) if row.next_due else '—'}")
        for edit in (ui.requestedOnEdit, ui.newDueEdit):
            setup_date_edit(edit)
        ui.requestedOnEdit.setDate(to_qdate(today))
        ui.newDueEdit.setDate(to_qdate((row.next_due or today) + dt.timedelta(days=30)))
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "requested_on": ui.requestedOnEdit, "new_due": ui.newDueEdit, "reason": ui.reasonEdit})

    def act(self) -> None:
        ui = self.ui
        r.request_extension(self.office.db, self.finding_id, from_qdate(ui.requestedOnEdit.date()),
                            ui.reasonEdit.toPlainText(), from_qdate(ui.newDueEdit.date()))


class CloseDialog(ActionDialog):
    """验收销号 with its date and the acceptance opinion, which goes into the finding's timeline."""

    def __init__(self, office: Office, row: r.LedgerRow, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CloseDialog()
        self.ui.setupUi(self)
        self.office, self.finding_id, self.today = office, row.finding.id, today
        ui = self.ui
        ui.introLabel.setText(self.tr(
            "{0}：{1}\n销号后该问题不再计入待办和逾期统计；如验收后发现问题未整改到位，可“重新打开”。").format(
            row.finding.unit_short_name, row.finding.description))
        setup_date_edit(ui.closedOnEdit)
        ui.closedOnEdit.setDate(to_qdate(today))
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"closed_on": ui.closedOnEdit, "opinion": ui.opinionEdit},
                           save_text="验收销号")

    def act(self) -> None:
        r.close(self.office.db, self.finding_id, from_qdate(self.ui.closedOnEdit.date()),
                self.ui.opinionEdit.toPlainText(), today=self.today)


class MeasureDoneDialog(ActionDialog):
    """措施完成: which measure, and on which day (the day the unit reports, not only today)."""

    def __init__(self, office: Office, finding_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MeasureDoneDialog()
        self.ui.setupUi(self)
        self.office, self.today = office, today
        ui = self.ui
        for measure_id, content, due in r.open_measures(office.db, finding_id):
            ui.measureCombo.addItem(f"{content}（{format_cn(due)}前）", measure_id)
        setup_date_edit(ui.doneOnEdit)
        ui.doneOnEdit.setDate(to_qdate(today))
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"done_on": ui.doneOnEdit, "measure": ui.measureCombo})

    def act(self) -> None:
        r.complete_measure(self.office.db, int(self.ui.measureCombo.currentData()),
                           from_qdate(self.ui.doneOnEdit.date()), today=self.today)
