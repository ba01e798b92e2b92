"""Bokeh figures of a measure's chart, for the Results page and the reports.

Signals are marked by shape and colour (and named in the legend and hover);
the team's text (notes, PDSA titles) is shown as text: hover fields are escaped
by bokeh and labels are drawn on the canvas. Bokeh is imported on use.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workshop import palette
from workshop.chart_look import house_style
from workshop.i18n import _, format_number
from workshop.improvement import ChartKind, Measure, MeasureUnit
from workshop.palette import css
from workshop.results.model import MeasureSeries, Point
from workshop.results.verdict import MIN_USEFUL_POINTS
from workshop.spc import Analysis

# The documents' colours (colour-blind safe); the marker shape carries the same meaning.
_COLOURS = {"point": css(palette.ACCENT), "signal": css(palette.SIGNAL), "excluded": css(palette.EXCLUDED)}
_MARKERS = {"point": "circle", "signal": "triangle", "excluded": "x"}
_LINE = css(palette.ACCENT)
_CENTRE = css(palette.CENTRE)
_LIMITS = css(palette.LINE)
_TARGET = css(palette.TARGET)
_BAND = css(palette.BAND)
_FONT = "15px"
_COMPACT_TITLE_CHARACTERS = 38  # of the 14 px title on a 360 px chart


@dataclass(frozen=True)
class PointRow:
    """One point as the chart and its table alternative show it."""

    number: int
    period: str
    value: float | None
    centre_line: float | None
    lcl: float | None
    ucl: float | None
    state: str
    """``point``, ``signal`` or ``excluded``."""
    note: str
    exclusion_reason: str | None


def state_label(state: str) -> str:
    return {"point": _("Point"), "signal": _("Signal (part of a pattern)"), "excluded": _("Excluded point")}[state]


def signal_points(analysis: Analysis) -> set[int]:
    """Points that are part of a pattern that fired (runs with enough points, or outside the limits)."""
    points = set(analysis.sigma_signal_points)
    for phase in analysis.phases:
        if phase.runs is not None and phase.runs.n_useful >= MIN_USEFUL_POINTS:
            for finding in phase.runs.findings:
                points.update(finding.points)
    return points


def point_rows(series: MeasureSeries, analysis: Analysis) -> list[PointRow]:
    signals = signal_points(analysis)
    rows = []
    for number, point in enumerate(series.points, 1):
        state = "excluded" if point.excluded else "signal" if number in signals else "point"
        rows.append(PointRow(number, point.period.label, analysis.values[number - 1],
                             analysis.centre_line[number - 1], analysis.lcl[number - 1], analysis.ucl[number - 1],
                             state, point.note, point.exclusion_reason))
    return rows


def centre_line_name(chart: str) -> str:
    return _("Median") if chart == ChartKind.RUN else _("Mean")


def value_axis_label(measure: Measure) -> str:
    """The measure's unit, named on the value axis: "Antal", "Andel (%)", "Antal per 100", "Värde"."""
    if measure.unit is MeasureUnit.RATE:
        return _("Count per {number}").format(number=format_number(measure.rate_per or 1))
    if measure.unit is MeasureUnit.VALUE:
        return _("Value")  # the unit's own label ("other value, e.g. days") explains a choice, not an axis
    return measure.unit.label


def value_text(value: float | None) -> str:
    """A value as the chart's hover and text alternative write it: two decimals at most, "–" for none."""
    return "–" if value is None else format_number(round(value, 2))


