"""A brand-new team on an empty installation: each chart that appears after its first record is drawn at once.

No page of the team had a chart when it loaded, so BokehJS reaches each page with its first chart, from a callback.
"""

from __future__ import annotations

import datetime as dt

from tests.e2e.live import add_title, new_team, open_step, wait_until_saved
from tests.e2e.steps import SAMPLES, choose_file, choose_measure, paste_values
from workshop.improvement import Frequency
from workshop.results import period_of_date

IDEA = "Trepartsmöte inom två veckor"
MEASURE = "Antal trepartsmöten"


def _chart_appears(area) -> None:
    area.locator(".bk-Canvas").first.wait_for()


def _back_to_start(page) -> None:
    page.get_by_role("link", name="Start", exact=True).first.click()
    page.get_by_role("heading", name="Teamets resa").wait_for(timeout=90_000)


def _first_inventory(page) -> None:
    open_step(page, 1, "Läs in ett utdrag")
    assert page.locator(".bk-Canvas").count() == 0
    choose_file(page, SAMPLES / "export_semikolon_cp1252.csv")
    page.get_by_role("button", name="Använd de här kolumnerna").click()
    _chart_appears(page.locator(".gk-inventory-results"))


def _first_driver_diagram_and_measure(page) -> None:
    open_step(page, 2, "1. Vad vill vi åstadkomma?")
    form = page.locator(".gk-measure-form")
    form.get_by_label("Måttets namn", exact=True).fill(MEASURE)
    form.get_by_label("Enhet", exact=True).select_option(label="Antal")
    form.get_by_role("button", name="Lägg till måttet").click()
    page.get_by_text(f"Måttet ”{MEASURE}” är sparat.").wait_for()
    add_title(page, "Ny primär drivkraft", "Snabb kontakt med arbetsmarknaden")
    add_title(page, "Ny sekundär drivkraft under 1", "Möte tidigt")
    add_title(page, "Ny förändringsidé 1.1", IDEA)
    page.get_by_label("Förändringsidé 1.1.1", exact=True).wait_for()
    _chart_appears(page.locator(".gk-diagram"))


def _first_cycle(page) -> None:
    open_step(page, 4, "Ny cykel")
    assert page.locator(".bk-Canvas").count() == 0
    page.get_by_label("Förändringsidé", exact=True).select_option(label=IDEA)
    page.get_by_label("Cykelns titel", exact=True).fill("Trepartsmöte för en klient")
    page.get_by_role("button", name="Skapa cykeln").click()
    today = dt.date.today()
    page.get_by_label("Perioden börjar", exact=True).fill(today.isoformat())
    page.get_by_label("Perioden slutar", exact=True).fill((today + dt.timedelta(days=14)).isoformat())
    page.get_by_label("Perioden slutar", exact=True).press("Tab")
    wait_until_saved(page)
    page.get_by_role("button", name="Tillbaka till alla cykler").click()
    _chart_appears(page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Tidslinje")))
    # The page is drawn anew in the other language, its chart too.
    page.get_by_role("button", name="English").click()
    _chart_appears(page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Timeline")))
    page.get_by_role("button", name="Svenska").click()
    page.get_by_role("heading", name="Tidslinje").wait_for()


def _first_measurements(page) -> None:
    open_step(page, 5, "Resultat")
    choose_measure(page, MEASURE)
    assert page.locator(".bk-Canvas").count() == 0
    weeks = [period_of_date(dt.date.today() - dt.timedelta(weeks=ago), Frequency.WEEK) for ago in (1, 0)]
    paste_values(page, f"{weeks[0].label}\t3\n{weeks[1].label}\t5")
    _chart_appears(page.locator(".gk-section").filter(has_text="Diagram och bedömning"))


def test_a_new_team_sees_each_first_chart_without_reloading(empty_voila_url, new_context, recorder):
    page = new_team(new_context(), empty_voila_url, "Första diagrammen", "Nystad – mottagningen")
    for number, first_record in enumerate((_first_inventory, _first_driver_diagram_and_measure, _first_cycle,
                                           _first_measurements)):
        if number:
            _back_to_start(page)
        first_record(page)

    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
