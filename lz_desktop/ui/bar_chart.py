"""A small bar chart painted with QPainter: where a person would rather look than read (score distribution,
indicator averages). QtCharts is not in PySide6-Essentials, and a few bars need no library."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#b71c1c")


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.labels, self.values, self.top, self.unit = title, [], [], 1.0, ""
        self.setAccessibleName(title)
        self.setMinimumSize(QSize(300, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], values: list[float], top: float, unit: str = "") -> None:
        self.labels, self.values, self.top, self.unit = labels, values, max(top, 1e-9), unit
        # What a screen reader or a test reads: every bar as text.
        self.setAccessibleDescription("；".join(f"{label} {value:g}{unit}" for label, value in zip(labels, values,
                                                                                                   strict=True)))
        # Labels too long for their bar are cut on screen; the tooltip names every bar in full.
        self.setToolTip("\n".join(f"{label}：{value:g}{unit}" for label, value in zip(labels, values, strict=True)))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.drawText(QRectF(0, 4, w, 20), Qt.AlignmentFlag.AlignHCenter, self.title)
        if not self.values:
            p.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, "暂无完整评分")
            return
        left, bottom, top_margin = 12, 40, 44
        plot_h = h - bottom - top_margin
        slot = (w - 2 * left) / len(self.values)
        p.setPen(QColor("#888"))
        p.drawLine(left, h - bottom, w - left, h - bottom)
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            bar_h = plot_h * value / self.top
            x = left + i * slot + slot * 0.2
            p.fillRect(QRectF(x, h - bottom - bar_h, slot * 0.6, bar_h), BAR)
            p.setPen(QColor("#222"))
            p.drawText(QRectF(left + i * slot, h - bottom - bar_h - 18, slot, 16), Qt.AlignmentFlag.AlignHCenter,
                       f"{value:g}{self.unit}")
            p.drawText(QRectF(left + i * slot, h - bottom + 4, slot, bottom - 4), Qt.AlignmentFlag.AlignHCenter,
                       "\n".join(two_lines(label, QFontMetrics(p.font()), int(slot) - 2)))
        p.end()


def two_lines(label: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The label in at most two lines of `width` pixels, broken between characters (Chinese has no spaces
    to wrap at) and the second line ending in … when the rest does not fit."""
    cut = len(label)
    while cut > 1 and metrics.horizontalAdvance(label[:cut]) > width:
        cut -= 1
    first, rest = label[:cut], label[cut:]
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
