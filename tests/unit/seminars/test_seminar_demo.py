"""The demo gives the facilitator's view something in every table: a program, reports in time, late and
missing, faculty scores beside self-scores, an improvement and a concern, a held meeting's notes and a team's
question for the next."""

from __future__ import annotations

import datetime as dt

from workshop.overview import ReportStatus, SignalKind, collaborative_overview
from workshop.reports.records.faculty_score import list_faculty_scores
from workshop.seminars import get_program
from workshop.seminars.notes import meeting_notes
from workshop.seminars.questions import questions_for
from workshop.session import open_as_facilitator


def test_the_demo_fills_every_table_of_the_facilitators_view(seminar_demo_store, demo_data):
    facilitator = open_as_facilitator(seminar_demo_store, 1, demo_data["facilitator_code"])
    program = get_program(seminar_demo_store, 1)
    assert len(program.meetings) == len(demo_data["seminars"]) and program.flags == ()
    assert all(meeting.theme and meeting.agenda and meeting.bring for meeting in program.meetings)
    overview = collaborative_overview(seminar_demo_store, facilitator)
    assert {SignalKind.IMPROVEMENT, SignalKind.CONCERN} <= {cell.signal for cell in overview.measures}
    assert {ReportStatus.SUBMITTED, ReportStatus.LATE, ReportStatus.MISSING} <= {
        cell.status for cell in overview.reports}
    assert any(cell.gap for cell in overview.scores)
    assert list_faculty_scores(seminar_demo_store, 1)[0].suggestion == "Välj ett utfallsmått och börja mäta."


def test_the_demo_has_notes_of_the_latest_meeting_held_and_a_question_for_the_next(seminar_demo_store, demo_data):
    facilitator = open_as_facilitator(seminar_demo_store, 1, demo_data["facilitator_code"])
    today = dt.date.today()  # the demo is seeded relative to the day it is made
    meetings = get_program(seminar_demo_store, 1).meetings
    held = [meeting for meeting in meetings if meeting.date < today]
    coming = [meeting for meeting in meetings if meeting.date >= today]
    notes = meeting_notes(seminar_demo_store, 1)
    assert list(notes) == ([held[-1].id] if held else [])
    questions = questions_for(seminar_demo_store, facilitator)
    assert [(question.meeting_id, question.team) for question in questions] == (
        [(coming[0].id, "Fiktiva Åby – tidigt stöd")] if coming else [])