def measure_figure(series: MeasureSeries, analysis: Analysis, cycles: Sequence[Any] = (), *,
                   compact: bool = False):
    """The chart of one measure: points and line, centre line per phase, limits, target, phases, PDSA bands.

    ``cycles`` are PDSA cycle annotations (``start``, ``end``, ``number``, ``title``);
    ``compact`` draws a small chart for the overview of all measures.
    """
    from bokeh.models import Legend, LegendItem
    from bokeh.plotting import figure

    rows = point_rows(series, analysis)
    plot = figure(
        title=_compact_title(series.measure.name) if compact else series.measure.name,
        height=230 if compact else 430, width=360 if compact else 1000,
        sizing_mode="fixed" if compact else "stretch_width", x_range=(0.5, len(rows) + 0.5),
        toolbar_location=None if compact else "right", tools="" if compact else "pan,wheel_zoom,reset,save",
        y_axis_label=value_axis_label(series.measure),
    )
    _style(plot, compact)
    plot.line([row.number for row in rows], [_nan(row.value) for row in rows], color=_LINE, line_width=2)
    legend_items = _phase_lines(plot, analysis, compact)
    if series.measure.target_value is not None:
        legend_items.append(_target(plot, series.measure.target_value, len(rows)))
    legend_items += _points(plot, rows, compact)
    _phase_marks(plot, analysis, compact)
    _cycle_bands(plot, series.points, cycles, compact)
    _period_axis(plot, rows, compact)
    if not compact:
        plot.add_layout(Legend(items=[LegendItem(label=label, renderers=renderers)
                                      for label, renderers in legend_items],
                               location="top_left", orientation="horizontal", label_text_font_size=_FONT), "below")
    return house_style(plot)


def overview_figure(charts: Sequence[tuple[MeasureSeries, Analysis, Sequence[Any]]]):
    """Small multiples: every measure of the team side by side, three in a row."""
    from bokeh.layouts import gridplot

    figures = [measure_figure(series, analysis, cycles, compact=True) for series, analysis, cycles in charts]
    return gridplot(figures, ncols=3, toolbar_location=None)


def _compact_title(name: str) -> str:
    """The name over at most two lines that fit a small chart: bokeh never wraps a title, and a long one would run
    off the canvas (the overview's list below the charts names each measure in full)."""
    return textwrap.fill(name, _COMPACT_TITLE_CHARACTERS, max_lines=2, placeholder=" …")


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value


def _style(plot, compact: bool) -> None:
    size = "12px" if compact else _FONT
    plot.title.text_font_size = "14px" if compact else "18px"
    for axis in (plot.xaxis, plot.yaxis):
        axis.major_label_text_font_size = size
        axis.axis_label_text_font_size = size
        axis.axis_label_text_font_style = "normal"
    plot.background_fill_color = css(palette.WHITE)
    plot.xgrid.grid_line_color = None
    plot.ygrid.grid_line_color = css(palette.GRID)


def _phase_lines(plot, analysis: Analysis, compact: bool) -> list:
    """Each phase its own centre line and limits; returns legend entries."""
    centre, limits = [], []
    for phase in analysis.phases:
        xs = [phase.first_point - 0.4, *range(phase.first_point, phase.last_point + 1), phase.last_point + 0.4]
        centres = [analysis.centre_line[phase.first_point - 1]] * len(xs)
        centre.append(plot.line(xs, [_nan(value) for value in centres], color=_CENTRE,
                                line_width=1.5 if compact else 2.5))
        for column in (analysis.lcl, analysis.ucl):
            values = column[phase.first_point - 1:phase.last_point]
            if any(value is not None for value in values):
                limits.append(plot.step(list(range(phase.first_point, phase.last_point + 1)),
                                        [_nan(value) for value in values], mode="center", color=_LIMITS,
                                        line_dash="dashed", line_width=1.5))
    items = [(centre_line_name(analysis.chart), centre)]
    if limits:
        items.append((_("Control limits"), limits))
    return items


def _target(plot, target: float, size: int) -> tuple[str, list]:
    line = plot.line([0.5, size + 0.5], [target, target], color=_TARGET, line_dash="dotted", line_width=2.5)
    return _("Target {value}").format(value=format_number(target)), [line]


