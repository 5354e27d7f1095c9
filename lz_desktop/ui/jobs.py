"""Long work off the UI thread, with progress and cancel (calibre's threaded jobs, in small).

The work function runs in a QThread and gets `progress(done, total)` and `cancelled()`; it must open
its own database connection (SQLite connections stay on their thread) and never touch a widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from lz_desktop.ui import memory

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]

# The window must not stall for more than 100 ms while a job runs. The worker allocates many objects (a
# district summary, a batch of PDFs), so Python's full collections run in it, and a full collection walks
# every object of the process while holding the GIL: 80-100 ms with the pages' models loaded. So what
# existed before a job started is settled out of collection first, and what the work builds is settled at each
# of its progress reports (ui/memory.py says when it comes back).
_live: set[BackgroundJob] = set()  # started and not yet finished: the window waits for them before closing


def running_jobs() -> list[BackgroundJob]:
    return list(_live)


def stop_all() -> None:
    """Cancel every running job and wait until each has stopped: a QThread destroyed while it runs takes
    the whole process down, with whatever file it was writing."""
    for job in running_jobs():
        job.cancel()
    for job in running_jobs():
        job.wait(-1)
        job._finished()  # its finished signal will not be delivered once the window is gone


class BackgroundJob(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None, *, what: str = ""):
        """`what` names work the clerk would miss if it stopped (导出年度汇总, 批量印发): closing the window
        asks first. Work without a name (gathering figures, the quiet file check) is stopped without asking."""
        super().__init__(parent)
        self.what = what
        self._work = work
        self._cancelled = False
        self._thread = QThread()
        self._thread.run = self._run  # type: ignore[method-assign]
        self._thread.finished.connect(self._finished)

    def start(self) -> None:
        memory.settle()
        _live.add(self)
        self._thread.start()

    def _finished(self) -> None:
        if self not in _live:
            return  # already accounted for by stop_all
        _live.discard(self)
        if isValid(self):  # its page may have been closed (and deleted) between the work's end and this
            self.done.emit()

    def cancel(self) -> None:
        self._cancelled = True
        self._thread.requestInterruption()

    def was_cancelled(self) -> bool:
        return self._cancelled  # QThread forgets the request once the thread has ended

    def wait(self, ms: int = 30000) -> bool:
        """Block until the work has ended (ms < 0: however long it takes)."""
        return self._thread.wait() if ms < 0 else self._thread.wait(ms)

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._thread.isInterruptionRequested)
        except Exception as e:  # reported to the UI thread, which shows it
            self.failed.emit(e)
            return
        self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        # A report is a checkpoint: what the work has built so far (a table's cells, the rows it gathered) stays
        # until it ends, so it is settled too. Otherwise each full collection walks all of it again, longer as
        # it grows (the 6,000-row ledger PDF: 19, 42, 61 ms, then more; the 60,000-row one far more).
        memory.settle()
        self.progressed.emit(done, total)


def with_progress_dialog(job: BackgroundJob, parent: QWidget, label: str) -> QProgressDialog:
    """A modeless progress dialog whose 取消 cancels the job; it closes itself when the job ends."""
    dialog = QProgressDialog(label, "取消", 0, 0, parent)
    dialog.setWindowTitle("请稍候")
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)  # a step that reaches its total is not the end of the job: job.done closes it
    job.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(job.cancel)
    job.done.connect(dialog.reset)
    return dialog
