from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from lz_desktop.app import make_application


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return make_application()


class ModalAnswers:
    """Answers modal dialogs as they open, in order: each handler gets the dialog widget."""

    def __init__(self) -> None:
        self.handlers: list[Callable[[QWidget], None]] = []
        self.seen: list[QWidget] = []
        self._timer = QTimer(interval=30)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def then(self, handler: Callable[[QWidget], None]) -> ModalAnswers:
        self.handlers.append(handler)
        return self

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or (self.seen and modal is self.seen[-1]) or not self.handlers:
            return
        if isinstance(modal, QProgressDialog):  # work the clerk waits for (ui/waiting.py), not a question
            return
        self.seen.append(modal)
        self.handlers.pop(0)(modal)

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def modals(app: QApplication) -> Iterator[ModalAnswers]:
    answers = ModalAnswers()
    yield answers
    answers.stop()


def shown(label: QWidget) -> str:
    """A label's text as the clerk reads it (rich text rendered to plain)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())  # type: ignore[attr-defined]
    return document.toPlainText()




@pytest.fixture(autouse=True)
def dialogs_ask_before_discarding() -> None:
    from lz_desktop.ui.dialogs.action_dialog import ActionDialog

    ActionDialog.ask_before_discarding = True


@pytest.hookimpl(wrapper=True, tryfirst=True)  # outside pytest-qt's own wrapper, which closes the widgets
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A dialog with typed content asks before it closes (ui/dialogs/action_dialog.py). When a test ends,
    pytest-qt closes its widgets with nobody to answer: before it does, they are told not to ask."""
    from lz_desktop.ui.dialogs.action_dialog import ActionDialog

    ActionDialog.ask_before_discarding = False
    return (yield)
