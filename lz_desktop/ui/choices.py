"""Combo-box choices that may be “none”. PySide6 6.12 loses a reference to `None` whenever a `None` item
datum crosses into Python (see lz_desktop/ui/__init__.py for the guard that keeps that harmless); so no item
carries `None` at all: the “no choice” entry carries NOTHING, and these helpers translate at the edge."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

NOTHING = -1  # ids are positive, codes are text: -1 is never a real choice


def add(combo: QComboBox, text: str, value: Any) -> None:
    combo.addItem(text, NOTHING if value is None else value)


def insert(combo: QComboBox, index: int, text: str, value: Any) -> None:
    combo.insertItem(index, text, NOTHING if value is None else value)


def value(combo: QComboBox) -> Any:
    """The chosen datum, None for the “no choice” entry or an empty combo."""
    if combo.currentIndex() < 0:
        return None
    data = combo.currentData()
    return None if data == NOTHING else data


def find(combo: QComboBox, wanted: Any) -> int:
    return combo.findData(NOTHING if wanted is None else wanted)


def choose(combo: QComboBox, wanted: Any) -> None:
    combo.setCurrentIndex(max(0, find(combo, wanted)))
