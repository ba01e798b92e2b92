"""A new facilitator and a new team on an empty installation, through all six steps as people would.

The facilitator creates a collaborative whose period starts next month, and a team; the team joins with its code,
reads a sample export, writes its aim, measures and driver diagram, chooses a change from the catalog, records the
PDSA cycle it ran last month, pastes its weekly values and ends with a storyboard and the monthly report for last
month, both downloaded through the page and opened to find the team's own words. Each step page says what "Klart"
needs, and as soon as the rule is met the page and the navigation say "klart", without a reload; at the end the
facilitator's list of teams counts six steps done. No page logs an error.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.live import (
    add_title,
    create_team,
    join_team,
    open_start,
    open_step,
    screenshot_whole_page,
    stepper_step,
    wait_until_saved,
)
from tests.e2e.steps import (
    add_catalog_measure,
    add_support,
    choose_from_catalog,
    choose_measure,
    fill,
    fill_measure,
    make_and_save,
    paste_values,
    type_into,
    upload_and_confirm,
)
from workshop.improvement import Frequency
from workshop.reports.records.monthly import month_label
from workshop.results import period_of_date

SHOTS = Path("/work/wt/shots")
THIS_MONTH = dt.date.today().replace(day=1)
NEXT_MONTH = (THIS_MONTH + dt.timedelta(days=32)).replace(day=1)
LAST_MONTH = (THIS_MONTH - dt.timedelta(days=1)).replace(day=1)
# The team tested last month: before the collaborative's period (from next month) and before it was added.
CYCLE_DAYS = (LAST_MONTH + dt.timedelta(days=9), LAST_MONTH + dt.timedelta(days=23))

COLLABORATIVE = "Tidigt stöd 2027 – första resan"
TEAM = "Nystad – försörjningsstöd"
EXPECTATIONS = "Att fler unga vuxna kommer i arbete eller studier snabbare."
AIM_WHAT = "andelen unga vuxna som får ett trepartsmöte inom två veckor"
OUTCOME = "Antal unga vuxna som börjat arbeta eller studera"
PROCESS = "Antal trepartsmöten inom två veckor"
PRIMARY = "Snabb kontakt med arbetsmarknaden"
SECONDARY = "Tidigt möte efter aktualisering"
OWN_IDEA = "Trepartsmöte med arbetsmarknadsenheten inom två veckor"
CARD = "FIA – förutsättningar inför arbete"
CARD_MEASURE = "Andel i FIA-målgruppen som fått en FIA-bedömning"
SUPPORT = "Jobbtorget"
CYCLE = "Trepartsmöte för en klient"
HAPPENED = "Mötet bokades på nio dagar."
LEARNED = "Ring arbetsmarknadsenheten samma dag som nybesöket."
TESTED = "Trepartsmöten inom två veckor med en handläggare och tre klienter."
ROUTINE = "Trepartsmöte inom två veckor för alla unga vuxna vid nybesök."


def _open(page, number: int, heading: str, needs: str) -> None:
    """Open step ``number`` from the team's Start; its page says what "Klart" needs."""
    page.get_by_role("link", name="Start", exact=True).first.click()
    page.get_by_role("heading", name="Teamets resa").wait_for(timeout=90_000)
    open_step(page, number, heading)
    expect(page.locator(".gk-step-standing")).to_contain_text(f"Klart när ni har {needs}.")


def _done(page, number: int) -> None:
    """Step ``number``'s rule is met: the page and the navigation say so at once, without a reload."""
    expect(page.locator(".gk-step-standing")).to_contain_text("Steget är klart.")
    expect(stepper_step(page, number)).to_contain_text("● Klart")


def _screenshot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    screenshot_whole_page(page, SHOTS / name)


