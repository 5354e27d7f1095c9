"""What the window keeps is left out of Python's full collections; garbage among it is collected when the
window is not in use (ui/memory.py)."""

from __future__ import annotations

import gc
import time
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lz_desktop.ui import memory


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_settled_objects_are_left_out_and_reclaimed_when_the_window_is_not_in_use(app: QApplication) -> None:
    kept = [[[] for _ in range(20)] for _ in range(10_000)]  # what a page holds: 210,000 long-lived objects
    cycle = Node()
    gone = weakref.ref(cycle)
    memory.settle()
    assert gc.get_freeze_count() > 200_000 - 1
    t = time.perf_counter()
    gc.collect()
    walked = time.perf_counter() - t  # a full collection no longer walks what was settled
    del cycle
    gc.collect()
    assert gone() is not None  # settled garbage in a cycle waits...
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # the clerk switches away
    assert gone() is None  # ...and is collected when the window is not in use
    assert gc.get_freeze_count() > 200_000 - 1 and kept  # what is still held is settled again
    gc.unfreeze()
    t = time.perf_counter()
    gc.collect()
    assert walked < time.perf_counter() - t  # unsettled, the same collection walks it all


def test_what_a_job_has_built_is_settled_at_each_of_its_progress_reports(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A long job's own objects (a table's cells while it is laid out) stay until it ends: settled at its
    reports, a full collection in the job does not walk them again and again while the window waits."""
    from lz_desktop.ui.jobs import BackgroundJob

    gc.unfreeze()
    seen: list[int] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        built = [[[] for _ in range(20)] for _ in range(5_000)]  # 105,000 objects the work keeps
        before = gc.get_freeze_count()
        progress(1, 2)
        seen.append(gc.get_freeze_count() - before)
        return len(built)

    job = BackgroundJob(work)
    reported: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: reported.append((done, total)))
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert seen[0] >= 105_000  # what the work built before its report is out of the collector's walks
    assert reported == [(1, 2)]  # and the window still hears the report
