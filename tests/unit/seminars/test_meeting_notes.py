"""The meeting's notes: written by the collaborative's facilitator only, with a version; bad input stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from workshop.errors import AccessDenied, EditConflict, InvalidInput, NotFound
from workshop.model import SeminarKind
from workshop.seminars import MeetingDetails, add_meeting, remove_meeting
from workshop.seminars.notes import MeetingNotesDetails, meeting_notes, save_meeting_notes
from workshop.session import open_as_facilitator
from workshop.store.tables import HistoryRow

NOTES = MeetingNotesDetails("Korta cykler ger snabbare lärande.\nSamtycke först.", "Hur mäter vi återaktualisering?")


@pytest.fixture
def meeting(store, facilitator):
    return add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails(dt.date(2026, 10, 8)))


def test_the_facilitator_writes_the_notes_and_an_old_version_is_refused(store, facilitator, meeting):
    saved = save_meeting_notes(store, facilitator, meeting.id, NOTES, expected_version=0)
    assert (saved.learned, saved.expert_questions, saved.version) == (
        "Korta cykler ger snabbare lärande.\nSamtycke först.", "Hur mäter vi återaktualisering?", 1)
    assert meeting_notes(store, facilitator.collaborative_id) == {meeting.id: saved}
    again = save_meeting_notes(store, facilitator, meeting.id, MeetingNotesDetails("Ändrat.", ""),
                               expected_version=saved.version)
    with pytest.raises(EditConflict):
        save_meeting_notes(store, facilitator, meeting.id, NOTES, expected_version=saved.version)
    with pytest.raises(EditConflict):  # a second first save, as from a page opened before the first
        save_meeting_notes(store, facilitator, meeting.id, NOTES, expected_version=0)
    assert meeting_notes(store, facilitator.collaborative_id)[meeting.id] == again
    with store.reading() as session:
        assert "meeting_notes" in set(session.scalars(select(HistoryRow.entity).where(
            HistoryRow.collaborative_id == facilitator.collaborative_id)))


@pytest.mark.parametrize(("details", "field", "message"), [
    (MeetingNotesDetails("", "  \n "), "learned", "Skriv vad samverkan lärde sig eller en fråga till sakkunniga."),
    (MeetingNotesDetails("x" * 20_001), "learned", "Vad samverkan lärde sig får vara högst 20000 tecken"),
    (MeetingNotesDetails("", "Fråga\x07"), "expert_questions", "Frågor till sakkunniga innehåller tecken"),
])
def test_bad_notes_are_refused_in_swedish_and_nothing_is_stored(store, facilitator, meeting, details, field,
                                                                message):
    with pytest.raises(InvalidInput) as refused:
        save_meeting_notes(store, facilitator, meeting.id, details, expected_version=0)
    assert (refused.value.field, refused.value.message[:len(message)]) == (field, message)
    assert meeting_notes(store, facilitator.collaborative_id) == {}


def test_only_the_collaboratives_facilitator_writes_notes(store, facilitator, meeting, team_session, other_team):
    with pytest.raises(AccessDenied):
        save_meeting_notes(store, team_session, meeting.id, NOTES, expected_version=0)
    stranger = open_as_facilitator(store, other_team.collaborative_id, "annan-kod-12")
    for meeting_id in (meeting.id, 9999, "1"):
        with pytest.raises(NotFound, match="Träffen finns inte"):
            save_meeting_notes(store, stranger if meeting_id == meeting.id else facilitator, meeting_id, NOTES,
                               expected_version=0)
    assert meeting_notes(store, facilitator.collaborative_id) == {}


def test_a_removed_meeting_takes_its_notes_along(store, facilitator, meeting):
    save_meeting_notes(store, facilitator, meeting.id, NOTES, expected_version=0)
    remove_meeting(store, facilitator, meeting.id, expected_version=meeting.version)
    assert meeting_notes(store, facilitator.collaborative_id) == {}
