"""检查考核: the year's inspections, scoring unit by unit, results with grades and ranks, feedback and the
report (Art. 11-14, 19), the indicator system, and each leader's results over the years (Art. 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.inspections import fmt
from lz_desktop.services import duties, inspections
from lz_desktop.services import inspection_results as results
from lz_desktop.services.leader_record import record_lines
from lz_desktop.services.office import Office
from lz_desktop.services.roster_io import WorkbookError
from lz_desktop.ui.bar_chart import BarChart
from lz_desktop.ui.dialogs.duty_dialogs import DateNoteDialog
from lz_desktop.ui.dialogs.inspection_dialog import InspectionDialog
from lz_desktop.ui.dialogs.problems import ProblemDisplay, attempt, say
from lz_desktop.ui.forms.inspections_page_ui import Ui_InspectionsPage
from lz_desktop.ui.pages.indicator_editor import IndicatorEditor
from lz_desktop.ui.pages.score_pane_mixin import ScorePane
from lz_desktop.ui.printing import save_or_print
from lz_desktop.ui.tab_reading import ReadWhenShown
from lz_desktop.ui.table_rows import OVERDUE, XLSX, set_row


class InspectionsPage(ScorePane):
    document_drafted = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_InspectionsPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self.unit_id: int | None = None
        self.dirty = False
        ui = self.ui
        self.editor = IndicatorEditor(ui, office)
        self.score_problems = ProblemDisplay(ui.scoreErrorLabel, {"scores": ui.scoreTable, "sheet": ui.scoreTable})
        self.distribution, self.averages = BarChart("得分分布（单位个数）"), BarChart("各一级指标平均得分率")
        ui.chartLayout.addWidget(self.distribution)
        ui.chartLayout.addWidget(self.averages)
        ui.yearSpin.setValue(self.today.year)
        ui.yearSpin.valueChanged.connect(lambda _y: self.refresh())
        ui.inspectionCombo.currentIndexChanged.connect(lambda _i: self.show_inspection())
        ui.unitList.currentItemChanged.connect(self._unit_changed)
        ui.scoreTable.itemChanged.connect(self._edited)
        ui.resultsTable.itemSelectionChanged.connect(self._result_selected)
        ui.leaderFilterEdit.textChanged.connect(lambda _t: self.refresh_leaders())
        # The leaders of the year (3,000 in a district, 55 ms) are listed when their tab is in view.
        self.reading = ReadWhenShown(ui.tabs, {ui.useTab: self.refresh_leaders})
        ui.leaderList.currentItemChanged.connect(lambda *_: self._show_leader())
        for button, action in (
                (ui.newInspectionButton, self.new_inspection), (ui.editInspectionButton, self.edit_inspection),
                (ui.saveScoresButton, self.save_scores), (ui.fillEvaluationButton, self.fill_from_evaluations),
                (ui.exportSheetButton, self.export_sheet), (ui.importSheetButton, self.import_sheet),
                (ui.finalizeButton, self.finalize), (ui.feedBackButton, self.feed_back),
                (ui.reportButton, self.draft_report), (ui.exportResultsButton, self.export_results),
                (ui.resultsPdfButton, lambda: self._results_out(to_printer=False)),
                (ui.printResultsButton, lambda: self._results_out(to_printer=True)),
                (ui.saveSystemButton, self.save_system), (ui.startYearButton, self.start_year)):
            button.clicked.connect(action)
        for column, width in enumerate((100, 150, 50, 300, 70, 70, 220)):
            ui.scoreTable.setColumnWidth(column, width)
        for column, width in enumerate((50, 130, 110, 60, 70, 60)):
            ui.resultsTable.setColumnWidth(column, width)
        ui.resultsSplitter.setSizes([560, 600])
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def inspection_id(self) -> int | None:
        return self.ui.inspectionCombo.currentData()

    def show_inspection_of(self, inspection_id: int, year: int) -> None:
        """One inspection of its year (from a leader's 廉政档案)."""
        self.ui.yearSpin.blockSignals(True)
        self.ui.yearSpin.setValue(year)
        self.ui.yearSpin.blockSignals(False)
        self.refresh(select=inspection_id)

    def refresh(self, select: int | None = None) -> None:
        ui = self.ui
        keep = select if select is not None else self.inspection_id
        ui.inspectionCombo.blockSignals(True)
        ui.inspectionCombo.clear()
        for found in inspections.inspections(self.office.db, self.year):
            ui.inspectionCombo.addItem(f"{found.title}（{found.unit_short_name}）", found.id)
        ui.inspectionCombo.setCurrentIndex(max(0, ui.inspectionCombo.findData(keep)))
        ui.inspectionCombo.blockSignals(False)
        self.editor.load(self.year)
        self.show_inspection()
        self.reading.mark(self.ui.useTab)

    def show_inspection(self) -> None:
        ui, inspection_id = self.ui, self.inspection_id
        writable = not self.office.read_only
        ui.newInspectionButton.setEnabled(writable)
        found = inspections.inspection(self.office.db, inspection_id) if inspection_id is not None else None
        final = found is not None and found.finalized_on is not None
        ui.editInspectionButton.setEnabled(writable and found is not None and not final)
        for button in (ui.fillEvaluationButton, ui.importSheetButton, ui.finalizeButton):
            button.setEnabled(writable and found is not None and not final)
        # Once results are 确定, a score is still corrected, with a reason (services/inspections.correct_scores).
        ui.saveScoresButton.setEnabled(writable and found is not None)
        ui.saveScoresButton.setText(self.tr("更正评分…") if final else self.tr("保存本单位评分"))
        ui.exportSheetButton.setEnabled(found is not None)
        if found is None:
            ui.stateLabel.setText(f"{self.year}年度尚未登记检查考核（第十三条：每年至少一次）。")
        else:
            state = (f"结果已于{format_cn(found.finalized_on)}确定" if found.finalized_on else "评分中")
            fed = len(found.fed_back)
            ui.stateLabel.setText(
                f"{found.unit_short_name}组织，{format_cn(found.start_on)}至{format_cn(found.end_on)}，"
                f"{'、'.join(m.label for m in found.methods)}；{len(found.units)}个单位；{state}"
                + (f"；已反馈 {fed} 个单位" if fed else "")
                + (f"；{format_cn(found.reported_on)}已报告党委" if found.reported_on else ""))
        self.refresh_units()
        self.refresh_results()

    # scoring -----------------------------------------------------------------------------------
    def refresh_units(self) -> None:
        ui, inspection_id = self.ui, self.inspection_id
        keep = self.unit_id
        ui.unitList.blockSignals(True)
        ui.unitList.clear()
        rows = {r.unit_id: r for r in inspections.unit_results(self.office.db, inspection_id)} if inspection_id else {}
        found = inspections.inspection(self.office.db, inspection_id) if inspection_id else None
        for unit_id, name in found.units if found else ():
            r = rows[unit_id]
            state = f"{fmt(r.total)} 分" if r.complete else f"缺 {r.missing} 项"
            item = QListWidgetItem(f"{name}　{state}", ui.unitList)
            item.setData(Qt.ItemDataRole.UserRole, unit_id)
            item.setForeground(Qt.GlobalColor.darkRed if not r.complete else Qt.GlobalColor.black)
            if unit_id == keep:
                ui.unitList.setCurrentItem(item)
        if ui.unitList.currentItem() is None and ui.unitList.count():
            ui.unitList.setCurrentRow(0)
        ui.unitList.blockSignals(False)
        item = ui.unitList.currentItem()
        self.unit_id = int(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.fill_scores()

    def fill_from_evaluations(self) -> None:
        if self.inspection_id is None:
            return
        inspection_id = self.inspection_id

        def act() -> str:
            filled, lacking = inspections.fill_from_evaluations(self.office.db, inspection_id)
            note = f"；本年度未开展民主评议、须另行评分的：{'、'.join(lacking)}" if lacking else ""
            return f"已按民主评议满意率计分 {filled} 项{note}。"

        self._run(act)

    def export_sheet(self) -> None:
        if self.inspection_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "导出评分表", f"{self.year}年度评分表.xlsx", XLSX)
        if path:
            inspection_id = self.inspection_id
            self._run(lambda: f"已导出评分表：{results.export_score_sheet(self.office.db, inspection_id, path)}")

    def import_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "导入评分表", "", XLSX)
        if path:
            self.import_sheet_from(path)

    def import_sheet_from(self, path: str) -> bool:
        """Check every row; import all of them, or (with any problem) none, and say which rows and why."""
        if self.inspection_id is None:
            return False
        try:
            check = results.check_score_sheet(self.office.db, self.inspection_id, path)
        except WorkbookError as e:
            self.score_problems.show_message(f"未导入：{e}")
            return False
        if check.problems:
            more = len(check.problems) - 30
            shown = check.problems[:30] + ([f"……另有 {more} 处"] if more > 0 else [])
            self.score_problems.show_message(f"未导入任何评分：共 {check.total} 行，{len(check.problems)} 处问题，"
                                             "请在表格中修改后重新导入。\n" + "\n".join(f"· {p}" for p in shown))
            return False
        return self._run(lambda: f"已导入 {results.import_score_sheet(self.office.db, check)} 项评分"
                                 f"（{check.total} 行）。")

    # results -----------------------------------------------------------------------------------
    def refresh_results(self) -> None:
        ui, inspection_id, writable = self.ui, self.inspection_id, not self.office.read_only
        rows = inspections.unit_results(self.office.db, inspection_id) if inspection_id else []
        found = inspections.inspection(self.office.db, inspection_id) if inspection_id else None
        self.results = rows
        ui.resultsTable.setRowCount(len(rows))
        for row, r in enumerate(rows):
            fed = found.fed_back.get(r.unit_id) if found else None
            set_row(ui.resultsTable, row, [*results.result_cells(r), format_cn(fed) if fed else ""], r.unit_id,
                    None if r.complete else OVERDUE)
        missing = inspections.missing_text(rows)
        final = found is not None and found.finalized_on is not None
        if found is None:
            ui.missingLabel.setText("")
        elif missing:
            ui.missingLabel.setText(f"尚缺评分，结果未确定：{missing}。")
            ui.missingLabel.setStyleSheet("color: #b00020;")
        else:
            ui.missingLabel.setText("评分已齐。" + ("" if final else "核对无误后“确定结果”，再向各单位反馈。"))
            ui.missingLabel.setStyleSheet("color: #2e7d32;")
        unfed = found is not None and len(found.fed_back) < len(found.units)
        ui.feedBackButton.setEnabled(writable and final and unfed)
        ui.reportButton.setEnabled(writable and final)
        for button in (ui.resultsPdfButton, ui.printResultsButton, ui.exportResultsButton):
            button.setEnabled(found is not None)
        if inspection_id is not None:
            spread, averages = results.charts(self.office.db, inspection_id)
            self.distribution.set_data([s for s, _n in spread], [float(n) for _s, n in spread],
                                       max([n for _s, n in spread] + [1]) + 1, "")
            self.averages.set_data([a[0] for a in averages], [a[2] for a in averages], 100, "%")
        else:
            self.distribution.set_data([], [], 1)
            self.averages.set_data([], [], 1)
        self._result_selected()

    def _result_selected(self) -> None:
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        r = self.results[rows[0].row()] if rows and rows[0].row() < len(self.results) else None
        if r is None:
            self.ui.resultDetail.setPlainText("选择一个单位查看扣分明细。")
            return
        lines = [inspections.result_line(r)]
        lines += [f"{name}：扣 {fmt(points)} 分。{reason}" for name, points, reason in r.deductions] or ["无扣分。"]
        self.ui.resultDetail.setPlainText("\n".join(lines))

    def finalize(self) -> None:
        inspection_id = self.inspection_id
        if inspection_id is None or (self.dirty and not self.save_scores()):
            return
        dialog = DateNoteDialog("确定考核结果",
                                "结果确定后评分不再修改；确定后可向各单位反馈、向党委报告（第十九条）。",
                                lambda day, _n: inspections.finalize(self.office.db, inspection_id, day,
                                                                     today=self.today),
                                day=self.today, date_label="确定日期", parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            say(self.ui.messageLabel, "结果已确定。", error=False)
            self.show_inspection()

    def feed_back(self) -> None:
        inspection_id = self.inspection_id
        if inspection_id is None:
            return
        outcome: list[results.FeedbackOutcome] = []
        dialog = DateNoteDialog(
            "向各单位反馈", "各单位的扣分项列入整改台账并同日反馈，整改措施须在一个月内报备（第十九条）；"
            "每个单位的反馈通知在“文书”中生成草稿。",
            lambda day, contact: outcome.append(results.feed_back_results(
                self.office.db, inspection_id, day, today=self.today, contact=contact)),
            day=self.today, date_label="反馈日期", note_label="联系人及电话",
            note_hint="留空则用“设置 → 本机关”中的公文联系人和电话",
            note_optional=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and outcome:
            say(self.ui.messageLabel, f"已反馈；{outcome[0].findings} 个扣分项已列入整改台账，"
                f"{len(outcome[0].documents)} 份反馈通知草稿在“文书”中。", error=False)
            self.show_inspection()
            if outcome[0].documents:
                self.document_drafted.emit(outcome[0].documents[0])

    def draft_report(self) -> None:
        inspection_id = self.inspection_id
        if inspection_id is None:
            return
        made: list[int] = []
        dialog = DateNoteDialog("向党委报告", "检查考核情况报告同级党委（党组）（第十九条），在“文书”中生成草稿。",
                                lambda day, _n: made.append(results.draft_report(self.office.db, inspection_id, day,
                                                                                 today=self.today)),
                                day=self.today, date_label="报告日期", parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and made:
            say(self.ui.messageLabel, "报告草稿已在“文书”中生成。", error=False)
            self.show_inspection()
            self.document_drafted.emit(made[0])

    def _results_out(self, *, to_printer: bool) -> None:
        inspection_id = self.inspection_id
        if inspection_id is None:
            return
        outcome = save_or_print(self, "结果表另存为 PDF", f"{self.year}年度检查考核结果.pdf",
                                lambda db: results.results_pdf(db, inspection_id, self.today),
                                office=self.office, to_printer=to_printer)
        if outcome:
            say(self.ui.messageLabel, outcome, error=outcome.startswith("未"))

    def export_results(self) -> None:
        inspection_id = self.inspection_id
        if inspection_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "导出结果", f"{self.year}年度检查考核结果.xlsx", XLSX)
        if path:
            self._run(lambda: f"已导出：{results.export_results(self.office.db, inspection_id, path)}")

    # inspections and the system ---------------------------------------------------------------------
    def new_inspection(self) -> None:
        dialog = InspectionDialog(self.office, self.year, self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=dialog.saved)

    def edit_inspection(self) -> None:
        if self.inspection_id is None:
            return
        dialog = InspectionDialog(self.office, self.year, self.today, inspection_id=self.inspection_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=dialog.saved)

    def save_system(self) -> None:
        text = self.editor.save()
        if text:
            say(self.ui.messageLabel, text, error=False)
            self.show_inspection()

    def start_year(self) -> None:
        if self._run(lambda: f"已建立{inspections.start_year(self.office.db, self.year).name}，可按本年工作重点调整。"):
            self.editor.load(self.year)

    # use of results (Art. 20) -------------------------------------------------------------------------
    def refresh_leaders(self) -> None:
        ui, text = self.ui, self.ui.leaderFilterEdit.text().strip()
        ui.leaderList.blockSignals(True)
        ui.leaderList.clear()
        for row in duties.leaders_of_year(self.office.db, self.year):
            label = f"{row.unit_short_name}　{row.leader.name}（{row.leader.post}）"
            if text in label:
                item = QListWidgetItem(label, ui.leaderList)
                item.setData(Qt.ItemDataRole.UserRole, row.leader.id)
        ui.leaderList.blockSignals(False)
        self._show_leader()

    def _show_leader(self) -> None:
        item = self.ui.leaderList.currentItem()
        if item is None:
            self.ui.leaderResultsView.setPlainText("选择一名领导干部，查看其任职单位历年的检查考核结果和责任追究情况（第二十条："
                                                   "作为领导班子总体评价和领导干部业绩评定、奖励惩处、选拔任用的重要依据）。")
            return
        lines = record_lines(self.office.db, int(item.data(Qt.ItemDataRole.UserRole)), self.today)
        self.ui.leaderResultsView.setPlainText("\n\n".join([item.text(), *lines]))

    def _run(self, action: Callable[[], object]) -> bool:
        ok, text = attempt(self.ui.messageLabel, action)
        if not ok:
            return False
        say(self.ui.messageLabel, str(text), error=False)
        self.show_inspection()
        return True

