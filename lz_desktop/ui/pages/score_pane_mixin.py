"""检查考核 › 评分: one unit's scores in the table, checked and written whole, and corrected with a reason once
the results are 确定 (services/inspections.correct_scores). A part of the 检查考核 page (InspectionsPage), kept
apart so that the page holds the inspection, its results and its documents, and this the scoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QTableWidgetItem, QWidget

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.inspections import Feed, Score, fmt, scoring_indicators
from lz_desktop.services import inspections
from lz_desktop.services.office import StorageError
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.table_rows import OVERDUE

SCORE_COLUMNS = (4, 5, 6, 7)  # 自评得分, 考核得分, 扣分理由, 备注: what the clerk types
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class ScorePane(QWidget):
    """Needs the page's `office`, `today`, `inspection_id`, `unit_id`, `ui` (scoreTable, unitList,
    unitTotalLabel, messageLabel), `score_problems`, and its `refresh_units` and `refresh_results`."""

    def fill_scores(self) -> None:
        ui, inspection_id, unit_id = self.ui, self.inspection_id, self.unit_id
        self.score_problems.clear()
        ui.scoreTable.blockSignals(True)
        ui.scoreTable.setRowCount(0)
        self.leaves = []
        if inspection_id is not None and unit_id is not None:
            found = inspections.inspection(self.office.db, inspection_id)
            system = inspections.system_of(self.office.db, found)
            self.leaves = scoring_indicators(system.indicators)
            current = inspections.scores(self.office.db, inspection_id)
            final = self.office.read_only  # after 确定 the cells stay editable: saving them is a 更正
            ui.scoreTable.setRowCount(len(self.leaves))
            for row, (leaf, parent) in enumerate(self.leaves):
                s = current.get((unit_id, leaf.id or 0))
                fed = leaf.feed is Feed.EVALUATION and "满意率" not in leaf.rule
                rule = leaf.rule + ("（按民主评议满意率计分）" if fed else "")
                cells = [parent.name if parent else leaf.name, leaf.name if parent else "", fmt(leaf.points), rule,
                         fmt(s.self_score) if s and s.self_score is not None else "",
                         fmt(s.score) if s and s.score is not None else "", s.reason if s else "",
                         s.comment if s else ""]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column not in SCORE_COLUMNS or final:
                        item.setFlags(READ_ONLY)
                    if column == 5 and not text:
                        item.setBackground(OVERDUE)  # missing: visible before results are final
                    ui.scoreTable.setItem(row, column, item)
            ui.scoreTable.resizeRowsToContents()
        ui.scoreTable.blockSignals(False)
        self.dirty = False
        self._show_unit_total()

    def _edited(self, item: QTableWidgetItem) -> None:
        self.dirty = True
        if item.column() == 5:
            item.setBackground(OVERDUE if not item.text().strip() else Qt.GlobalColor.white)

    def _show_unit_total(self) -> None:
        rows = inspections.unit_results(self.office.db, self.inspection_id) if self.inspection_id else []
        mine = next((r for r in rows if r.unit_id == self.unit_id), None)
        self.ui.unitTotalLabel.setText(inspections.result_line(mine) if mine else "")

    def _unit_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        """Moving to another unit saves this one's scores; if they cannot be saved, the clerk stays to fix them."""
        if self.dirty and previous is not None and not self.save_scores():
            self.ui.unitList.blockSignals(True)
            self.ui.unitList.setCurrentItem(previous)
            self.ui.unitList.blockSignals(False)
            return
        self.unit_id = int(current.data(Qt.ItemDataRole.UserRole)) if current else None
        self.fill_scores()

    def entered_scores(self) -> list[Score]:
        table, out, problems = self.ui.scoreTable, [], []
        for row, (leaf, parent) in enumerate(self.leaves):
            values = []
            for column in (4, 5):
                text = table.item(row, column).text().strip()
                try:
                    values.append(float(text) if text else None)
                except ValueError:
                    where = f"“{parent.name}·{leaf.name}”" if parent else f"“{leaf.name}”"
                    header = table.horizontalHeaderItem(column).text()
                    problems.append(FieldProblem("scores", header, f"{where}：{text}不是数字"))
                    values.append(None)
            out.append(Score(leaf.id or 0, values[0], values[1], table.item(row, 6).text(), table.item(row, 7).text()))
        if problems:
            raise ValidationError(problems)
        return out

    def save_scores(self) -> bool:
        if self.inspection_id is None or self.unit_id is None:
            return False
        found = inspections.inspection(self.office.db, self.inspection_id)
        if found.finalized_on is not None:
            return self.correct_scores(found.finalized_on)
        inspection_id, unit_id = self.inspection_id, self.unit_id
        return self._scores_written(lambda: inspections.save_scores(
            self.office.db, inspection_id, unit_id, self.entered_scores()) or "已保存本单位评分。")

    def correct_scores(self, finalized_on: dt.date) -> bool:
        assert self.inspection_id is not None and self.unit_id is not None
        reason, ok = QInputDialog.getText(self, self.tr("更正评分"), self.tr(
            "结果已于{0}确定。更正评分须写明理由（记入更正记录，前后分数留有审计记录）：").format(format_cn(finalized_on)))
        if not ok:
            return False
        inspection_id, unit_id = self.inspection_id, self.unit_id
        return self._scores_written(lambda: self.tr("已更正。") + "\n".join(inspections.correct_scores(
            self.office.db, inspection_id, unit_id, self.entered_scores(), reason=reason, today=self.today)))

    def _scores_written(self, write: Callable[[], str]) -> bool:
        """Run one write of the unit's scores: refused in the score pane, nothing typed lost; done, said and shown."""
        try:
            said = write()
        except ValidationError as e:
            self.score_problems.show(e.problems)
            return False
        except (RuleViolation, StorageError) as e:
            self.score_problems.show_message(str(e))
            return False
        self.score_problems.clear()
        self.dirty = False
        say(self.ui.messageLabel, said, error=False)
        self.refresh_units()
        self.refresh_results()
        return True

