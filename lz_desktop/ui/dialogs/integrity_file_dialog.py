"""廉政档案 of one leader, section by section; a double click opens the record a line came from; the same as a
PDF table to save or print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lz_desktop.domain.dates import format_cn
from lz_desktop.services import integrity_file
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.printing import print_made

REF = Qt.ItemDataRole.UserRole


class IntegrityFileDialog(QDialog):
    open_record = Signal(str)

    def __init__(self, office: Office, leader_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.office, self.leader_id, self.today = office, leader_id, today
        self.file = integrity_file.integrity_file(office.db, leader_id, today)
        self.setWindowTitle(f"廉政档案：{self.file.heading}")
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{self.file.heading}　截至{format_cn(today)}。"
                                "会议、责任书、考核、问题、案件和复函的行，双击打开它所在的记录。",
                                objectName="headingLabel", wordWrap=True))
        self.tree = QTreeWidget(objectName="fileTree")
        self.tree.setAccessibleName("廉政档案")
        self.tree.setHeaderLabels(["日期", "内容", "依据"])
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 560)
        self.tree.setWordWrap(True)
        for title in integrity_file.SECTIONS:
            lines = self.file.section(title)
            withheld = len(lines) == 1 and lines[0].text.startswith("当前用户无权查看")
            top = QTreeWidgetItem([title, "无权查看" if withheld else f"{len(lines)} 项" if lines else "无记录"])
            self.tree.addTopLevelItem(top)
            for e in lines:
                item = QTreeWidgetItem([format_cn(e.day) if e.day else "", e.text, e.article])
                item.setToolTip(1, e.text)
                item.setData(0, REF, e.ref)
                top.addChild(item)
            top.setExpanded(bool(lines))
        self.tree.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.tree)
        buttons = QHBoxLayout()
        self.messageLabel = QLabel(objectName="messageLabel", wordWrap=True)
        buttons.addWidget(self.messageLabel, 1)
        for name, text, action in (("pdfButton", "导出 PDF…", self.export), ("printButton", "打印…", self.print_file),
                                   ("closeButton", "关闭", self.accept)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(action)
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(0, REF)
        if ref:
            self.open_record.emit(str(ref))

    def export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, "导出廉政档案", f"廉政档案-{self.file.name}.pdf", "PDF (*.pdf)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        ok, saved = attempt(self.messageLabel, lambda: integrity_file.save_file_pdf(self.office.db, self.leader_id,
                                                                                     self.today, path))
        if ok:
            say(self.messageLabel, f"已导出：{saved}", error=False)

    def print_file(self) -> None:
        ok, data = attempt(self.messageLabel, lambda: integrity_file.file_pdf(self.office.db, self.leader_id,
                                                                               self.today))
        if ok and data:
            outcome = print_made(self, data)
            if outcome:
                say(self.messageLabel, outcome, error=outcome.startswith("未"))
