"""Every chart on every page says in words what it shows and has its data as a table beside it (WCAG 1.1.1): a
screen reader cannot read bokeh's canvas. Checked over every page built on the whole demo, and over the charts
drawn only on request (a team's chart on the overview, presenter mode's slides)."""

from __future__ import annotations

import ipywidgets
import pytest
from jupyter_bokeh import BokehModel

from tests.widgets.every_page import every_page_widgets
from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import all_widgets
from widgets.components.chart_text import CHART_CLASS, TEXT_CLASS
from widgets.presenter.page import build_presentation_page
from widgets.seminars.overview_page import build_overview_page
from workshop.session import open_as_facilitator


def _charts_on_request(store):
    """(name, widgets) of what the facilitator asks to see: each team's measure on the overview, every slide."""
    query = open_as_facilitator(store, 1, "demo-processledning").query()
    overview = build_overview_page(query, store)
    shown, choice = (next(widget for widget in all_widgets(overview.widget)
                          if getattr(widget, "description", "") == label)
                     for label in ("Visa diagram", "Team och mått"))
    for label, value in choice.options:
        choice.value = value
        shown.click()
        yield f"overview: {label}", list(all_widgets(overview.widget))
    presenter = build_presentation_page(query, store)
    presenter.view.start.click()
    yield "slide 1", list(all_widgets(presenter.view.slide))
    while not presenter.view.next.disabled:
        presenter.view.next.click()
        yield presenter.view.heading.value, list(all_widgets(presenter.view.slide))


def _undescribed(widgets: list[ipywidgets.Widget]) -> list[str]:
    """What is wrong with each chart among ``widgets``: no box of its own, no text alternative or no table."""
    problems = []
    boxes = [widget for widget in widgets if CHART_CLASS in getattr(widget, "_dom_classes", ())]
    boxed = {id(inside) for box in boxes for inside in all_widgets(box)}
    problems += ["a chart outside a described box" for widget in widgets
                 if isinstance(widget, BokehModel) and id(widget) not in boxed]
    for box in boxes:
        markup = "".join(child.value for child in box.children if isinstance(child, ipywidgets.HTML))
        if f'<p class="{TEXT_CLASS}">Diagrammet visar ”' not in markup:
            problems.append("no text alternative")
        if "<table" not in markup:
            problems.append("no table")
    return problems


def _walk(pages) -> tuple[int, dict[str, list[str]]]:
    charts, problems = 0, {}
    for name, widgets in pages:
        charts += sum(isinstance(widget, BokehModel) for widget in widgets)
        if found := _undescribed(widgets):
            problems[name] = found
    return charts, problems


def test_every_chart_on_every_page_has_a_text_alternative_and_a_table(seminar_demo_store):
    charts, problems = _walk(every_page_widgets(seminar_demo_store, "sv"))
    assert charts >= 10 and not problems, problems


def test_every_chart_drawn_on_request_has_a_text_alternative_and_a_table(seminar_demo_store):
    charts, problems = _walk(_charts_on_request(seminar_demo_store))
    assert charts >= 5 and not problems, problems


@pytest.mark.parametrize("step", ["inventory", "aims", "pdsa", "results", "reports"])
def test_a_team_s_charts_wait_for_the_browser_so_its_page_opens_without_bokeh(demo_store, step):
    """The demo team has a chart on each of these pages; they are drawn once the browser has the page."""
    loaded = modules_of_first_render(f"widgets.{step}.page:build_{step}_page", demo_store,
                                     "join_team(store, 1, 'demo-team-exempel')")
    assert "widgets" in loaded and "bokeh" not in loaded
