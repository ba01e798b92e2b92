"""While a busy server builds the page, the visitor reads in their language that it is on its way, and the waiting
page costs their browser next to nothing: no animation runs, one number changes once a second."""

from __future__ import annotations

import pytest

from tests.e2e.live import START_PATH

BUILT_PAGE = '<div id="rendered_cells"'


def _still_waiting(route) -> None:
    """The server's own page, cut where the kernel's output would begin: a page whose kernel has not answered yet."""
    served = route.fetch()
    body = served.text()
    assert BUILT_PAGE in body, "the template no longer has the place this test cuts at"
    route.fulfill(response=served, body=body[:body.index(BUILT_PAGE)])


@pytest.mark.parametrize(("language", "title", "busy"), [
    ("", "Sidan öppnas …", "Servern har många besökare just nu. Sidan kommer – stäng inte fliken."),
    ("?lang=en", "Opening the page …",
     "The server has many visitors just now. The page will come – keep this tab open."),
])
def test_a_long_wait_is_counted_and_explained_without_any_animation(voila_url, new_context, language, title, busy):
    page = new_context().new_page()
    page.clock.install()
    page.route("**/voila/render/**", _still_waiting)
    page.goto(f"{voila_url}{START_PATH}{language}", wait_until="domcontentloaded")
    waiting = page.locator("#loading")

    assert waiting.inner_text().split("\n")[0] == title
    assert "Running" not in waiting.inner_text() and "Executing" not in waiting.inner_text()
    assert page.get_by_role("status").inner_text() == ""

    page.clock.run_for(16_000)
    assert waiting.locator(".gk-loading-seconds").inner_text() == "16"
    assert page.get_by_role("status").inner_text() == busy
    # A spinning or shimmering loader repaints 60 times a second in each waiting tab.
    assert page.evaluate("document.getAnimations().length") == 0


def test_the_waiting_view_leaves_with_the_built_page(voila_url, new_context):
    page = new_context().new_page()
    page.goto(voila_url + START_PATH)
    page.wait_for_selector(".gk-page h1", timeout=90_000)
    assert page.locator("#loading").count() == 0
