"""The frame of every page: a header saying whose pages these are, the team's stepper or the facilitator's pages,
the greeting instead of a success message, where a new team begins, and the footer's links."""

from __future__ import annotations

import re

import pytest

from tests.widgets.reading import page_text, stepper_statuses
from widgets.forums.page import build_forums_page
from widgets.groups.page import build_groups_page
from widgets.guide import build_guide_page
from widgets.inventory.page import build_inventory_page
from widgets.presenter.page import build_presentation_page
from widgets.results.page import build_results_page
from widgets.seminars.overview_page import build_overview_page
from widgets.seminars.program_page import build_program_page
from widgets.start.page import build_start_page
from workshop.collaboratives import create_collaborative
from workshop.i18n import in_language
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.progress import step_states
from workshop.session import join_team, open_as_facilitator
from workshop.steps import JOURNEY
from workshop.teams import add_team

SYMBOLS = {"not_started": "○", "in_progress": "◐", "done": "●"}
FACILITATOR_PAGES = {"start": (build_start_page, "Start"), "overview": (build_overview_page, "Alla team"),
                     "program": (build_program_page, "Program"), "cross_groups": (build_groups_page, "Tvärgrupper"),
                     "presentation": (build_presentation_page, "Presentera storyboards"),
                     "forums": (build_forums_page, "Samverkansforum")}


@pytest.fixture
def new_team(demo_store):
    """A team that has recorded nothing, in a collaborative of its own."""
    collaborative = create_collaborative(demo_store, CollaborativeDetails("Ny samverkan"),
                                         facilitator_code="kod-123456", actor="test")
    team = add_team(demo_store, collaborative.id, TeamDetails("Nystad – mottagningen", "Nystad"), code="kod-654321",
                    actor="test")
    return join_team(demo_store, team.id, "kod-654321")


def _current_links(markup: str) -> list[str]:
    return re.findall(r'<a href="[^"]*" aria-current="page">(.*?)</a>', markup)


@pytest.mark.parametrize("team", [1, 2, 3, 4])
def test_the_stepper_shows_each_steps_status_by_symbol_and_word_as_the_domain_computes_it(demo_store, team):
    from tests.widgets.every_page import TEAM_CODES

    page = build_results_page(join_team(demo_store, team, TEAM_CODES[team]).query(), demo_store)
    shown = stepper_statuses(page.navigation.value)
    states = step_states(demo_store, team)
    assert shown == {step.number: f"{SYMBOLS[states[step.key].status.value]} {states[step.key].status.label}"
                     for step in JOURNEY}
    assert re.match(r'<nav class="gk-stepper" aria-label="Steg">.*<ol class="gk-stepper-steps">', page.navigation.value)
    [current] = _current_links(page.navigation.value)
    assert '<span class="gk-stepper-title">Resultat' in current


def test_a_new_team_sees_every_step_not_started_and_where_to_begin(new_team, demo_store):
    page = build_start_page(new_team.query(), demo_store)
    assert set(stepper_statuses(page.navigation.value).values()) == {"○ Ej påbörjat"}
    assert len(stepper_statuses(page.navigation.value)) == len(JOURNEY)
    assert _current_links(page.navigation.value) == ["Start"]
    text = page_text(page.widget)
    assert "Ni har inte börjat än. Börja med steg 1, Målgruppsinventering:" in text
    assert re.search(r'<a href="01_malgrupp\.ipynb\?team=\d+&amp;key=[^"]+">Börja med steg 1</a>', text)


def test_a_new_teams_step_says_what_it_is_for_and_what_done_needs(new_team, demo_store):
    page = build_inventory_page(new_team.query(), demo_store)
    standing = page.standing.value
    assert "Lär känna målgruppen" in standing and "○</span> Ej påbörjat" in standing
    assert "Klart när ni har en sparad inventering" in standing


def test_a_team_that_has_begun_is_told_which_step_to_finish_next(team_page, demo_store):
    first_open = next(step for step in JOURNEY if step_states(demo_store, 1)[step.key].status.value != "done")
    text = page_text(team_page.widget)
    assert f"Nästa att göra klart: steg {first_open.number}, {first_open.title}:" in text
    assert f">Fortsätt med steg {first_open.number}</a>" in text


