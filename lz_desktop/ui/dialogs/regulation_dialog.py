"""法规原文: the regulation with the cited article highlighted (forms/regulation_dialog.ui)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QListWidgetItem, QWidget
from shiboken6 import isValid

from lz_desktop.services import regulation
from lz_desktop.ui.forms.regulation_dialog_ui import Ui_RegulationDialog

HIGHLIGHT = "#fff1a8"


class RegulationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RegulationDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(regulation.TITLE)
        self.ui.buttonBox.rejected.connect(self.close)
        self._articles = regulation.articles()
        for article in self._articles:
            item = QListWidgetItem(f"{article.label}  {article.text[len(article.label):].strip()[:8]}…")
            item.setData(Qt.ItemDataRole.UserRole, article.number)
            item.setToolTip(article.chapter)
            self.ui.articleList.addItem(item)
        self.ui.articleList.currentItemChanged.connect(
            lambda item, _old: item and self.show_article(int(item.data(Qt.ItemDataRole.UserRole))))
        self.current = 0
        self.show_article(1)

    def show_article(self, number: int) -> None:
        """Render the text with article `number` highlighted, and scroll to it."""
        self.current = number
        parts, chapter = [], ""
        for article in self._articles:
            if article.chapter != chapter:
                chapter = article.chapter
                parts.append(f"<h3 style='text-align:center'>{html.escape(chapter)}</h3>")
            style = f" style='background:{HIGHLIGHT}'" if article.number == number else ""
            body = html.escape(article.text).replace("\n", "<br>")
            parts.append(f"<a name='art-{article.number}'></a><p{style}>{body}</p>")
        self.ui.textView.setHtml("".join(parts))
        self.ui.textView.scrollToAnchor(f"art-{number}")
        row = next((i for i, a in enumerate(self._articles) if a.number == number), 0)
        if self.ui.articleList.currentRow() != row:
            self.ui.articleList.blockSignals(True)
            self.ui.articleList.setCurrentRow(row)
            self.ui.articleList.blockSignals(False)


_viewer: RegulationDialog | None = None


def open_article(number: int) -> RegulationDialog:
    """One viewer for the whole app, raised and turned to the article."""
    global _viewer
    if _viewer is None or not isValid(_viewer):  # its window may have been deleted with a parent
        _viewer = RegulationDialog(QApplication.activeWindow())
        _viewer.setModal(False)
    _viewer.show_article(number)
    _viewer.show()
    _viewer.raise_()
    _viewer.activateWindow()
    return _viewer
