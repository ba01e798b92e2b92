"""The facilitator's view of all teams in a real browser, on the demo: filter to one municipality, give a faculty
score with its reasons, read it on the team's own Start page; download the collaborative's summary as Word and as
PowerPoint and open both."""

from __future__ import annotations

import re

from tests.e2e.live import DEMO_COLLABORATIVE, join_team
from tests.e2e.test_handing_out_links import open_as_facilitator
from tests.office import pdf_text, to_pdf

TEAM = "Fiktiva Åby – tidigt stöd"
SUGGESTION = "Berätta om screeningen i tvärgruppen på nästa seminarium."


def test_the_facilitator_filters_scores_a_team_and_the_team_reads_it(voila_url, new_context, recorder, tmp_path):
    page = open_as_facilitator(new_context(), voila_url)
    page.get_by_role("link", name="Alla team: resultat, rapporter och bedömningar").click()
    page.get_by_role("heading", name="Alla team", exact=True).wait_for(timeout=90_000)
    page.get_by_text("av 4 team").first.wait_for()
    assert page.get_by_text("Förbättring", exact=True).first.is_visible()  # a sign with words, not colour alone

    page.get_by_label("Kommun", exact=True).select_option(label="Fiktiva Åby kommun")
    page.get_by_text("1 av 4 team").wait_for()

    form = page.locator(".gk-section").filter(has_text="Bedöm teamet på samma skala")
    team_field = form.get_by_label("Team", exact=True)
    old_form = team_field.element_handle()
    team_field.select_option(label=TEAM)
    page.wait_for_function("element => !element.isConnected", arg=old_form)  # the page draws the team's form
    form = page.locator(".gk-section").filter(has_text="Bedöm teamet på samma skala")
    form.get_by_label("Nivå", exact=True).select_option(index=5)  # 2,5
    form.get_by_label("Varför den här nivån?").fill("Screeningen är i gång och andelen ökar.")
    form.get_by_label("Vad vi föreslår härnäst").fill(SUGGESTION)
    form.get_by_role("button", name="Spara bedömningen").click()
    page.get_by_text("sparades").first.wait_for()

    page.get_by_role("button", name="Skapa sammanfattningen (Word)").click()
    link = page.get_by_role("link", name=re.compile(r"^Ladda ner sammanfattning-.+\.docx \(\d+ kB\)$"))
    link.wait_for(timeout=120_000)
    with page.expect_download() as info:
        link.click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    text = pdf_text(to_pdf(saved.read_bytes(), "docx", tmp_path))
    assert "Samverkans sammanfattning" in text and TEAM in text

    page.get_by_role("button", name="Skapa sammanfattningen (PowerPoint)").click()
    link = page.get_by_role("link", name=re.compile(r"^Ladda ner sammanfattning-.+\.pptx \(\d+ kB\)$"))
    link.wait_for(timeout=120_000)
    with page.expect_download() as info:
        link.click()
    deck = tmp_path / "deck" / info.value.suggested_filename
    info.value.save_as(deck)
    slides = pdf_text(to_pdf(deck.read_bytes(), "pptx", deck.parent))
    assert "Samverkans sammanfattning" in slides and "Träffarna" in slides and TEAM in slides

    team_page = join_team(new_context(), voila_url, DEMO_COLLABORATIVE, TEAM, "demo-team-aby")
    team_page.get_by_role("heading", name="Processledningens bedömning av teamet").wait_for()
    assert team_page.get_by_text(SUGGESTION).is_visible()
    assert team_page.get_by_role("heading", name="Nästa träff").is_visible()
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


def test_a_team_link_never_reaches_the_view_of_all_teams(voila_url, new_context):
    team_page = join_team(new_context(), voila_url, DEMO_COLLABORATIVE, TEAM, "demo-team-aby")
    team_link = team_page.url.replace("00_start.ipynb", "08_oversikt.ipynb")
    team_page.goto(team_link)
    team_page.get_by_text("Bara samverkans processledare kan göra detta.").wait_for(timeout=90_000)
    assert team_page.get_by_text("Förändringar i alla team").count() == 0
