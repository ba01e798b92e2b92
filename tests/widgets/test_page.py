"""The page frame: language switch, bad links, a broken database, unexpected errors, BokehJS for charts."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import ipywidgets
import pytest

from tests.widgets.reading import page_text
from widgets.aims.page import build_aims_page
from widgets.bokeh_setup import bokehjs_output
from widgets.changes.page import build_changes_page
from widgets.inventory.page import build_inventory_page
from widgets.page import Page
from widgets.pdsa.page import build_pdsa_page
from widgets.reports.page import build_reports_page
from widgets.results.page import build_results_page
from widgets.start.page import build_start_page
from widgets.start.team import TeamView
from widgets.start.visitor import VisitorView
from workshop.errors import InvalidInput
from workshop.hosting.bokehjs import draws_charts
from workshop.session import join_team
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_language_switch_re_renders_in_english_and_back(team_page):
    switch = team_page.language_switch
    assert switch in team_page.header.children and switch.description == "Språk"
    switch.value = "en"
    text = page_text(team_page.widget)
    assert "Your journey" in text and "Teamets resa" not in text
    assert "lang=en" in text
    assert isinstance(team_page.view, TeamView) and switch.description == "Language"
    switch.value = "sv"
    assert "Teamets resa" in page_text(team_page.widget)


def test_english_link_opens_in_english(demo_store):
    assert "Join your team" in page_text(build_start_page("lang=en", demo_store).widget)


def test_a_link_to_a_missing_team_shows_a_message_and_the_visitor_start(demo_store):
    page = build_start_page("team=999&key=abc", demo_store)
    assert page.messages.text == "Teamet i länken finns inte. Kontrollera länken med er processledare."
    assert isinstance(page.view, VisitorView)


def test_an_edited_link_gives_no_team_data(team_page, demo_store):
    edited = team_page.session.query().replace("team=1", "team=2")
    page = build_start_page(edited, demo_store)
    assert "Länken ger inte åtkomst" in page.messages.text
    assert "Påhittsta – vuxenenheten" not in page_text(page.view.children[1])


def test_a_corrupt_database_gives_a_message_and_no_forms(tmp_path, monkeypatch):
    path = tmp_path / "kit.sqlite"
    path.write_bytes(b"not a database" * 100)
    monkeypatch.setenv("WORKSHOP_DB_URL", f"sqlite:///{path}")
    page = build_start_page("")
    assert "Databasfilen verkar vara skadad" in page.messages.text
    assert not any(isinstance(w, ipywidgets.Button) for w in page.widget.children)
    assert path.read_bytes() == b"not a database" * 100


def test_a_preheated_page_opens_the_database_before_its_visitor_arrives(demo_store, monkeypatch):
    steps = []
    monkeypatch.setattr("widgets.page.open_store", lambda: steps.append("database") or demo_store)
    monkeypatch.setattr("widgets.page.request_query_string", lambda: steps.append("visitor") or "lang=en")
    page = build_start_page()
    assert steps[:2] == ["database", "visitor"]
    assert page.store is demo_store and "Join your team" in page_text(page.widget)


@pytest.mark.parametrize(("build", "before_the_visitor"), [
    (build_start_page, ["database", "catalog", "formats"]),
    (build_results_page, ["database", "catalog", "formats", "bokeh"]),
])
def test_a_pooled_kernel_reads_the_catalog_and_imports_what_charts_need_before_its_visitor(
        demo_store, monkeypatch, build, before_the_visitor):
    steps = []
    monkeypatch.setattr("widgets.page.waiting_in_a_pool", lambda: True)
    monkeypatch.setattr("widgets.page.open_store", lambda: steps.append("database") or demo_store)
    monkeypatch.setattr("widgets.page.read_catalog", lambda: steps.append("catalog"))
    monkeypatch.setattr("widgets.page.read_locale_data", lambda: steps.append("formats"))
    monkeypatch.setattr("widgets.page.import_bokeh", lambda: steps.append("bokeh"))
    monkeypatch.setattr("widgets.page.request_query_string", lambda: steps.append("visitor") or "lang=en")
    build()
    assert steps[:len(before_the_visitor) + 1] == [*before_the_visitor, "visitor"]


def test_reading_the_catalog_ahead_keeps_the_language_chosen():
    from workshop.i18n import _, get_language, in_language, read_catalog

    with in_language("en"):
        read_catalog()  # Swedish's
        assert get_language() == "en" and _("Language") == "Language"
    with in_language("sv"):
        assert _("Language") == "Språk"


def test_a_database_that_fails_before_the_visitor_is_told_in_the_visitors_language(tmp_path, monkeypatch):
    path = tmp_path / "kit.sqlite"
    path.write_bytes(b"not a database" * 100)
    monkeypatch.setenv("WORKSHOP_DB_URL", f"sqlite:///{path}")
    monkeypatch.setattr("widgets.page.request_query_string", lambda: "lang=en")
    page = build_start_page()
    assert "seems to be damaged" in page.messages.text and "skadad" not in page.messages.text


def test_unexpected_errors_in_callbacks_are_logged_and_shown_kindly(demo_store, capfd):
    def refuse(_button):
        raise InvalidInput("Fyll i namnet.")

    def explode(rendered_page):
        crash_button = ipywidgets.Button(description="Tryck")
        crash_button.on_click(rendered_page.guard(lambda _b: 1 / 0))
        refuse_button = ipywidgets.Button(description="Vägra")
        refuse_button.on_click(rendered_page.guard(refuse))
        return ipywidgets.VBox([crash_button, refuse_button])

    page = Page(title=lambda: "Test", render=explode, step_key="start", query_string="", store=demo_store)
    crash, refusal, _footer = page.widget.children[-3:]
    crash.click()
    assert page.messages.kind == "error"
    assert page.messages.text.startswith("Något gick fel och inget sparades.")
    assert "ZeroDivisionError" in capfd.readouterr().err
    refusal.click()
    assert (page.messages.kind, page.messages.text) == ("warning", "Fyll i namnet.")


def test_an_error_while_rendering_is_a_message_not_a_traceback(demo_store):
    page = Page(title=lambda: "Test", render=lambda _page: 1 / 0, step_key="start", query_string="",
                store=demo_store)
    assert page.messages.kind == "error"


def test_messages_are_marked_by_symbol_and_word_not_colour_alone(visitor_page):
    visitor_page.messages.show("Koden stämmer inte.", "warning")
    assert "⚠" in visitor_page.messages.widget.value and "Kontrollera:" in visitor_page.messages.widget.value
    assert 'role="status"' in visitor_page.messages.widget.value


def test_every_control_on_the_start_pages_has_a_label(visitor_page, team_page, facilitator_page):
    from tests.widgets.reading import all_widgets

    for page in (visitor_page, team_page, facilitator_page):
        for widget in all_widgets(page.widget):
            if isinstance(widget, (ipywidgets.Text, ipywidgets.Dropdown,
                                   ipywidgets.ToggleButtons)):
                assert widget.description.strip(), widget
            if isinstance(widget, ipywidgets.Button):
                assert widget.description.strip(), widget


def test_store_argument_is_used_instead_of_the_configured_one(db_url):
    store = Store(db_url)
    page = build_start_page("", store)
    assert page.store is store


def test_a_read_only_database_is_explained_in_the_page_and_input_kept(demo_store, tmp_path):
    from workshop.session import open_as_facilitator
    from workshop.teams import list_teams

    facilitator = open_as_facilitator(demo_store, 1, "demo-processledning")
    path = demo_store.url.removeprefix("sqlite:///")
    read_only = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    page = build_start_page(facilitator.query(), read_only)
    page.view.team_name.value = "Nytt team"
    page.view.team_municipality.value = "Kommun"
    page.view.add_team_button.click()
    assert "skrivskyddad" in page.messages.text and "Traceback" not in page.messages.text
    assert page.view.team_name.value == "Nytt team"
    assert len(list_teams(demo_store, 1)) == 4


def _step_page(query: str, store) -> Page:
    def body(page: Page) -> ipywidgets.VBox:
        return ipywidgets.VBox([ipywidgets.HTML(f"team {page.session.team_id}")])

    return Page(title=lambda: "PDSA", render=body, step_key="pdsa", query_string=query, store=store)


def test_a_step_page_without_a_team_link_asks_for_the_team_and_its_code(demo_store):
    page = _step_page("", demo_store)
    assert "eller välj ditt team och skriv dess kod här" in page_text(page.widget)
    assert "team None" not in page_text(page.widget)
    page.view.form.collaborative.value = 1
    page.view.form.team.value = 2
    page.view.form.code.value = "demo-team-exempel"
    page.view.form.button.click()
    assert "Koden stämmer inte" in page.messages.text and page.session.team_id is None
    page.view.form.code.value = "demo-team-pahittsta"
    page.view.form.button.click()
    assert page.session.team_id == 2
    assert "team 2" in page_text(page.widget)


def test_a_page_that_can_chart_carries_bokehjs_s_place_first_and_keeps_it_through_a_redraw(demo_store):
    """A chart first drawn in a callback (the first cycle, a language switch) gets BokehJS through it."""
    page = Page(render=lambda _page: ipywidgets.VBox(), step_key="pdsa", charts=True,
                query_string=join_team(demo_store, 1, "demo-team-exempel").query(), store=demo_store)
    assert page.widget.children[0] is bokehjs_output()
    page.navigate(page.session.with_language("en"))
    assert page.widget.children[0] is bokehjs_output()


@pytest.mark.parametrize(("build", "charts"), [
    (build_inventory_page, True), (build_aims_page, True), (build_pdsa_page, True), (build_results_page, True),
    (build_reports_page, True), (build_start_page, False), (build_changes_page, False),
])
def test_each_page_that_can_chart_has_a_place_for_bokehjs_and_the_others_none(demo_store, build, charts):
    page = build(join_team(demo_store, 1, "demo-team-exempel").query(), demo_store)
    assert (bokehjs_output() in page.widget.children) is charts


def test_the_next_action_clears_news_in_every_area_and_keeps_problems(visitor_page):
    from widgets.components.messages import MessageArea

    section_messages, hint = MessageArea(), MessageArea()
    section_messages.show("Sparat.", "success")
    hint.show("Välj nedan hur värdena räknas.", "info")
    visitor_page.messages.show("Koden stämmer inte.", "warning")
    visitor_page.guard(lambda: None)()
    assert section_messages.kind is None and 'class="gk-message' not in section_messages.widget.value
    assert hint.kind is None
    assert visitor_page.messages.kind == "warning"


@pytest.mark.parametrize("notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda path: path.stem)
def test_a_notebook_is_marked_as_drawing_charts_exactly_when_its_page_can_chart(demo_store, notebook):
    """The kit's Voilà loads BokehJS with a page from this mark (workshop.hosting.bokehjs); its kernel sends none."""
    content = json.loads(notebook.read_text())
    module, builder = re.search(r"from (\S+) import (\w+)", "".join(content["cells"][0]["source"])).groups()
    shown = getattr(importlib.import_module(module), builder)  # start_page(), where build_start_page() stands
    page = getattr(importlib.import_module(shown.__module__), f"build_{builder}")("", demo_store)
    assert draws_charts(content["metadata"]) is (bokehjs_output() in page.widget.children)
