"""The facilitator hands out a team's link in a real browser: shown in full, copied by keyboard, opened elsewhere."""

from __future__ import annotations

from tests.e2e.live import DEMO_COLLABORATIVE, START_PATH, open_start


def open_as_facilitator(context, voila_url: str):
    page = open_start(context, voila_url + START_PATH)
    section = page.locator(".gk-section").filter(has_text="Processledare: öppna en samverkan")
    section.get_by_label("Samverkan").select_option(label=DEMO_COLLABORATIVE)
    section.get_by_label("Processledarkod").fill("demo-processledning")
    page.get_by_role("button", name="Öppna som processledare").click()
    page.get_by_text("Du arbetar som processledare").first.wait_for()
    return page


def test_the_teams_link_is_absolute_copied_by_keyboard_and_works_when_broken_over_lines(voila_url, new_context,
                                                                                         recorder):
    context = new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=voila_url)
    page = open_as_facilitator(context, voila_url)
    item = page.locator(".gk-steps li").filter(has_text="Påhittsta – vuxenenheten")
    shown = item.locator("code.gk-address").inner_text()
    assert shown.startswith(f"{voila_url}/voila/render/00_start.ipynb?team=")

    item.get_by_role("button", name="Kopiera länken").focus()
    page.keyboard.press("Enter")
    item.get_by_text("Kopierad").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == shown

    with context.expect_page() as opened:
        item.get_by_role("link", name="Teamets egen länk (skicka den till teamet)").click()
    opened.value.get_by_role("heading", name="Teamets resa").wait_for()
    assert page.get_by_text("Du arbetar som processledare").first.is_visible()  # the facilitator stays

    key_at = shown.index("key=") + len("key=") + 6
    broken = shown[:key_at] + "%0A" + shown[key_at:]
    team_page = open_start(new_context(), broken)
    team_page.get_by_role("heading", name="Påhittsta – vuxenenheten").wait_for()
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
