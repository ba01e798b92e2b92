"""The Samverkansforum page and the member's answer page, driven without a kernel on the demo data."""

from __future__ import annotations

import pytest

from tests.widgets.reading import all_widgets, page_text
from widgets.forums.answer_page import build_answer_page
from widgets.forums.page import ForumView, NotFacilitatorView, OverviewView, build_forums_page
from workshop.forums.forums import list_forums
from workshop.forums.links import member_links
from workshop.session import open_as_facilitator

AGENDA = "before.agenda_shared"


@pytest.fixture
def facilitator(demo_store, demo_data):
    return open_as_facilitator(demo_store, 1, demo_data["facilitator_code"])


@pytest.fixture
def page(demo_store, facilitator):
    return build_forums_page(facilitator.query(), demo_store)


def _fill(form, *, meetings: str = "4") -> None:
    form.texts["name"].value = "Styrgrupp för tidigt stöd"
    form.texts["level"].value = form.texts["level"].options[1][1]
    form.seats.value = "Exempelstaden – Enhetschef\nFiktiva regionen – Verksamhetschef\nArbetsförmedlingen – Chef"
    form.meetings.value, form.hours.value, form.preparation.value = meetings, "2", "0,5"


def _click(view, label: str) -> None:
    next(one for one in all_widgets(view) if getattr(one, "description", "") == label).click()


def test_only_a_facilitator_reaches_the_forums(demo_store):
    assert isinstance(build_forums_page("lang=sv", demo_store).view, NotFacilitatorView)


def test_the_overview_shows_the_demo_forums_hours_and_comparison(page):
    assert isinstance(page.view, OverviewView)
    text = page_text(page.widget)
    assert "Självskattning sida vid sida" in text and "Fiktiva samrådsteamet – snabb handläggning" in text


def test_a_forum_with_no_meetings_is_refused_and_nothing_is_added(page, demo_store, facilitator):
    _fill(page.view.form, meetings="0")
    _click(page.widget, "Lägg till forumet")
    assert "Möten per år måste vara mer än 0" in page.messages.widget.value
    assert len(list_forums(demo_store, facilitator)) == 2


def test_three_members_answer_and_the_result_appears_after_the_third(page, demo_store, facilitator):
    _fill(page.view.form)
    _click(page.widget, "Lägg till forumet")
    assert isinstance(page.view, ForumView)
    _click(page.widget, "Starta den första omgången")
    forum_id = page.view.forum_id
    links = member_links(demo_store, facilitator, forum_id)
    for number, link in enumerate(links):
        answering = build_answer_page(link.query(), demo_store)
        answering.view.choices[AGENDA].value = number + 2
        _click(answering.widget, "Skicka mitt svar")
        assert "Ditt svar på omgång 1 är sparat" in answering.messages.widget.value
        page.redraw()
        shown = page_text(page.widget)
        assert ("Resultatet visas när minst 3 medlemmar har svarat" in shown) == (number < 2)
    page.view.act["what"].value = "Agendan tas fram gemensamt"
    _click(page.widget, "Spara beslutet")
    assert "Agendan tas fram gemensamt" in page_text(page.widget)
    _click(page.widget, "Starta en ny omgång")
    assert "Självskattning, omgång 2" in page_text(page.widget)
