"""Reading and writing the collaborative's program; the facilitator's session is the actor of every write.

>>> program = get_program(store, collaborative_id)
>>> program.meetings[1].title, program.flags_of(program.meetings[1].id)
('Lärandeseminarium 1', [])
>>> save_meeting(store, facilitator, meeting.id, replace(meeting.details, place="Stadshuset"),
...              expected_version=meeting.version)
>>> next_meeting(store, collaborative_id)       # what a team's Start page shows
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.model import SeminarKind
from workshop.seminars.checks import clean_meeting, program_flags
from workshop.seminars.default import PILOT_PROGRAM, default_dates, planned_details, planned_for
from workshop.seminars.model import AgendaItem, AgendaKind, Meeting, MeetingDetails, Program, Task, TaskKind
from workshop.session import Session, led_collaborative
from workshop.store import Store, claim
from workshop.store.tables import CollaborativeRow, SeminarRow
from workshop.store.tables.seminars import AgendaItemRow, SeminarTaskRow
from workshop.validation import clean_choice


def _meeting_missing() -> NotFound:
    return NotFound(_("The meeting does not exist (it may have been removed)."))


def _meetings(session: DbSession, collaborative_id: int) -> list[Meeting]:
    """The collaborative's meetings by date, in three queries whatever their number."""
    rows = session.scalars(select(SeminarRow).where(SeminarRow.collaborative_id == collaborative_id)
                           .order_by(SeminarRow.date, SeminarRow.id)).all()
    agenda: dict[int, list[AgendaItem]] = {row.id: [] for row in rows}
    tasks: dict[tuple[int, str], list[Task]] = {}
    for item in session.scalars(select(AgendaItemRow).where(AgendaItemRow.collaborative_id == collaborative_id)
                                .order_by(AgendaItemRow.position)):
        agenda[item.seminar_id].append(AgendaItem(item.start_time, item.end_time, item.title,
                                                  AgendaKind(item.kind)))
    for task in session.scalars(select(SeminarTaskRow).where(SeminarTaskRow.collaborative_id == collaborative_id)
                                .order_by(SeminarTaskRow.position)):
        tasks.setdefault((task.seminar_id, task.kind), []).append(Task(text=task.text, step=task.step))
    meetings, number = [], 0
    for row in rows:
        kind = SeminarKind(row.kind)
        number += kind is SeminarKind.LEARNING_SEMINAR
        meetings.append(Meeting(
            date=row.date, start_time=row.start_time, end_time=row.end_time, place=row.place,
            video_link=row.video_link, theme=row.theme, agenda=tuple(agenda[row.id]),
            bring=tuple(tasks.get((row.id, TaskKind.BRING.value), ())),
            next_time=tuple(tasks.get((row.id, TaskKind.NEXT.value), ())),
            id=row.id, collaborative_id=row.collaborative_id, kind=kind,
            number=number if kind is SeminarKind.LEARNING_SEMINAR else 0, version=row.version))
    return meetings


def _program(session: DbSession, collaborative_id: int) -> Program:
    collaborative = session.get(CollaborativeRow, collaborative_id)
    if collaborative is None:
        raise NotFound(_("The collaborative does not exist (it may have been removed)."))
    meetings = _meetings(session, collaborative_id)
    flags = program_flags(meetings, collaborative.period_start, collaborative.period_end)
    return Program(collaborative_id, tuple(meetings), tuple(flags))


def get_program(store: Store, collaborative_id: int) -> Program:
    """Every meeting with its agenda and lists, and what the facilitator should look at once more."""
    with store.reading() as session:
        return _program(session, collaborative_id)


def next_meeting(store: Store, collaborative_id: int, *, today: dt.date | None = None) -> Meeting | None:
    """The first meeting on or after today, with what to bring; None when none is planned."""
    today = today or dt.date.today()
    with store.reading() as session:
        meetings = _meetings(session, collaborative_id)
    return next((meeting for meeting in meetings if meeting.date is not None and meeting.date >= today), None)


def _own_meeting(session: DbSession, collaborative_id: int, meeting_id: int) -> SeminarRow:
    row = session.get(SeminarRow, meeting_id, with_for_update=True) if isinstance(meeting_id, int) else None
    if row is None or row.collaborative_id != collaborative_id:
        raise _meeting_missing()
    return row


def _write(session: DbSession, row: SeminarRow, details: MeetingDetails) -> None:
    """Set the meeting's columns and replace its agenda and lists (positions follow the given order)."""
    if row.date != details.date:
        # The collaborative's form lists the meetings' dates: an open form must not write back the old ones.
        collaborative = session.get(CollaborativeRow, row.collaborative_id)
        assert collaborative is not None  # a meeting's row cascades away with its collaborative
        claim(collaborative, collaborative.version)
    row.date = details.date  # type: ignore[assignment]  # cleaned: a date
    row.start_time, row.end_time = details.start_time, details.end_time  # type: ignore[assignment]
    row.place, row.video_link, row.theme = details.place, details.video_link, details.theme
    for table in (AgendaItemRow, SeminarTaskRow):
        for old in session.scalars(select(table).where(table.seminar_id == row.id)):
            session.delete(old)
    owner = {"seminar_id": row.id, "collaborative_id": row.collaborative_id}
    session.add_all(AgendaItemRow(**owner, position=position, start_time=item.start, end_time=item.end,
                                  title=item.title, kind=item.kind.value)
                    for position, item in enumerate(details.agenda))
    for kind, tasks in ((TaskKind.BRING, details.bring), (TaskKind.NEXT, details.next_time)):
        session.add_all(SeminarTaskRow(**owner, position=position, kind=kind.value, text=task.text, step=task.step)
                        for position, task in enumerate(tasks))


