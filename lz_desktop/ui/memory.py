"""Python's garbage collector and a window that must not stall for more than 100 ms.

A full collection walks every object the process holds while it holds Python's lock. With a district's
pages open and the ledger's 60,000 rows loaded that is 460,000 objects and 140-170 ms: a stall that comes
unannounced, at no step in particular. So what the window has read and keeps (pages, models, their rows) is
moved out of the collector's way once it is settled (`settle`, which is `gc.freeze`: objects created later
are collected as usual, and anything whose last reference goes is still freed at once). What becomes garbage
among the settled objects and is held only by a reference cycle waits until the window is not in use: when
the clerk switches to another program, everything is collected once and settled again (`reclaim`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def settle() -> None:
    """What exists now is long-lived: leave it out of the collector's walks."""
    gc.freeze()


def reclaim() -> None:
    """Collect everything once (140-170 ms at district scale), then settle again. For when nobody is looking."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def install(app: QApplication) -> None:
    app.applicationStateChanged.connect(
        lambda state: reclaim() if state != Qt.ApplicationState.ApplicationActive else None)
