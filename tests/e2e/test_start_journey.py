"""A facilitator and a team use the Start page in a real browser, as a person would."""

from __future__ import annotations

import re

from tests.e2e.live import START_PATH, open_start


def test_create_collaborative_and_team_then_open_the_team_link_elsewhere(voila_url, new_context, recorder):
    facilitator = new_context()
    page = open_start(facilitator, voila_url + START_PATH)
    assert page.locator("h1").inner_text() == "Genombrottsprogram – start"
    assert page.locator("html").get_attribute("lang") == "sv"

    page.get_by_role("button", name="Fyll i en ny samverkan").click()
    page.get_by_label("Samverkans namn").fill("Tidigt stöd i Webbläsarby")
    page.get_by_label("Region eller stödstruktur", exact=True).fill("RSS Test")
    page.get_by_role("button", name="Skapa samverkan").click()
    page.get_by_text("Samverkan ”Tidigt stöd i Webbläsarby” är skapad").wait_for()

    page.get_by_label("Teamets namn").fill("Webbläsarby – mottagningen")
    page.get_by_label("Kommun", exact=True).fill("Webbläsarby kommun")
    team_code = page.get_by_label("Teamets kod", exact=True).input_value()
    page.get_by_role("button", name="Lägg till teamet").click()
    page.get_by_text(f"Ge teamet dess kod: {team_code}").wait_for()
    team_link = page.get_by_role("link", name="Teamets egen länk (skicka den till teamet)").get_attribute("href")
    assert re.fullmatch(r"00_start\.ipynb\?team=\d+&key=[\w-]+&lang=sv", team_link)

    page.reload()
    page.wait_for_selector(".gk-page h1")
    join = page.locator(".gk-section").filter(has_text="Gå till ditt team")
    join.get_by_label("Samverkan").select_option(label="Tidigt stöd i Webbläsarby")
    join.get_by_label("Team", exact=True).select_option(label="Webbläsarby – mottagningen")
    join.get_by_label("Teamets kod").fill("fel-kod-999")
    page.get_by_role("button", name="Öppna teamets sida").click()
    page.get_by_text("Koden stämmer inte. Kontrollera den med er processledare och försök igen.").wait_for()

    team_member = new_context()
    team_page = open_start(team_member, f"{voila_url}/voila/render/{team_link}")
    team_page.get_by_role("heading", name="Webbläsarby – mottagningen").wait_for()
    assert team_page.get_by_text("Del av samverkan Tidigt stöd i Webbläsarby").is_visible()
    assert team_page.get_by_role("heading", name="Teamets resa").is_visible()

    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


def test_an_edited_team_link_shows_a_message_and_no_team_data(voila_url, new_context, recorder):
    context = new_context()
    page = open_start(context, f"{voila_url}{START_PATH}?team=2&key=guessed-key&lang=sv")
    page.get_by_text("Länken ger inte åtkomst").wait_for()
    assert page.get_by_text("Påhittsta – vuxenenheten").count() == 0
    assert page.get_by_text("Traceback").count() == 0
    assert recorder.external_requests() == []


def test_the_team_switches_to_english_and_keeps_its_context(voila_url, new_context):
    context = new_context()
    page = open_start(context, voila_url + START_PATH)
    join = page.locator(".gk-section").filter(has_text="Gå till ditt team")
    join.get_by_label("Samverkan").select_option(label="Tidigt stöd – exempelsamverkan (fiktiv)")
    join.get_by_label("Team", exact=True).select_option(label="Fiktiva Åby – tidigt stöd")
    join.get_by_label("Teamets kod").fill("demo-team-aby")
    join.get_by_label("Teamets kod").press("Enter")
    page.get_by_role("button", name="Öppna teamets sida").focus()
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Teamets resa").wait_for()
    page.get_by_role("button", name="English").click()
    page.get_by_role("heading", name="Your journey").wait_for()
    page.wait_for_function("document.documentElement.lang === 'en'")  # screen readers speak the page in English
    assert "lang=en" in page.get_by_role("link", name="Link to this page").get_attribute("href")
