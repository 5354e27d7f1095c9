"""Work the clerk waits for (a PDF of 1,500 cases, 3,000 duty lists in a workbook, pages sent to the printer),
done by a worker while the window keeps painting.

The caller waits as it would for a modal dialog: a window-modal progress dialog and a local event loop, then
the work's result, or its exception raised here, or None if the clerk pressed 取消. Work on the office file
opens a connection of its own, as the signed-in clerk: read-only (`reading`) or writable (`writing`, while the
window, behind its modal dialog, writes nothing). Work that writes a file writes it beside the target and puts
it in place only if it was not cancelled (`export_file`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from lz_desktop.services.office import Connection, Office, worker_office
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.jobs import BackgroundJob

T = TypeVar("T")
Count = Callable[[int, int], None]  # (done, total), from the worker
Cancelled = Callable[[], bool]


def run_waiting(parent: QWidget, label: str, work: Callable[[Count, Cancelled], T], *, what: str = "",
                cancellable: bool = True) -> T | None:
    counted = [0, 0]  # written by the worker, read by the timer below

    def run(_progress: Count, cancelled: Cancelled) -> T:
        return work(lambda done, total: counted.__setitem__(slice(0, 2), (done, total)), cancelled)

    job = BackgroundJob(run, parent, what=what)
    outcome: list[object] = []
    job.succeeded.connect(outcome.append)
    job.failed.connect(outcome.append)
    # Shown before the worker starts (a first showing beside a busy worker held the window 100-180 ms), and
    # with a range (0, 0 is the busy animation, which repaints without end).
    dialog = QProgressDialog(label, "取消", 0, 1, parent)
    dialog.setWindowTitle("请稍候")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # the window paints, but starts nothing else
    dialog.setAutoReset(False)  # a step that reaches its total is not the end: reset below, when the job is done
    dialog.canceled.connect(job.cancel)
    if not cancellable:  # a copy or a check of the whole file: seconds, and nothing to gain by stopping half-way
        dialog.setCancelButton(None)
    dialog.show()
    QApplication.processEvents()
    # The count is looked at four times a second: a signal per step, each repainting the dialog while the
    # worker ran, made the window stutter 50-130 ms at a time.
    poll = QTimer(dialog, interval=250)

    def show_count() -> None:
        if counted[1]:
            dialog.setMaximum(counted[1])
            dialog.setValue(counted[0])

    poll.timeout.connect(show_count)
    loop = QEventLoop()
    job.done.connect(loop.quit)
    job.start()
    poll.start()
    loop.exec()
    poll.stop()
    dialog.reset()
    dialog.deleteLater()
    if outcome and isinstance(outcome[0], BaseException):
        raise outcome[0]
    if job.was_cancelled() or not outcome:
        return None
    return outcome[0]  # type: ignore[return-value]


def reading(office: Office, work: Callable[[Connection], T]) -> Callable[[Count, Cancelled], T]:
    """`work` on a read-only connection of the worker's own, as the clerk signed in on `office`."""

    def run(_count: Count, _cancelled: Cancelled) -> T:
        with worker_office(office) as reader:
            return work(reader.db)
    return run


def writing(office: Office, work: Callable[[Connection], T]) -> Callable[[Count, Cancelled], T]:
    """`work` on a writable connection of the worker's own, as the clerk signed in on `office`. The window
    writes nothing meanwhile: run_waiting's dialog is window-modal."""

    def run(_count: Count, _cancelled: Cancelled) -> T:
        with worker_office(office, read_only=False) as writer:
            return work(writer.db)
    return run


def export_file(parent: QWidget, label: str, office: Office, path: str | os.PathLike[str],
                write: Callable[[Connection, str], T]) -> T | None:
    """`write(db, file)` in a worker, into a file beside `path` that takes its place only if the clerk did not
    press 取消 meanwhile; the writer's result, or None if cancelled (and nothing is written)."""
    target = Path(path)
    part = target.with_name(f".{target.stem}.part{target.suffix}")  # same folder, same kind of file

    def run(_count: Count, cancelled: Cancelled) -> T:
        with worker_office(office) as reader:
            result = write(reader.db, str(part))
        if not cancelled():
            os.replace(part, target)
        return result

    try:
        return run_waiting(parent, label, run, what=label.rstrip("…"))
    finally:
        part.unlink(missing_ok=True)


def export_and_say(parent: QWidget, label: QLabel, working: str, office: Office, path: str,
                   write: Callable[[Connection, str], object], done: str) -> None:
    """export_file for a page's button: `done` in `label` once the file is in place, 已取消 if the clerk
    cancelled, and why in red if it was refused (dialogs.problems.attempt)."""
    ok, written = attempt(label, lambda: export_file(parent, working, office, path, write))
    if ok:
        say(label, done if written is not None else "已取消，未写文件。", error=False)
