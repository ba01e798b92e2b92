"""The timeline figure: one row per change idea, bars labelled in words, tooltips as text."""

from __future__ import annotations

from dataclasses import replace

from bokeh.models import HoverTool, LabelSet

from tests.unit.pdsa.setting import ACTOR, TEAM, TODAY
from workshop.improvement import set_change_idea_removed
from workshop.pdsa import create_cycle, list_cycles, save_plan
from workshop.pdsa.timeline import timeline_figure


def test_no_figure_until_a_cycle_has_a_period(demo_store, cycle):
    assert timeline_figure(list_cycles(demo_store, TEAM), today=TODAY) is None


def test_one_row_per_change_idea_with_each_cycle_labelled(demo_store, planned, other_idea):
    other = create_cycle(demo_store, TEAM, other_idea.id, "<b>Annat</b>", actor=ACTOR)
    save_plan(demo_store, TEAM, other.id, replace(planned.plan, title="<b>Annat</b>", end=None),
              expected_version=other.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    assert list(plot.y_range.factors) == [other_idea.title, planned.change_idea_title]
    labels = next(model for model in plot.center if isinstance(model, LabelSet)).source.data["label"]
    assert labels == ["Cykel 1: planerad", "Cykel 1: planerad"]
    hover = plot.select_one(HoverTool)
    assert all(isinstance(tip, tuple) for tip in hover.tooltips)


def test_a_removed_change_idea_is_marked_on_its_row(demo_store, planned, idea):
    set_change_idea_removed(demo_store, TEAM, idea.id, True, expected_version=idea.version, actor=ACTOR)
    plot = timeline_figure(list_cycles(demo_store, TEAM), today=TODAY)
    assert list(plot.y_range.factors) == [f"{idea.title} (borttagen)"]
