"""The Start page's three views and every step page of a team with content in each step: axe finds no violation
of WCAG 2.1 A and AA, one h1, nothing sideways at 320 and 640 CSS px (see page_checks.py); a chart is a figure
named by its text alternative."""

from __future__ import annotations

import re

import pytest

from tests.e2e.live import START_PATH, join_demo_team, open_start
from tests.e2e.page_checks import assert_accessible_at_every_width

FACILITATOR_SETUP = ("Processledare: öppna en samverkan", "Processledarkod", "demo-processledning",
                     "Öppna som processledare", "Team (")
TEAM_SETUP = ("Gå till ditt team", "Teamets kod", "demo-team-aby", "Öppna teamets sida", "Teamets resa")


def _enter(page, section, code_label, code, button, shown) -> None:
    box = page.locator(".gk-section").filter(has_text=section)
    box.get_by_label("Samverkan").select_option(label="Tidigt stöd – exempelsamverkan (fiktiv)")
    if section == TEAM_SETUP[0]:
        box.get_by_label("Team", exact=True).select_option(label="Fiktiva Åby – tidigt stöd")
    box.get_by_label(code_label).fill(code)
    page.get_by_role("button", name=button).click()
    page.get_by_text(shown).first.wait_for()


@pytest.mark.parametrize("setup", [None, TEAM_SETUP, FACILITATOR_SETUP], ids=["visitor", "team", "facilitator"])
def test_no_accessibility_violations(voila_url, new_context, setup):
    page = open_start(new_context(), voila_url + START_PATH)
    if setup:
        _enter(page, *setup)
    assert_accessible_at_every_width(page)


@pytest.mark.parametrize("step", [1, 2, 3, 4, 5, 6])
def test_no_accessibility_violations_on_the_step_pages(voila_url, new_context, step):
    """Team Exempelkommun has demo content in every step, so each page shows its full form."""
    page = join_demo_team(new_context(), voila_url, "Exempelkommun – försörjningsstöd", "demo-team-exempel")
    page.get_by_role("link", name=f"Öppna steg {step}").click()
    page.wait_for_selector(".gk-page h1", timeout=90_000)
    assert_accessible_at_every_width(page)


def test_a_chart_is_a_figure_named_by_its_text_alternative(voila_url, new_context):
    page = join_demo_team(new_context(), voila_url, "Exempelkommun – försörjningsstöd", "demo-team-exempel")
    page.get_by_role("link", name="Öppna steg 5").click()
    page.wait_for_selector(".gk-chart-canvas canvas", timeout=90_000)
    named = page.get_by_role("figure", name=re.compile("^Diagrammet visar ”"))
    named.first.wait_for()
    assert named.count() == page.locator(".gk-chart").count() >= 1
