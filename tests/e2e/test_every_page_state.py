"""Every page in its empty and its filled state, in a real browser: axe finds no violation of WCAG 2.1 A and AA,
the page has one h1, and at 320 and 640 CSS px wide nothing but a table in its own box goes sideways.

The empty states are a brand-new team and a collaborative with no teams yet, made here on the empty installation;
the filled ones are the demo. Start and the demo team's steps are checked in test_accessibility.py, the
cross-groups with groups drawn in test_cross_groups.py and presenter mode's slides in test_presenter_mode.py.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.e2e.live import create_collaborative, create_team
from tests.e2e.page_checks import assert_accessible_at_every_width

PATIENCE = 180_000
"""Milliseconds a page may take: a new installation starts a kernel for every page at once."""


class PageState(NamedTuple):
    link: str
    """Whose link opens the page: a new team's, the facilitator's of a collaborative with no teams, the demo's
    facilitator's, a demo forum member's, anyone's."""
    notebook: str
    forum_chosen: bool = False


STEPS = ("01_malgrupp", "02_mal_och_matt", "03_forandringar", "04_pgsa", "05_resultat", "06_rapport")
STATES = {
    **{f"step {number} of a new team": PageState("new team", f"{notebook}.ipynb")
       for number, notebook in enumerate(STEPS, start=1)},
    "program, none yet": PageState("no teams", "07_program.ipynb"),
    "program of the demo": PageState("demo facilitator", "07_program.ipynb"),
    "all teams, none yet": PageState("no teams", "08_oversikt.ipynb"),
    "all teams of the demo": PageState("demo facilitator", "08_oversikt.ipynb"),
    "cross-groups, no teams": PageState("no teams", "09_tvargrupper.ipynb"),
    "presenter, no teams": PageState("no teams", "10_presentation.ipynb"),
    "presenter of the demo, the order": PageState("demo facilitator", "10_presentation.ipynb"),
    "forums, none yet": PageState("no teams", "samverkansforum.ipynb"),
    "forums of the demo": PageState("demo facilitator", "samverkansforum.ipynb"),
    "a demo forum chosen": PageState("demo facilitator", "samverkansforum.ipynb", forum_chosen=True),
    "a forum member's answer": PageState("demo member", "samverkansforum_svar.ipynb"),
    "accessibility statement": PageState("anyone", "tillganglighet.ipynb"),
    "user guide": PageState("anyone", "hjalp.ipynb"),
}


@pytest.fixture(scope="module")
def empty_links(browser, empty_voila_url) -> dict[str, str]:
    """Start links of a brand-new team and of the facilitator of a collaborative with no teams, on the empty
    installation."""
    context = browser.new_context(locale="sv-SE")
    context.set_default_timeout(PATIENCE)
    team = create_team(context, empty_voila_url, "Varje sida – ny samverkan", "Nystad – nytt team")
    _page, facilitator = create_collaborative(context, empty_voila_url, "Varje sida – samverkan utan team")
    context.close()
    return {"new team": team.link, "no teams": facilitator}


@pytest.fixture(scope="module")
def demo(voila_url, live_data_dir):
    """Start links of the demo's facilitator and a member of its first forum, and that forum's name."""
    from workshop.forums.forums import list_forums
    from workshop.forums.links import member_links
    from workshop.session import open_as_facilitator
    from workshop.store import Store

    store = Store(f"sqlite:///{live_data_dir / 'kit.sqlite'}")
    facilitator = open_as_facilitator(store, 1, "demo-processledning")
    forum = list_forums(store, facilitator)[0]
    render = f"{voila_url}/voila/render/"
    links = {"demo facilitator": render + facilitator.link("00_start.ipynb"),
             "demo member": render + member_links(store, facilitator, forum.id)[0].link("00_start.ipynb"),
             "anyone": render + "00_start.ipynb"}
    store.close()
    return links, forum.name


@pytest.mark.parametrize("state", list(STATES))
def test_every_page_state_is_accessible_and_reflows(state, empty_links, demo, new_context):
    page_state = STATES[state]
    demo_links, forum = demo
    start = {**empty_links, **demo_links}[page_state.link]
    page = new_context().new_page()
    page.set_default_timeout(PATIENCE)
    page.goto(start.replace("00_start.ipynb", page_state.notebook))
    page.wait_for_selector(".gk-page h1")
    if page_state.forum_chosen:
        page.get_by_role("button", name=f"Öppna {forum}").click()
        page.get_by_role("heading", name=forum).wait_for()
    assert_accessible_at_every_width(page)
