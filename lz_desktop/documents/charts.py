"""Bar charts for print (score distribution, indicator averages), drawn with reportlab's graphics in the
document's own fonts, so that a chart's labels are embedded like the text around it."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from lz_desktop.domain.report import BarChart

OFFICIAL_RED = colors.Color(0.72, 0.11, 0.11)


def drawing(chart: BarChart, width: float, height: float, font: str) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = font  # the renderer's starting font: else Helvetica, listed unembedded in the PDF
    d.add(String(width / 2, height - 14, chart.title, fontName=font, fontSize=12, textAnchor="middle"))
    bars = VerticalBarChart()
    slot = (width - 60) / max(1, len(chart.labels))
    # Labels wider than their bar's slot are turned, so that neighbours never overlap.
    turned = any(len(label) * 9 > slot for label in chart.labels)
    bars.x, bars.y = 40, 70 if turned else 40
    bars.width, bars.height = width - 60, height - (110 if turned else 80)
    if turned:
        bars.categoryAxis.labels.angle = 35
        bars.categoryAxis.labels.boxAnchor = "ne"
        bars.categoryAxis.labels.dy = -2
    bars.data = [list(chart.values)]
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, chart.top
    bars.valueAxis.labels.fontName = font
    bars.categoryAxis.categoryNames = list(chart.labels)
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 9
    bars.bars[0].fillColor = OFFICIAL_RED
    bars.barLabelFormat = lambda v: f"{v:g}{chart.unit}"
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 9
    bars.barLabels.nudge = 8
    d.add(bars)
    return d
