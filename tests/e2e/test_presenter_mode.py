"""Presenter mode in a real browser, as the demo's facilitator on a 1280 × 720 screen: order the teams, start, move
through two teams' slides with the keyboard, read the timer, leave with Esc; axe finds nothing and no slide is
wider than the screen."""

from __future__ import annotations

import re

from tests.e2e.page_checks import wcag_violations
from tests.e2e.test_handing_out_links import open_as_facilitator

ABY, DEMOBY = "Fiktiva Åby – tidigt stöd", "Demoby – unga vuxna"


def _fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= 1280 && "
                         "document.querySelector('.gk-presenting').scrollWidth <= 1280")


def _showing(page, team: str, slide: str) -> None:
    page.locator(".gk-present-team").filter(has_text=team).filter(has_text=slide).wait_for()


def _slide_count(page, team: str) -> int:
    """How many slides the team has: other tests on the shared demo add measures and cycles, and so slides."""
    _showing(page, team, "Bild 1 av ")
    return int(re.search(r"Bild 1 av (\d+)", page.locator(".gk-present-team").inner_text()).group(1))


def test_the_facilitator_presents_two_teams_by_keyboard(voila_url, new_context, recorder):
    page = open_as_facilitator(new_context(), voila_url)
    page.set_viewport_size({"width": 1280, "height": 720})
    page.clock.install()  # before the presenter's page loads, so that its timer runs on a clock the test can move
    page.get_by_role("link", name="Presentera teamens storyboards på en träff").click()
    rows = page.locator(".gk-present-row")
    rows.first.wait_for(timeout=90_000)
    rows.filter(has_text=ABY).get_by_role("button", name="Upp").click()
    rows.nth(1).filter(has_text=ABY).wait_for()
    page.get_by_label("Exempelkommun – försörjningsstöd").uncheck()
    page.get_by_label("Påhittsta – vuxenenheten").uncheck()
    rows.filter(has_text="Exempelkommun").get_by_text("Presenterar inte").wait_for()
    rows.filter(has_text=ABY).get_by_role("button", name="Upp").click()
    rows.first.filter(has_text=ABY).get_by_text("1.").wait_for()

    page.get_by_role("button", name="Starta presentationen").click()
    slides = _slide_count(page, ABY)
    _showing(page, ABY, f"Bild 1 av {slides} · Team 1 av 2")
    timer = page.locator(".gk-timer")
    assert re.fullmatch(r"Tid kvar 0[45]:\d\d", timer.inner_text())
    assert wcag_violations(page) == [] and _fits_the_screen(page)

    results_seen = False
    for number in range(2, slides + 1):
        page.keyboard.press("ArrowRight")
        _showing(page, ABY, f"Bild {number} av {slides}")
        assert _fits_the_screen(page), number
        if not results_seen and page.get_by_role("heading", name=re.compile("^Resultat: ")).count():
            # The first result: its verdict in words and its chart, within the screen.
            results_seen = True
            canvas = page.locator(".gk-slide-chart canvas").first
            canvas.wait_for()
            box = canvas.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1280
            assert page.get_by_text("Tecken på verklig förändring").first.is_visible()
    assert results_seen
    page.keyboard.press("ArrowLeft")
    _showing(page, ABY, f"Bild {slides - 1} av {slides}")
    page.keyboard.press("PageDown")
    _showing(page, ABY, f"Bild {slides} av {slides}")

    page.clock.fast_forward("05:01")
    page.get_by_text("Tiden är ute").wait_for()
    assert re.fullmatch(r"Tiden är ute \+0\d:\d\d", timer.inner_text())

    page.keyboard.press("ArrowRight")
    demoby_slides = _slide_count(page, DEMOBY)
    _showing(page, DEMOBY, f"Bild 1 av {demoby_slides} · Team 2 av 2")
    page.get_by_text("Tid kvar").wait_for()  # the next team's timer starts from its full time
    assert re.fullmatch(r"Tid kvar 0[45]:\d\d", timer.inner_text())
    for number in range(2, demoby_slides + 1):
        page.keyboard.press(" ")
        _showing(page, DEMOBY, f"Bild {number} av {demoby_slides}")
    assert page.get_by_role("button", name="Nästa bild").is_disabled()
    assert wcag_violations(page) == [] and _fits_the_screen(page)
    for _ in range(8):  # Tab never leaves the slides for the controls they cover
        page.keyboard.press("Tab")
        outside = page.evaluate("(() => { const at = document.activeElement; return at === document.body"
                                " || at.closest('.gk-presenting') ? '' : at.outerHTML.slice(0, 120); })()")
        assert outside == ""

    page.keyboard.press("Escape")
    page.get_by_role("button", name="Starta presentationen").wait_for()
    assert page.locator(".gk-presenting").count() == 0
    assert page.locator("[inert]").count() == 0
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
    assert recorder.external_requests() == []
