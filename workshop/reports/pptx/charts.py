"""A measure's run or control chart as a native PowerPoint chart, editable in PowerPoint and LibreOffice.

The chart is a line chart over the periods: the values, the centre line (one series per phase, so a
new phase starts a new level instead of a slope), the control limits when the chart has them, the
target when one is set, and signals and excluded points as series of their own with their own
marker shape and name, so they are told apart without colour. Its data sit in the chart's embedded
workbook: "Edit data" in PowerPoint shows the team's values. Imported when a deck is made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from workshop.i18n import _, format_number
from workshop.palette import ACCENT, CENTRE, FONT, GRID, LINE, MUTED, SIGNAL, TARGET
from workshop.reports.pptx.style import Box
from workshop.reports.pptx.text import clean, text_width
from workshop.reports.pptx.xml import outline, solid
from workshop.reports.snapshot import MeasureResult

CHART_TEXT_SIZE = 16
"""Axis labels and legend: large enough for a projector, small enough to leave room for the curve."""
_AXIS_ROOM = 0.9
"""Inches of the chart's width taken by the value axis labels and margins."""


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float | None, ...]
    kind: str
    """``values``, ``signal``, ``excluded``, ``centre``, ``lcl``, ``ucl`` or ``target``."""
    in_legend: bool = True


def _only(values, numbers: set[int]) -> tuple[float | None, ...]:
    """``values`` at the points ``numbers`` (counted from 1), gaps elsewhere."""
    return tuple(value if number in numbers else None for number, value in enumerate(values, 1))


def measure_series(result: MeasureResult) -> tuple[ChartSeries, ...]:
    """The series of the measure's chart, in drawing order (later ones on top)."""
    return _chart_series(result, result.rows)


def _chart_series(result: MeasureResult, rows) -> tuple[ChartSeries, ...]:
    from workshop.results.chart import centre_line_name, state_label

    analysis = result.analysis
    values = tuple(row.value for row in rows)
    series = []
    for phase in analysis.phases:
        numbers = set(range(phase.first_point, phase.last_point + 1))
        first = phase.number == analysis.phases[0].number
        series.append(ChartSeries(centre_line_name(analysis.chart), _only(analysis.centre_line, numbers), "centre",
                                  in_legend=first))
        for kind, name, limits in (("lcl", _("Lower control limit"), analysis.lcl),
                                   ("ucl", _("Upper control limit"), analysis.ucl)):
            if any(limits[number - 1] is not None for number in numbers):
                series.append(ChartSeries(name, _only(limits, numbers), kind, in_legend=first))
    target = result.measure.target_value
    if target is not None:
        series.append(ChartSeries(_("Target {value}").format(value=format_number(target)),
                                  (target,) * len(rows), "target"))
    series.append(ChartSeries(_("Value"), values, "values"))
    for state in ("signal", "excluded"):
        numbers = {row.number for row in rows if row.state == state}
        if numbers:
            series.append(ChartSeries(state_label(state), _only(values, numbers), state))
    return tuple(series)


def add_measure_chart(canvas, result: MeasureResult, box: Box):
    """The measure's chart in ``box`` on a slide; the chart object."""
    rows = result.rows
    series = _chart_series(result, rows)
    whole = all(value is None or float(value).is_integer() for spec in series for value in spec.values)
    data = CategoryChartData(number_format="0" if whole else "0.0")
    data.categories = [clean(row.period) for row in rows]
    for spec in series:
        data.add_series(clean(spec.name), spec.values)
    frame = canvas.chart(XL_CHART_TYPE.LINE_MARKERS, box, data)
    frame._element.nvGraphicFramePr.cNvPr.set("descr", clean(f"{result.measure.name}. {result.judged.headline}"))
    chart = frame.chart
    chart.has_title = False
    chart.font.name, chart.font.size = FONT, Pt(CHART_TEXT_SIZE)
    elements = chart.plots[0]._element.findall(qn("c:ser"))
    for element, spec in zip(elements, series, strict=True):
        _style(element, _LOOKS[spec.kind])
    _hide_marker_under_others(elements[[spec.kind for spec in series].index("values")], rows)
    _axes(chart, [row.period for row in rows], box)
    _legend(chart, series)
    return chart


