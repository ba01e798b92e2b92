"""Teams' questions before a meeting: a team asks for an upcoming meeting of its own collaborative, sees and takes
back its own; the facilitator reads every team's with their names; bad input stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.errors import AccessDenied, InvalidInput, NotFound
from workshop.model import SeminarKind, TeamDetails
from workshop.seminars import MeetingDetails, add_meeting
from workshop.seminars.questions import ask_question, questions_for, withdraw_question
from workshop.session import join_team, open_as_facilitator
from workshop.teams import add_team

TODAY = dt.date(2026, 11, 1)


@pytest.fixture
def meetings(store, facilitator):
    held = add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails(dt.date(2026, 10, 8)))
    coming = add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails(dt.date(2026, 11, 12)))
    return held, coming


@pytest.fixture
def second_team(store, facilitator):
    team = add_team(store, facilitator.collaborative_id, TeamDetails("Byby", "Byby kommun"), code="team-kod-byby",
                    actor="test")
    return join_team(store, team.id, "team-kod-byby")


def test_teams_ask_and_see_their_own_the_facilitator_sees_all_with_names(store, facilitator, team_session,
                                                                         second_team, meetings):
    _held, coming = meetings
    asked = ask_question(store, team_session, coming.id, "  Hur gör andra med samtycke?\nOch uppföljning? ",
                         today=TODAY)
    ask_question(store, second_team, coming.id, "Vilka mått fungerar?", today=TODAY)
    assert (asked.team, asked.text, asked.meeting_id) == ("Åby", "Hur gör andra med samtycke?\nOch uppföljning?",
                                                          coming.id)
    assert [question.text for question in questions_for(store, team_session)] == [asked.text]
    assert [(question.team, question.text) for question in questions_for(store, facilitator)] == [
        ("Åby", asked.text), ("Byby", "Vilka mått fungerar?")]


@pytest.mark.parametrize(("text", "message"), [
    ("", "Fyll i er fråga."),
    (" \n\t ", "Fyll i er fråga."),
    ("x" * 1001, "Er fråga får vara högst 1000 tecken (nu 1001)."),
])
def test_an_empty_or_too_long_question_is_refused_in_swedish(store, team_session, meetings, text, message):
    with pytest.raises(InvalidInput) as refused:
        ask_question(store, team_session, meetings[1].id, text, today=TODAY)
    assert refused.value.message == message
    assert questions_for(store, team_session) == []


def test_only_upcoming_meetings_of_the_teams_own_collaborative(store, team_session, meetings, other_team):
    held, _coming = meetings
    with pytest.raises(InvalidInput, match="Den träffen har redan varit"):
        ask_question(store, team_session, held.id, "Sent påtänkt", today=TODAY)
    other_facilitator = open_as_facilitator(store, other_team.collaborative_id, "annan-kod-12")
    elsewhere = add_meeting(store, other_facilitator, SeminarKind.KICKOFF, MeetingDetails(dt.date(2026, 12, 1)))
    for tampered in (elsewhere.id, 9999, str(meetings[1].id), None):
        with pytest.raises(NotFound, match="Träffen finns inte"):
            ask_question(store, team_session, tampered, "Fråga", today=TODAY)
    assert questions_for(store, team_session) == [] and questions_for(store, other_facilitator) == []


def test_a_facilitator_or_a_visitor_cannot_ask(store, facilitator, meetings):
    from workshop.session import Session

    for session in (facilitator, Session()):
        with pytest.raises(AccessDenied):
            ask_question(store, session, meetings[1].id, "Fråga", today=TODAY)
    assert questions_for(store, facilitator) == []


def test_a_team_takes_back_its_own_question_before_the_meeting_only(store, facilitator, team_session, second_team,
                                                                    meetings):
    mine = ask_question(store, team_session, meetings[1].id, "Min fråga", today=TODAY)
    theirs = ask_question(store, second_team, meetings[1].id, "Deras fråga", today=TODAY)
    with pytest.raises(NotFound, match="Frågan finns inte"):
        withdraw_question(store, team_session, theirs.id, today=TODAY)
    with pytest.raises(InvalidInput, match="Träffen har varit"):
        withdraw_question(store, team_session, mine.id, today=dt.date(2026, 11, 13))
    assert len(questions_for(store, facilitator)) == 2
    withdraw_question(store, team_session, mine.id, today=meetings[1].date)
    assert [question.text for question in questions_for(store, facilitator)] == ["Deras fråga"]
