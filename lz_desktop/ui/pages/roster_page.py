"""单位与班子: the unit tree beside the roster of leaders (forms/roster_page.ui)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.obligations import Status
from lz_desktop.domain.units import Unit
from lz_desktop.services import obligations, roster, roster_io
from lz_desktop.services.office import Office, StorageError
from lz_desktop.services.roster_io import WorkbookError
from lz_desktop.ui.article_links import warn
from lz_desktop.ui.dialogs.import_report_dialog import ImportReportDialog
from lz_desktop.ui.dialogs.unit_dialog import UnitDialog
from lz_desktop.ui.forms.roster_page_ui import Ui_RosterPage
from lz_desktop.ui.models.leader_table_model import LeaderTableModel
from lz_desktop.ui.models.unit_tree_model import ALL_UNITS_LABEL, UnitIdRole, UnitTreeModel
from lz_desktop.ui.table_columns import ColumnChooser
from lz_desktop.ui.waiting import export_file, reading, run_waiting, writing

HEADER_KEY = "roster/leaderHeader"
SPLITTER_KEY = "roster/splitter"
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
FILTER_DELAY_MS = 120  # one query per pause in typing, not per keystroke


class RosterPage(QWidget):
    open_obligations = Signal(int)  # a unit's yearly duties in 会议
    open_record = Signal(str)  # a line of a leader's 廉政档案: "meeting:12", "finding:5", "case:3", …

    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self._units: list[Unit] = []
        # The leader list (3,000 in a district) is read once the page is put together, not at each step of it.
        self._ready, self._quiet = False, False
        self.unit_model = UnitTreeModel(self)
        self.leader_model = LeaderTableModel(self._load_leaders, self)
        ui = self.ui
        ui.unitTree.setModel(self.unit_model)
        ui.leaderTable.setModel(self.leader_model)
        ui.readOnlyBanner.setVisible(office.read_only)
        ui.leaderTable.verticalHeader().setDefaultSectionSize(26)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.refresh_leaders(records_changed=False))
        ui.filterEdit.textChanged.connect(lambda _text: self._filter_timer.start())
        ui.unitTree.selectionModel().currentChanged.connect(self._unit_changed)
        ui.leaderTable.doubleClicked.connect(lambda _index: self.edit_leader())
        ui.leaderTable.selectionModel().selectionChanged.connect(self._update_actions)
        ui.addUnitButton.clicked.connect(self.add_unit)
        ui.editUnitButton.clicked.connect(self.edit_unit)
        ui.deleteUnitButton.clicked.connect(self.delete_unit)
        ui.addLeaderButton.clicked.connect(self.add_leader)
        ui.editLeaderButton.clicked.connect(self.edit_leader)
        ui.deleteLeaderButton.clicked.connect(self.delete_leader)
        ui.fileButton.clicked.connect(self.show_file)
        ui.importButton.clicked.connect(self.import_roster)
        ui.exportButton.clicked.connect(self.export_roster)
        ui.templateButton.clicked.connect(self.save_template)
        ui.obligationsLabel.linkActivated.connect(lambda _link: self._open_obligations())
        self.reload_units()
        ui.unitTree.setCurrentIndex(self.unit_model.index_of(None))
        self.columns = ColumnChooser(ui.leaderTable, HEADER_KEY)  # right-click the header to choose columns
        self.restore_layout()
        self._ready = True
        self.refresh_leaders()

    # state ---------------------------------------------------------------------------------
    def current_unit_id(self) -> int | None:
        index = self.ui.unitTree.currentIndex()
        return index.data(UnitIdRole) if index.isValid() else None

    def current_unit(self) -> Unit | None:
        unit_id = self.current_unit_id()
        return next((u for u in self._units if u.id == unit_id), None)

    def selected_leader_id(self) -> int | None:
        rows = self.ui.leaderTable.selectionModel().selectedRows()
        row = self.leader_model.leader_at(rows[0].row()) if rows else None
        return row.leader.id if row else None

    def reload_units(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_unit_id()
        self._units = roster.list_units(self.office.db)
        self.unit_model.set_units(self._units, roster.units_without_principal(self.office.db, dt.date.today()))
        self.ui.unitTree.expandToDepth(1)
        self._quiet = True  # one refresh below, not a second one for the change of current unit
        try:
            self.ui.unitTree.setCurrentIndex(self.unit_model.index_of(keep))
        finally:
            self._quiet = False
        self.refresh_leaders()

    def refresh_leaders(self, select_leader: int | None = None, *, records_changed: bool = True) -> None:
        if records_changed:  # filtering or choosing a unit changes no principal
            self.unit_model.set_flags(roster.units_without_principal(self.office.db, dt.date.today()))
        keep = select_leader if select_leader is not None else self.selected_leader_id()
        self.leader_model.refresh()
        unit = self.current_unit()
        title = f"{unit.short_name} · {unit.team_name}（含下属单位）" if unit else ALL_UNITS_LABEL
        self.ui.teamTitle.setText(title)
        self.ui.teamTitle.setToolTip(f"{unit.name}\n{unit.category.display}" if unit else "")
        shown = self.leader_model.rowCount()
        self.ui.countLabel.setText(self.tr("共 {0} 人（姓名加粗者为主要负责人，灰色为已调离或退休）")
                                   .format(shown))
        if keep is not None and (row := self.leader_model.row_of(keep)) >= 0:
            self.ui.leaderTable.selectRow(row)
        self._show_obligations(unit)
        self._update_actions()

    def _show_obligations(self, unit: Unit | None) -> None:
        """The unit's yearly duties so far: what is met, and what is still owed by when (Art. 7, 8, 10, 15, 16)."""
        label = self.ui.obligationsLabel
        if unit is None or unit.id is None:
            label.clear()
            return
        year = self.today.year
        results = obligations.unit_obligations(self.office.db, unit.id, year, self.today)
        met = sum(r.status is Status.MET for r in results)
        owed = [r for r in results if r.status is not Status.MET]
        colours = {Status.DUE: "#b26a00", Status.MISSED: "#b00020"}
        items = "".join(f"<li style='color:{colours[r.status]}'>{r.text()}</li>" for r in owed)
        label.setText(self.tr("<b>{0}年度责任</b>（本单位）：已履行 {1} / {2} 项。{3}"
                              "<a href='obligations'>查看全部</a>").format(
            year, met, len(results), f"<ul style='margin:0'>{items}</ul>" if items else ""))

    def _open_obligations(self) -> None:
        unit_id = self.current_unit_id()
        if unit_id is not None:
            self.open_obligations.emit(unit_id)

    def _load_leaders(self, sort: str, descending: bool) -> list[roster.LeaderRow]:
        if not self._ready:
            return []
        return roster.list_leaders(self.office.db, unit_id=self.current_unit_id(),
                                   text=self.ui.filterEdit.text(), sort=sort,
                                   descending=descending)

    def _unit_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            self.refresh_leaders(records_changed=False)

    def _update_actions(self) -> None:
        writable = not self.office.read_only
        has_unit, has_leader = self.current_unit() is not None, self.selected_leader_id() is not None
        ui = self.ui
        ui.addUnitButton.setEnabled(writable)
        ui.editUnitButton.setEnabled(writable and has_unit)
        ui.deleteUnitButton.setEnabled(writable and has_unit)
        ui.addLeaderButton.setEnabled(writable and bool(self._units))
        ui.editLeaderButton.setEnabled(has_leader)
        ui.deleteLeaderButton.setEnabled(writable and has_leader)
        ui.fileButton.setEnabled(has_leader)
        ui.importButton.setEnabled(writable)

    # units ---------------------------------------------------------------------------------
    def add_unit(self) -> None:
        dialog = UnitDialog(self.office, self._units, parent_id=self.current_unit_id(), parent=self)
        if dialog.exec() and dialog.saved:
            self.reload_units(select=dialog.saved.id)

    def edit_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        dialog = UnitDialog(self.office, self._units, unit=unit, parent=self)
        if dialog.exec() and dialog.saved:
            self.reload_units(select=dialog.saved.id)

    def delete_unit(self) -> None:
        unit = self.current_unit()
        if unit is None or not self._confirm(self.tr("删除单位“{0}”？").format(unit.name)):
            return
        try:
            roster.delete_unit(self.office.db, int(unit.id or 0))
        except (RuleViolation, StorageError) as e:
            warn(self, self.tr("不能删除"), str(e))
            return
        self.reload_units(select=unit.parent_id)

    # leaders -------------------------------------------------------------------------------
    def add_leader(self) -> None:
        from lz_desktop.ui.dialogs.leader_dialog import LeaderDialog  # with a leader's record: loaded when asked for

        dialog = LeaderDialog(self.office, self._units, unit_id=self.current_unit_id(), parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh_leaders(select_leader=dialog.saved.id)

    def edit_leader(self) -> None:
        leader_id = self.selected_leader_id()
        found = roster.get_leader(self.office.db, leader_id) if leader_id else None
        if found is None:
            return
        from lz_desktop.ui.dialogs.leader_dialog import LeaderDialog

        dialog = LeaderDialog(self.office, self._units, leader=found.leader, today=self.today, parent=self)
        if self.office.read_only:
            dialog.ui.buttonBox.setEnabled(False)
        if dialog.exec() and dialog.saved:
            self.refresh_leaders(select_leader=dialog.saved.id)

    def show_file(self) -> None:
        leader_id = self.selected_leader_id()
        if leader_id is None:
            return
        from lz_desktop.ui.dialogs.integrity_file_dialog import IntegrityFileDialog

        dialog = IntegrityFileDialog(self.office, leader_id, self.today, parent=self)
        dialog.open_record.connect(self.open_record.emit)
        self.file_dialog = dialog  # modeless: the clerk reads it beside the record it opens
        dialog.show()

    def delete_leader(self) -> None:
        leader_id = self.selected_leader_id()
        found = roster.get_leader(self.office.db, leader_id) if leader_id else None
        if found is None:
            return
        question = self.tr("删除{0}（{1}，{2}）的记录？\n\n只有录入错误的记录才应删除；"
                           "调离或退休的领导干部请改为相应状态并填写任职结束日期，记录须保留"
                           "（《办法》第二十七条）。").format(found.leader.name,
                                                       found.unit_short_name, found.leader.post)
        if not self._confirm(question):
            return
        try:
            roster.delete_leader(self.office.db, int(found.leader.id or 0))
        except (RuleViolation, StorageError) as e:
            warn(self, self.tr("不能删除"), str(e))
            return
        self.refresh_leaders()

    # workbooks -----------------------------------------------------------------------------
    def import_roster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入领导干部名册"), "", XLSX_FILTER)
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Check the workbook, show the report, import only if the clerk accepts."""
        try:  # 3,000 rows take two seconds to check, and as long to write: both in a worker
            check = run_waiting(self, self.tr("正在检查名册…"),
                                reading(self.office, lambda db: roster_io.check_roster(db, path)))
        except WorkbookError as e:
            QMessageBox.warning(self, self.tr("无法读取名册"), str(e))
            return False
        if check is None:
            return False
        dialog = ImportReportDialog(check, self)
        if not dialog.exec():
            return False
        try:
            count = run_waiting(self, self.tr("正在导入名册…"),
                                writing(self.office, lambda db: roster_io.import_checked(db, check)), cancellable=False)
        except StorageError as e:
            QMessageBox.warning(self, self.tr("导入失败"), self.tr("未导入任何记录。{0}").format(e))
            return False
        if count is None:  # the window closed meanwhile
            return False
        self.refresh_leaders()
        QMessageBox.information(self, self.tr("导入完成"), self.tr("已导入 {0} 名领导干部。").format(count))
        return True

    def export_roster(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出领导干部名册"),
                                              self.tr("领导干部名册.xlsx"), XLSX_FILTER)
        if not name:
            return
        unit_id, text = self.current_unit_id(), self.ui.filterEdit.text()
        try:
            count = export_file(self, self.tr("正在导出名册…"), self.office, name,
                                lambda db, file: roster_io.export_roster(db, file, unit_id=unit_id, text=text))
        except OSError as e:
            QMessageBox.warning(self, self.tr("导出失败"), str(e))
            return
        if count is not None:
            QMessageBox.information(self, self.tr("导出完成"),
                                    self.tr("已导出 {0} 名领导干部到\n{1}").format(count, name))

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存名册模板"),
                                              self.tr("领导干部名册模板.xlsx"), XLSX_FILTER)
        if name:
            try:
                roster_io.save_template(name)
            except OSError as e:
                QMessageBox.warning(self, self.tr("保存失败"), str(e))

    # layout memory -------------------------------------------------------------------------
    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(HEADER_KEY, self.ui.leaderTable.horizontalHeader().saveState())
        settings.setValue(SPLITTER_KEY, self.ui.splitter.saveState())

    def restore_layout(self) -> None:
        settings = QSettings()
        header = settings.value(HEADER_KEY)
        if isinstance(header, QByteArray):
            self.ui.leaderTable.horizontalHeader().restoreState(header)
        else:
            for column, width in enumerate((80, 110, 50, 190, 80, 90, 220, 120, 120, 60)):
                self.ui.leaderTable.setColumnWidth(column, width)
            self.ui.leaderTable.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        view_header = self.ui.leaderTable.horizontalHeader()
        self.ui.leaderTable.sortByColumn(view_header.sortIndicatorSection(),
                                         view_header.sortIndicatorOrder())
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([260, 900])

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("请确认"), question)
        return answer == QMessageBox.StandardButton.Yes
