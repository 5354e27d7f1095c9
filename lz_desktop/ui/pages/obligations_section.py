"""设置 › 年度责任: the regulation's yearly duties, and the office's own, which it adds and removes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.obligations import Obligation, RecordKind, Scope
from lz_desktop.services import obligations
from lz_desktop.services.office import Office, StorageError
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.settings_page_ui import Ui_SettingsPage

OFFICE_MARK = "（本机关）"


class ObligationsSection(QObject):
    def __init__(self, ui: Ui_SettingsPage, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.office = ui, office
        for kind in RecordKind:
            ui.dutyKindCombo.addItem(kind.label, kind.value)
        for scope in Scope:
            ui.dutyScopeCombo.addItem(scope.label, scope.value)
        header = ui.obligationsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        writable = not office.read_only
        for widget in (ui.addDutyButton, ui.removeDutyButton, ui.dutyTitleEdit, ui.dutyArticleEdit):
            widget.setEnabled(writable)
        ui.addDutyButton.clicked.connect(self.add)
        ui.removeDutyButton.clicked.connect(self.remove_selected)
        self.load()

    def load(self) -> None:
        table, duties = self.ui.obligationsTable, obligations.catalogue(self.office.db)
        table.setRowCount(len(duties))
        for row, duty in enumerate(duties):
            values = (duty.title + ("" if duty.builtin else OFFICE_MARK), duty.article, duty.scope.label,
                      f"{duty.minimum} 次", f"{duty.due_month}月{duty.due_day}日前", duty.kind.label)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, duty.code)
                if duty.builtin:
                    item.setForeground(QColor("#555555"))
                table.setItem(row, column, item)

    def draft(self) -> Obligation:
        ui = self.ui
        return Obligation("", ui.dutyArticleEdit.text(), ui.dutyTitleEdit.text(),
                          RecordKind(ui.dutyKindCombo.currentData()), ui.dutyMinimumSpin.value(),
                          Scope(ui.dutyScopeCombo.currentData()), ui.dutyMonthSpin.value(),
                          ui.dutyDaySpin.value(), builtin=False)

    def add(self) -> None:
        try:
            duty = obligations.add_duty(self.office.db, self.draft())
        except ValidationError as e:
            say(self.ui.dutyMessage, "未添加：" + "；".join(p.text() for p in e.problems), error=True)
            return
        except StorageError as e:
            say(self.ui.dutyMessage, str(e), error=True)
            return
        self.ui.dutyTitleEdit.clear()
        say(self.ui.dutyMessage, self.tr("已添加：{0}").format(duty.title), error=False)
        self.load()

    def remove_selected(self) -> None:
        rows = self.ui.obligationsTable.selectionModel().selectedRows()
        if not rows:
            return
        code = self.ui.obligationsTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        try:
            obligations.remove_duty(self.office.db, code)
        except (RuleViolation, StorageError) as e:
            say(self.ui.dutyMessage, str(e), error=True)
            return
        say(self.ui.dutyMessage, self.tr("已删除。"), error=False)
        self.load()
