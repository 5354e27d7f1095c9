"""A small bar chart painted with QPainter: where a person would rather look than read (score distribution,
indicator averages). QtCharts is not in PySide6-Essentials, and a few bars need no library."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#b71c1c")
MARGIN = 12


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.labels, self.values, self.top, self.unit = title, [], [], 1.0, ""
        self.setAccessibleName(title)
        self.setMinimumSize(QSize(300, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], values: list[float], top: float, unit: str = "") -> None:
        self.labels, self.values, self.top, self.unit = labels, values, max(top, 1e-9), unit
        # Room for every bar lying down, one label line each (see fits_upright).
        self.setMinimumHeight(max(150, 34 + 20 * len(labels)))
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
        elif self.fits_upright(QFontMetrics(p.font())):
            self._paint_upright(p, w, h)
        else:
            self._paint_lying(p, w, h)
        p.end()

    def fits_upright(self, metrics: QFontMetrics) -> bool:
        """Upright bars while every label reads whole in two lines under its bar; else bars lie down, the
        labels beside them (the names of 年度责任 are longer than a bar is wide)."""
        slot = int((self.width() - 2 * MARGIN) / max(len(self.labels), 1)) - 2
        return all(not two_lines(label, metrics, slot)[-1].endswith("…") for label in self.labels)

    def _paint_upright(self, p: QPainter, w: int, h: int) -> None:
        bottom, top_margin = 40, 44
        plot_h = h - bottom - top_margin
        slot = (w - 2 * MARGIN) / len(self.values)
        p.setPen(QColor("#888"))
        p.drawLine(MARGIN, h - bottom, w - MARGIN, h - bottom)
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            bar_h = plot_h * value / self.top
            x = MARGIN + i * slot + slot * 0.2
            p.fillRect(QRectF(x, h - bottom - bar_h, slot * 0.6, bar_h), BAR)
            p.setPen(QColor("#222"))
            p.drawText(QRectF(MARGIN + i * slot, h - bottom - bar_h - 18, slot, 16), Qt.AlignmentFlag.AlignHCenter,
                       f"{value:g}{self.unit}")
            p.drawText(QRectF(MARGIN + i * slot, h - bottom + 4, slot, bottom - 4), Qt.AlignmentFlag.AlignHCenter,
                       "\n".join(two_lines(label, QFontMetrics(p.font()), int(slot) - 2)))

    def _paint_lying(self, p: QPainter, w: int, h: int) -> None:
        metrics = QFontMetrics(p.font())
        label_w = min(max(metrics.horizontalAdvance(label) for label in self.labels) + 8, int(w * 0.45))
        value_w = max(metrics.horizontalAdvance(f"{v:g}{self.unit}") for v in self.values) + 8
        top = 28.0
        row_h = (h - top - 6) / len(self.values)
        plot_w = max(w - 2 * MARGIN - label_w - value_w, 10)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWrapAnywhere
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = top + i * row_h
            p.setPen(QColor("#222"))
            p.drawText(QRectF(MARGIN, y, label_w - 8, row_h), flags, label)
            bar_w = plot_w * value / self.top
            p.fillRect(QRectF(MARGIN + label_w, y + row_h * 0.2, bar_w, row_h * 0.6), BAR)
            p.drawText(QRectF(MARGIN + label_w + bar_w + 4, y, value_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{value:g}{self.unit}")


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
