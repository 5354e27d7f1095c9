"""Every citation of an article in a rule's message opens that article (法规原文)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from lz_desktop.domain.regulation import CITATION, article_number

SCHEME = "article:"


def linkify(text: str) -> str:
    """Plain text to rich text in which each 第…条 is a link to its article."""
    escaped = html.escape(text).replace("\n", "<br>")
    return CITATION.sub(lambda m: f"<a href='{SCHEME}{article_number(m.group(0))}'>{m.group(0)}</a>", escaped)


def open_article(number: int) -> None:
    # The regulation's dialog and its text load when a clerk first follows a citation, not at every start.
    from lz_desktop.ui.dialogs.regulation_dialog import open_article as show

    show(number)


def open_link(href: str) -> None:
    if href.startswith(SCHEME):
        open_article(int(href.removeprefix(SCHEME)))


def set_linked_text(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(False)
    if not label.property("articleLinks"):
        label.linkActivated.connect(open_link)
        label.setProperty("articleLinks", True)
    label.setText(linkify(text))


def warn(parent: QWidget, title: str, message: str) -> None:
    """A warning; where it cites an article, with a button that opens it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    match = CITATION.search(message)
    view = box.addButton(f"查看{match.group(0)}", QMessageBox.ButtonRole.HelpRole) if match else None
    box.exec()
    if view is not None and box.clickedButton() is view and match:
        open_article(article_number(match.group(0)))