def _points(plot, rows: list[PointRow], compact: bool) -> list:
    from bokeh.models import ColumnDataSource, HoverTool

    items = []
    for state in ("point", "signal", "excluded"):
        chosen = [row for row in rows if row.state == state and row.value is not None]
        if not chosen:
            continue
        source = ColumnDataSource({
            "x": [row.number for row in chosen],
            "y": [row.value for row in chosen],
            "period": [row.period for row in chosen],
            "value_text": [value_text(row.value) for row in chosen],
            "note": [row.note or "–" for row in chosen],
            "state": [state_label(row.state) if not row.exclusion_reason
                      else f"{state_label(row.state)}: {row.exclusion_reason}" for row in chosen],
        })
        renderer = plot.scatter("x", "y", source=source, marker=_MARKERS[state], size=8 if compact else 13,
                                color=_COLOURS[state], line_width=2.5 if state == "excluded" else 1)
        # List-of-pairs tooltips: bokeh escapes the field values, so a note is never markup.
        plot.add_tools(HoverTool(renderers=[renderer], tooltips=[
            (_("Period"), "@period"), (_("Value"), "@value_text"), (_("Annotation"), "@note"), (_("Status"), "@state"),
        ]))
        items.append((state_label(state), [renderer]))
    return items


def _phase_marks(plot, analysis: Analysis, compact: bool) -> None:
    from bokeh.models import Label, Span

    for phase in analysis.phases[1:]:
        x = phase.first_point - 0.5
        plot.add_layout(Span(location=x, dimension="height", line_color=_CENTRE, line_dash="dotdash",
                             line_width=1.5))
        if not compact:
            plot.add_layout(Label(x=x, y=0, x_units="data", y_units="screen", x_offset=4, y_offset=4,
                                  text=_("Phase {number}").format(number=phase.number), text_font_size=_FONT))


def _cycle_bands(plot, points: Sequence[Point], cycles: Sequence[Any], compact: bool) -> None:
    from bokeh.models import BoxAnnotation, Label

    for index, cycle in enumerate(cycles):
        span = cycle_span(points, cycle.start, cycle.end)
        if span is None:
            continue
        left, right = span
        plot.add_layout(BoxAnnotation(left=left, right=right, fill_color=_BAND, fill_alpha=0.18,
                                      line_color=_BAND, line_alpha=0.8, hatch_pattern="/", hatch_alpha=0.25,
                                      hatch_color=_BAND))
        if not compact:
            # Canvas text, never markup: the title is the team's own words.
            plot.add_layout(Label(x=left, y=0, x_units="data", y_units="screen", x_offset=4,
                                  y_offset=30 + 22 * (index % 3), text_font_size="14px",
                                  text=_("PDSA {number}: {title}").format(number=cycle.number, title=cycle.title)))


def cycle_span(points: Sequence[Point], start: dt.date | None, end: dt.date | None) -> tuple[float, float] | None:
    """Where a cycle from ``start`` to ``end`` (None: ongoing) lies on the chart's x axis, or None if outside."""
    if not points or start is None:
        return None
    first, last = points[0].period.start, points[-1].period.end
    if start >= last or (end is not None and end < first):
        return None
    return _x_of(points, max(start, first)), _x_of(points, min(end + dt.timedelta(days=1), last) if end else last)


def _x_of(points: Sequence[Point], day: dt.date) -> float:
    """The x position of ``day``: point n spans n - 0.5 to n + 0.5, in proportion to its period's days."""
    for number, point in enumerate(points, 1):
        period = point.period
        if day < period.end:
            fraction = max((day - period.start).days, 0) / (period.end - period.start).days
            return number - 0.5 + fraction
    return len(points) + 0.5


def _period_axis(plot, rows: list[PointRow], compact: bool) -> None:
    from bokeh.models import FixedTicker

    every = max(1, round(len(rows) / (4 if compact else 12)))
    ticks = [row.number for row in rows][::every]
    plot.xaxis.ticker = FixedTicker(ticks=ticks)
    plot.xaxis.major_label_overrides = {row.number: row.period for row in rows}
    plot.xaxis.major_label_orientation = 0.6
