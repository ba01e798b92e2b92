"""A new team's core journey with the keyboard alone: no mouse, no clicks, only Tab, Shift+Tab, Enter, Space, the
arrow keys and typing (WCAG 2.1.1), from the team's own link to a downloaded storyboard.

On the way every control the focus lands on shows it (2.4.7), and after each action the message that says what
happened takes the focus, so a keyboard or screen-reader user learns the result where they are.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.keyboard import Walk
from tests.e2e.live import create_team, open_start, wait_until_saved
from workshop.improvement import Frequency
from workshop.results import period_of_date

COLLABORATIVE = "Tidigt stöd 2027 – med tangentbordet"
TEAM = "Tangby – mottagningen"
MEASURE = "Antal unga vuxna i arbete eller studier"
CYCLE = "Trepartsmöte för en klient"
IDEA = "Trepartsmöte inom två veckor"


def _open_step(walk: Walk, step: str, heading: str, *, backwards: bool = False) -> None:
    """Follow the link to ``step`` ("2. Mål och mått") in the stepper, named with its status, and wait for its
    page."""
    number, title = step.split(". ", 1)
    walk.tab_to(re.compile(rf"{number}\s*\.\s*{re.escape(title)}\s*,\s*[○◐●] .+"), tag="a", backwards=backwards)
    walk.press("Enter")
    walk.page.get_by_role("heading", name=heading).first.wait_for(timeout=90_000)


def _aims_and_measure(walk: Walk) -> None:
    page = walk.page
    _open_step(walk, "2. Mål och mått", "1. Vad vill vi åstadkomma?")
    walk.tab_to("Vad ska förändras")
    walk.type("andelen unga vuxna som får ett trepartsmöte inom två veckor")
    walk.tab_to("För vem")
    walk.type("unga vuxna 18–24 år med försörjningsstöd")
    wait_until_saved(page)  # the aim saves itself as it is typed; its status is a live region

    walk.tab_to("Måttets namn")
    walk.type(MEASURE)
    walk.tab_to("Enhet")
    walk.choose("Antal")
    walk.tab_to("Täljare")
    walk.type("Unga vuxna som börjat arbeta eller studera under veckan")
    walk.tab_to("Lägg till måttet", tag="button")
    walk.press("Enter")
    walk.message_has_focus(f"Måttet ”{MEASURE}” är sparat.")

    # A cycle tests a change idea: the driver diagram gets one, under a primary and a secondary driver.
    walk.tab_to("Ny primär drivkraft")
    walk.type("Snabb kontakt med arbetsmarknaden")
    walk.tab_to("Lägg till den primära drivkraften", tag="button")
    walk.press("Space")
    for field, title, added in (("Ny sekundär drivkraft under 1", "Tidigt möte efter aktualisering",
                                 "Ny förändringsidé 1.1"), ("Ny förändringsidé 1.1", IDEA, "Förändringsidé 1.1.1")):
        walk.tab_to(field)
        walk.type(title)
        walk.tab_to("Lägg till", tag="button")  # the field's own button, right after it
        walk.press("Space")
        page.get_by_label(added, exact=True).wait_for()


def _paste_values(walk: Walk) -> None:
    page = walk.page
    _open_step(walk, "5. Resultat", "Resultat")
    walk.tab_to("Mått", tag="select")
    walk.choose(MEASURE)
    page.get_by_role("heading", name=MEASURE).wait_for()
    values = (1, 2, 3, 4)
    weeks = [period_of_date(dt.date.today() - dt.timedelta(weeks=len(values) - 1 - index), Frequency.WEEK)
             for index in range(len(values))]
    # Copied from a spreadsheet elsewhere: the rows reach the page through the clipboard and Ctrl+V.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("block => navigator.clipboard.writeText(block)",
                  "\n".join(f"{week.label}\t{value}" for week, value in zip(weeks, values, strict=True)))
    walk.tab_to("Klistra in här", tag="textarea")
    walk.press("Control+V")
    walk.tab_to("Spara de inklistrade värdena", tag="button")
    walk.press("Enter")
    walk.message_has_focus("4 nya punkter sparade och 0 uppdaterade.")


def _create_cycle(walk: Walk) -> None:
    page = walk.page
    # Back along the navigation, which stands above the page's body.
    _open_step(walk, "4. PGSA-cykler", "Ny cykel", backwards=True)
    walk.tab_to("Förändringsidé", tag="select")
    walk.choose(IDEA)
    walk.tab_to("Cykelns titel")
    walk.type(CYCLE)
    # Enter on the button right after the last key: the title must arrive whole (a field's text is sent as the
    # focus leaves it, before the click).
    walk.tab_to("Skapa cykeln", tag="button")
    walk.press("Enter")
    walk.message_has_focus("Cykel 1 är skapad. Fyll i Planera först.")
    expect(page.get_by_role("heading", level=2).filter(has_text="Cykel 1:")).to_have_text(f"Cykel 1: {CYCLE}",
                                                                                          timeout=60_000)


def _download_storyboard(walk: Walk, tmp_path: Path) -> Path:
    page = walk.page
    _open_step(walk, "6. Rapport", "Skapa ett dokument")
    walk.tab_to("Storyboard till seminariet", tag="input")  # the chosen one of the documents' radio buttons
    walk.tab_to("PowerPoint", tag="input")
    walk.tab_to("Skapa dokument", tag="button")
    walk.press("Enter")
    walk.message_has_focus("Del 4 av 4: Klart")
    walk.tab_to(re.compile(r"^Ladda ner .+ \(\d+ kB\)$"), tag="a")  # the link stands right after the message
    with page.expect_download() as info:
        walk.press("Enter")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def test_a_team_goes_from_its_link_to_a_downloaded_storyboard_with_the_keyboard_alone(empty_voila_url, new_context,
                                                                                      recorder, tmp_path):
    facilitator, team = new_context(), new_context()
    for context in (facilitator, team):
        context.set_default_timeout(180_000)  # a long walk through six pages on a server the other tests share
    created = create_team(facilitator, empty_voila_url, COLLABORATIVE, TEAM)
    page = open_start(team, created.link)
    page.get_by_role("heading", name="Teamets resa").wait_for(timeout=90_000)
    walk = Walk(page)

    _aims_and_measure(walk)
    _paste_values(walk)
    _create_cycle(walk)
    storyboard = _download_storyboard(walk, tmp_path)

    from pptx import Presentation

    deck = " ".join(shape.text_frame.text for slide in Presentation(storyboard).slides for shape in slide.shapes
                    if shape.has_text_frame)
    assert TEAM in deck and CYCLE in deck

    assert walk.stops > 50
    assert not walk.without_focus_ring, f"no visible focus indicator: {sorted(walk.without_focus_ring)}"
    expect(page.locator("h1")).to_have_count(1)
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
