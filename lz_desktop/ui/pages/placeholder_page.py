"""An area that is not built yet says so plainly, and what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, coming: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("“{0}”尚未建成").format(title))
        heading.setObjectName("placeholderTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold; color: #555;")
        body = QLabel(self.tr("本页面在当前版本中还没有功能，这里不显示任何示例或虚构数据。\n\n"
                              "计划提供：{0}").format(coming))
        body.setWordWrap(True)
        body.setStyleSheet("color: #666;")
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.insertStretch(0)
        layout.addStretch()