def _meeting_in(session: DbSession, collaborative_id: int, meeting_id: int) -> Meeting:
    session.flush()
    return next(meeting for meeting in _meetings(session, collaborative_id) if meeting.id == meeting_id)


def save_meeting(store: Store, facilitator: Session, meeting_id: int, details: MeetingDetails, *,
                 expected_version: int) -> Meeting:
    """Save the meeting's date, times, place, theme, agenda and lists; all of it, or nothing when one is wrong."""
    collaborative_id = led_collaborative(facilitator)
    details = clean_meeting(details)
    with store.writing(facilitator.actor) as session:
        row = _own_meeting(session, collaborative_id, meeting_id)
        claim(row, expected_version)
        _write(session, row, details)
        return _meeting_in(session, collaborative_id, row.id)


def add_meeting(store: Store, facilitator: Session, kind: SeminarKind | str, details: MeetingDetails) -> Meeting:
    """A new meeting of ``kind``; a meeting without a date is refused."""
    collaborative_id = led_collaborative(facilitator)
    kind = clean_choice(SeminarKind, kind, field="kind")
    details = clean_meeting(details)
    with store.writing(facilitator.actor) as session:
        collaborative = session.get(CollaborativeRow, collaborative_id, with_for_update=True)
        if collaborative is None:
            raise NotFound(_("The collaborative does not exist (it may have been removed)."))
        claim(collaborative, collaborative.version)
        row = SeminarRow(collaborative_id=collaborative_id, kind=kind.value, date=details.date)
        session.add(row)
        session.flush()
        _write(session, row, details)
        return _meeting_in(session, collaborative_id, row.id)


def remove_meeting(store: Store, facilitator: Session, meeting_id: int, *, expected_version: int) -> None:
    """Remove a meeting with its agenda and lists (history keeps them)."""
    collaborative_id = led_collaborative(facilitator)
    with store.writing(facilitator.actor) as session:
        row = _own_meeting(session, collaborative_id, meeting_id)
        claim(row, expected_version)
        collaborative = session.get(CollaborativeRow, collaborative_id)
        assert collaborative is not None
        claim(collaborative, collaborative.version)
        for table in (AgendaItemRow, SeminarTaskRow):  # one by one, so that history keeps each
            for part in session.scalars(select(table).where(table.seminar_id == row.id)):
                session.delete(part)
        session.flush()  # the parts first: the meeting's row would take them with it (ON DELETE CASCADE)
        session.delete(row)


def _empty(meeting: Meeting) -> bool:
    return not (meeting.theme or meeting.agenda or meeting.bring or meeting.next_time)


def apply_default_program(store: Store, facilitator: Session, *, first_date: dt.date | None = None) -> Program:
    """Fill the program as in the pilot (default.py).

    Without meetings: the eight meetings every five weeks from ``first_date`` (or the collaborative's start).
    With meetings: each meeting with no theme, agenda or lists gets them (its date, place and times stay);
    written ones stay as they are.
    """
    collaborative_id = led_collaborative(facilitator)
    with store.writing(facilitator.actor) as session:
        collaborative = session.get(CollaborativeRow, collaborative_id, with_for_update=True)
        if collaborative is None:
            raise NotFound(_("The collaborative does not exist (it may have been removed)."))
        meetings = _meetings(session, collaborative_id)
        if meetings:
            rows = {row.id: row for row in collaborative.seminars}
            for meeting in filter(_empty, meetings):
                planned = planned_details(planned_for(meeting.kind, meeting.number), meeting.date)
                kept = replace(planned, place=meeting.place, video_link=meeting.video_link,
                               start_time=meeting.start_time or planned.start_time,
                               end_time=meeting.end_time or planned.end_time)
                _write(session, rows[meeting.id], clean_meeting(kept))
        else:
            first = first_date or collaborative.period_start
            if first is None:
                raise InvalidInput(_("Give the date of the first meeting, or the collaborative's period first."),
                                   field="date")
            claim(collaborative, collaborative.version)
            for pilot_meeting, date in zip(PILOT_PROGRAM, default_dates(first), strict=True):
                row = SeminarRow(collaborative_id=collaborative_id, kind=pilot_meeting.kind.value, date=date)
                session.add(row)
                session.flush()
                _write(session, row, clean_meeting(planned_details(pilot_meeting, date)))
        session.flush()
        return _program(session, collaborative_id)
