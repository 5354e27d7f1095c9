"""Driving progress dialogs from a test."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget


class CancelWhenShown:
    """Presses 取消 on `parent`'s progress dialog as soon as it is shown, and says so through `pressed`, which
    the work can wait on: a fixed delay raced the dialog's appearance on a busy machine."""

    def __init__(self, parent: QWidget) -> None:
        self.pressed = threading.Event()

        def poll() -> None:
            dialog = next((d for d in parent.findChildren(QProgressDialog) if d.isVisible()), None)
            if dialog is not None and not self.pressed.is_set():
                next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消").click()
                self.pressed.set()
                self._timer.stop()

        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(poll)
        self._timer.start()


class ThreadsOf:
    """The threads a module-level function runs in, recorded by wrapping it (with pytest's monkeypatch): work
    off the UI thread is shown by where it ran, whatever the machine's load."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        original = getattr(module, name)
        self.threads: set[int] = set()

        def recording(*args: object, **kwargs: object) -> object:
            self.threads.add(threading.get_ident())
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, recording)

    @property
    def off_the_ui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread().ident not in self.threads