@dataclass(frozen=True)
class _Look:
    """How a series is drawn: its line (colour, width in points, dash) and its marker (symbol, size, colour)."""

    line: tuple[str, float, str | None] | None = None
    marker: tuple[str, int, str] | None = None
    marker_line_width: float = 0.75


_LOOKS = {
    "values": _Look(line=(ACCENT, 2.25, None), marker=("circle", 8, ACCENT)),
    "signal": _Look(marker=("triangle", 13, SIGNAL)),
    "excluded": _Look(marker=("x", 11, MUTED), marker_line_width=2),
    "centre": _Look(line=(CENTRE, 2.25, None)),
    "lcl": _Look(line=(LINE, 1.75, "dash")),
    "ucl": _Look(line=(LINE, 1.75, "dash")),
    "target": _Look(line=(TARGET, 2.5, "sysDot")),
}


def _style(series, look: _Look) -> None:
    """The series' line and marker, written into its ``c:ser`` after the name (python-pptx's setters are slow)."""
    properties = etree.Element(qn("c:spPr"))
    properties.append(outline(*look.line) if look.line else outline(None))
    marker = etree.Element(qn("c:marker"))
    if look.marker is None:
        etree.SubElement(marker, qn("c:symbol"), val="none")
    else:
        symbol, size, colour = look.marker
        etree.SubElement(marker, qn("c:symbol"), val=symbol)
        etree.SubElement(marker, qn("c:size"), val=str(size))
        fill = etree.SubElement(marker, qn("c:spPr"))
        solid(fill, colour)
        fill.append(outline(colour, look.marker_line_width))
    name = series.find(qn("c:tx"))
    name.addnext(properties)
    properties.addnext(marker)


def _hide_marker_under_others(series, rows) -> None:
    """No circle under a signal's triangle or an excluded point's cross: one shape per point.

    Written as ``c:dPt`` elements directly; python-pptx's per-point API re-reads the series for each point.
    """
    categories = series.find(qn("c:cat"))
    for index, row in enumerate(rows):
        if row.state != "point":
            point = etree.Element(qn("c:dPt"))
            etree.SubElement(point, qn("c:idx"), val=str(index))
            marker = etree.SubElement(point, qn("c:marker"))
            etree.SubElement(marker, qn("c:symbol"), val="none")
            categories.addprevious(point)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour)


def _axes(chart, labels: list[str], box: Box) -> None:
    values = chart.value_axis
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = _rgb(GRID)
    values.format.line.color.rgb = _rgb(LINE)
    categories = chart.category_axis
    categories.format.line.color.rgb = _rgb(LINE)
    widest = max((text_width(label) for label in labels), default=1.0) * CHART_TEXT_SIZE / 72 + 0.3
    fitting = max(int((box.width - _AXIS_ROOM) // widest), 1)
    skip = math.ceil(len(labels) / fitting)
    if skip > 1:
        axis = categories._element
        for name in ("c:tickLblSkip", "c:tickMarkSkip"):
            element = etree.Element(qn(name), val=str(skip))
            axis.find(qn("c:noMultiLvlLbl")).addprevious(element)


def _legend(chart, series: tuple[ChartSeries, ...]) -> None:
    chart.has_legend = True
    legend = chart.legend
    legend.position, legend.include_in_layout = XL_LEGEND_POSITION.BOTTOM, False
    legend.font.size, legend.font.name = Pt(CHART_TEXT_SIZE), FONT
    position = legend._element.find(qn("c:legendPos"))
    for index, spec in reversed(list(enumerate(series))):
        if not spec.in_legend:  # a later phase's centre line and limits: named once
            entry = etree.Element(qn("c:legendEntry"))
            etree.SubElement(entry, qn("c:idx"), val=str(index))
            etree.SubElement(entry, qn("c:delete"), val="1")
            position.addnext(entry)
