"""The facilitator's cross-groups in a real browser, on the demo: draw the next meeting's groups from the lists of
the last saved meeting, draw again, save, see the pairs who met before, print only the groups; axe finds no
violation at 1280×720, one h1, nothing sideways at 320 and 640 px; a team's link never reaches the page."""

from __future__ import annotations

import re

from tests.e2e.live import DEMO_COLLABORATIVE, join_team
from tests.e2e.page_checks import assert_accessible_at_every_width
from tests.e2e.test_handing_out_links import open_as_facilitator

LINK = "Tvärgrupper till en träff: dra, visa och spara"
BREAKOUT = "Grupperna som text att kopiera till grupprummen i videomötet"


def _open_groups(context, voila_url):
    page = open_as_facilitator(context, voila_url)
    page.get_by_role("link", name=LINK).click()
    page.get_by_role("heading", name="Tvärgrupper", exact=True).wait_for(timeout=90_000)
    return page


def _draw(page, button: str) -> None:
    cards = page.locator(".gk-group-cards")
    old = cards.element_handle() if cards.count() else None
    page.get_by_role("button", name=button).click()
    if old is not None:
        page.wait_for_function("element => !element.isConnected", arg=old)  # the page draws the new groups
    cards.wait_for()


def test_a_team_link_never_reaches_the_cross_groups(voila_url, new_context):
    team_page = join_team(new_context(), voila_url, DEMO_COLLABORATIVE, "Fiktiva Åby – tidigt stöd", "demo-team-aby")
    team_page.goto(team_page.url.replace("00_start.ipynb", "09_tvargrupper.ipynb"))
    team_page.get_by_text("Bara samverkans processledare kan göra detta.").wait_for(timeout=90_000)
    assert team_page.locator(".gk-group-cards").count() == 0 and team_page.get_by_text("Gustav").count() == 0


def test_the_facilitator_draws_draws_again_saves_and_prints_the_groups(voila_url, new_context, recorder):
    page = _open_groups(new_context(), voila_url)
    demoby = page.get_by_label("Demoby – unga vuxna", exact=True)
    assert demoby.input_value() == "Gustav\nHanna*\nIsak"  # the last saved meeting's list
    demoby.fill("Gustav\n\nHanna*\nIsak\n")  # blank lines are left out
    page.get_by_text("Inga grupper är sparade för den här träffen än.").wait_for()

    _draw(page, "Dra grupper")
    page.get_by_text("Grupperna är dragna.").wait_for()
    counts = page.locator(".gk-group-counts").inner_text()
    assert "3 grupper, 12 personer" in counts and "(jämfört med 2 sparade träffar)" in counts
    assert re.search(r"\b[1-9]\d* par har träffats på en tidigare träff", counts), counts
    assert page.locator(".gk-group-card").count() == 3
    assert page.locator(".gk-host").all_inner_texts() == ["★ värd"] * 2  # the hosts, in words

    _draw(page, "Dra om")
    drawn = page.locator(".gk-group-cards").inner_text()
    page.get_by_role("button", name="Spara grupperna").click()
    page.get_by_text("Grupperna för Lärandeseminarium 3 sparades.").wait_for()
    breakout = page.get_by_label(BREAKOUT).input_value()
    assert breakout.startswith("Grupp 1\n") and "Gustav" in breakout and "Fiktiva Åby – tidigt stöd, person" in breakout

    # A function, not a statement list: Playwright calls a function the expression evaluates to.
    page.evaluate("() => { window.gkPrinted = 0; window.print = () => { window.gkPrinted += 1; }; }")
    page.get_by_role("button", name="Skriv ut").click()
    assert page.evaluate("window.gkPrinted") == 1  # the print dialog, once
    page.emulate_media(media="print")
    assert page.locator(".gk-group-cards").is_visible()
    assert not page.get_by_role("button", name="Dra om").is_visible() and not page.locator("h1").is_visible()
    page.emulate_media(media="screen")

    page.reload()
    page.get_by_text("Grupperna för den här träffen sparades").wait_for(timeout=90_000)
    assert page.locator(".gk-group-cards").inner_text() == drawn
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


def test_no_accessibility_violations_with_groups_shown_wide_or_narrow(voila_url, new_context):
    page = _open_groups(new_context(), voila_url)
    page.set_viewport_size({"width": 1280, "height": 720})
    _draw(page, "Dra om" if page.locator(".gk-group-cards").count() else "Dra grupper")
    assert_accessible_at_every_width(page)
