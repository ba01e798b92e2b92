"""The page frame in a real browser: the team's stepper says each step's status by symbol and word, as the domain
computes it, for a demo team and a brand-new one; the facilitator's pages link each other instead; the language
switch sits in the header and works from the keyboard; no step's title or status is broken inside a word."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.live import new_team, open_start, stepper_step
from tests.e2e.page_checks import assert_accessible_at_every_width
from workshop.collaboratives import create_collaborative
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.progress import step_states
from workshop.session import join_team, open_as_facilitator
from workshop.steps import JOURNEY
from workshop.store import Store
from workshop.teams import add_team

PATIENCE = 180_000
"""Milliseconds a page may take: a new installation starts a kernel for every page at once."""
SYMBOLS = {"not_started": "○", "in_progress": "◐", "done": "●"}
WIDTHS = (320, 400, 768, 1024, 1280, 1600)
"""Window widths in CSS px, from a phone to a wide screen."""
_SPLIT_WORDS = """() => {
  const split = [];
  const boxes = document.querySelectorAll('.gk-stepper :is(.gk-stepper-title, .gk-status)');
  for (const box of boxes) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.gk-visually-hidden')) { continue; }
      for (const word of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        if (lines.size > 1) { split.push(word[0]); }
      }
    }
  }
  return { boxes: boxes.length, split };
}"""
"""How many titles and statuses the stepper shows, and the words among them that run over two lines."""
FACILITATOR_PAGES = {"00_start.ipynb": "Start", "08_oversikt.ipynb": "Alla team", "07_program.ipynb": "Program",
                     "09_tvargrupper.ipynb": "Tvärgrupper", "10_presentation.ipynb": "Presentera storyboards",
                     "samverkansforum.ipynb": "Samverkansforum"}


def _assert_stepper_shows(page, states, current: int | None) -> None:
    """Each step of the stepper with the domain's status in symbol and word; the page's own step, and only it,
    marked as the current page."""
    stepper = page.get_by_role("navigation", name="Steg")
    expect(stepper.locator("ol > li")).to_have_count(len(JOURNEY))
    for step in JOURNEY:
        status = states[step.key].status
        item = stepper_step(page, step.number)
        expect(item).to_contain_text(f"{step.number}. {step.title}")
        expect(item).to_contain_text(f"{SYMBOLS[status.value]} {status.label}")
    marked = stepper.locator('ol a[aria-current="page"]')
    if current is None:
        expect(marked).to_have_count(0)
    else:
        expect(marked).to_have_count(1)
        expect(marked).to_contain_text(JOURNEY[current - 1].title)


def test_a_demo_teams_stepper_shows_the_domains_statuses_and_the_current_step(voila_url, live_store, new_context):
    session = join_team(live_store, 3, "demo-team-aby")
    page = open_start(new_context(), f"{voila_url}/voila/render/{session.link('04_pgsa.ipynb')}")
    _assert_stepper_shows(page, step_states(live_store, 3), current=4)
    expect(page.locator(".gk-header")).to_contain_text("Fiktiva Åby – tidigt stöd")
    assert_accessible_at_every_width(page)

    english = page.locator(".gk-header").get_by_role("button", name="English")
    english.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.documentElement.lang === 'en'")
    expect(page.get_by_role("navigation", name="Steps").locator("ol > li")).to_have_count(len(JOURNEY))


def test_a_brand_new_teams_stepper_shows_every_step_not_started_and_where_to_begin(empty_voila_url, new_context,
                                                                                   tmp_path):
    context = new_context()
    context.set_default_timeout(PATIENCE)
    page = new_team(context, empty_voila_url, "Ramen – ny samverkan", "Nystad – nytt team")
    # What the domain says of a team that has recorded nothing.
    store = Store(f"sqlite:///{tmp_path / 'kit.sqlite'}")
    collaborative = create_collaborative(store, CollaborativeDetails("Tom"), facilitator_code="kod-123456",
                                         actor="test")
    team = add_team(store, collaborative.id, TeamDetails("Tomt team", "Tomby"), code="kod-654321", actor="test")
    states = step_states(store, team.id)
    store.close()
    _assert_stepper_shows(page, states, current=None)
    expect(page.get_by_role("navigation", name="Steg").get_by_role("link", name="Start", exact=True)).to_have_attribute(
        "aria-current", "page")
    assert page.locator(".gk-message-success").count() == 0
    page.get_by_role("link", name="Börja med steg 1").click()
    page.get_by_role("heading", name="Steg 1: Målgruppsinventering").wait_for()
    expect(page.locator(".gk-step-standing")).to_contain_text("Lär känna målgruppen")
    _assert_stepper_shows(page, states, current=1)


def _words_split_by_width(page) -> dict[int, list[str]]:
    """The stepper's words broken over two lines, at each width where any is."""
    split = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        found = page.evaluate(_SPLIT_WORDS)
        assert found["boxes"] == 2 * len(JOURNEY)
        if found["split"]:
            split[width] = found["split"]
    return split


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_steps_title_or_status_is_broken_inside_a_word_at_any_width(voila_url, live_store, new_context,
                                                                        language):
    session = join_team(live_store, 3, "demo-team-aby").with_language(language)
    page = open_start(new_context(), f"{voila_url}/voila/render/{session.link('01_malgrupp.ipynb')}")
    page.wait_for_function(f"document.documentElement.lang === '{language}'")
    page.locator(".gk-stepper-title").first.wait_for()
    assert _words_split_by_width(page) == {}


@pytest.mark.parametrize("notebook", list(FACILITATOR_PAGES))
def test_the_facilitators_pages_have_the_facilitators_navigation(voila_url, live_store, new_context, notebook):
    session = open_as_facilitator(live_store, 1, "demo-processledning")
    page = open_start(new_context(), f"{voila_url}/voila/render/{session.link(notebook)}")
    navigation = page.get_by_role("navigation", name="Processledarens sidor")
    expect(navigation.get_by_role("link")).to_have_count(len(FACILITATOR_PAGES))
    expect(navigation.locator('a[aria-current="page"]')).to_have_text(FACILITATOR_PAGES[notebook])
    expect(page.get_by_role("navigation", name="Steg")).to_have_count(0)
    expect(page.locator(".gk-header")).to_contain_text("Processledare")
