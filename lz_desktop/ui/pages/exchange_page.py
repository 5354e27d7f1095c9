"""报送: packages out to a folder (a USB drive), returned workbooks checked and reviewed unit by unit, the
chosen changes merged; and where each unit stands this year (sent, returned, merged, overdue)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from lz_desktop.domain.dates import format_cn
from lz_desktop.services import exchange, exchange_import
from lz_desktop.services.exchange_import import PackageCheck
from lz_desktop.services.office import Office, worker_office
from lz_desktop.ui.chinese import from_qdate
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.exchange_page_ui import Ui_ExchangePage
from lz_desktop.ui.waiting import run_waiting

HEADERS = ("单位", "状态", "下发日期", "报送截止日期", "报回日期", "下发行数", "已合并行数")


class _Cell(QTableWidgetItem):
    """Sorted by what it stands for (a date, a count), not by its text: 11月10日 after 11月2日."""

    def __init__(self, text: str, key: object):
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.key, getattr(other, "key", None)
        try:
            return bool(mine < theirs)  # type: ignore[operator]
        except TypeError:
            return (mine is None, str(mine)) < (theirs is None, str(theirs))
RECORD = Qt.ItemDataRole.UserRole  # a change's record key on its tree item
PROBLEM = QBrush(QColor("#b00020"))


class ExchangePage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_ExchangePage()
        self.ui.setupUi(self)
        self.office = office
        self.today = today or dt.date.today()
        self.checks: list[PackageCheck] = []
        ui = self.ui
        ui.yearSpin.setValue(self.today.year)
        due = self.today + dt.timedelta(days=15)
        ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
        ui.standingTable.setColumnCount(len(HEADERS))
        ui.standingTable.setHorizontalHeaderLabels(HEADERS)
        ui.standingTable.verticalHeader().hide()
        # Long lines (a conflict names both values) wrap within the pane instead of running off its edge.
        ui.reviewTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.reviewTree.setTextElideMode(Qt.TextElideMode.ElideNone)
        ui.yearSpin.valueChanged.connect(self.refresh)
        ui.exportButton.clicked.connect(self.choose_export)
        ui.importButton.clicked.connect(self.choose_import)
        ui.mergeButton.clicked.connect(self.merge)
        ui.discardButton.clicked.connect(self.discard)
        for button in (ui.exportButton, ui.importButton, ui.mergeButton):
            button.setEnabled(not office.read_only)
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    def refresh(self) -> None:
        rows = exchange.standings(self.office.db, self.year, self.today)
        table = self.ui.standingTable
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            cells = ((s.unit_short_name, r), (s.label, (not s.overdue, s.label)), (format_cn(s.issued_on), s.issued_on),
                     (format_cn(s.due_on), s.due_on), (format_cn(s.returned_on), s.returned_on or dt.date.max),
                     (str(s.rows_sent), s.rows_sent), (str(s.rows_merged), s.rows_merged))
            for c, (text, key) in enumerate(cells):
                item = _Cell(text, key)
                if c == 1 and s.overdue:
                    item.setForeground(PROBLEM)
                table.setItem(r, c, item)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        counts = exchange.standing_counts(self.office.db, self.year, self.today)
        self.ui.countsLabel.setText(
            f"{self.year}年度：已下发 {counts['sent']} 个单位，已报回 {counts['returned']} 个，"
            f"已合并 {counts['merged']} 个，逾期未报 {counts['overdue']} 个。" if counts["sent"]
            else f"{self.year}年度尚未下发报送表。点“生成报送表…”为各单位生成，拷贝给单位用 WPS 或 Excel 填写。")
        self._show_review()

    # out ------------------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        if not self.new_packages_wanted():
            return
        folder = QFileDialog.getExistingDirectory(self, "选择保存报送表的文件夹（如U盘）")
        if folder:
            self.export_to(Path(folder))

    def new_packages_wanted(self) -> bool:
        """New packages supersede the ones still out: say how many, and how many are overdue, first."""
        waiting, overdue = exchange.outstanding(self.office.db, self.year, self.today)
        if not waiting:
            return True
        answer = QMessageBox.question(
            self, "再次生成报送表", f"{self.year}年度已下发的 {waiting} 份报送表尚未报回（其中 {overdue} 份已逾期）。\n"
            "再次生成将为各单位下发新表，报送情况和截止日期以新表为准；单位报回旧表仍可导入。继续吗？")
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, folder: Path) -> exchange.ExportOutcome | None:
        office, year, today = self.office, self.year, self.today
        due, contact = from_qdate(self.ui.dueEdit.date()), self.ui.contactEdit.text().strip()

        def work(count: Callable[[int, int], None], cancelled: Callable[[], bool]) -> exchange.ExportOutcome:
            with worker_office(office, read_only=False) as writer:
                return exchange.export_packages(writer.db, year, folder, today=today, due_on=due, contact=contact,
                                                progress=count, cancelled=cancelled)

        try:
            made = run_waiting(self, "正在生成各单位的报送表…", work, what="生成报送表")
        except Exception as e:  # a rule or the drive refused: said on the page
            say(self.ui.messageLabel, f"未生成：{e}", error=True)
            return None
        self.refresh()
        if made is None or made.cancelled:
            written = len(made.written) if made else 0
            say(self.ui.messageLabel, f"已取消；此前已生成的 {written} 份报送表已登记为下发。", error=False)
            return made
        skipped = f"（{len(made.nothing_due)} 个单位本年度无需报送）" if made.nothing_due else ""
        say(self.ui.messageLabel, f"已生成 {len(made.written)} 份{year}年度报送表{skipped}，截止日期"
            f"{format_cn(due)}，保存在：{folder}", error=False)
        return made

    # back ------------------------------------------------------------------------------------------------
    def choose_import(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, "选择单位报回的报送表", "", "报送表 (*.xlsx);;所有文件 (*)")
        if files:
            self.check_files([Path(f) for f in files])

    def check_files(self, paths: list[Path]) -> list[PackageCheck]:
        office, year, today = self.office, self.year, self.today

        def work(count: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[PackageCheck]:
            with worker_office(office, read_only=False) as checker:  # the trial merge is rolled back
                return exchange_import.check_all(checker.db, paths, today=today, year=year, progress=count,
                                                 cancelled=cancelled)

        try:
            found = run_waiting(self, "正在检查报回的报送表…", work)
        except Exception as e:  # said on the page; nothing was written
            say(self.ui.messageLabel, f"未能检查：{e}", error=True)
            return []
        self.checks = found or []
        mergeable = sum(c.mergeable for c in self.checks)
        troubled = sum(bool(c.refused or c.problems) for c in self.checks)
        # In the order the clerk works through them: the mergeable, then those to send back, then the rest.
        self.checks.sort(key=lambda c: (not c.mergeable, not (c.refused or c.problems)))
        self._show_review()
        counted = f"已检查 {len(self.checks)} 份报送表：{mergeable} 份可合并" + (
            f"，{troubled} 份有问题或未导入（红色，须退回单位）" if troubled else "")
        say(self.ui.messageLabel, counted + ("；请在下方核对后点“合并勾选的内容”。" if mergeable else "。"),
            error=not mergeable)
        return self.checks

    def _show_review(self) -> None:
        tree = self.ui.reviewTree
        tree.clear()
        for check in self.checks:
            top = _plain(check.summary())
            tree.addTopLevelItem(top)
            if check.refused or check.problems:
                top.setForeground(0, PROBLEM)
            for problem in check.problems:
                item = _plain(f"× {problem.text()}")
                item.setForeground(0, PROBLEM)
                top.addChild(item)
            for change in check.changes if check.mergeable else ():
                top.addChild(_checkable(f"“{change.kind.sheet_title}”表第{change.row}行：{change.what}",
                                        change.record, True))
            for conflict in check.conflicts if check.mergeable else ():
                c = conflict.change
                where = f"冲突 · “{c.kind.sheet_title}”表第{c.row}行"
                # The box beside the line that says what ticking it does; the two values under it.
                head = (_plain(f"{where}：不能采用单位填报，保留本机关记录（{conflict.refused}）") if conflict.refused
                        else _checkable(f"{where}：勾选则采用单位填报（不勾选则保留本机关记录）", c.record, False))
                head.addChild(_plain(f"本机关记录：{conflict.office_value}"))
                head.addChild(_plain(f"单位填报：{conflict.unit_value}"))
                top.addChild(head)
                head.setExpanded(True)
            top.setExpanded(True)
        self.ui.reviewPane.setVisible(bool(self.checks))
        self.ui.mergeButton.setEnabled(not self.office.read_only and any(c.mergeable for c in self.checks))

    def chosen(self) -> list[tuple[PackageCheck, set[str], set[str]]]:
        """Per mergeable package: the changes and the conflicts the clerk ticked."""
        out = []
        tree = self.ui.reviewTree
        for i, check in enumerate(self.checks):
            if not check.mergeable:
                continue
            top = tree.topLevelItem(i)
            ticked = {str(top.child(j).data(0, RECORD)) for j in range(top.childCount())
                      if top.child(j).checkState(0) is Qt.CheckState.Checked}
            conflicts = {c.change.record for c in check.conflicts}
            out.append((check, ticked - conflicts, ticked & conflicts))
        return out

    def merge(self) -> int:
        picked = [(c, take, mine) for c, take, mine in self.chosen() if take or mine]
        if not picked:
            say(self.ui.messageLabel, "没有勾选任何内容。", error=True)
            return 0
        rows = sum(len(t) + len(m) for _c, t, m in picked)
        answer = QMessageBox.question(self, "合并报送内容", f"将合并 {len(picked)} 个单位报送的 {rows} 行内容，"
                                      "每个单位的报送表作为一次修改记入审计记录。继续吗？")
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        office, today = self.office, self.today

        def work(count: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> tuple[int, list[str]]:
            # Each package is its own transaction: one refused does not stop the others, and there is no
            # half-merged package to cancel into.
            merged, refused = 0, []
            with worker_office(office, read_only=False) as writer:
                for i, (check, take, mine) in enumerate(picked):
                    try:
                        merged += exchange_import.apply_package(writer.db, check, today=today, take=take,
                                                                conflicts_taken=mine)
                    except Exception as e:  # said on the page, unit by unit
                        refused.append(f"{check.unit_name}：{e}")
                    count(i + 1, len(picked))
            return merged, refused

        outcome = run_waiting(self, "正在合并报送内容…", work, what="合并报送内容", cancellable=False)
        merged, refused = outcome if outcome else (0, ["未完成"])
        refused_units = {line.split("：", 1)[0] for line in refused}
        self.checks = [c for c, _t, _m in picked if c.unit_name in refused_units]  # to decide again
        self.refresh()
        if refused:
            say(self.ui.messageLabel, f"已合并 {merged} 行；未合并：" + "；".join(refused), error=True)
        else:
            say(self.ui.messageLabel, f"已合并 {len(picked)} 个单位报送的 {merged} 行。", error=False)
        return merged

    def discard(self) -> None:
        self.checks = []
        self._show_review()
        say(self.ui.messageLabel, "已清除检查结果，未合并任何内容。", error=False)


def _plain(text: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text])
    item.setToolTip(0, text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
    return item


def _checkable(text: str, record: str, checked: bool) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text])
    item.setToolTip(0, text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(0, RECORD, record)
    return item
