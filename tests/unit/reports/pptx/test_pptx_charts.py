"""A measure's chart as a native PowerPoint chart: the stored values, centre line, limits, target and signals."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_MARKER_STYLE
from pptx.oxml.ns import qn

from workshop.improvement import ChartKind, Frequency, Measure, MeasureUnit
from workshop.reports import team_snapshot
from workshop.reports.pptx.charts import add_measure_chart, measure_series
from workshop.reports.pptx.deck import Deck
from workshop.reports.pptx.style import BODY
from workshop.reports.snapshot import MeasureResult
from workshop.results import MeasureSeries, PhaseStart, Point, judge_series, parse_period
from workshop.results import measure_series as stored_series

LOW_THEN_HIGH = [10, 11, 10, 12, 11, 10, 12, 11, 10, 11, 12, 10, 17, 18, 17, 19, 18, 17, 19, 18, 17, 18, 19, 17]
"""12 weeks low, then 12 high: a shift; week 6 is excluded, week 20 an outlier above the limits."""


def _result(chart: ChartKind = ChartKind.I, *, phase_at: int | None = None, target: float | None = 15.0,
            outlier: bool = True) -> MeasureResult:
    measure = Measure(name="Antal samtal 🙂 ÅÄÖ", unit=MeasureUnit.COUNT, frequency=Frequency.WEEK, chart=chart,
                      target_value=target, id=7, team_id=1)
    period = parse_period("v. 40 2026", Frequency.WEEK)
    points = []
    for number, value in enumerate(LOW_THEN_HIGH, 1):
        value = 60 if outlier and number == 20 else value
        points.append(Point(period, value=value, exclusion_reason="Fel uttag" if number == 6 else None))
        period = period.next()
    phases = (PhaseStart(points[phase_at - 1].period, "Ny rutin"),) if phase_at else ()
    series = MeasureSeries(measure, tuple(points), phases)
    return MeasureResult(measure, judge_series(series), ())


def _reopened_chart(result: MeasureResult):
    deck = Deck("Fiktivt team · hela arbetet", title="Test", subject="Test")
    add_measure_chart(deck.slide("Resultat"), result, BODY)
    slide = Presentation(io.BytesIO(deck.to_bytes())).slides[0]
    return next(shape for shape in slide.shapes if shape.has_chart).chart


def _by_name(chart) -> dict:
    return {series.name: series for series in chart.plots[0].series}


def test_the_chart_is_a_native_line_chart_over_the_periods_with_the_stored_values():
    result = _result()
    chart = _reopened_chart(result)
    # A line chart with markers (python-pptx names it LINE once one series hides its markers).
    assert chart._chartSpace.xpath("c:chart/c:plotArea/c:lineChart/c:marker/@val") == ["1"]
    assert list(chart.plots[0].categories) == [row.period for row in result.rows]
    assert list(chart.plots[0].categories)[:2] == ["v. 40 2026", "v. 41 2026"]
    values = _by_name(chart)["Värde"]
    assert values.values == pytest.approx(tuple(result.judged.analysis.values))
    assert values.values[19] == 60


def test_centre_line_limits_and_target_are_series_of_their_own():
    result = _result()
    analysis = result.judged.analysis
    series = _by_name(_reopened_chart(result))
    assert series["Medelvärde"].values == pytest.approx(analysis.centre_line)
    assert series["Nedre styrgräns"].values == pytest.approx(analysis.lcl)
    assert series["Övre styrgräns"].values == pytest.approx(analysis.ucl)
    assert series["Mål 15"].values == (15.0,) * len(LOW_THEN_HIGH)


def test_a_run_chart_has_a_median_and_no_limits():
    names = [spec.name for spec in measure_series(_result(ChartKind.RUN))]
    assert "Median" in names and "Nedre styrgräns" not in names and "Övre styrgräns" not in names


def test_no_target_line_without_a_target():
    assert "target" not in {spec.kind for spec in measure_series(_result(target=None))}


def test_signals_and_excluded_points_have_their_own_series_and_marker_shape():
    result = _result()
    signals = {row.number for row in result.rows if row.state == "signal"}
    assert 20 in signals and len(signals) > 1  # the outlier and the shift
    series = _by_name(_reopened_chart(result))
    signal, excluded, values = series["Signal (del av ett mönster)"], series["Exkluderad"], series["Värde"]
    assert {number for number, value in enumerate(signal.values, 1) if value is not None} == signals
    assert {number for number, value in enumerate(excluded.values, 1) if value is not None} == {6}
    assert signal.marker.style == XL_MARKER_STYLE.TRIANGLE
    assert excluded.marker.style == XL_MARKER_STYLE.X
    assert values.marker.style == XL_MARKER_STYLE.CIRCLE
    assert values.points[19].marker.style == XL_MARKER_STYLE.NONE  # the triangle alone marks the signal
    assert signal.format.line.fill.type is not None and excluded.format.line.fill.type is not None


def test_each_phase_has_its_own_centre_line_named_once_in_the_legend():
    result = _result(phase_at=13, outlier=False)
    analysis = result.judged.analysis
    assert len(analysis.phases) == 2
    chart = _reopened_chart(result)
    centre = [series for series in chart.plots[0].series if series.name == "Medelvärde"]
    assert len(centre) == 2
    assert centre[0].values[:12] == pytest.approx(analysis.centre_line[:12]) and centre[0].values[12:] == (None,) * 12
    assert centre[1].values[12:] == pytest.approx(analysis.centre_line[12:]) and centre[1].values[:12] == (None,) * 12
    assert analysis.centre_line[0] != analysis.centre_line[12]
    hidden = {int(entry.find(qn("c:idx")).get("val")) for entry in chart.legend._element.findall(qn("c:legendEntry"))}
    names = [series.name for series in chart.plots[0].series]
    assert sorted(names[index] for index in hidden) == ["Medelvärde", "Nedre styrgräns", "Övre styrgräns"]


def test_long_weekly_series_show_every_nth_period_label():
    chart = _reopened_chart(_result())
    skip = chart.category_axis._element.find(qn("c:tickLblSkip"))
    assert skip is not None and int(skip.get("val")) > 1


def test_the_demo_teams_charts_carry_the_stored_values(demo_store):
    snapshot = team_snapshot(demo_store, 1)
    charted = [result for result in snapshot.measures if result.judged.analysis is not None]
    assert len(charted) == 2
    for result in charted:
        series = _by_name(_reopened_chart(result))
        assert series["Värde"].values == pytest.approx(tuple(row.value for row in result.rows))
        stored = stored_series(demo_store, 1, result.measure.id)
        if result.measure.chart is ChartKind.RUN:
            assert series["Värde"].values == pytest.approx(tuple(point.value for point in stored.points))
        else:  # shares: numerator over denominator, in per cent
            assert series["Värde"].values == pytest.approx(
                tuple(100 * point.numerator / point.denominator for point in stored.points))
