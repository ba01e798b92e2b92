"""The timeline figure: one row per change idea, bars labelled in words, tooltips as text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bokeh.models import GlyphRenderer, HoverTool, LabelSet

from tests.unit.pdsa.setting import ACTOR, TEAM, TODAY
from workshop.improvement import ChangeIdeaDetails, set_change_idea_removed, update_change_idea
from workshop.pdsa import create_cycle, list_cycles, save_plan
from workshop.pdsa.timeline import timeline_figure


def _read(factors) -> list[str]:
    """The axis's names as a person reads them, over the lines they are wrapped on."""
    return [factor.replace("\n", " ") for factor in factors]


def test_no_figure_until_a_cycle_has_a_period(demo_store, cycle):
    assert timeline_figure(list_cycles(demo_store, TEAM), today=TODAY) is None


def test_one_row_per_change_idea_with_each_cycle_labelled(demo_store, planned, other_idea):
    other = create_cycle(demo_store, TEAM, other_idea.id, "<b>Annat</b>", actor=ACTOR)
    save_plan(demo_store, TEAM, other.id, replace(planned.plan, title="<b>Annat</b>", end=None),
              expected_version=other.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    assert _read(plot.y_range.factors) == [other_idea.title, planned.change_idea_title]
    labels = next(model for model in plot.center if isinstance(model, LabelSet)).source.data["label"]
    assert labels == ["Cykel 1: planerad", "Cykel 1: planerad"]
    hover = plot.select_one(HoverTool)
    assert all(isinstance(tip, tuple) for tip in hover.tooltips)


def test_a_removed_change_idea_is_marked_on_its_row(demo_store, planned, idea):
    set_change_idea_removed(demo_store, TEAM, idea.id, True, expected_version=idea.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    assert _read(plot.y_range.factors) == [f"{idea.title} (borttagen)"]


def _axis_dates(plot) -> list[str]:
    """The dates written under the timeline, where the chart shows them."""
    shown = (plot.x_range.start.timestamp() * 1000, plot.x_range.end.timestamp() * 1000)
    return [plot.xaxis.major_label_overrides[tick] for tick in plot.xaxis.ticker.ticks
            if shown[0] <= tick <= shown[1]]


def test_a_single_short_cycle_has_readable_dates_under_it(demo_store, planned):
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    # 9–22 Nov. 2026: the Mondays, in Swedish, where a bare month axis showed nothing at all.
    assert _axis_dates(plot) == ["9 nov. 2026", "16 nov. 2026", "23 nov. 2026"]


def test_a_cycle_of_a_few_days_has_each_day_under_it(demo_store, planned, cycle):
    save_plan(demo_store, TEAM, cycle.id, replace(planned.plan, start=TODAY, end=TODAY + dt.timedelta(days=2)),
              expected_version=planned.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    assert _axis_dates(plot) == ["23 nov. 2026", "24 nov. 2026", "25 nov. 2026", "26 nov. 2026"]


def test_cycles_over_many_months_have_every_month_under_them(demo_store, planned, cycle):
    save_plan(demo_store, TEAM, cycle.id, replace(planned.plan, start=dt.date(2026, 3, 15), end=TODAY),
              expected_version=planned.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    assert _axis_dates(plot) == ["mars 2026", "maj 2026", "juli 2026", "sep. 2026", "nov. 2026"]


def test_each_cycle_label_hangs_under_its_bar_whatever_the_chart_height(demo_store, planned):
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    bar = plot.select_one(GlyphRenderer).glyph
    labels = next(model for model in plot.center if isinstance(model, LabelSet))
    [(idea, offset)] = labels.source.data[labels.y]
    assert _read([idea]) == [planned.change_idea_title] and labels.text_baseline == "top" and labels.y_offset == 0
    assert offset < -bar.height / 2  # in rows, below the bar's lower edge


def test_a_long_change_idea_is_read_whole_on_the_axis_and_in_its_tooltip(demo_store, planned, idea):
    long_title = "Trepartsmöte med arbetsmarknadsenheten och klienten inom två veckor från nybesöket"
    update_change_idea(demo_store, TEAM, idea.id, ChangeIdeaDetails(long_title, driver_id=idea.driver_id),
                       expected_version=idea.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    [label] = plot.y_range.factors
    lines = label.split("\n")
    assert len(lines) > 1 and all(len(line) <= 40 for line in lines)
    assert " ".join(lines) == long_title
    renderer = next(model for model in plot.renderers if isinstance(model, GlyphRenderer))
    assert renderer.data_source.data["name"] == [long_title]
    assert ("Förändringsidé", "@name") in plot.select_one(HoverTool).tooltips
