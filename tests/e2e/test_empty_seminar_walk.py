"""A brand-new facilitator on an empty installation opens the program, the view of all teams and the forums from
Start: each page says what to do first, shows no number that is not so, and logs no error. The program is filled
from a first date given on the page and a meeting's agenda is changed in the browser. On the demo, the view of all
teams draws a team's chart only when asked."""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import expect

from tests.e2e.live import create_collaborative
from tests.e2e.test_handing_out_links import open_as_facilitator

COLLABORATIVE = "Ny samverkan 2027 – tom start"
FIRST_MEETING = dt.date.today() + dt.timedelta(days=30)
PATIENCE = 180_000
"""Milliseconds a step may take: a new installation starts a kernel for every page at once."""


def _patient(context):
    context.set_default_timeout(PATIENCE)
    return context


def _open(page, link: str, heading: str) -> None:
    """Follow the link ``link`` (the first: the facilitator's navigation may have one of the same name)."""
    page.get_by_role("link", name=link).first.click()
    page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=PATIENCE)


def _back_to_start(page, start: str) -> None:
    page.goto(start)
    page.get_by_text("Du arbetar som processledare").first.wait_for(timeout=PATIENCE)


def test_a_new_facilitator_meets_no_dead_end_on_the_seminar_pages(empty_voila_url, new_context, recorder):
    page, start = create_collaborative(_patient(new_context()), empty_voila_url, COLLABORATIVE)
    page.get_by_role("heading", name="Team (0)").wait_for()

    _open(page, "Programmet: träffar, program och vad ni tar med", "Samverkans program")
    expect(page.get_by_text("Inga träffar är planerade än. Fyll i programmet som i piloten nedan")).to_be_visible()
    page.get_by_role("button", name="Fyll i programmet som i piloten").click()
    expect(page.get_by_text("Ange datum för första träffen")).to_be_visible()  # no period: the date is asked for
    page.get_by_label("Första träffen").fill(FIRST_MEETING.isoformat())
    page.get_by_role("button", name="Fyll i programmet som i piloten").click()
    page.get_by_text("Programmet fylldes i som i piloten.").wait_for()
    expect(page.get_by_role("heading", name="Lärandeseminarium 6")).to_be_visible()
    editor = page.locator(".gk-section").filter(has_text="Programpunkter och listor för Introduktionsträff")
    editor.get_by_role("button", name="Lägg till en programpunkt").click()
    editor.get_by_label("Programpunkt 5: från").fill("15.30")
    editor.get_by_label("Programpunkt 5: till").fill("16:00")
    editor.get_by_label("Programpunkt 5: rubrik").fill("Frågor och avslutning")
    editor.get_by_label("Programpunkt 5: slag").select_option(label="Paus")
    editor.get_by_role("button", name="Spara programpunkterna och listorna").click()
    page.get_by_text("Introduktionsträff sparades.").wait_for()
    expect(page.get_by_text("Programmet drar över träffens sluttid 15.30")).to_be_visible()
    _back_to_start(page, start)

    _open(page, "Alla team: resultat, rapporter och bedömningar", "Alla team")
    expect(page.get_by_text("Samverkan har inga team än.")).to_be_visible()
    expect(page.get_by_role("link", name="Lägg till det första teamet på startsidan")).to_be_visible()
    assert page.get_by_text("0 av 0 team").count() == 0 and page.get_by_role("table").count() == 0
    _back_to_start(page, start)

    _open(page, "Samverkansforum", "Samverkansforum")
    expect(page.get_by_text("Inget forum än. Lägg till det första nedan.")).to_be_visible()
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


def test_the_view_of_all_teams_draws_a_chart_only_when_asked(voila_url, new_context, recorder):
    page = open_as_facilitator(_patient(new_context()), voila_url)
    _open(page, "Alla team: resultat, rapporter och bedömningar", "Alla team")
    assert page.locator(".bk-Canvas, .bk-root canvas, canvas").count() == 0
    results = page.locator(".gk-section").filter(has_text="Mått: senaste bedömning")
    results.get_by_label("Team och mått").select_option(index=0)
    results.get_by_role("button", name="Visa diagram").click()
    page.get_by_text("Visa diagrammet som tabell").wait_for(timeout=60_000)
    page.locator("canvas").first.wait_for(timeout=60_000)
    page.get_by_label("Region", exact=True).select_option(label="Södra exempelregionen (fiktiv)")
    page.get_by_text("2 av 4 team").wait_for()
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
