"""The wheel changes a field only when the clerk has put the cursor in it (ui/guards.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from lz_desktop.services import documents
from lz_desktop.services.office import Office
from lz_desktop.ui.main_window import MainWindow


def _wheel(widget: QComboBox, notches: int = -1) -> None:
    """What one notch of the mouse wheel over the widget delivers (a spontaneous event, like a real mouse's)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_scrolling_the_settings_over_a_font_choice_scrolls_the_page_and_changes_nothing(
        qtbot: QtBot, app: QApplication, office: Office) -> None:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.resize(1280, 500)  # short enough that the settings page scrolls
    window.show()
    window.show_area("设置")
    page = window.settings_page
    combo = page.ui.pageNumberFontCombo
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=20000)
    chosen, stored = combo.currentText(), documents.font_choice(office.db)
    scroll = window.stack.currentWidget().verticalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum() // 2)
    before = scroll.value()
    window.setFocus()
    assert not combo.hasFocus()
    _wheel(combo)
    assert combo.currentText() == chosen and documents.font_choice(office.db) == stored
    assert scroll.value() != before  # the page moved instead
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it focus either

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)  # the clerk clicked into it: now the wheel is theirs to choose with
    assert combo.currentText() != chosen
