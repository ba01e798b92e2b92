"""Frames of a team's measurement values (step 5): points, phases, and the series as the kit's SPC judges it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pandas as pd

from workshop.data.frames import schema, timestamp
from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.results import JudgedSeries, MeasureSeries, Point, uses_denominator
from workshop.results.analysis import chart_scale, phase_parts
from workshop.results.chart import signal_points

_MEASURE = (("measure_id", "int64"), ("measure", "string"))
_PERIOD = (("period", "string"), ("start", "datetime64[ns]"))
POINTS = schema(
    *_MEASURE, *_PERIOD, ("value", "float64"), ("numerator", "float64"), ("denominator", "float64"),
    ("phase", "int64"), ("excluded", "bool"), ("exclusion_reason", "string"), ("note", "string"),
)
PHASES = schema(*_MEASURE, ("phase", "int64"), ("first_period", "string"), ("start", "datetime64[ns]"),
                ("reason", "string"))
JUDGED = schema(
    *_MEASURE, ("chart", "string"), ("number", "int64"), *_PERIOD, ("value", "float64"),
    ("centre_line", "float64"), ("lcl", "float64"), ("ucl", "float64"), ("phase", "int64"), ("excluded", "bool"),
    ("outside_limits", "bool"), ("signal", "bool"),
)
VERDICTS = schema(*_MEASURE, ("chart", "string"), ("points", "int64"), ("headline", "string"), ("signal", "bool"),
                  ("better", "boolean"), ("problem", "string"))


Day = dt.date | str | None
"""A day as a notebook writes it: a date, a pandas Timestamp or ``"2026-09-01"``; None for no limit."""


def _day(value: Day) -> dt.date | None:
    if value is None:
        return None
    try:
        day = pd.Timestamp(value)
    except (TypeError, ValueError):
        day = pd.NaT
    if pd.isna(day):
        raise InvalidInput(_("{value} is not a date: write it as 2026-09-01.").format(value=value), field="start")
    return day.date()


def within(series: MeasureSeries, start: Day, end: Day) -> MeasureSeries:
    """The series with only the points whose period begins between ``start`` and ``end`` (both included)."""
    first, last = _day(start), _day(end)
    points = tuple(point for point in series.points
                   if (first is None or point.period.start >= first) and (last is None or point.period.start <= last))
    return replace(series, points=points)


def _phase_numbers(series: MeasureSeries) -> list[int]:
    """Each point's phase (1, 2, …) as the chart splits the series (``phase_parts``)."""
    parts = phase_parts(series)
    return [1 + sum(part < number for part in parts) for number in range(1, len(series.points) + 1)]


def charted_value(series: MeasureSeries, point: Point) -> float | None:
    """The value as the chart shows it: a share in percent, a rate per ``rate_per``, else the value itself."""
    if not uses_denominator(series.measure):
        return point.value
    if point.numerator is None or not point.denominator:
        return None
    return point.numerator / point.denominator * chart_scale(series.measure)


def point_rows(series: MeasureSeries) -> list[dict[str, Any]]:
    measure = {"measure_id": series.measure.id, "measure": series.measure.name}
    return [{**measure, "period": point.period.key, "start": timestamp(point.period.start),
             "value": charted_value(series, point), "numerator": point.numerator, "denominator": point.denominator,
             "phase": phase, "excluded": point.excluded, "exclusion_reason": point.exclusion_reason,
             "note": point.note}
            for point, phase in zip(series.points, _phase_numbers(series), strict=True)]


def phase_rows(series: MeasureSeries) -> list[dict[str, Any]]:
    """The phases the team started (phase 1, from the first point, is not a stored start)."""
    measure = {"measure_id": series.measure.id, "measure": series.measure.name}
    return [{**measure, "phase": number, "first_period": phase.first_period.key,
             "start": timestamp(phase.first_period.start), "reason": phase.reason}
            for number, phase in enumerate(series.phases, 2)]


def judged_rows(judged: JudgedSeries) -> list[dict[str, Any]]:
    """The points with their centre line, limits and signals; none while the series has no chart."""
    analysis, series = judged.analysis, judged.series
    if analysis is None:
        return []
    signals = signal_points(analysis)
    measure = {"measure_id": series.measure.id, "measure": series.measure.name, "chart": analysis.chart}
    return [{**measure, "number": number, "period": point.period.key, "start": timestamp(point.period.start),
             "value": analysis.values[number - 1], "centre_line": analysis.centre_line[number - 1],
             "lcl": analysis.lcl[number - 1], "ucl": analysis.ucl[number - 1], "phase": phase,
             "excluded": point.excluded, "outside_limits": analysis.sigma_signal[number - 1],
             "signal": number in signals}
            for number, (point, phase) in enumerate(zip(series.points, _phase_numbers(series), strict=True), 1)]


def verdict_row(judged: JudgedSeries) -> dict[str, Any]:
    series, verdict = judged.series, judged.verdict
    return {"measure_id": series.measure.id, "measure": series.measure.name, "chart": series.measure.chart.value,
            "points": len(series.points), "headline": judged.headline,
            "signal": verdict is not None and verdict.signal, "better": verdict and verdict.better,
            "problem": judged.problem}

