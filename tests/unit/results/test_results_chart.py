"""The bokeh figures: what they draw, signals by shape and colour, the team's text never as markup."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bokeh.models import BoxAnnotation, ColumnDataSource, GlyphRenderer, HoverTool, Label, Legend, Span

from tests.unit.results.blocks import SHIFT_VALUES
from workshop.i18n import format_number
from workshop.improvement import Frequency, MeasureUnit
from workshop.pdsa import CycleAnnotation, CycleStatus
from workshop.results import MeasureSeries, PhaseStart, Point, analyse_series, parse_period, verdict
from workshop.results.chart import cycle_span, measure_figure, overview_figure, point_rows, value_axis_label


def _series(measure, values=SHIFT_VALUES, note="<b>Personal</b> sjuk", phases=(13,)):
    period = parse_period("v. 36 2026", Frequency.WEEK)
    points = []
    for value in values:
        points.append(Point(period, value=value, note=note if period.number == 37 else ""))
        period = period.next()
    points[1] = replace(points[1], exclusion_reason="Fel <i>uttag</i>")
    starts = tuple(PhaseStart(points[number - 1].period, "Ny rutin") for number in phases)
    return MeasureSeries(measure, tuple(points), starts)


def _cycle(start, end):
    return CycleAnnotation(1, "FIA-samtal", 1, "<script>x</script> FIA", start, end, CycleStatus.DONE)


def _scatter_sources(figure):
    return {renderer.glyph.marker: renderer.data_source for renderer in figure.renderers
            if isinstance(renderer, GlyphRenderer) and hasattr(renderer.glyph, "marker")}


def test_points_signals_and_exclusions_differ_in_shape_and_colour(measures):
    series = _series(measures["Antal"], phases=())
    figure = measure_figure(series, analyse_series(series))
    sources = _scatter_sources(figure)
    assert set(sources) == {"circle", "triangle", "x"}
    colours = {renderer.glyph.fill_color for renderer in figure.renderers if hasattr(renderer.glyph, "marker")}
    assert len(colours) == 3
    assert sources["x"].data["period"] == ["v. 37 2026"]
    states = {row.state for row in point_rows(series, analyse_series(series))}
    assert states == {"point", "signal", "excluded"}


def test_a_signal_is_told_by_its_shape_and_in_words_not_by_colour_alone(measures):
    series = _series(measures["Antal"], phases=())
    analysis = analyse_series(series)
    figure = measure_figure(series, analysis)
    sources = _scatter_sources(figure)
    signals = [row.period for row in point_rows(series, analysis) if row.state == "signal"]
    assert signals and sources["triangle"].data["period"] == signals
    assert not set(sources["circle"].data["period"]) & set(signals)
    assert set(sources["triangle"].data["state"]) == {"Signal (del av ett mönster)"}
    legend = {item.label.value: item.renderers for item in figure.select_one(Legend).items}
    assert legend["Signal (del av ett mönster)"][0].glyph.marker == "triangle"
    assert legend["Punkt"][0].glyph.marker == "circle"
    judged = verdict(series, analysis)
    assert judged.signal and judged.headline.startswith("Tecken på verklig förändring")
    assert any(sentence.endswith("tecken på en verklig förändring.") for sentence in judged.sentences)


def test_hover_shows_period_value_and_note_as_escaped_text(measures):
    series = _series(measures["Antal"])
    figure = measure_figure(series, analyse_series(series))
    hovers = [tool for tool in figure.tools if isinstance(tool, HoverTool)]
    assert hovers and all(isinstance(tool.tooltips, list) for tool in hovers)  # pairs: bokeh escapes the values
    assert all("{safe}" not in field for tool in hovers for _label, field in tool.tooltips)
    assert [label for label, _field in hovers[0].tooltips] == ["Period", "Värde", "Anteckning", "Status"]
    excluded = _scatter_sources(figure)["x"].data
    assert excluded["note"] == ["<b>Personal</b> sjuk"]
    assert excluded["state"] == ["Exkluderad: Fel <i>uttag</i>"]


def test_each_phase_has_its_own_centre_line_and_a_target_line(measures):
    series = _series(measures["Antal"])
    analysis = analyse_series(series)
    figure = measure_figure(series, analysis)
    lines = [renderer.data_source.data["y"] for renderer in figure.renderers
             if isinstance(renderer, GlyphRenderer) and type(renderer.glyph).__name__ == "Line"]
    centres = {phase.centre_line for phase in analysis.phases}
    assert len(centres) == 2 and all(any(set(line) == {centre} for line in lines) for centre in centres)
    assert any(set(line) == {6.0} for line in lines)  # the target
    assert [span.location for span in figure.center if isinstance(span, Span)] == [12.5]
    legend = [item.label["value"] for item in figure.legend[0].items]
    assert legend[:2] == ["Median", "Mål 6"]


def test_pdsa_cycles_are_bands_with_their_title_as_canvas_text(measures):
    series = _series(measures["Antal"])
    start = series.points[4].period.start
    figure = measure_figure(series, analyse_series(series), [_cycle(start, start + dt.timedelta(days=13))])
    bands = [item for item in figure.center if isinstance(item, BoxAnnotation)]
    assert [(band.left, band.right) for band in bands] == [(4.5, 6.5)]
    assert "PGSA 1: <script>x</script> FIA" in [item.text for item in figure.center if isinstance(item, Label)]


def test_cycle_positions_follow_the_periods(measures):
    points = _series(measures["Antal"]).points
    first = points[0].period.start
    assert cycle_span(points, first + dt.timedelta(days=3), None) == (0.5 + 3 / 7, 24.5)
    assert cycle_span(points, first - dt.timedelta(days=30), first - dt.timedelta(days=1)) is None
    assert cycle_span(points, points[-1].period.end, None) is None
    assert cycle_span(points, None, None) is None


def test_small_multiples_of_all_measures(measures):
    series = _series(measures["Antal"])
    grid = overview_figure([(series, analyse_series(series), ())] * 4)
    figures = [child[0] for child in grid.children]
    assert len(figures) == 4 and figures[0].height < 300 and figures[0].title.text == series.measure.name
    assert isinstance(figures[0].renderers[0].data_source, ColumnDataSource)


def test_a_long_name_wraps_over_two_lines_in_the_small_chart_and_stays_whole_in_the_large(measures):
    """Bokeh never wraps a title: on a small chart a long name would run off the canvas."""
    name = "Antal unga vuxna som börjat arbeta eller studera"
    series = _series(replace(measures["Antal"], name=name))
    assert measure_figure(series, analyse_series(series)).title.text == name
    small = measure_figure(series, analyse_series(series), compact=True).title.text
    assert small == "Antal unga vuxna som börjat arbeta\neller studera"

    longer = _series(replace(measures["Antal"], name="Andel FIA-bedömningar som lett till en genomförandeplan inom "
                                                      "30 dagar efter första besöket på enheten"))
    small = measure_figure(longer, analyse_series(longer), compact=True).title.text
    lines = small.split("\n")
    assert len(lines) == 2 and lines[0] == "Andel FIA-bedömningar som lett till en" and lines[1].endswith(" …")


def test_the_value_axis_names_the_measures_unit(measures):
    rate = replace(measures["Antal"], unit=MeasureUnit.RATE, rate_per=1000)
    labels = [value_axis_label(measure) for measure in (measures["Antal"], measures["Andel"], measures["Dagar"], rate)]
    assert labels == ["Antal", "Andel (%)", "Värde", f"Antal per {format_number(1000)}"]
    series = _series(measures["Antal"], phases=())
    for compact in (False, True):
        assert measure_figure(series, analyse_series(series), compact=compact).yaxis[0].axis_label == "Antal"
