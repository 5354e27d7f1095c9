"""PySide6 lives here and only here."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 under CPython 3.11 drops a reference to None on every call of some void methods
# (QTableWidget.setItem, QTableWidgetItem.setData/setFlags, item data that is None …): a few thousand
# table cells and the interpreter aborts with "none_dealloc". CPython 3.12 made None immortal for
# exactly this kind of bug; on 3.11 we do the same by hand, once, before any widget exists.
# (tests/ui/test_none_guard.py shows the bug and that the guard holds.)
if sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
