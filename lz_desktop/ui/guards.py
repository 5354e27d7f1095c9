"""The mouse wheel scrolls the page; it changes a drop-down, a spin box or a date only when the clerk has
put the cursor in it.

Qt lets the wheel change a combo box or spin box it merely passes over: scrolling the settings page, one
notch over 公文字体 switched the font, and the page saves on change. One event filter on the application
covers every such field, present and future: a wheel over a field without focus goes to the scroll area
around it instead, and these fields no longer take focus from the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QSlider)  # not QScrollBar: scrolling is what the wheel is for


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            _scroll_around(watched, event)  # type: ignore[arg-type]
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _scroll_around(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area's bar, as if the field were not there."""
    area = _scroll_area_of(widget)
    if area is None:
        return
    delta = event.angleDelta()
    bar = area.horizontalScrollBar() if abs(delta.x()) > abs(delta.y()) else area.verticalScrollBar()
    if bar.isVisible() or bar.maximum() > bar.minimum():
        QApplication.sendEvent(bar, event)


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
