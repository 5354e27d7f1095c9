"""Long work off the UI thread, with progress and cancel (calibre's threaded jobs, in small).

The work function runs in a QThread and gets `progress(done, total)` and `cancelled()`; it must open
its own database connection (SQLite connections stay on their thread) and never touch a widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class BackgroundJob(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._thread = QThread()
        self._thread.run = self._run  # type: ignore[method-assign]
        self._thread.finished.connect(self.done.emit)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._thread.requestInterruption()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._thread.isInterruptionRequested)
        except Exception as e:  # reported to the UI thread, which shows it
            self.failed.emit(e)
            return
        self.succeeded.emit(result)


def with_progress_dialog(job: BackgroundJob, parent: QWidget, label: str) -> QProgressDialog:
    """A modeless progress dialog whose 取消 cancels the job; it closes itself when the job ends."""
    dialog = QProgressDialog(label, "取消", 0, 0, parent)
    dialog.setWindowTitle("请稍候")
    dialog.setMinimumDuration(300)
    job.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(job.cancel)
    job.done.connect(dialog.reset)
    return dialog
