"""检查考核 › 指标体系: the year's indicators as an editable tree, and the grade bands (Art. 14).

The tree is read into plain `Indicator`s only on save; a cell that is not a number is named by its
place, and nothing typed is cleared when the service refuses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QTreeWidgetItem

from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.inspections import DEFAULT_BANDS, Feed, GradeBand, Indicator, Method, fmt
from lz_desktop.services import inspections
from lz_desktop.services.office import Office, StorageError
from lz_desktop.ui.dialogs.problems import ProblemDisplay
from lz_desktop.ui.forms.inspections_page_ui import Ui_InspectionsPage

EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class IndicatorEditor:
    def __init__(self, ui: Ui_InspectionsPage, office: Office):
        self.ui, self.office, self.year, self.writable = ui, office, 0, False
        self.problems = ProblemDisplay(ui.systemErrorLabel, {"indicators": ui.systemTree, "bands": ui.bandsTable})
        for column, width in enumerate((220, 60, 420, 110)):
            ui.systemTree.setColumnWidth(column, width)
        ui.bandsTable.setColumnWidth(0, 80)
        ui.bandsTable.setColumnWidth(1, 110)
        ui.addTopButton.clicked.connect(lambda: self.add_indicator(top=True))
        ui.addChildButton.clicked.connect(lambda: self.add_indicator(top=False))
        ui.removeIndicatorButton.clicked.connect(self.remove_selected)
        ui.systemTree.itemChanged.connect(lambda _item, _column: self._show_total())

    def load(self, year: int) -> None:
        ui, self.year = self.ui, year
        self.problems.clear()
        found = inspections.system(self.office.db, year)
        writable = not self.office.read_only and inspections.editable(self.office.db, year)
        self.writable = writable and found is not None
        ui.systemTree.blockSignals(True)
        ui.systemTree.clear()
        for top in found.indicators if found else ():
            item = self._item(None, top)
            for child in top.children:
                self._item(item, child)
        ui.systemTree.expandAll()
        ui.systemTree.blockSignals(False)
        self._fill_bands(found.bands if found else DEFAULT_BANDS)
        ui.systemNameEdit.setText(found.name if found else "")
        ui.startYearButton.setVisible(found is None)
        ui.startYearButton.setEnabled(not self.office.read_only)
        for widget in (ui.addTopButton, ui.addChildButton, ui.removeIndicatorButton, ui.saveSystemButton,
                       ui.systemNameEdit, ui.bandsTable):
            widget.setEnabled(writable and found is not None)
        if found is None:
            ui.systemHint.setText(f"{year}年度还没有考核指标体系。“建立本年度指标体系”按上一年度的复制；没有上一年度的，"
                                  "按示例指标体系建立，再根据本年工作重点调整（第十四条）。")
        elif not writable:
            ui.systemHint.setText("已有按此指标体系记录的评分，指标不再修改；调整请在下一年度的指标体系中进行。")
        else:
            ui.systemHint.setText("双击单元格修改。一级指标分值合计须为100分；有二级指标的，二级指标分值之和须等于一级指标分值。"
                                  "计分方式为“按民主评议满意率计分”的指标，得分＝分值×该单位本年度民主评议总体满意率。")
        self._show_total()

    def _item(self, parent: QTreeWidgetItem | None, indicator: Indicator) -> QTreeWidgetItem:
        tree = self.ui.systemTree
        item = QTreeWidgetItem([indicator.name, fmt(indicator.points), indicator.rule])
        item.setFlags(EDITABLE if self.writable else Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        if parent is None:
            tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        method, feed = QComboBox(), QComboBox()
        for m in Method:
            method.addItem(m.label, m.value)
        for f in Feed:
            feed.addItem(f.label, f.value)
        method.setCurrentIndex(method.findData(indicator.method.value))
        feed.setCurrentIndex(feed.findData(indicator.feed.value))
        method.setEnabled(self.writable)
        feed.setEnabled(self.writable)
        tree.setItemWidget(item, 3, method)
        tree.setItemWidget(item, 4, feed)
        return item

    def add_indicator(self, *, top: bool) -> None:
        tree = self.ui.systemTree
        current = tree.currentItem()
        if top or current is None:
            item = self._item(None, Indicator("新的一级指标", 10))
        else:
            parent = current.parent() or current
            item = self._item(parent, Indicator("新的二级指标", 5))
            parent.setExpanded(True)
        tree.setCurrentItem(item)
        tree.editItem(item, 0)
        self._show_total()

    def remove_selected(self) -> None:
        item = self.ui.systemTree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            self.ui.systemTree.takeTopLevelItem(self.ui.systemTree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)
        self._show_total()

    def _fill_bands(self, bands: tuple[GradeBand, ...]) -> None:
        table = self.ui.bandsTable
        table.setRowCount(len(bands))
        for row, band in enumerate(bands):
            table.setItem(row, 0, QTableWidgetItem(band.label))
            table.setItem(row, 1, QTableWidgetItem(fmt(band.minimum)))
            check = QTableWidgetItem("")
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if band.no_zero else Qt.CheckState.Unchecked)
            table.setItem(row, 2, check)

    def _show_total(self) -> None:
        tree = self.ui.systemTree
        try:
            total = sum(float(tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount()))
        except ValueError:
            self.ui.pointsLabel.setText("分值须为数字")
            return
        ok = abs(total - 100) < 1e-9
        self.ui.pointsLabel.setText(f"一级指标合计 {fmt(round(total, 1))} 分" + ("" if ok else "（应为100分）"))
        self.ui.pointsLabel.setStyleSheet("font-weight: bold;" + ("" if ok else " color: #b00020;"))

    # reading the tree back -------------------------------------------------------------------------
    def indicators(self) -> list[Indicator]:
        tree, problems = self.ui.systemTree, []

        def read(item: QTreeWidgetItem, where: str, children: tuple[Indicator, ...] = ()) -> Indicator:
            text = item.text(1).strip()
            try:
                points = float(text)
            except ValueError:
                problems.append(FieldProblem("indicators", "分值",
                                             f"{where}“{item.text(0)}”：{text or '（空）'}不是数字"))
                points = 0.0
            method, feed = tree.itemWidget(item, 3), tree.itemWidget(item, 4)
            assert isinstance(method, QComboBox) and isinstance(feed, QComboBox)
            return Indicator(item.text(0), points, item.text(2), Method(method.currentData()), Feed(feed.currentData()),
                             children)

        out = []
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            children = tuple(read(top.child(j), f"第{i + 1}.{j + 1}项二级指标") for j in range(top.childCount()))
            out.append(read(top, f"第{i + 1}项一级指标", children))
        if problems:
            raise ValidationError(problems)
        return out

    def bands(self) -> list[GradeBand]:
        table, out, problems = self.ui.bandsTable, [], []
        for row in range(table.rowCount()):
            label, minimum = table.item(row, 0), table.item(row, 1)
            try:
                value = float(minimum.text()) if minimum else 0.0
            except ValueError:
                problems.append(FieldProblem("bands", "分数线", f"第{row + 1}行：{minimum.text()}不是数字"))
                continue
            no_zero = table.item(row, 2) is not None and table.item(row, 2).checkState() == Qt.CheckState.Checked
            out.append(GradeBand(label.text() if label else "", value, no_zero))
        if problems:
            raise ValidationError(problems)
        return out

    def save(self) -> str:
        """Save what is shown; the outcome as a sentence ("" when refused: the problems are shown)."""
        try:
            inspections.save_system(self.office.db, self.year, self.ui.systemNameEdit.text(), self.indicators(),
                                    self.bands())
        except ValidationError as e:
            self.problems.show(e.problems)
            return ""
        except (RuleViolation, StorageError) as e:
            self.problems.show_message(str(e))
            return ""
        self.problems.clear()
        self.load(self.year)
        return f"{self.year}年度考核指标体系已保存。"