def _step_1_inventory(page) -> None:
    _open(page, 1, "Läs in ett utdrag", "en sparad inventering, en vald målgrupp och skrivit ner era förväntningar")
    upload_and_confirm(page, "export_semikolon_cp1252.csv")
    results = page.locator(".gk-inventory-results")
    results.get_by_role("button", name="Unga vuxna (18–24)").click()
    results.get_by_role("button", name="Spara inventeringen").click()
    page.get_by_text("Inventeringen är sparad med målgruppen ”18–24 år”").wait_for()
    expect(page.locator(".gk-step-standing")).to_contain_text("Klart när ni har skrivit ner era förväntningar.")
    type_into(page, "Förväntningar", EXPECTATIONS)
    wait_until_saved(page)
    _done(page, 1)
    _screenshot(page, "steg1.png")


def _step_2_aims(page) -> None:
    _open(page, 2, "1. Vad vill vi åstadkomma?", "ett mål, minst ett resultatmått och en drivkraft")
    type_into(page, "Vad ska förändras", AIM_WHAT)
    fill(page, "För vem", "unga vuxna 18–24 år med försörjningsstöd")
    fill(page, "Från (utgångsläge)", "10")
    fill(page, "Till (målvärde)", "60")
    fill(page, "Enhet (t.ex. %)", "%")
    fill(page, "Senast när", (dt.date.today() + dt.timedelta(days=365)).isoformat())
    page.get_by_label("Senast när", exact=True).press("Tab")
    wait_until_saved(page)
    fill_measure(page, {"Måttets namn": OUTCOME,
                        "Täljare": "Unga vuxna som börjat arbeta eller studera under veckan"},
                 {"Typ av mått": "Resultatmått", "Enhet": "Antal"})
    fill_measure(page, {"Måttets namn": PROCESS, "Täljare": "Trepartsmöten inom två veckor"},
                 {"Typ av mått": "Processmått", "Enhet": "Antal"})
    expect(page.locator(".gk-step-standing")).to_contain_text("Klart när ni har en drivkraft.")
    add_title(page, "Ny primär drivkraft", PRIMARY)
    _done(page, 2)
    add_title(page, "Ny sekundär drivkraft under 1", SECONDARY)
    add_title(page, "Ny förändringsidé 1.1", OWN_IDEA)
    page.get_by_label("Förändringsidé 1.1.1", exact=True).wait_for()
    page.locator(".gk-diagram .bk-Canvas").first.wait_for()


def _step_3_changes(page) -> None:
    # The own idea is already on a driver (step 2): only the support map is missing.
    _open(page, 3, "Kunskapskatalog", "minst ett stöd i kartläggningen av stöd och insatser")
    page.get_by_label("Sök i katalogen").fill("FIA")
    choose_from_catalog(page, CARD, f"{PRIMARY} → {SECONDARY}")
    add_catalog_measure(page, CARD_MEASURE)
    add_support(page, SUPPORT)
    _done(page, 3)
    _screenshot(page, "steg3.png")


def _step_4_cycle(page) -> None:
    _open(page, 4, "Ny cykel", "en avslutad PGSA-cykel med ett beslut i Agera")
    page.get_by_label("Förändringsidé", exact=True).select_option(label=OWN_IDEA)
    fill(page, "Cykelns titel", CYCLE)
    page.get_by_role("button", name="Skapa cykeln").click()
    page.get_by_role("heading", name=f"Cykel 1: {CYCLE}").wait_for()
    fill(page, "Perioden börjar", CYCLE_DAYS[0].isoformat())
    fill(page, "Perioden slutar", CYCLE_DAYS[1].isoformat())
    page.get_by_role("button", name="Lägg till en fråga").click()
    fill(page, "Fråga 1", "Hinner vi boka mötet inom två veckor?")
    fill(page, "Förutsägelse för fråga 1", "Ja, om vi ringer samma dag.")
    fill(page, "Vad hände", HAPPENED)
    fill(page, "Vad hände (fråga 1)", "Ja, på nio dagar.")
    type_into(page, "Vad vi lärde oss", LEARNED)
    page.get_by_label("Beslut", exact=True).select_option(label="Anta")
    wait_until_saved(page)
    # Written afterwards, all four parts at once: the page offers to mark the cycle done in one click.
    page.get_by_role("button", name="Markera som klar").click()
    page.get_by_text("Cykeln är nu ”Klart”.").wait_for()
    _done(page, 4)
    page.get_by_role("button", name="Tillbaka till alla cykler").click()
    timeline = page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Tidslinje"))
    timeline.locator(".bk-Canvas").first.wait_for()
    _screenshot(page, "steg4.png")


