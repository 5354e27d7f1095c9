"""Bar charts for print (score distribution, indicator averages), drawn with reportlab's graphics in the
document's own fonts, so that a chart's labels are embedded like the text around it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

OFFICIAL_RED = colors.Color(0.72, 0.11, 0.11)


@dataclass(frozen=True)
class BarChart:
    """Plain data: a title, one bar per label, the value axis' top and the unit shown on top of each bar."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    top: float
    unit: str = ""


def drawing(chart: BarChart, width: float, height: float, font: str) -> Drawing:
    d = Drawing(width, height)
    d.add(String(width / 2, height - 14, chart.title, fontName=font, fontSize=12, textAnchor="middle"))
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 40
    bars.width, bars.height = width - 60, height - 80
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
