"""The meetings' part of the program page: the facilitator's notes beside the teams' questions, and a team's
questions with the notes to read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.widgets.reading import all_widgets, page_text
from widgets.seminars.program_page import build_program_page
from workshop.model import SeminarKind
from workshop.seminars import MeetingDetails, add_meeting
from workshop.seminars.notes import meeting_notes
from workshop.seminars.questions import questions_for
from workshop.session import join_team, open_as_facilitator

FACILITATOR_CODE = "demo-processledning"
HINT = "aldrig uppgifter om klienter"


@pytest.fixture
def facilitator(seminar_demo_store):
    return open_as_facilitator(seminar_demo_store, 1, FACILITATOR_CODE)


@pytest.fixture
def coming(seminar_demo_store, facilitator):
    """A meeting next week, whatever day the tests run."""
    return add_meeting(seminar_demo_store, facilitator, SeminarKind.LEARNING_SEMINAR,
                       MeetingDetails(dt.date.today() + dt.timedelta(days=7)))


def _control(page, description: str):
    return next(item for item in all_widgets(page.widget) if getattr(item, "description", "") == description)


def _team_page(store, team_id: int, code: str):
    return build_program_page(join_team(store, team_id, code).query(), store)


def test_a_team_sends_a_question_sees_it_and_takes_it_back(seminar_demo_store, facilitator, coming):
    page = _team_page(seminar_demo_store, 1, "demo-team-exempel")
    assert HINT in page_text(page.widget) and "Spara träffens anteckningar" not in page_text(page.widget)
    _control(page, "Träff").value = coming.id
    before = questions_for(seminar_demo_store, facilitator)
    _control(page, "Skicka frågan").click()  # nothing written
    assert page.messages.kind == "warning" and page.messages.text == "Fyll i er fråga."
    _control(page, "Er fråga").value = "x" * 1001
    _control(page, "Skicka frågan").click()
    assert "högst 1000 tecken" in page.messages.text and _control(page, "Er fråga").value == "x" * 1001
    assert questions_for(seminar_demo_store, facilitator) == before
    _control(page, "Er fråga").value = "Hur <b>mäter</b> andra varje vecka?"
    _control(page, "Skicka frågan").click()
    assert page.messages.kind == "success", page.messages.text
    text = page_text(page.widget)
    assert "Hur &lt;b&gt;mäter&lt;/b&gt; andra varje vecka?" in text and "<b>mäter" not in text
    own = [question for question in questions_for(seminar_demo_store, facilitator) if question.team_id == 1]
    assert [(question.meeting_id, question.text) for question in own] == [
        (coming.id, "Hur <b>mäter</b> andra varje vecka?")]
    take_back = next(item for item in all_widgets(page.widget)
                     if getattr(item, "description", "").startswith("Ta tillbaka fråga 1"))
    take_back.click()
    assert page.messages.text == "Frågan togs tillbaka."
    assert questions_for(seminar_demo_store, facilitator) == before


def test_the_facilitator_sees_the_questions_with_team_names_and_writes_the_notes(seminar_demo_store, facilitator,
                                                                                 coming):
    asking = _team_page(seminar_demo_store, 3, "demo-team-aby")
    _control(asking, "Träff").value = coming.id
    _control(asking, "Er fråga").value = "Vilka mått fungerar?"
    _control(asking, "Skicka frågan").click()
    assert asking.messages.kind == "success", asking.messages.text
    page = build_program_page(facilitator.query(), seminar_demo_store)
    _control(page, "Träff").value = coming.id
    text = page_text(page.widget)
    assert "Vilka mått fungerar?" in text and "Fiktiva Åby – tidigt stöd" in text and "Skicka frågan" not in text
    assert "1 fråga" in str(_control(page, "Träff").options)
    _control(page, "Vad samverkan lärde sig").value = "Korta cykler lär oss mest."
    _control(page, "Spara träffens anteckningar").click()
    assert page.messages.kind == "success", page.messages.text
    assert meeting_notes(seminar_demo_store, 1)[coming.id].learned == "Korta cykler lär oss mest."
    stale = build_program_page(facilitator.query(), seminar_demo_store)
    _control(stale, "Träff").value = coming.id
    _control(page, "Frågor till sakkunniga").value = "Fråga till forskarna."
    _control(page, "Spara träffens anteckningar").click()
    _control(stale, "Vad samverkan lärde sig").value = "Äldre text."
    _control(stale, "Spara träffens anteckningar").click()  # read before the save just made
    assert stale.messages.kind == "warning" and _control(stale, "Vad samverkan lärde sig").value == "Äldre text."
    notes = meeting_notes(seminar_demo_store, 1)[coming.id]
    assert (notes.learned, notes.expert_questions) == ("Korta cykler lär oss mest.", "Fråga till forskarna.")
    team_text = page_text(_team_page(seminar_demo_store, 2, "demo-team-pahittsta").widget)
    assert "Anteckningar från träffarna" in team_text and "Fråga till forskarna." in team_text
    assert "Vilka mått fungerar?" not in team_text  # another team's question