def _step_5_results(page) -> None:
    _open(page, 5, "Resultat", "mätvärden för ett resultatmått")
    choose_measure(page, OUTCOME)
    values = (1, 2, 1, 2, 3, 4, 4, 5)  # one a week, the last this week
    weeks = [period_of_date(dt.date.today() - dt.timedelta(weeks=len(values) - 1 - index), Frequency.WEEK)
             for index in range(len(values))]
    paste_values(page, "\n".join(f"{week.label}\t{value}" for week, value in zip(weeks, values, strict=True)))
    page.get_by_text("8 nya punkter sparade och 0 uppdaterade.").first.wait_for()
    page.locator(".gk-section").filter(has_text="Diagram och bedömning").locator(".bk-Canvas").first.wait_for()
    _done(page, 5)


def _step_6_reports(page, tmp_path) -> None:
    from docx import Document
    from pptx import Presentation

    _open(page, 6, "Steg 6: Rapport", "en månadsrapport och en plan för fortsättningen")
    cycle_month = month_label(LAST_MONTH.strftime("%Y-%m"))
    monthly = page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Månadsrapport"))
    monthly.get_by_label("Månad", exact=True).select_option(label=cycle_month)
    # A month not written before opens prefilled from the cycles that ran in it.
    expect(monthly.get_by_label("Vad lärde vi oss?", exact=True)).to_have_value(re.compile(re.escape(LEARNED)))
    type_into(monthly, "Vad testade vi?", TESTED)
    monthly.get_by_role("button", name="Spara månadsrapporten").click()
    wait_until_saved(page)
    expect(page.locator(".gk-step-standing")).to_contain_text("Klart när ni har en plan för fortsättningen.")
    fill(page, "Rutiner: hur förändringarna blir en del av vardagen", ROUTINE)
    fill(page, "Vem äger vad från och med nu", "Enhetschefen äger rutinen.")
    page.get_by_role("button", name="Spara planen").click()
    wait_until_saved(page)
    _done(page, 6)

    filename, content = make_and_save(page, "Storyboard till seminariet", "PowerPoint", tmp_path)
    assert filename.endswith(".pptx")
    deck = " ".join(shape.text_frame.text for slide in Presentation(io.BytesIO(content)).slides
                    for shape in slide.shapes if shape.has_text_frame)
    for words in (TEAM, PRIMARY, CYCLE, LEARNED):
        assert words in deck, words

    filename, content = make_and_save(page, "Månadsrapport", "Word", tmp_path, month=cycle_month)
    assert filename.endswith(".docx")
    text = "\n".join(paragraph.text for paragraph in Document(io.BytesIO(content)).paragraphs)
    for words in (TEAM, TESTED, LEARNED):
        assert words in text, words


def test_a_new_team_goes_from_an_empty_installation_to_its_monthly_report(empty_voila_url, new_context, recorder,
                                                                           tmp_path):
    facilitator = new_context()
    created = create_team(facilitator, empty_voila_url, COLLABORATIVE, TEAM,
                          period=(NEXT_MONTH, NEXT_MONTH + dt.timedelta(days=180)))
    page = join_team(new_context(), empty_voila_url, COLLABORATIVE, TEAM, created.code)
    for step in (_step_1_inventory, _step_2_aims, _step_3_changes, _step_4_cycle, _step_5_results):
        step(page)
    _step_6_reports(page, tmp_path)

    page.get_by_role("link", name="Start", exact=True).first.click()
    journey = page.locator(".gk-steps")
    journey.wait_for(timeout=90_000)
    assert journey.get_by_text("Steget är klart.").count() == 6
    # The facilitator's list of teams reads the same rules.
    overview = open_start(facilitator, created.facilitator_link)
    overview.locator(".gk-steps li").filter(has_text=TEAM).get_by_text("6 av 6 steg klara").wait_for()
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
