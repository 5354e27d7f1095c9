"""责任追究: the cases with their status and timeline, decisions per subject, the restrictions in force on a date
(Art. 28), and decisions not carried out with the notice urging them (Art. 29)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from lz_desktop.domain.cases import CaseStatus
from lz_desktop.domain.dates import format_cn
from lz_desktop.services import case_papers, cases
from lz_desktop.services.office import Office
from lz_desktop.ui.chinese import from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.case_dialogs import CaseDialog, DecisionDialog
from lz_desktop.ui.dialogs.duty_dialogs import DateNoteDialog
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.cases_page_ui import Ui_CasesPage
from lz_desktop.ui.models.record_table_model import Record, RecordTableModel, select_key, selected_key
from lz_desktop.ui.pages.opinions_section import OpinionsSection
from lz_desktop.ui.printing import save_or_print
from lz_desktop.ui.tab_reading import ReadWhenShown
from lz_desktop.ui.table_rows import DONE, OVERDUE, XLSX
from lz_desktop.ui.waiting import export_and_say

ALL = "all"
S = CaseStatus


class CasesPage(QWidget):
    document_drafted = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self.views: dict[int, cases.CaseView] = {}
        ui = self.ui
        ui.yearCombo.addItem("全部年度", ALL)
        for year in range(self.today.year, self.today.year - 6, -1):
            ui.yearCombo.addItem(f"{year}年", year)
        ui.statusCombo.addItem("全部状态", ALL)
        for status in CaseStatus:
            ui.statusCombo.addItem(status.label, status.value)
        setup_date_edit(ui.onDateEdit)
        ui.onDateEdit.setDate(to_qdate(self.today))
        for combo in (ui.yearCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.searchEdit.textChanged.connect(lambda _t: self.refresh())
        self.case_model = RecordTableModel(
            [self.tr(h) for h in ("编号", "受理日期", "来源", "单位", "对象", "状态", "线索内容")], self)
        self.restriction_model = RecordTableModel(
            [self.tr(h) for h in ("姓名", "单位", "案件", "限制", "截止", "原因")], self)
        self.pending_model = RecordTableModel(
            [self.tr(h) for h in ("案件", "单位", "作出日期", "已过天数", "处理决定")], self)
        for table, model in ((ui.caseTable, self.case_model), (ui.restrictionsTable, self.restriction_model),
                             (ui.pendingTable, self.pending_model)):
            table.setModel(model)
        ui.caseTable.selectionModel().selectionChanged.connect(lambda *_: self._case_selected())
        # 廉政意见回复 answers from the same records and needs the same permission: a tab of this page.
        self.opinions = OpinionsSection(office, self.today)
        self.opinions.setObjectName("opinionsTab")
        ui.tabs.addTab(self.opinions, self.tr("廉政意见回复"))
        self.opinions.document_drafted.connect(self.document_drafted.emit)
        # The Art. 28 and Art. 29 lists are read when their tab is in view (about 100 ms for a district).
        self.reading = ReadWhenShown(ui.tabs, {ui.restrictionsTab: self.refresh_restrictions,
                                               ui.oversightTab: self.refresh_pending})
        ui.caseTable.doubleClicked.connect(lambda _i: self.edit_case())
        ui.decisionsList.currentItemChanged.connect(lambda *_: self._update_actions())
        ui.onDateEdit.dateChanged.connect(lambda _d: self.refresh_restrictions())
        ui.daysSpin.valueChanged.connect(lambda _v: self.refresh_pending())
        for button, action in (
                (ui.newButton, self.new_case), (ui.editButton, self.edit_case),
                (ui.investigateButton, self.start_investigation), (ui.decideButton, self.decide),
                (ui.carryOutButton, self.carry_out), (ui.closeButton, self.close_case), (ui.reopenButton, self.reopen),
                (ui.noticeButton, self.draft_notice), (ui.exportButton, self.export),
                (ui.registerPdfButton, lambda: self._register_out(to_printer=False)),
                (ui.printRegisterButton, lambda: self._register_out(to_printer=True)),
                (ui.remindButton, self.draft_reminders)):
            button.clicked.connect(action)
        for column, width in enumerate((100, 110, 90, 110, 150, 90)):
            ui.caseTable.setColumnWidth(column, width)
        for column, width in enumerate((70, 110, 100, 260, 100)):
            ui.restrictionsTable.setColumnWidth(column, width)
        for column, width in enumerate((110, 120, 110, 70)):
            ui.pendingTable.setColumnWidth(column, width)
        ui.splitter.setSizes([700, 500])
        self.refresh()

    # the cases -------------------------------------------------------------------------------
    def shown(self) -> list[cases.CaseView]:
        ui = self.ui
        year, status = ui.yearCombo.currentData(), ui.statusCombo.currentData()
        return cases.cases(self.office.db, year=None if year == ALL else year,
                           status=None if status == ALL else CaseStatus(status), text=ui.searchEdit.text())

    def refresh(self, select: int | None = None) -> None:
        ui = self.ui
        keep = select if select is not None else selected_key(ui.caseTable)
        views = self.shown()
        self.views = {v.row.id: v for v in views}
        self.case_model.set_records([
            Record(v.row.id, (v.row.number, format_cn(v.row.draft.received_on), v.row.draft.source.label,
                              v.row.unit_short_name, v.row.subjects, v.status.label, v.row.draft.content),
                   DONE if v.status is S.CLOSED else None) for v in views])
        select_key(ui.caseTable, keep)
        self._case_selected()
        self.reading.mark()

    def show_case(self, case_id: int) -> None:
        """One case selected, every year and status (from a leader's 廉政档案)."""
        ui = self.ui
        for widget in (ui.yearCombo, ui.statusCombo, ui.searchEdit):
            widget.blockSignals(True)
        ui.yearCombo.setCurrentIndex(0)
        ui.statusCombo.setCurrentIndex(0)
        ui.searchEdit.clear()
        for widget in (ui.yearCombo, ui.statusCombo, ui.searchEdit):
            widget.blockSignals(False)
        ui.tabs.setCurrentWidget(ui.casesTab)
        self.refresh(select=case_id)

    def selected(self) -> cases.CaseView | None:
        case_id = selected_key(self.ui.caseTable)
        return self.views.get(case_id) if case_id is not None else None

    def selected_decision(self) -> int | None:
        item = self.ui.decisionsList.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _case_selected(self) -> None:
        ui, view = self.ui, self.selected()
        ui.decisionsList.clear()
        if view is None:
            ui.detailView.setPlainText(f"共 {len(self.views)} 件。选择一件查看经过。")
            self._update_actions()
            return
        c = view.row
        lines = [f"{c.number}　{view.status.label}", f"来源：{c.draft.source.label}"
                 + (f"（{c.draft.assigned_by}）" if c.draft.assigned_by else "")
                 + f"　办理：{c.draft.body.label}", f"对象：{c.unit_short_name} {c.subjects}",
                 "情形：" + "；".join(f"{x.label}（{x.article}）" for x in c.draft.circumstances),
                 f"线索：{c.draft.content}", "", "经过："]
        lines += cases.timeline(self.office.db, c.id)
        if c.conclusion and view.status is S.CLOSED:
            lines += ["", f"结案意见：{c.conclusion}"]
        ui.detailView.setPlainText("\n".join(lines))
        for d in cases.decisions(self.office.db, c.id):
            state = (f"已于{format_cn(d.carried_out_on)}执行" if d.carried_out_on
                     else "不予追究" if not d.draft.sanctions else "未执行")
            paper = "，已起草决定通知" if d.document_id else ""
            text = f"{cases.describe_decision(self.office.db, d)}　〔{state}{paper}〕"
            item = QListWidgetItem(text, ui.decisionsList)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            if d.draft.sanctions and not d.carried_out_on:
                item.setBackground(OVERDUE)
        if ui.decisionsList.count():
            ui.decisionsList.setCurrentRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        ui, view, writable = self.ui, self.selected(), not self.office.read_only
        status = view.status if view else None
        decision_id = self.selected_decision()
        decision = next((d for d in cases.decisions(self.office.db, view.row.id) if d.id == decision_id),
                        None) if view and decision_id else None
        ui.newButton.setEnabled(writable)
        ui.editButton.setEnabled(writable and view is not None)
        ui.investigateButton.setEnabled(writable and status is S.LEAD)
        ui.decideButton.setEnabled(writable and status in (S.INVESTIGATING, S.DECIDED, S.CARRIED_OUT))
        ui.carryOutButton.setEnabled(writable and decision is not None and bool(decision.draft.sanctions)
                                     and decision.carried_out_on is None and status is not S.CLOSED)
        ui.noticeButton.setEnabled(writable and decision is not None and bool(decision.draft.sanctions)
                                   and decision.document_id is None)
        ui.closeButton.setEnabled(writable and status in (S.INVESTIGATING, S.CARRIED_OUT))
        ui.reopenButton.setEnabled(writable and status is S.CLOSED)
        for button in (ui.registerPdfButton, ui.printRegisterButton, ui.exportButton):
            button.setEnabled(bool(self.views))

    def new_case(self) -> None:
        dialog = CaseDialog(self.office, self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            say(self.ui.messageLabel, "线索已登记。", error=False)
            self.refresh(select=dialog.saved)

    def edit_case(self) -> None:
        view = self.selected()
        if view is None or self.office.read_only:
            return
        dialog = CaseDialog(self.office, self.today, case_id=view.row.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            say(self.ui.messageLabel, "已保存修改，记入案件经过。", error=False)
            self.refresh(select=view.row.id)

    def _dated(self, title: str, what: str, action: Callable[[dt.date, str], object], date_label: str,
               note_label: str = "", note_hint: str = "") -> bool:
        dialog = DateNoteDialog(title, what, action, day=self.today, date_label=date_label, note_label=note_label,
                                note_hint=note_hint, parent=self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def start_investigation(self) -> None:
        view = self.selected()
        if view is not None and self._dated(
                "开始调查", f"{view.row.number}：{view.row.draft.content}",
                lambda day, _n: cases.start_investigation(self.office.db, view.row.id, day, today=self.today),
                "开始调查日期"):
            self.refresh(select=view.row.id)

    def decide(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = DecisionDialog(self.office, view.row.id, self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            moved = "；".join(dialog.moved)
            say(self.ui.messageLabel, "处理决定已记录；可选中后“起草决定通知”。"
                + (f"影响期随之变化：{moved}" if moved else ""), error=False)
            self.refresh(select=view.row.id)

    def carry_out(self) -> None:
        view, decision_id = self.selected(), self.selected_decision()
        if view is not None and decision_id is not None and self._dated(
                "处理决定执行完毕", self.ui.decisionsList.currentItem().text(),
                lambda day, _n: cases.carry_out(self.office.db, decision_id, day, today=self.today), "执行日期"):
            self.refresh(select=view.row.id)

    def close_case(self) -> None:
        view = self.selected()
        if view is not None and self._dated(
                "结案", f"{view.row.number}：{view.row.draft.content}",
                lambda day, text: cases.close(self.office.db, view.row.id, day, text, today=self.today), "结案日期",
                "结案意见", "如：处理决定已执行，案件办结。/ 经调查，反映问题不属实，予以了结。"):
            self.refresh(select=view.row.id)

    def reopen(self) -> None:
        view = self.selected()
        if view is not None and self._dated(
                "重新打开", f"{view.row.number}：{view.row.draft.content}",
                lambda _day, reason: cases.reopen(self.office.db, view.row.id, reason, today=self.today), "日期",
                "理由"):
            self.refresh(select=view.row.id)

    def draft_notice(self) -> None:
        view, decision_id = self.selected(), self.selected_decision()
        if view is None or decision_id is None:
            return
        self._run(lambda: case_papers.draft_decision_notice(self.office.db, decision_id),
                  "决定通知草稿已在“文书”中生成，可修改后编号印发。", view.row.id, emit=True)

    def _register_out(self, *, to_printer: bool) -> None:
        views = self.shown()
        outcome = save_or_print(self, "案件登记表另存为 PDF", "责任追究案件登记表.pdf",
                                lambda db: case_papers.register_pdf(db, views, "责任追究案件登记表", self.today),
                                office=self.office, to_printer=to_printer)
        if outcome:
            say(self.ui.messageLabel, outcome, error=outcome.startswith("未"))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "导出案件登记", "责任追究案件登记.xlsx", XLSX)
        if path:
            views = self.shown()
            export_and_say(self, self.ui.messageLabel, "正在导出案件登记…", self.office, path,
                           lambda db, file: case_papers.export_register(db, views, file),
                           f"已导出所示 {len(views)} 件：{path}")

    # Art. 28 and Art. 29 -------------------------------------------------------------------------
    def refresh_restrictions(self) -> None:
        ui, day = self.ui, from_qdate(self.ui.onDateEdit.date())
        rows = cases.restrictions_in_force(self.office.db, day)
        self.restriction_model.set_records([
            Record(r.leader_id, (r.name, r.unit_short_name, r.case_number, x.kind.label,
                                 format_cn(x.until) if x.until else "长期", x.reason))
            for r in rows for x in (r.restriction,)])
        ui.restrictionsTable.resizeRowsToContents()

    def refresh_pending(self) -> None:
        ui = self.ui
        rows = cases.pending_decisions(self.office.db, self.today, older_than_days=ui.daysSpin.value())
        self.pending_model.set_records([
            Record(p.decision.id, (p.case_number, p.unit_short_name, format_cn(p.decision.draft.decided_on),
                                   str(p.days), p.text), OVERDUE) for p in rows])
        ui.remindButton.setEnabled(not self.office.read_only and bool(rows))

    def show_pending(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.oversightTab)

    def draft_reminders(self) -> None:
        made: list[list[int]] = []
        if self._run(lambda: made.append(case_papers.draft_oversight_notices(
                self.office.db, self.today, older_than_days=self.ui.daysSpin.value())), "", None) and made:
            say(self.ui.messageLabel, f"已在“文书”中生成 {len(made[0])} 份督促落实通知草稿（第二十九条）。",
                error=False)
            if made[0]:
                self.document_drafted.emit(made[0][0])

    def _run(self, action: Callable[[], object], done: str, select: int | None, *, emit: bool = False) -> bool:
        ok, result = attempt(self.ui.messageLabel, action)
        if not ok:
            return False
        if done:
            say(self.ui.messageLabel, done, error=False)
        self.refresh(select=select)
        if emit and isinstance(result, int):
            self.document_drafted.emit(result)
        return True