def test_the_header_names_the_kit_the_collaborative_and_the_team(team_page):
    header = team_page.header_text.value
    assert "Genombrottskit" in header
    assert "Tidigt stöd – exempelsamverkan (fiktiv) · Exempelkommun – försörjningsstöd" in header
    assert "Processledare" not in header
    assert team_page.language_switch in team_page.header.children
    assert team_page.widget.children.index(team_page.header) < team_page.widget.children.index(team_page.heading)


def test_joining_greets_the_team_calmly_without_a_success_message(visitor_page):
    form = visitor_page.view.join
    form.collaborative.value = 1
    form.team.value = 1
    form.code.value = "demo-team-exempel"
    form.button.click()
    assert visitor_page.session.team_id == 1
    assert visitor_page.messages.kind is None
    assert '<p class="gk-greeting" data-gk-news tabindex="-1">Välkommen till teamets sida.</p>' in page_text(
        visitor_page.widget)


def test_a_visitor_has_the_header_and_no_navigation(visitor_page):
    assert "Genombrottskit" in visitor_page.header_text.value
    assert visitor_page.navigation not in visitor_page.widget.children


@pytest.mark.parametrize("key", list(FACILITATOR_PAGES))
def test_the_facilitators_pages_link_each_other_instead_of_the_teams_stepper(demo_store, key):
    facilitator = open_as_facilitator(demo_store, 1, "demo-processledning")
    build, label = FACILITATOR_PAGES[key]
    page = build(facilitator.query(), demo_store)
    markup = page.navigation.value
    assert page.navigation in page.widget.children
    assert markup.startswith('<nav class="gk-facilitator-nav" aria-label="Processledarens sidor">')
    assert "gk-stepper" not in markup
    assert _current_links(markup) == [label]
    assert len(re.findall(r"<li><a href=", markup)) == len(FACILITATOR_PAGES)
    assert "Tidigt stöd – exempelsamverkan (fiktiv) · Processledare" in page.header_text.value


def test_a_facilitator_on_a_teams_page_sees_its_stepper_and_the_way_back_to_all_teams(demo_store):
    facilitator = open_as_facilitator(demo_store, 1, "demo-processledning")
    page = build_results_page(facilitator.query() + "&team=1", demo_store)
    assert ">Start – alla team</a>" in page.navigation.value and len(stepper_statuses(page.navigation.value)) == 6
    assert "Exempelkommun – försörjningsstöd · Processledare" in page.header_text.value


@pytest.mark.parametrize(("language", "title", "footer"), [("sv", "Användarguide", "Användarguide"),
                                                          ("en", "User guide", "User guide")])
def test_the_footer_links_the_user_guide_which_reads_the_guide_in_the_visitors_language(demo_store, language,
                                                                                      title, footer):
    page = build_guide_page(f"lang={language}", demo_store)
    assert f'>{title}</h1>' in page.heading.value
    assert re.search(rf'<a href="hjalp\.ipynb\?lang={language}">{footer}</a>', page.footer.value)
    body = page_text(page.view.children[0])
    assert "<p>" in body and ".md</a>" not in body and "English version below" not in body
    assert "<img" not in body  # the repository's pictures: the kit serves no image files
    assert ("Startsidan" in body) is (language == "sv")
    # One section per step, headed by its number and its name on the page, for the steps' links to their help.
    word = {"sv": "Steg", "en": "Step"}[language]
    with in_language(language):
        headings = [f'<h2 id="steg-{step.number}">{word} {step.number}. {step.title}</h2>' for step in JOURNEY]
    assert [heading for heading in headings if heading not in body] == []


@pytest.mark.parametrize(("language", "label"), [("sv", "Hjälp med steg {number} (öppnas i en ny flik)"),
                                                 ("en", "Help with step {number} (opens in a new tab)")])
def test_each_step_page_links_its_section_of_the_guide_in_a_new_tab(
        demo_store, language, label):
    from tests.widgets.every_page import STEP_PAGES, TEAM_CODES

    session = join_team(demo_store, 2, TEAM_CODES[2]).with_language(language)
    step_pages = STEP_PAGES[1:]  # Start is no step
    assert len(step_pages) == len(JOURNEY)
    for build, step in zip(step_pages, JOURNEY, strict=True):
        heading = build(session.query(), demo_store).heading.value
        [(address, shown)] = re.findall(r'<a href="([^"]*)" target="_blank" rel="noopener">(.*?)</a>',
                                        heading)
        assert shown == label.format(number=step.number), heading
        assert address == f"{session.link('hjalp.ipynb')}#steg-{step.number}".replace("&", "&amp;")
    assert "target=" not in build_start_page(session.query(), demo_store).heading.value
