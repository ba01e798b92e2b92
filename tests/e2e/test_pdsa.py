"""A team works through a PDSA cycle and plans the next one in a real browser (demo team 1, Exempelkommun).

The demo gives the team an overdue cycle (its period has ended without Studera); Start flags it.
"""

from __future__ import annotations

import datetime as dt

from tests.e2e.live import join_demo_team, wait_until_saved
from tests.e2e.steps import fill

IDEA = "Trepartsmöte med arbetsmarknadsenheten inom två veckor"
TITLE = "Trepartsmöte för en klient"


def test_a_cycle_from_plan_to_act_then_the_next_cycle_and_the_overdue_flag_on_start(voila_url, new_context,
                                                                                     recorder):
    page = join_demo_team(new_context(), voila_url, "Exempelkommun – försörjningsstöd", "demo-team-exempel")
    follow_up = page.locator(".gk-section").filter(has_text="Att följa upp")
    follow_up.get_by_text("Broschyr om möjliga insatser vid första besöket, cykel 1").wait_for()
    assert "men Studera är tom" in follow_up.inner_text()

    follow_up.get_by_role("link", name="Öppna PGSA-cyklerna").click()
    page.get_by_role("heading", name="PGSA-cykler", level=1).wait_for()
    page.get_by_label("Förändringsidé", exact=True).select_option(label=IDEA)
    fill(page, "Cykelns titel", TITLE)
    page.get_by_role("button", name="Skapa cykeln").click()
    page.get_by_text("Cykel 1 är skapad. Fyll i Planera först.").wait_for()
    page.get_by_role("heading", name=f"Cykel 1: {TITLE}").wait_for()

    today = dt.date.today()
    fill(page, "Perioden börjar", (today - dt.timedelta(days=14)).isoformat())
    fill(page, "Perioden slutar", (today - dt.timedelta(days=7)).isoformat())
    for number in (1, 2):
        page.get_by_role("button", name="Lägg till en fråga").click()
        page.get_by_label(f"Fråga {number}", exact=True).wait_for()
    fill(page, "Fråga 1", "Hinner vi boka mötet inom två veckor?")
    fill(page, "Förutsägelse för fråga 1", "Ja, om vi ringer arbetsmarknadsenheten samma dag.")
    fill(page, "Fråga 2", "Vill klienten ha ett trepartsmöte?")
    fill(page, "Förutsägelse för fråga 2", "Ja, när vi förklarar syftet.")
    wait_until_saved(page)
    page.get_by_text("Vad hände (fråga 2)").wait_for()

    page.get_by_role("button", name="Flytta till ”Pågår”").click()
    page.get_by_text("Cykeln är nu ”Pågår”.").wait_for()
    fill(page, "Vad hände", "Mötet bokades på nio dagar.")
    fill(page, "Vad hände (fråga 1)", "Ja, på nio dagar.")
    fill(page, "Vad hände (fråga 2)", "Ja, klienten ville.")
    fill(page, "Vad vi lärde oss", "Ring arbetsmarknadsenheten direkt efter nybesöket.")
    page.get_by_label("Beslut", exact=True).select_option(label="Anpassa")
    wait_until_saved(page)

    page.get_by_role("button", name="Planera nästa cykel").click()
    page.get_by_text("Cykel 2 är planerad.").wait_for()
    page.get_by_role("heading", name=f"Cykel 2: {TITLE}").wait_for()
    assert page.get_by_label("Fråga 1", exact=True).input_value() == "Hinner vi boka mötet inom två veckor?"
    fill(page, "Vad vi lärde oss", "Fasta tider hos arbetsmarknadsenheten gör bokningen enklare.")
    wait_until_saved(page)

    page.reload()
    page.get_by_role("heading", name="PGSA-cykler", level=1).wait_for()
    ramp = page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Cykler per förändringsidé"))
    ramp.get_by_role("heading", name=IDEA).wait_for()
    ramp_text = ramp.inner_text()
    assert ramp_text.count(TITLE) == 2 and "Cykel 1" in ramp_text and "Cykel 2" in ramp_text
    timeline = page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Tidslinje"))
    timeline.locator(".bk-Canvas, .bk-root, canvas").first.wait_for()
    table = timeline.locator("table").inner_text()
    assert table.count(TITLE) == 2 and "Cykel 2: planerad" in table
    log = page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Lärdomslogg"))
    log_text = log.inner_text()
    assert f"{IDEA}, cykel 1: {TITLE}" in log_text and f"{IDEA}, cykel 2: {TITLE}" in log_text
    assert "Ring arbetsmarknadsenheten direkt efter nybesöket." in log_text
    assert log.get_by_role("link", name="Ladda ner lärdomsloggen (CSV)").get_attribute("href").startswith(
        "data:text/csv")

    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
