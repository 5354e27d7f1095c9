"""A page's tabs read their records when they are shown, not every time the page is.

At district scale a tab's records cost 50-100 ms to read (3,000 leaders' duty lists, 800 open duties, the
Art. 28 restrictions of 1,500 cases); a page refreshed for one tab read them all. Marked stale, a tab reads
when it comes into view; the tab in view reads at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class ReadWhenShown:
    def __init__(self, tabs: QTabWidget, readers: dict[QWidget, Callable[[], None]]):
        self.tabs, self.readers = tabs, readers
        self.stale: set[QWidget] = set()
        tabs.currentChanged.connect(lambda _index: self.read_shown())

    def mark(self, *tabs: QWidget) -> None:
        """These tabs (all, if none named) must read again: the one in view now, the others when shown."""
        self.stale |= set(tabs or self.readers)
        self.read_shown()

    def read_shown(self) -> None:
        shown = self.tabs.currentWidget()
        if shown in self.stale:
            self.stale.discard(shown)
            self.readers[shown]()
