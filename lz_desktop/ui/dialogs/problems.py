"""Showing what is wrong in a dialog: every problem named, its field marked, nothing cleared."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.services.office import StorageError
from lz_desktop.ui.article_links import set_linked_text

T = TypeVar("T")

_INVALID_STYLE = "border: 1px solid #d32f2f; background: #fff5f5;"


class ProblemDisplay:
    def __init__(self, label: QLabel, fields: dict[str, QWidget]):
        self._label = label
        self._fields = fields
        self._marked: list[QWidget] = []
        label.hide()

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setProperty("invalid", False)
        self._marked.clear()
        self._label.hide()

    def show(self, problems: list[FieldProblem]) -> None:
        self.clear()
        set_linked_text(self._label, "未保存，请修改：\n" + "\n".join(f"· {p.text()}" for p in problems))
        self._label.show()
        for problem in problems:
            widget = self._fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(_INVALID_STYLE)
                widget.setProperty("invalid", True)
                self._marked.append(widget)
        if self._marked:
            self._marked[0].setFocus()

    def show_message(self, message: str) -> None:
        self.clear()
        set_linked_text(self._label, message)
        self._label.show()


def say(label: QLabel, text: str, *, error: bool) -> None:
    """A one-line outcome beside a button: red when nothing was saved, green when it was. A file just written
    (its path ends the message) comes with 打开所在文件夹, as exports in desktop programs do."""
    label.setStyleSheet("color: #b00020;" if error else "color: #2e7d32;")
    written = None if error else written_file(text)
    if written is None:
        label.setTextFormat(Qt.TextFormat.AutoText)
        label.setText(text)
        return
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    if not label.property("folderLinks"):
        label.linkActivated.connect(open_folder)
        label.setProperty("folderLinks", True)
    href = QUrl.fromLocalFile(str(written if written.is_dir() else written.parent)).toString()
    label.setText(html.escape(text).replace("\n", "<br>") + f"　<a href='{html.escape(href)}'>打开所在文件夹</a>")


def written_file(text: str) -> Path | None:
    """The file (or folder) a message ends with, if it exists: "已导出所示 12 行：/home/…/整改台账.xlsx"."""
    tail = re.split(r"[：:\n]\s*", text.strip())[-1].strip()
    path = Path(tail) if tail else None
    return path if path is not None and path.is_absolute() and path.exists() else None


def open_folder(href: str) -> None:
    if href.startswith("file:"):
        QDesktopServices.openUrl(QUrl(href))


def attempt(label: QLabel, action: Callable[[], T]) -> tuple[bool, T | None]:
    """Run one service call for a page's button. Refused (a problem with what was typed, a rule of the
    regulation, the file, the disk): say why in red in `label` and return (False, None); nothing was saved."""
    try:
        return True, action()
    except ValidationError as e:
        say(label, "；".join(p.text() for p in e.problems), error=True)
    except (RuleViolation, StorageError, OSError) as e:
        say(label, f"未完成：{e}", error=True)
    return False, None
