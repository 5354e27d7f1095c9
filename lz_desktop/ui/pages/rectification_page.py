"""整改: the ledger of findings with their derived status, each finding's history, and the actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QListWidgetItem, QMenu, QMessageBox, QWidget

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.rectification import RectificationStatus
from lz_desktop.services import rectification as r
from lz_desktop.services import roster
from lz_desktop.services.corrections import IssuedDocument, void_and_redraft
from lz_desktop.services.office import Office, StorageError
from lz_desktop.services.reminders import UnitReminder, draft_reminders, reminder_plan
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.correction_dialog import CorrectionDialog
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.dialogs.rectification_dialogs import (
    CloseDialog,
    ExtensionDialog,
    FeedbackDialog,
    FindingDialog,
    FollowUpDialog,
    MeasureDoneDialog,
    MeasuresDialog,
)
from lz_desktop.ui.forms.rectification_page_ui import Ui_RectificationPage
from lz_desktop.ui.models.ledger_model import LedgerModel
from lz_desktop.ui.pages.ledger_files_mixin import LedgerFiles
from lz_desktop.ui.table_columns import ColumnChooser
from lz_desktop.ui.unit_picker import make_searchable

ALL = "全部"
S = RectificationStatus

class RectificationPage(LedgerFiles):
    document_drafted = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_RectificationPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self.model = LedgerModel(self)
        ui = self.ui
        ui.ledgerTable.setModel(self.model)
        ui.unitCombo.addItem(self.tr("全部单位"), ALL)
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.unitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        make_searchable(ui.unitCombo)
        ui.statusCombo.addItem(self.tr("全部状态"), ALL)
        ui.statusCombo.addItem(self.tr("逾期（措施或整改）"), "overdue")
        ui.statusCombo.addItem(self.tr("7天内到期"), "due_soon")
        for status in S:
            ui.statusCombo.addItem(status.label, status.value)
        ui.sourceCombo.addItem(self.tr("全部来源"), ALL)
        for source in LeadSource:
            ui.sourceCombo.addItem(source.label, source.value)
        ui.yearCombo.addItem(self.tr("全部年度"), ALL)
        for year in range(self.today.year, self.today.year - 6, -1):
            ui.yearCombo.addItem(f"{year}年", year)
        for widget in (ui.unitCombo, ui.statusCombo, ui.sourceCombo, ui.yearCombo):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.searchEdit.textChanged.connect(lambda _t: self.refresh())
        ui.ledgerTable.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        for button, action in ((ui.newFindingButton, self.new_finding), (ui.feedBackButton, self.feed_back),
                               (ui.noticeButton, self.draft_notice), (ui.measuresButton, self.file_measures),
                               (ui.doneButton, self.measure_done), (ui.followUpButton, self.follow_up),
                               (ui.closeButton, self.close_finding), (ui.reopenButton, self.reopen),
                               (ui.exportButton, self.export), (ui.remindButton, self.draft_reminders),
                               (ui.extendButton, self.request_extension), (ui.decideButton, self.decide_extension),
                               (ui.attachButton, self.attach), (ui.saveAttachmentButton, self.save_attachment),
                               (ui.ledgerPdfButton, self.save_ledger_pdf), (ui.correctButton, self.correct),
                               (ui.clearFilterButton, self.clear_filters)):
            button.clicked.connect(action)
        ui.ledgerTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.ledgerTable.customContextMenuRequested.connect(self._row_menu)
        ui.splitter.setSizes([780, 420])
        self.columns = ColumnChooser(ui.ledgerTable, "rectification/ledgerHeader")
        if not self.columns.restore():  # before the first read: a restored sort would order 60,000 rows again
            for column, width in enumerate((140, 120, 120, 70, 280, 80, 50, 170, 120, 120)):
                ui.ledgerTable.setColumnWidth(column, width)
        self.refresh()

    def save_layout(self) -> None:
        self.columns.save()

    def show_only(self, status_key: str) -> None:
        """Open the ledger on one list: a status, "overdue" or "due_soon" (from the dashboard)."""
        self.ui.messageLabel.clear()
        self.ui.searchEdit.clear()
        for combo in (self.ui.unitCombo, self.ui.sourceCombo, self.ui.yearCombo):
            combo.setCurrentIndex(0)
        self.ui.statusCombo.setCurrentIndex(max(0, self.ui.statusCombo.findData(status_key)))

    def clear_filters(self) -> None:
        self.show_only(ALL)

    def show_finding(self, finding_id: int) -> None:
        """One finding selected, every filter cleared (from a leader's 廉政档案)."""
        self.clear_filters()
        self.refresh(select=finding_id)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page, an old 已保存。 would speak of something the clerk no longer sees."""
        self.ui.messageLabel.clear()
        super().showEvent(event)

    def _show_filters(self) -> None:
        """Any filter in force is said above the actions, with one button to drop them all: a ledger showing
        "共 0 个问题" under a forgotten filter looks like lost data."""
        ui = self.ui
        chosen = [f"{name}“{combo.itemText(combo.currentIndex()).strip()}”" for name, combo in (
            ("单位", ui.unitCombo), ("状态", ui.statusCombo), ("来源", ui.sourceCombo), ("年度", ui.yearCombo))
            if combo.currentIndex() > 0]
        if ui.searchEdit.text().strip():
            chosen.append(f"包含“{ui.searchEdit.text().strip()}”")
        ui.filterLabel.setText(self.tr("当前只显示：{0}，共 {1} 个问题。").format("；".join(chosen), self.model.total))
        ui.filterBar.setVisible(bool(chosen))

    # the ledger ----------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else (rows[0].finding.id if (rows := self.selected()) else None)
        ui = self.ui
        status, source, year = ui.statusCombo.currentData(), ui.sourceCombo.currentData(), ui.yearCombo.currentData()
        unit = ui.unitCombo.currentData()
        chosen = r.LedgerFilter(
            unit_ids=None if unit in (ALL, None) else roster.subtree_ids(self.office.db, unit),
            status=None if status == ALL else status, source=None if source == ALL else source,
            year=None if year == ALL else year, text=ui.searchEdit.text())
        self.query = r.query_for(self.today, chosen)
        pages = r.LedgerPages(self.office.db, self.query)
        self.model.set_source(pages, len(pages.ids(self.model.sort_column, self.model.descending)), self.today)
        self._show_filters()
        rows = self.model.rows
        if keep is not None:
            row_index = next((i for i, row in enumerate(rows) if row.finding.id == keep), -1)
            if row_index >= 0:
                ui.ledgerTable.selectRow(row_index)
        self._selection_changed()

    def selected(self) -> list[r.LedgerRow]:
        indexes = sorted(i.row() for i in self.ui.ledgerTable.selectionModel().selectedRows())
        return [self.model.rows[i] for i in indexes if i < len(self.model.rows)]

    def _selection_changed(self) -> None:
        rows, ui, writable = self.selected(), self.ui, not self.office.read_only
        one = rows[0] if len(rows) == 1 else None
        state = one.status if one else None
        unfed = bool(rows) and all(x.status is S.NOT_FED_BACK for x in rows) \
            and len({x.finding.unit_id for x in rows}) == 1
        ui.newFindingButton.setEnabled(writable)
        ui.remindButton.setEnabled(writable)
        ui.feedBackButton.setEnabled(writable and unfed)
        ui.noticeButton.setEnabled(writable and one is not None and one.finding.feedback_id is not None)
        ui.measuresButton.setEnabled(writable and state in (S.AWAITING_MEASURES, S.MEASURES_OVERDUE))
        ui.doneButton.setEnabled(writable and state in (S.IN_PROGRESS, S.COMPLETION_OVERDUE))
        ui.followUpButton.setEnabled(writable and one is not None and state not in (S.NOT_FED_BACK, S.CLOSED))
        ui.closeButton.setEnabled(writable and state is S.AWAITING_VERIFICATION)
        extendable = (S.AWAITING_MEASURES, S.MEASURES_OVERDUE, S.IN_PROGRESS, S.COMPLETION_OVERDUE)
        ui.extendButton.setEnabled(writable and state in extendable)
        ui.decideButton.setEnabled(writable and one is not None
                                   and bool(r.pending_extensions(self.office.db, one.finding.id)))
        ui.reopenButton.setEnabled(writable and state is S.CLOSED)
        ui.correctButton.setEnabled(writable and one is not None)
        self._show(one)

    def _show(self, row: r.LedgerRow | None) -> None:
        ui = self.ui
        ui.timelineList.clear()
        ui.attachmentsList.clear()
        ui.attachButton.setEnabled(row is not None and not self.office.read_only)
        ui.saveAttachmentButton.setEnabled(False)
        if row is None:
            ui.detailLabel.setText(self.tr("共 {0} 个问题。选择一个问题查看经过。").format(self.model.total))
            return
        f = row.finding
        due = (f"，已逾期{row.overdue_days}天（期限 {format_cn(row.next_due)}）" if row.overdue_days and row.next_due
               else f"，下一期限 {format_cn(row.next_due)}" if row.next_due else "")
        ui.detailLabel.setText(f"{f.unit_short_name} · {row.status.label}{due}\n{f.description}\n"
                               f"来源：{f.source.label}　程度：{f.severity.label}　涉及：{f.rule_ref or '—'}")
        ui.timelineList.addItems(r.timeline(self.office.db, f.id))
        for attachment_id, name, size in r.attachments(self.office.db, f.id):
            item = QListWidgetItem(f"{name}（{max(1, size // 1024)} KB）", ui.attachmentsList)
            item.setData(Qt.ItemDataRole.UserRole, attachment_id)
        ui.saveAttachmentButton.setEnabled(ui.attachmentsList.count() > 0)

    # actions -------------------------------------------------------------------------------
    def new_finding(self) -> None:
        rows = self.selected()
        dialog = FindingDialog(self.office, self.today, rows[0].finding.unit_id if rows else None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.refresh(select=dialog.saved.id)

    def feed_back(self) -> None:
        rows = self.selected()
        dialog = FeedbackDialog(self.office, [x.finding for x in rows], self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=rows[0].finding.id)

    def draft_notice(self) -> None:
        rows = self.selected()
        if len(rows) != 1 or rows[0].finding.feedback_id is None:
            return
        try:
            doc_id = r.draft_rectification_notice(self.office.db, rows[0].finding.feedback_id, self.today)
        except (RuleViolation, StorageError) as e:
            say(self.ui.messageLabel, str(e), error=True)
            return
        say(self.ui.messageLabel, self.tr("已在“文书”中生成整改通知书草稿，可修改后编号印发。"), error=False)
        self.document_drafted.emit(doc_id)

    def file_measures(self) -> None:
        rows = self.selected()
        if len(rows) == 1 and rows[0].finding.feedback_id is not None:
            dialog = MeasuresDialog(self.office, rows[0].finding.feedback_id, self.today, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh(select=rows[0].finding.id)

    def measure_done(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self._dialog(MeasureDoneDialog(self.office, rows[0].finding.id, self.today, self), rows[0].finding.id)

    def request_extension(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            dialog = ExtensionDialog(self.office, rows[0], self.today, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh(select=rows[0].finding.id)

    def decide_extension(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        finding_id = rows[0].finding.id
        pending = r.pending_extensions(self.office.db, finding_id)
        if not pending:
            return
        ext_id, reason, asked, new_due = pending[0]
        choices = [self.tr("批准"), self.tr("不予批准")]
        choice, ok = QInputDialog.getItem(self, self.tr("审批延期"), self.tr(
            "{0} 申请延至 {1}，理由：{2}").format(format_cn(asked), format_cn(new_due), reason), choices, 0, False)
        if ok:
            self._run(lambda: r.decide_extension(self.office.db, finding_id, ext_id, choice == choices[0],
                                                 self.today), finding_id)

    def follow_up(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            dialog = FollowUpDialog(self.office, rows[0].finding.id, self.today, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh(select=rows[0].finding.id)

    def close_finding(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self._dialog(CloseDialog(self.office, rows[0], self.today, self), rows[0].finding.id)

    def correct(self, step_kind: str | None = None) -> None:
        """更正 a recorded step; say what moved; offer to void and redraft an issued notice built on the old record."""
        rows = self.selected()
        if len(rows) != 1:
            return
        dialog = CorrectionDialog(self.office, rows[0].finding.id, self.today, self, step_kind=step_kind)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        self.refresh(select=rows[0].finding.id)
        say(self.ui.messageLabel, dialog.outcome.message(), error=False)
        if dialog.outcome.issued:
            self.offer_reissue(dialog.outcome.issued, dialog.ui.reasonEdit.text())

    def offer_reissue(self, issued: list[IssuedDocument], reason: str) -> None:
        numbers = "、".join(d.number for d in issued)
        answer = QMessageBox.question(self, self.tr("已印发的公文"), self.tr(
            "{0} 依据的是更正前的记录。\n\n作废这些公文（编号保留在发文登记中，注明作废原因），"
            "并按更正后的记录重新起草？\n选“否”则保持原样，以后可在“文书”中处理。").format(numbers))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, drafts = attempt(self.ui.messageLabel, lambda: void_and_redraft(
            self.office.db, [d.id for d in issued], f"依据的记录已更正：{reason}", self.today))
        if ok and drafts:
            say(self.ui.messageLabel, self.tr("已作废 {0}，并在“文书”中重新起草，可核对后编号印发。").format(numbers),
                error=False)
            self.document_drafted.emit(drafts[0])

    def _dialog(self, dialog: QDialog, finding_id: int) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            say(self.ui.messageLabel, self.tr("已保存。"), error=False)
            self.refresh(select=finding_id)

    def _row_menu(self, position: QPoint) -> None:
        """Right-click a finding: what can be done with it now, as the buttons above offer it."""
        ui = self.ui
        menu = QMenu(self)
        for button in (ui.correctButton, ui.feedBackButton, ui.noticeButton, ui.measuresButton, ui.doneButton,
                       ui.extendButton, ui.decideButton, ui.followUpButton, ui.closeButton, ui.reopenButton,
                       ui.attachButton):
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        if not menu.isEmpty():
            menu.exec(ui.ledgerTable.viewport().mapToGlobal(position))

    def reopen(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        reason, ok = QInputDialog.getText(self, self.tr("重新打开"), self.tr("重新打开的原因："))
        if ok:
            self._run(lambda: r.reopen(self.office.db, rows[0].finding.id, self.today, reason), rows[0].finding.id)

    def draft_reminders(self) -> None:
        """督办逾期事项: the units and items first, and what already chases them; drafted only when the clerk agrees."""
        ok, plan = attempt(self.ui.messageLabel, lambda: reminder_plan(self.office.db, self.today))
        if not ok:
            return
        if not plan:
            say(self.ui.messageLabel, self.tr("今天没有逾期事项，未生成督办通知。"), error=False)
            return
        if not self.reminders_wanted(plan):
            return
        ok, drafts = attempt(self.ui.messageLabel, lambda: draft_reminders(self.office.db, self.today))
        if not ok or not drafts:
            return
        say(self.ui.messageLabel, self.tr("已在“文书”中生成 {0} 份督办通知草稿：选中后“批量印发”即可一次编号并打印。")
            .format(len(drafts)), error=False)
        self.document_drafted.emit(drafts[0])

    def reminders_wanted(self, plan: list[UnitReminder]) -> bool:
        lines = []
        for unit in plan:
            lines.append(f"{unit.addressee}：" + "；".join(unit.items))
            lines += [f"　　注意：已有{e}" for e in unit.existing]
        repeated = sum(1 for unit in plan if unit.existing)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("督办逾期事项"), self.tr(
            "将为以下 {0} 个单位各生成一份督办通知草稿（到“文书”中核对后印发）。").format(len(plan)), parent=self)
        box.setStyleSheet("QLabel { min-width: 760px; }")  # a unit's line stays whole, not broken mid-bracket
        box.setInformativeText(("\n".join(lines[:40]) + ("\n……" if len(lines) > 40 else "")) + (self.tr(
            "\n\n其中 {0} 个单位的这些事项已有督办通知：再生成会重复督办。").format(repeated) if repeated else ""))
        go = box.addButton(self.tr("生成草稿"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go if not repeated else box.buttons()[1])
        box.exec()
        return box.clickedButton() is go

    def attach(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("添加附件"))
            if path:
                self.attach_file(rows[0].finding.id, path)

    def attach_file(self, finding_id: int, path: str) -> None:
        try:
            r.attach(self.office.db, finding_id, path, self.today)
        except OSError as e:
            say(self.ui.messageLabel, f"未添加附件：{e}", error=True)
            return
        self._run(lambda: None, finding_id)

    def save_attachment(self) -> None:
        item = self.ui.attachmentsList.currentItem() or self.ui.attachmentsList.item(0)
        if item is None:
            return
        name = item.text().rsplit("（", 1)[0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存附件"), name)
        if path:
            self._run(lambda: r.save_attachment(self.office.db, item.data(Qt.ItemDataRole.UserRole), path),
                      self.selected()[0].finding.id)

    def _run(self, action: Callable[[], object], finding_id: int) -> None:
        if not attempt(self.ui.messageLabel, action)[0]:
            return
        say(self.ui.messageLabel, self.tr("已保存。"), error=False)
        self.refresh(select=finding_id)
