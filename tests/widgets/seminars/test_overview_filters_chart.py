"""The view of all teams filtered by municipality, area and region, and a team's chart drawn only on request."""

from __future__ import annotations

import pytest
from jupyter_bokeh import BokehModel

from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import all_widgets, page_text
from widgets.seminars.overview_page import build_overview_page
from workshop.session import open_as_facilitator

NORTH, SOUTH = "Norra exempelregionen (fiktiv)", "Södra exempelregionen (fiktiv)"


@pytest.fixture
def overview(seminar_demo_store):
    facilitator = open_as_facilitator(seminar_demo_store, 1, "demo-processledning")
    return build_overview_page(facilitator.query(), seminar_demo_store)


def _summary(page) -> str:
    return page.view.children[3].value


def test_a_regional_contact_filters_to_the_teams_of_their_region(overview):
    assert [label for label, _value in overview.view.region.options] == ["Alla regioner", NORTH, SOUTH]
    overview.view.region.value = SOUTH
    assert "2 av 4 team" in page_text(overview.widget)
    assert "Påhittsta" in _summary(overview) and "Demoby" in _summary(overview)
    assert "Exempelkommun" not in _summary(overview)
    overview.view.municipality.value = "Demoby kommun (fiktiv)"
    assert "1 av 4 team" in page_text(overview.widget) and overview.view.region.value == SOUTH
    overview.view.municipality.value = "Fiktiva Åby kommun"  # Åby lies in the north: no team is left
    assert "0 av 4 team" in page_text(overview.widget)


def test_the_area_filter_names_the_areas_and_keeps_the_teams_of_one(overview):
    labels = dict((value, label) for label, value in overview.view.area.options)
    assert labels["substance_misuse"] == "Missbruk och beroende" and labels[None] == "Alla områden"
    overview.view.area.value = "substance_misuse"
    assert "1 av 4 team" in page_text(overview.widget) and "Påhittsta" in _summary(overview)
    assert overview.state.chosen("overview_area") == "substance_misuse"


def test_a_chart_is_drawn_only_when_asked_with_its_verdict_and_table(overview):
    chart = next(widget for widget in all_widgets(overview.widget)
                 if getattr(widget, "description", "") == "Team och mått")
    assert not any(isinstance(widget, BokehModel) for widget in all_widgets(overview.widget))
    concern = next(value for label, value in chart.options if "Oro" in label)
    chart.value = concern
    [show] = [widget for widget in all_widgets(overview.widget) if getattr(widget, "description", "") == "Visa diagram"]
    show.click()
    assert overview.messages.text == ""
    drawn = [widget for widget in all_widgets(overview.widget) if isinstance(widget, BokehModel)]
    assert len(drawn) == 1
    text = page_text(overview.widget)
    assert "Visa diagrammet som tabell" in text and "Oro" in text


def test_a_measure_with_too_few_points_says_so_instead_of_a_chart(overview):
    chart = next(widget for widget in all_widgets(overview.widget)
                 if getattr(widget, "description", "") == "Team och mått")
    chart.value = next(value for label, value in chart.options if "För få punkter" in label)
    [show] = [widget for widget in all_widgets(overview.widget) if getattr(widget, "description", "") == "Visa diagram"]
    show.click()
    assert overview.messages.text == "" and not any(
        isinstance(widget, BokehModel) for widget in all_widgets(overview.widget))


def test_the_page_opens_without_loading_bokeh(seminar_demo_store):
    assert "bokeh" not in modules_of_first_render("widgets.seminars.overview_page:build_overview_page",
                                                  seminar_demo_store,
                                                  "open_as_facilitator(store, 1, 'demo-processledning')")


def test_projector_mode_enlarges_the_page_and_the_chart_s_type_and_lines(overview):
    switch = next(widget for widget in all_widgets(overview.widget)
                  if getattr(widget, "description", "") == "Projektorläge")
    assert "gk-projector" not in overview.widget._dom_classes
    switch.value = True
    assert "gk-projector" in overview.widget._dom_classes
    [show] = [widget for widget in all_widgets(overview.widget) if getattr(widget, "description", "") == "Visa diagram"]
    show.click()
    [drawn] = [widget for widget in all_widgets(overview.widget) if isinstance(widget, BokehModel)]
    figure = drawn._model
    assert figure.title.text_font_size == "25.2px"  # 18 px on a screen
    assert max(renderer.glyph.line_width for renderer in figure.renderers) > 4
    next(widget for widget in all_widgets(overview.widget)
         if getattr(widget, "description", "") == "Projektorläge").value = False
    assert "gk-projector" not in overview.widget._dom_classes
