"""Run a measure's stored series through the SPC engine, with its phases and exclusions."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.errors import InvalidInput
from workshop.i18n import _, format_number
from workshop.improvement import SUGGESTED_CHART, ChartKind, Measure, MeasureUnit
from workshop.results.model import MeasureSeries, Point, uses_denominator
from workshop.results.problems import spc_problem
from workshop.spc import Analysis, SPCInputError, analyze


def chart_scale(measure: Measure) -> float:
    """What the engine multiplies ratios by: shares in percent, rates per ``rate_per``."""
    if measure.unit is MeasureUnit.PERCENT:
        return 100
    if measure.unit is MeasureUnit.RATE:
        return measure.rate_per or 1
    return 1


def check_chart_fits(chart: ChartKind, measure: Measure, points: Sequence[Point]) -> None:
    """Refuse a chart that does not fit the data, suggesting one that does."""
    ratio = uses_denominator(measure)
    if chart in (ChartKind.P, ChartKind.U) and not ratio:
        raise InvalidInput(
            _("{chart} needs a numerator and a denominator for every point, but this measure has one value "
              "per point. Choose {suggestion}.").format(chart=chart.label, suggestion=ChartKind.I.label),
            field="chart",
        )
    if chart is not ChartKind.C:
        return
    if ratio:
        raise InvalidInput(
            _("{chart} is for counts, but this measure is a share or a rate. Choose {suggestion}.").format(
                chart=chart.label, suggestion=SUGGESTED_CHART[measure.unit].label),
            field="chart",
        )
    for point in points:
        if point.value is not None and point.value != int(point.value):
            raise InvalidInput(
                _("{period}: {value} has decimals, but {chart} counts whole events. Choose {suggestion}.").format(
                    period=point.period.label, value=format_number(point.value), chart=chart.label,
                    suggestion=ChartKind.I.label),
                field="chart",
            )


def phase_parts(series: MeasureSeries) -> list[int]:
    """Points after which a phase starts: a phase begins at the first point of its period or later."""
    parts = set()
    for phase in series.phases:
        first = next((number for number, point in enumerate(series.points, 1)
                      if point.period >= phase.first_period), None)
        if first is not None and first > 1:
            parts.add(first - 1)
    return sorted(parts)


def analyse_series(series: MeasureSeries, chart: ChartKind | None = None) -> Analysis:
    """The series analysed as ``chart`` (default: the measure's), or :class:`InvalidInput` saying why not."""
    measure = series.measure
    chart = ChartKind(chart or measure.chart)
    check_chart_fits(chart, measure, series.points)
    if uses_denominator(measure):
        values = [point.numerator for point in series.points]
        denominators = [point.denominator for point in series.points]
    else:
        values, denominators = [point.value for point in series.points], None
    excluded = [number for number, point in enumerate(series.points, 1) if point.excluded]
    try:
        return analyze(values, denominators=denominators, chart=chart.value, parts=phase_parts(series) or None,
                       exclude=excluded or None, multiply=chart_scale(measure))
    except SPCInputError as error:
        raise spc_problem(error, [point.period for point in series.points]) from None
