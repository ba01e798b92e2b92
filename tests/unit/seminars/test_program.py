"""The collaborative's program: the pilot's default, saving a meeting, refusals that store nothing, and flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from workshop.collaboratives import get_collaborative, update_collaborative
from workshop.errors import AccessDenied, EditConflict, InvalidInput, NotFound
from workshop.model import SeminarKind
from workshop.seminars import (
    AgendaItem,
    AgendaKind,
    MeetingDetails,
    Task,
    add_meeting,
    apply_default_program,
    get_program,
    next_meeting,
    remove_meeting,
    save_meeting,
)
from workshop.store.tables import HistoryRow

NINE, NOON, THREE = dt.time(9, 0), dt.time(12, 0), dt.time(15, 0)


def test_the_default_program_follows_the_pilot_through_the_journey(store, facilitator):
    program = apply_default_program(store, facilitator)
    kinds = [meeting.kind for meeting in program.meetings]
    assert kinds == [SeminarKind.KICKOFF, *[SeminarKind.LEARNING_SEMINAR] * 6, SeminarKind.FINAL_MEETING]
    assert [meeting.title for meeting in program.meetings[:3]] == [
        "Introduktionsträff", "Lärandeseminarium 1", "Lärandeseminarium 2"]
    assert program.meetings[0].date == dt.date(2026, 9, 1)
    # The work until next time walks the journey's steps in order, each introduced once before the final meeting.
    first_steps = []
    for meeting in program.meetings:
        for task in meeting.next_time:
            if task.step not in first_steps:
                first_steps.append(task.step)
    assert first_steps == ["inventory", "aims", "changes", "pdsa", "results", "reports"]
    assert all(meeting.agenda and meeting.bring for meeting in program.meetings)
    # Every meeting lies within the period and ends its agenda in time: nothing to flag.
    assert program.flags == ()


def test_the_default_fills_empty_meetings_and_keeps_written_ones(store, facilitator):
    first = add_meeting(store, facilitator, SeminarKind.KICKOFF, MeetingDetails(dt.date(2026, 9, 10), place="Aulan"))
    written = add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR,
                          MeetingDetails(dt.date(2026, 10, 8), theme="Vårt eget tema"))
    program = apply_default_program(store, facilitator)
    by_id = {meeting.id: meeting for meeting in program.meetings}
    assert len(program.meetings) == 2
    assert by_id[first.id].place == "Aulan" and by_id[first.id].theme.startswith("Genombrottsmetoden")
    assert by_id[written.id].theme == "Vårt eget tema" and by_id[written.id].agenda == ()


def test_a_saved_meeting_reads_back_whole_with_history(store, facilitator):
    meeting = add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails("2026-10-08"))
    details = MeetingDetails(
        date="2026-10-08", start_time="9.00", end_time="15:00", place="Stadshuset, sal 2",
        video_link="https://möte.example.se/abc", theme="PGSA i praktiken",
        agenda=(AgendaItem("13:00", "15:00", "Eget arbete", AgendaKind.OWN_WORK),
                AgendaItem("9:00", "12:00", "Föreläsning om PGSA", AgendaKind.LECTURE)),
        bring=(Task("Er storyboard", "reports"),), next_time=(Task("Starta en cykel", "pdsa"), Task("Fika", None)))
    saved = save_meeting(store, facilitator, meeting.id, details, expected_version=meeting.version)
    assert saved == get_program(store, facilitator.collaborative_id).meetings[0]
    assert (saved.start_time, saved.end_time, saved.number) == (NINE, THREE, 1)
    assert [item.title for item in saved.agenda] == ["Föreläsning om PGSA", "Eget arbete"]  # by start time
    assert saved.next_time == (Task("Starta en cykel", "pdsa"), Task("Fika", None))
    with store.reading() as session:
        entities = set(session.scalars(select(HistoryRow.entity).where(
            HistoryRow.collaborative_id == facilitator.collaborative_id)))
    assert {"seminar", "seminar_agenda_item", "seminar_task"} <= entities


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"date": None}, "date", "Träffen saknar datum."),
    ({"date": "2026-02-30"}, "date", "Datum: datumet 2026-02-30 finns inte."),
    ({"start_time": "25.00"}, "start_time", "Börjar: skriv tiden som TT:MM"),
    ({"start_time": "15:00", "end_time": "9:00"}, "end_time", "Träffen slutar 09.00, innan det börjar 15.00."),
    ({"agenda": (AgendaItem(NOON, NINE, "Tvärgrupper", AgendaKind.CROSS_GROUPS),)}, "agenda",
     "”Tvärgrupper” slutar 09.00, innan det börjar 12.00."),
    ({"agenda": (AgendaItem(NINE, NOON, "Okänd sort", "dans"),)}, "agenda", "Välj ett av alternativen."),
    ({"video_link": "javascript:alert(1)"}, "video_link", "Videolänken måste vara en webbadress"),
    ({"bring": (Task("Något", "steg9"),)}, "bring", "Välj ett av resans steg, eller inget."),
])
def test_bad_input_is_refused_in_swedish_and_nothing_is_stored(store, facilitator, change, field, message):
    apply_default_program(store, facilitator)
    before = get_program(store, facilitator.collaborative_id)
    meeting = before.meetings[1]
    with pytest.raises(InvalidInput) as refused:
        save_meeting(store, facilitator, meeting.id, replace(meeting.details, **change),
                     expected_version=meeting.version)
    assert (refused.value.field, refused.value.message[:len(message)]) == (field, message)
    assert get_program(store, facilitator.collaborative_id) == before


def test_a_new_meeting_without_a_date_is_refused(store, facilitator):
    with pytest.raises(InvalidInput, match="Träffen saknar datum"):
        add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails())
    assert get_program(store, facilitator.collaborative_id).meetings == ()


def test_only_the_collaboratives_facilitator_writes_the_program(store, facilitator, team_session, other_team):
    apply_default_program(store, facilitator)
    before = get_program(store, facilitator.collaborative_id)
    meeting = before.meetings[0]
    with pytest.raises(AccessDenied):
        save_meeting(store, team_session, meeting.id, meeting.details, expected_version=meeting.version)
    other = replace(facilitator, collaborative_id=other_team.collaborative_id)
    with pytest.raises(AccessDenied):  # a changed id does not match the link's key
        save_meeting(store, other, meeting.id, meeting.details, expected_version=meeting.version)
    assert get_program(store, facilitator.collaborative_id) == before


def test_another_collaboratives_meeting_is_as_good_as_missing(store, facilitator, other_team):
    from workshop.session import open_as_facilitator

    apply_default_program(store, facilitator)
    meeting = get_program(store, facilitator.collaborative_id).meetings[0]
    stranger = open_as_facilitator(store, other_team.collaborative_id, "annan-kod-12")
    with pytest.raises(NotFound, match="Träffen finns inte"):
        save_meeting(store, stranger, meeting.id, meeting.details, expected_version=meeting.version)


def test_flags_dates_outside_the_period_overlaps_and_an_agenda_past_the_day(store, facilitator):
    early = add_meeting(store, facilitator, SeminarKind.KICKOFF, MeetingDetails(dt.date(2026, 8, 20)))
    day = dt.date(2026, 10, 8)
    morning = add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails(
        day, NINE, NOON, agenda=(AgendaItem(NINE, dt.time(12, 30), "Föreläsning", AgendaKind.LECTURE),)))
    later = add_meeting(store, facilitator, SeminarKind.LEARNING_SEMINAR, MeetingDetails(day, dt.time(11, 0), THREE))
    program = get_program(store, facilitator.collaborative_id)
    assert program.flags_of(early.id) == ["Datumet 20 aug. 2026 ligger utanför samverkans period."]
    assert program.flags_of(morning.id) == [
        "Programmet drar över träffens sluttid 12.00: ”Föreläsning” slutar 12.30.",
        "Krockar med Lärandeseminarium 2 den 8 okt. 2026."]
    assert program.flags_of(later.id) == ["Krockar med Lärandeseminarium 1 den 8 okt. 2026."]


def test_a_stale_edit_is_refused(store, facilitator):
    meeting = add_meeting(store, facilitator, SeminarKind.KICKOFF, MeetingDetails(dt.date(2026, 9, 10)))
    save_meeting(store, facilitator, meeting.id, replace(meeting.details, place="A"), expected_version=meeting.version)
    with pytest.raises(EditConflict):
        save_meeting(store, facilitator, meeting.id, replace(meeting.details, place="B"),
                     expected_version=meeting.version)
    assert get_program(store, facilitator.collaborative_id).meetings[0].place == "A"


def test_the_collaboratives_form_keeps_a_moved_meetings_program(store, facilitator):
    apply_default_program(store, facilitator)
    collaborative = get_collaborative(store, facilitator.collaborative_id)
    moved = replace(collaborative.seminars[1], date=dt.date(2026, 10, 15))
    seminars = (collaborative.seminars[0], moved, *collaborative.seminars[2:])
    update_collaborative(store, collaborative.id, replace(collaborative.details, seminars=seminars),
                         expected_version=collaborative.version, actor="test")
    meeting = get_program(store, facilitator.collaborative_id).meetings[1]
    assert meeting.date == dt.date(2026, 10, 15) and meeting.theme.startswith("Mål och mått")


def test_a_program_change_makes_an_open_collaborative_form_stale(store, facilitator):
    collaborative = get_collaborative(store, facilitator.collaborative_id)
    add_meeting(store, facilitator, SeminarKind.KICKOFF, MeetingDetails(dt.date(2026, 9, 10)))
    with pytest.raises(EditConflict):
        update_collaborative(store, collaborative.id, collaborative.details, expected_version=collaborative.version,
                             actor="test")
    assert len(get_program(store, facilitator.collaborative_id).meetings) == 1


def test_next_meeting_and_removal(store, facilitator):
    program = apply_default_program(store, facilitator)
    second = program.meetings[1]
    assert next_meeting(store, facilitator.collaborative_id, today=second.date) == second
    assert next_meeting(store, facilitator.collaborative_id, today=second.date + dt.timedelta(days=1)) == \
        program.meetings[2]
    assert next_meeting(store, facilitator.collaborative_id, today=dt.date(2028, 1, 1)) is None
    remove_meeting(store, facilitator, second.id, expected_version=second.version)
    left = get_program(store, facilitator.collaborative_id).meetings
    assert second.id not in [meeting.id for meeting in left]
    assert [meeting.number for meeting in left[1:3]] == [1, 2]  # the learning seminars are numbered anew
