"""What the window keeps is left out of Python's full collections; garbage among it is collected when the
window is not in use (ui/memory.py)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lz_desktop.ui import memory


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def walked(obj: object) -> bool:
    """Whether Python's collector walks `obj` in its collections: gc.get_objects() lists the three generations
    it walks, not the permanent one that gc.freeze moves objects to. A state, where a timing would depend on
    how busy the machine is."""
    return any(o is obj for o in gc.get_objects())


def test_settled_objects_are_left_out_and_reclaimed_when_the_window_is_not_in_use(app: QApplication) -> None:
    kept = [[[] for _ in range(20)] for _ in range(10_000)]  # what a page holds: 210,000 long-lived objects
    cycle = Node()
    gone = weakref.ref(cycle)
    assert walked(kept[-1][-1])
    memory.settle()
    assert gc.get_freeze_count() > 200_000 - 1
    gc.collect()
    assert not walked(kept[-1][-1]) and not walked(kept[0])  # a full collection no longer walks what was settled
    del cycle
    gc.collect()
    assert gone() is not None  # settled garbage in a cycle waits...
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # the clerk switches away
    assert gone() is None  # ...and is collected when the window is not in use
    assert gc.get_freeze_count() > 200_000 - 1 and not walked(kept[-1][-1])  # what is still held is settled again
    gc.unfreeze()
    assert walked(kept[-1][-1])  # unsettled, collections walk it all again


def test_what_a_job_has_built_is_settled_at_each_of_its_progress_reports(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A long job's own objects (a table's cells while it is laid out) stay until it ends: settled at its
    reports, a full collection in the job does not walk them again and again while the window waits."""
    from lz_desktop.ui.jobs import BackgroundJob

    gc.unfreeze()
    seen: list[tuple[bool, bool]] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        built = [[[] for _ in range(20)] for _ in range(5_000)]  # 105,000 objects the work keeps
        before = walked(built[-1][-1])
        progress(1, 2)
        seen.append((before, walked(built[-1][-1]) or walked(built[0])))
        return len(built)

    job = BackgroundJob(work)
    reported: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: reported.append((done, total)))
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert seen == [(True, False)]  # what the work built before its report is out of the collector's walks
    assert reported == [(1, 2)]  # and the window still hears the report
