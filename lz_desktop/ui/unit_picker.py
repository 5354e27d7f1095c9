"""Unit drop-downs a clerk can type into: "cz" or "财政" finds 区财政局 among a district's 300 units.

The combo stays a combo (its items, their ids, the current choice are unchanged); typing opens a list of the
items whose name or pinyin (domain/pinyin.py, rare characters included) contains what was typed, and
choosing one sets the combo. Text typed that matches nothing is put back to the current choice on leaving.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter

from lz_desktop.domain.pinyin import search_key

KeyRole = Qt.ItemDataRole.UserRole + 40  # the item's pinyin keys, made once
_kept: WeakKeyDictionary[QComboBox, tuple[QObject, QObject]] = WeakKeyDictionary()


class _Matches(QSortFilterProxyModel):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.typed = ""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.typed:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip("\u3000 ")
        return self.typed in text.lower() or self.typed in str(index.data(KeyRole) or "")


class _Restore(QObject):
    """Entering the field selects its text, so typing replaces it; leaving with unfinished typing shows the
    current choice again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QComboBox) and watched.lineEdit() is not None:
            if event.type() == QEvent.Type.FocusIn:
                QTimer.singleShot(0, watched.lineEdit(), watched.lineEdit().selectAll)
            elif event.type() == QEvent.Type.FocusOut and not watched.completer().popup().isVisible():
                _show_choice(watched)
        return False


def _show_choice(combo: QComboBox) -> None:
    """The chosen unit's name in the field, without the tree's indent (the list keeps it)."""
    combo.setEditText(combo.itemText(combo.currentIndex()).strip("\u3000 "))


def make_searchable(combo: QComboBox) -> None:
    """Call after the items are added (and again after refilling them)."""
    for row in range(combo.count()):
        combo.setItemData(row, search_key(combo.itemText(row).strip("\u3000 ")), KeyRole)
    if combo.isEditable():
        return
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText("输入名称或拼音首字母筛选")
    matches = _Matches(combo)
    matches.setSourceModel(combo.model())
    completer = QCompleter(matches, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)

    def typed(text: str) -> None:
        matches.beginFilterChange()  # Qt 6.10's way; invalidateFilter() is deprecated
        matches.typed = text.strip().lower()
        matches.endFilterChange()
        if matches.typed:
            completer.complete()

    def chosen(index: QModelIndex) -> None:
        # The index is the completer's own (a proxy of `matches`): the item's id passes through both.
        row = combo.findData(index.data(Qt.ItemDataRole.UserRole))
        if row >= 0:
            combo.setCurrentIndex(row)

    combo.lineEdit().textEdited.connect(typed)
    combo.currentIndexChanged.connect(lambda _i: _show_choice(combo))
    _show_choice(combo)
    completer.activated[QModelIndex].connect(chosen)
    restore = _Restore(combo)
    combo.installEventFilter(restore)  # an editable combo keeps the focus itself, not its line edit
    # Python objects whose methods Qt calls (a filter, a proxy's filterAcceptsRow) must stay referenced from
    # Python: a parent on the C++ side alone lets PySide drop the Python half, and Qt then calls the base class.
    _kept[combo] = (matches, restore)
