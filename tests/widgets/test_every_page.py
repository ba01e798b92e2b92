"""What a new user notices on every page, checked over every page built on the demo data, in both languages."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs

import ipywidgets
import pytest

from tests.widgets.pdsa.driving import create_cycle_in_page
from tests.widgets.reading import all_widgets, label_width
from widgets.aims.page import build_aims_page
from widgets.changes.page import build_changes_page
from widgets.forums.answer_page import build_answer_page
from widgets.forums.page import build_forums_page
from widgets.groups.page import build_groups_page
from widgets.inventory.page import build_inventory_page
from widgets.pdsa.page import build_pdsa_page
from widgets.presenter.page import build_presentation_page
from widgets.reports.page import build_reports_page
from widgets.results.page import build_results_page
from widgets.seminars.overview_page import build_overview_page
from widgets.seminars.program_page import build_program_page
from widgets.start.page import build_start_page
from widgets.statement import build_statement_page
from workshop import __version__
from workshop.forums.forums import list_forums
from workshop.forums.links import member_links
from workshop.i18n import set_language
from workshop.improvement import list_change_ideas
from workshop.session import join_team, open_as_facilitator

TEAM_CODES = {1: "demo-team-exempel", 2: "demo-team-pahittsta", 3: "demo-team-aby", 4: "demo-team-demoby"}
STEP_PAGES = (build_start_page, build_inventory_page, build_aims_page, build_changes_page, build_pdsa_page,
              build_results_page, build_reports_page)


def _pages(store, language: str):
    """(name, widgets) of every page: visitor (with the new collaborative's form), facilitator, each team's steps."""
    visitor = build_start_page(f"lang={language}", store)
    visitor.view.show_create_button.click()
    yield "visitor", list(all_widgets(visitor.widget))
    yield "statement", list(all_widgets(build_statement_page(f"lang={language}", store).widget))
    facilitator = open_as_facilitator(store, 1, "demo-processledning").with_language(language)
    yield "facilitator", list(all_widgets(build_start_page(facilitator.query(), store).widget))
    forums = build_forums_page(facilitator.query(), store)
    yield "forums", list(all_widgets(forums.widget))
    forums.state.choose(forum_id=list_forums(store, facilitator)[0].id)
    yield "forum", list(all_widgets(forums.widget))
    answer_link = member_links(store, facilitator, list_forums(store, facilitator)[0].id)[0]
    yield "forum answer", list(all_widgets(build_answer_page(answer_link.query(), store).widget))
    for build in (build_program_page, build_overview_page, build_presentation_page, build_groups_page):
        yield f"{build.__name__} facilitator", list(all_widgets(build(facilitator.query(), store).widget))
    for team_id, code in TEAM_CODES.items():
        query = join_team(store, team_id, code).with_language(language).query()
        for build in STEP_PAGES:
            yield f"{build.__name__} team {team_id}", list(all_widgets(build(query, store).widget))
    if language == "sv":
        pdsa = build_pdsa_page(join_team(store, 3, TEAM_CODES[3]).query(), store)
        create_cycle_in_page(pdsa, list_change_ideas(store, 3)[0].title)
        yield "PDSA worksheet", list(all_widgets(pdsa.widget))


LANGUAGES = ["sv", "en"]


@pytest.fixture(params=LANGUAGES)
def every_page(request, demo_store):
    pages = list(_pages(demo_store, request.param))
    set_language("sv")
    return pages


def test_every_label_fits_its_column_so_it_is_read_whole(every_page):
    too_long = set()
    for name, widgets in every_page:
        for widget in widgets:
            width = getattr(getattr(widget, "style", None), "description_width", "")
            description = getattr(widget, "description", "")
            if width.endswith("px") and int(width[:-2]) > 0 and label_width(description) > int(width[:-2]):
                too_long.add((description, width, name))
    assert not too_long, "\n".join(map(str, sorted(too_long)))


def test_no_dropdown_shows_an_empty_box(every_page):
    empty = {(widget.description, name) for name, widgets in every_page for widget in widgets
             if isinstance(widget, ipywidgets.Dropdown) and widget.index is None}
    assert not empty


def test_every_page_ends_with_the_accessibility_statement_in_its_language_and_the_kits_version(every_page, request):
    language = request.node.callspec.params["every_page"]
    label = {"sv": "Tillgänglighetsredogörelse", "en": "Accessibility statement"}[language]
    for name, widgets in every_page:
        footer = widgets[-1].value
        assert 'class="gk-footer' in footer, name
        link = re.search(r'<a href="(tillganglighet\.ipynb\?[^"]*)">([^<]*)</a>', footer)
        assert link is not None and link.group(2) == label, name
        assert parse_qs(unescape(link.group(1)).split("?", 1)[1])["lang"] == [language], name
        assert f"version {__version__}" in footer, name
