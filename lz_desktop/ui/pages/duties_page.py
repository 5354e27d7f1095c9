"""责任分解: a unit's plan for a year and its duty tasks, each leader's duty list, the responsibility statements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.duties import TaskStatus
from lz_desktop.domain.leaders import post_in_unit
from lz_desktop.services import duties, roster
from lz_desktop.services.office import Connection, Office
from lz_desktop.ui import choices
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.duty_dialogs import DateNoteDialog, TaskDialog, TemplatesDialog
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.duties_page_ui import Ui_DutiesPage
from lz_desktop.ui.printing import save_or_print
from lz_desktop.ui.tab_reading import ReadWhenShown
from lz_desktop.ui.table_rows import DONE, OVERDUE, XLSX, select_key, selected_key, set_row
from lz_desktop.ui.unit_picker import make_searchable
from lz_desktop.ui.waiting import export_and_say

PLAN_UNIT_COLUMN = 9  # shown when every unit's tasks are listed


class DutiesPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DutiesPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self.statements: dict[int, duties.StatementView] = {}
        self.published = False
        ui = self.ui
        ui.yearSpin.setValue(self.today.year)
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.planUnitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        choices.insert(ui.planUnitCombo, 0, self.tr("全部单位"), None)
        make_searchable(ui.planUnitCombo)
        choices.choose(ui.planUnitCombo, duties.default_plan_unit(office.db))
        ui.overdueOnlyCheck.toggled.connect(lambda _on: self.refresh_plan())
        ui.unsignedOnlyCheck.toggled.connect(lambda _on: self.refresh_statements())
        ui.yearSpin.valueChanged.connect(lambda _y: self.refresh())
        ui.planUnitCombo.currentIndexChanged.connect(lambda _i: self.refresh_plan())
        ui.taskTable.itemSelectionChanged.connect(self._task_selected)
        ui.leaderFilterEdit.textChanged.connect(lambda _t: self.refresh_leaders())
        self.reading = ReadWhenShown(ui.tabs, {ui.planTab: self.refresh_plan, ui.listTab: self.refresh_leaders,
                                               ui.statementTab: self.refresh_statements})
        ui.leaderList.currentItemChanged.connect(lambda *_: self._show_duty_list())
        ui.statementTable.itemSelectionChanged.connect(self._statement_selected)
        for button, action in (
                (ui.addTaskButton, self.add_task), (ui.editTaskButton, self.edit_task),
                (ui.progressButton, self.report_progress), (ui.doneButton, self.complete_task),
                (ui.copyButton, self.copy_plan), (ui.publishButton, self.publish),
                (ui.planPdfButton, lambda: self._plan_out(to_printer=False)),
                (ui.printPlanButton, lambda: self._plan_out(to_printer=True)), (ui.exportPlanButton, self.export_plan),
                (ui.listPdfButton, lambda: self._list_out(to_printer=False)),
                (ui.printListButton, lambda: self._list_out(to_printer=True)),
                (ui.templatesButton, self.edit_templates), (ui.exportListsButton, self.export_lists),
                (ui.generateButton, self.generate_statements), (ui.signButton, self.sign_statement),
                (ui.statementPdfButton, lambda: self._statement_out(to_printer=False)),
                (ui.printStatementButton, lambda: self._statement_out(to_printer=True))):
            button.clicked.connect(action)
        for column, width in enumerate((44, 300, 110, 140, 120, 200, 110, 90)):
            ui.taskTable.setColumnWidth(column, width)
        for column, width in enumerate((90, 180, 90, 200, 200)):
            ui.statementTable.setColumnWidth(column, width)
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def plan_unit_id(self) -> int | None:
        return choices.value(self.ui.planUnitCombo)

    def refresh(self) -> None:
        """The tab in view now, the others when they are next shown (a district's 3,000 leaders: 85 ms)."""
        self.reading.mark()

    def _leaders_changed(self) -> None:
        """A task's leaders are part of their duty lists: reread them now if in view, else when shown."""
        self.reading.mark(self.ui.listTab)

    # the plan ------------------------------------------------------------------------------
    def refresh_plan(self, select: int | None = None) -> None:
        """One unit's plan, or with 全部单位 every plan's tasks of the year (to read, not to add to)."""
        ui, unit_id, db = self.ui, self.plan_unit_id, self.office.db
        keep = select if select is not None else selected_key(ui.taskTable)
        views = (duties.tasks(db, unit_id, self.year, self.today) if unit_id is not None
                 else duties.tasks_of_year(db, self.year, self.today))
        if ui.overdueOnlyCheck.isChecked():
            views = [v for v in views if v.status is TaskStatus.OVERDUE]
        names = {u.id: u.short_name for u in roster.list_units(db)}
        ui.taskTable.setColumnHidden(PLAN_UNIT_COLUMN, unit_id is not None)
        ui.taskTable.setRowCount(len(views))
        for row, view in enumerate(views):
            t = view.task
            colour = (OVERDUE if view.status is TaskStatus.OVERDUE else DONE if view.status.finished else None)
            set_row(ui.taskTable, row, [*duties.plan_cells(t), view.status.label, t.last_progress,
                                        names.get(t.plan_unit_id, "")], t.id, colour)
        ui.taskTable.resizeRowsToContents()
        found = duties.plan(db, unit_id, self.year) if unit_id is not None else None
        if unit_id is None:
            ui.publishedLabel.setText(self.tr("全部单位的{0}年度任务；新增任务、公布和打印请选择计划单位").format(self.year))
            ui.publishedLabel.setStyleSheet("color: #555;")
        elif found is not None and found.published_on is not None:
            ui.publishedLabel.setText(self.tr("已于{0}公布（第十条）").format(format_cn(found.published_on)))
            ui.publishedLabel.setStyleSheet("color: #2e7d32;")
        else:
            ui.publishedLabel.setText(self.tr("本年度计划尚未公布（第十条：制定年度计划并予以公布）"))
            ui.publishedLabel.setStyleSheet("color: #b26a00;")
        self.published = found is not None and found.published_on is not None
        select_key(ui.taskTable, keep)
        self._task_selected()

    def show_unsigned(self) -> None:
        """This year's statements not yet signed (from 总览's 责任书未签订)."""
        self.ui.yearSpin.setValue(self.today.year)
        self.ui.unsignedOnlyCheck.setChecked(True)
        self.ui.tabs.setCurrentWidget(self.ui.statementTab)

    def show_statement(self, statement_id: int, year: int) -> None:
        """One statement selected in its year, signed or not (from a leader's 廉政档案)."""
        ui = self.ui
        ui.yearSpin.setValue(year)
        ui.unsignedOnlyCheck.setChecked(False)
        ui.tabs.setCurrentWidget(ui.statementTab)
        self.refresh_statements(select=statement_id)

    def show_overdue(self) -> None:
        """Every unit's overdue tasks of this year (from 总览)."""
        self.ui.yearSpin.setValue(self.today.year)
        choices.choose(self.ui.planUnitCombo, None)
        self.ui.overdueOnlyCheck.setChecked(True)
        self.ui.tabs.setCurrentWidget(self.ui.planTab)

    def _task_selected(self) -> None:
        ui, writable = self.ui, not self.office.read_only
        task_id = selected_key(ui.taskTable)
        task = duties.task(self.office.db, task_id) if task_id is not None else None
        ui.addTaskButton.setEnabled(writable and self.plan_unit_id is not None)
        ui.copyButton.setEnabled(writable and self.plan_unit_id is not None and ui.taskTable.rowCount() == 0)
        one_plan = self.plan_unit_id is not None and ui.taskTable.rowCount() > 0
        ui.publishButton.setEnabled(writable and one_plan and not self.published)
        for button in (ui.planPdfButton, ui.printPlanButton):
            button.setEnabled(one_plan)
        ui.editTaskButton.setEnabled(writable and task is not None)
        ui.progressButton.setEnabled(writable and task is not None and task.done_on is None)
        ui.doneButton.setEnabled(writable and task is not None and task.done_on is None)
        if task is None:
            ui.progressView.setPlainText(self.tr("共 {0} 项任务。选择一项查看进展。").format(ui.taskTable.rowCount()))
            return
        reports = duties.progress(self.office.db, task.id)
        lines = [f"第{task.seq}项　{task.content}", f"牵头：{task.lead_unit}　协办：{task.supporting_units or '—'}"
                 f"　责任领导：{task.leaders or '—'}　完成时限：{format_cn(task.deadline)}"]
        lines += [f"{format_cn(day)}　{text}" for day, text in reports] or [self.tr("尚无进展报告。")]
        ui.progressView.setPlainText("\n".join(lines))

    def add_task(self) -> None:
        if self.plan_unit_id is None:
            return
        dialog = TaskDialog(self.office, self.year, self.plan_unit_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_plan(select=dialog.saved)
            self._leaders_changed()

    def edit_task(self) -> None:
        task_id = selected_key(self.ui.taskTable)
        if task_id is None:
            return
        task = duties.task(self.office.db, task_id)
        dialog = TaskDialog(self.office, task.year, task.plan_unit_id, task_id=task_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_plan(select=task_id)
            self._leaders_changed()

    def report_progress(self) -> None:
        task_id = selected_key(self.ui.taskTable)
        if task_id is None:
            return
        task = duties.task(self.office.db, task_id)
        dialog = DateNoteDialog(
            self.tr("报告进展"), task.content,
            lambda day, note: duties.report_progress(self.office.db, task_id, day, note, today=self.today),
            day=self.today, date_label=self.tr("报告日期"), note_label=self.tr("进展情况"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_plan(select=task_id)

    def complete_task(self) -> None:
        task_id = selected_key(self.ui.taskTable)
        if task_id is None:
            return
        task = duties.task(self.office.db, task_id)
        dialog = DateNoteDialog(
            self.tr("标记完成"), self.tr("{0}\n完成时限：{1}").format(task.content, format_cn(task.deadline)),
            lambda day, _note: duties.complete_task(self.office.db, task_id, day, today=self.today),
            day=self.today, date_label=self.tr("完成日期"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_plan(select=task_id)

    def copy_plan(self) -> None:
        unit_id = self.plan_unit_id
        if unit_id is None:
            return
        if self._run(lambda: duties.copy_plan(self.office.db, unit_id, self.year - 1, self.year),
                     self.tr("已复制{0}年度计划的 {{0}} 项任务；完成时限顺延一年，请逐项核对。").format(self.year - 1)):
            self.refresh_plan()
            self._leaders_changed()

    def publish(self) -> None:
        unit_id = self.plan_unit_id
        if unit_id is None:
            return
        dialog = DateNoteDialog(
            self.tr("公布年度计划"), self.tr("{0}年度党风廉政建设工作计划（{1}）").format(
                self.year, self.ui.planUnitCombo.currentText().strip(INDENT)),
            lambda day, _note: duties.publish_plan(self.office.db, unit_id, self.year, day, today=self.today),
            day=self.today, date_label=self.tr("公布日期"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_plan()

    def _plan_out(self, *, to_printer: bool) -> None:
        unit_id = self.plan_unit_id
        if unit_id is None:
            return
        outcome = save_or_print(self, self.tr("计划表另存为 PDF"), self.tr("{0}年度任务分解表.pdf").format(self.year),
                                lambda db: duties.plan_pdf(db, unit_id, self.year), office=self.office,
                                to_printer=to_printer)
        if outcome:
            say(self.ui.messageLabel, outcome, error=outcome.startswith("未"))

    def export_plan(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出本年全部计划"),
                                              self.tr("{0}年度计划.xlsx").format(self.year), XLSX)
        if path:
            year, today = self.year, self.today
            self._export(path, self.tr("正在导出计划…"), lambda db, file: duties.export_plan(db, year, file, today))

    # duty lists ----------------------------------------------------------------------------
    def refresh_leaders(self) -> None:
        ui = self.ui
        keep = ui.leaderList.currentItem().data(Qt.ItemDataRole.UserRole) if ui.leaderList.currentItem() else None
        text = ui.leaderFilterEdit.text().strip()
        ui.leaderList.blockSignals(True)
        ui.leaderList.clear()
        for row in duties.leaders_of_year(self.office.db, self.year):
            label = f"{row.unit_short_name}　{row.leader.name}（{row.leader.post}）"
            if text and text not in label:
                continue
            item = QListWidgetItem(label, ui.leaderList)
            item.setData(Qt.ItemDataRole.UserRole, row.leader.id)
            if row.leader.id == keep:
                ui.leaderList.setCurrentItem(item)
        ui.leaderList.blockSignals(False)
        self._show_duty_list()

    def selected_leader(self) -> int | None:
        item = self.ui.leaderList.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_duty_list(self) -> None:
        ui, leader_id = self.ui, self.selected_leader()
        for button in (ui.listPdfButton, ui.printListButton):
            button.setEnabled(leader_id is not None)
        ui.templatesButton.setEnabled(not self.office.read_only)
        if leader_id is None:
            ui.dutyListView.setPlainText(self.tr("{0}年度在任的领导干部共 {1} 人。选择一人查看其责任清单。").format(
                self.year, ui.leaderList.count()))
            return
        duty_list = duties.duty_list(self.office.db, leader_id, self.year)
        head = (f"{duty_list.unit_name}　{duty_list.leader_name}（{duty_list.post}）　"
                f"{duty_list.role.label}（{duty_list.role.article}）")
        portfolio = [f"分管工作：{duty_list.portfolio}"] if duty_list.portfolio else []
        body = duty_list.lines()
        split = len(duty_list.duties)
        tasks = body[split:] or [self.tr("本年度计划未分配具体任务。")]
        ui.dutyListView.setPlainText("\n".join([
            self.tr("{0}年度党风廉政建设责任清单").format(self.year), head, *portfolio, "", self.tr("一、岗位职责"),
            *body[:split], "", self.tr("二、年度工作任务"), *tasks]))

    def _list_out(self, *, to_printer: bool) -> None:
        leader_id = self.selected_leader()
        if leader_id is None:
            return
        name = self.ui.leaderList.currentItem().text().split("\u3000")[-1].split("（")[0]
        default = self.tr("{0}{1}年度责任清单.pdf").format(name, self.year)
        outcome = save_or_print(self, self.tr("责任清单另存为 PDF"), default,
                                lambda db: duties.duty_list_pdf(db, leader_id, self.year, self.today),
                                office=self.office, to_printer=to_printer)
        if outcome:
            say(self.ui.messageLabel, outcome, error=outcome.startswith("未"))

    def edit_templates(self) -> None:
        if TemplatesDialog(self.office, self).exec() == QDialog.DialogCode.Accepted:
            say(self.ui.messageLabel, self.tr("职责模板已保存；责任清单按新模板显示，已生成的责任书不变。"),
                error=False)
            self._show_duty_list()

    def export_lists(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出本年全部责任清单"),
                                              self.tr("{0}年度责任清单.xlsx").format(self.year), XLSX)
        if path:
            year = self.year
            self._export(path, self.tr("正在导出责任清单…"), lambda db, file: duties.export_duty_lists(db, year, file))

    # statements ----------------------------------------------------------------------------
    def refresh_statements(self, select: int | None = None) -> None:
        ui = self.ui
        keep = select if select is not None else selected_key(ui.statementTable)
        views = duties.statements(self.office.db, self.year)
        if ui.unsignedOnlyCheck.isChecked():
            views = [view for view in views if view.row.signed_on is None]
        self.statements = {view.row.id: view for view in views}
        ui.statementTable.setRowCount(len(views))
        for row, view in enumerate(views):
            s = view.row
            set_row(ui.statementTable, row, [s.superior, s.superior_post, s.subordinate,
                                             post_in_unit(s.subordinate_unit, s.subordinate_post), view.level,
                                             format_cn(s.signed_on) if s.signed_on else self.tr("未签订")],
                    s.id, None if s.signed_on else OVERDUE)
        signed, made = duties.signing_rate(self.office.db, self.year)
        rate = f"{signed / made * 100:.1f}%" if made else "—"
        ui.rateLabel.setText(self.tr("{0}年度责任书：已生成 {1} 份，已签订 {2} 份，签订率 {3}").format(
            self.year, made, signed, rate))
        select_key(ui.statementTable, keep)
        self._statement_selected()

    def _statement_selected(self) -> None:
        ui, writable = self.ui, not self.office.read_only
        statement_id = selected_key(ui.statementTable)
        view = self.statements.get(statement_id) if statement_id is not None else None
        unsigned = view is not None and view.row.signed_on is None
        ui.generateButton.setEnabled(writable)
        ui.signButton.setEnabled(writable and unsigned)
        for button in (ui.statementPdfButton, ui.printStatementButton):
            button.setEnabled(statement_id is not None)

    def generate_statements(self) -> None:
        outcome: list[tuple[int, int]] = []

        def act() -> int:
            outcome.append(duties.generate_statements(self.office.db, self.year, self.today))
            return outcome[0][0]

        if self._run(act, self.tr("已生成 {0} 份责任书（按当前责任清单；已有的保持原文不变）。")):
            self.refresh_statements()

    def sign_statement(self) -> None:
        statement_id = selected_key(self.ui.statementTable)
        if statement_id is None:
            return
        s = self.statements[statement_id].row
        parties = (f"{s.superior}（{s.superior_post}）— "
                   f"{s.subordinate}（{post_in_unit(s.subordinate_unit, s.subordinate_post)}）")
        dialog = DateNoteDialog(
            self.tr("登记签订"), self.tr("{0}年度党风廉政建设责任书：{1}").format(self.year, parties),
            lambda day, _note: duties.sign_statement(self.office.db, statement_id, day, today=self.today),
            day=self.today, date_label=self.tr("签订日期"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_statements(select=statement_id)

    def _statement_out(self, *, to_printer: bool) -> None:
        statement_id = selected_key(self.ui.statementTable)
        if statement_id is None:
            return
        outcome = save_or_print(self, self.tr("责任书另存为 PDF"), self.tr("{0}年度责任书.pdf").format(self.year),
                                lambda db: duties.statement_pdf(db, statement_id), office=self.office,
                                to_printer=to_printer)
        if outcome:
            say(self.ui.messageLabel, outcome, error=outcome.startswith("未"))

    # ---------------------------------------------------------------------------------------
    def _export(self, path: str, working: str, write: Callable[[Connection, str], object]) -> None:
        """A workbook of the whole year, written by a worker (a district's 3,000 duty lists take 3 s)."""
        export_and_say(self, self.ui.messageLabel, working, self.office, path, write,
                       self.tr("已导出：{0}").format(path))

    def _run(self, action: Callable[[], object], done: str) -> bool:
        """Run a service call; say what happened (a count fills {0}) or why nothing was done."""
        ok, result = attempt(self.ui.messageLabel, action)
        if not ok:
            return False
        say(self.ui.messageLabel, done.format(result) if "{0}" in done else done, error=False)
        return True
