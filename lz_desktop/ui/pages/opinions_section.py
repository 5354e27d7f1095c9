"""责任追究 › 廉政意见回复: the organisation department's requests, each person's proposed opinion, the clerk's
word on it, and the 复函 drafted into 文书 (Arts. 20, 28)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.integrity_opinion import Purpose
from lz_desktop.services import integrity_opinions as opinions
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.opinion_dialogs import OpinionChangeDialog, OpinionRequestDialog, choose_leader
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.opinions_section_ui import Ui_OpinionsSection

HEADERS = ("序号", "人员", "状态", "拟答复意见")
WAITING = QBrush(QColor("#8a5a00"))


class OpinionsSection(QWidget):
    document_drafted = Signal(int)

    def __init__(self, office: Office, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OpinionsSection()
        self.ui.setupUi(self)
        self.office, self.today = office, today
        self.views: list[opinions.PersonView] = []
        ui = self.ui
        # The request's line names where its reply stands: wide enough to read it whole.
        ui.requestCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.personTable.setColumnCount(len(HEADERS))
        ui.personTable.setHorizontalHeaderLabels(HEADERS)
        ui.personTable.verticalHeader().hide()
        ui.personTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.requestCombo.currentIndexChanged.connect(self.show_persons)
        ui.personTable.itemSelectionChanged.connect(self._enable)
        ui.newButton.clicked.connect(self.new_request)
        ui.chooseButton.clicked.connect(self.choose)
        ui.renameButton.clicked.connect(self.rename)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.confirmAllButton.clicked.connect(self.confirm_all)
        ui.changeButton.clicked.connect(self.change)
        ui.replyButton.clicked.connect(self.draft_reply)
        self.refresh()

    @property
    def request_id(self) -> int | None:
        value = self.ui.requestCombo.currentData()
        return int(value) if value is not None else None

    def refresh(self, select: int | None = None) -> None:
        combo = self.ui.requestCombo
        keep = select if select is not None else self.request_id
        combo.blockSignals(True)
        combo.clear()
        for r in opinions.requests(self.office.db):
            reference = f"（{r.reference}）" if r.reference else ""
            text = (f"{format_cn(r.as_of)} {r.organ}{reference} · {Purpose(r.purpose).label} · "
                    f"{opinions.reply_state(self.office.db, r.id)}")
            combo.addItem(text, r.id)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.show_persons()

    def show_persons(self) -> None:
        table = self.ui.personTable
        self.views = opinions.persons(self.office.db, self.request_id) if self.request_id is not None else []
        table.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            for column, text in enumerate((str(v.row.seq), v.who, v.state, v.opinion)):
                item = QTableWidgetItem(text)
                if column == 2 and v.state in ("待确认", "须选择人员"):
                    item.setForeground(WAITING)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        self._enable()

    def selected(self) -> opinions.PersonView | None:
        rows = self.ui.personTable.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def _enable(self) -> None:
        ui, view = self.ui, self.selected()
        ui.newButton.setEnabled(not self.office.read_only)
        # Once the reply is issued its opinions are what went out: nothing here changes them (void it in 文书).
        issued = self.request_id is not None and opinions.reply_issued(self.office.db, self.request_id)
        writable = not self.office.read_only and not issued
        # A namesake chosen wrongly is chosen again, until the reply is issued (the service refuses after).
        ui.chooseButton.setEnabled(writable and view is not None and bool(view.candidates))
        ui.confirmButton.setEnabled(writable and view is not None and view.state == "待确认")
        ui.renameButton.setEnabled(writable and view is not None)
        ui.changeButton.setEnabled(writable and view is not None)
        ui.confirmAllButton.setEnabled(writable and any(v.state == "待确认" for v in self.views))
        ui.replyButton.setEnabled(writable and bool(self.views))

    def new_request(self) -> None:
        dialog = OpinionRequestDialog(self.office, self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh(select=dialog.saved)
            waiting = sum(v.state == "须选择人员" for v in self.views)
            missing = sum(v.state == "未找到" for v in self.views)
            say(self.ui.messageLabel, f"已登记，共 {len(self.views)} 人：意见已按记录提出，请逐一核对确认"
                + (f"；{waiting} 人同名须选择" if waiting else "") + (f"；{missing} 人未找到" if missing else "")
                + "。", error=False)

    def _after(self, ok: bool, done: str, keep_row: int | None = None) -> None:
        if ok:
            self.show_persons()
            if keep_row is not None and keep_row < self.ui.personTable.rowCount():
                self.ui.personTable.selectRow(keep_row)
            say(self.ui.messageLabel, done, error=False)

    def choose(self) -> None:
        view = self.selected()
        if view is None:
            return
        leader_id = choose_leader(self, view)
        if leader_id is not None:
            ok, _ = attempt(self.ui.messageLabel, lambda: opinions.choose(self.office.db, view.row.id, leader_id))
            self._after(ok, "已确定人员，意见已按其记录提出，请核对确认。", self.ui.personTable.currentRow())

    def rename(self) -> None:
        view = self.selected()
        if view is None:
            return
        from PySide6.QtWidgets import QInputDialog

        typed, ok = QInputDialog.getText(self, "更正姓名", "姓名（单位可写在后面，用空格隔开）：",
                                         text=f"{view.row.name} {view.row.unit_hint}".strip())
        if ok:
            self.rename_to(view, typed)

    def rename_to(self, view: opinions.PersonView, typed: str) -> None:
        row = self.ui.personTable.currentRow()
        ok, _ = attempt(self.ui.messageLabel, lambda: opinions.rename(self.office.db, view.row.id, typed))
        self._after(ok, "已更正姓名并重新查找，意见已按记录重新提出，请核对。", row)

    def confirm(self) -> None:
        view = self.selected()
        if view is not None:
            ok, _ = attempt(self.ui.messageLabel, lambda: opinions.confirm(self.office.db, view.row.id))
            self._after(ok, f"已确认{view.row.name}的意见。", self.ui.personTable.currentRow() + 1)

    def confirm_all(self) -> None:
        pending = [v for v in self.views if v.state == "待确认"]

        def run() -> None:
            for v in pending:
                opinions.confirm(self.office.db, v.row.id)

        ok, _ = attempt(self.ui.messageLabel, run)
        self._after(ok, f"已确认 {len(pending)} 人的意见。")

    def change(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = OpinionChangeDialog(self.office, view, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after(True, f"已修改{view.row.name}的意见，理由已记录。", self.ui.personTable.currentRow())

    def draft_reply(self) -> None:
        request_id = self.request_id
        if request_id is None:
            return
        ok, doc_id = attempt(self.ui.messageLabel, lambda: opinions.draft_reply(self.office.db, request_id,
                                                                                 self.today))
        if ok and doc_id is not None:
            say(self.ui.messageLabel, "已起草复函，在“文书”中核对后编号印发。", error=False)
            self.document_drafted.emit(doc_id)
