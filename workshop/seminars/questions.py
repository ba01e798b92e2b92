"""Teams' questions to the faculty before a meeting, in the team's own words.

A team asks for one of its collaborative's meetings that has not been held yet, and may take its question back
until the meeting day; the facilitator reads every team's questions per meeting, the team its own.

>>> ask_question(store, team_session, meeting.id, "Hur gör andra med samtycke till uppföljning?")
>>> questions_for(store, team_session)      # the team's own; a facilitator's session gets every team's
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from workshop.errors import AccessDenied, InvalidInput, NotFound
from workshop.i18n import _
from workshop.seminars.notes import meeting_of
from workshop.session import Role, Session
from workshop.store import Store
from workshop.store.records import team_must_exist
from workshop.store.tables import TeamRow
from workshop.store.tables.meeting_notes import QUESTION_LENGTH, TeamQuestionRow
from workshop.validation import clean_paragraphs


@dataclass(frozen=True)
class TeamQuestion:
    id: int
    meeting_id: int
    team_id: int
    team: str
    """The team's name."""
    text: str
    asked_at: dt.datetime


def _asking_team(session: Session) -> int:
    if session.role is not Role.TEAM or session.team_id is None:
        raise AccessDenied(_("Only a team can send the faculty a question. Open the program with your team's link."))
    return session.team_id


def ask_question(store: Store, team: Session, meeting_id: int, text: str, *,
                 today: dt.date | None = None) -> TeamQuestion:
    """Send the faculty ``text`` for an upcoming meeting of the team's collaborative.

    Refused, with nothing stored: a session that is not a team's, an empty or too long text, a meeting of
    another collaborative and a meeting already held.
    """
    team_id = _asking_team(team)
    text = clean_paragraphs(text, field="question", label=_("Your question"), required=True,
                            max_length=QUESTION_LENGTH)
    today = today or dt.date.today()
    with store.writing(team.actor) as session:
        team_row = team_must_exist(session, team_id)
        meeting = meeting_of(session, team_row.collaborative_id, meeting_id)
        if meeting.date < today:
            raise InvalidInput(_("That meeting has already been held: choose an upcoming meeting."), field="meeting")
        row = TeamQuestionRow(seminar_id=meeting.id, collaborative_id=team_row.collaborative_id, team_id=team_id,
                              text=text)
        session.add(row)
        session.flush()
        return TeamQuestion(row.id, row.seminar_id, team_id, team_row.name, row.text, row.asked_at)


def withdraw_question(store: Store, team: Session, question_id: int, *, today: dt.date | None = None) -> None:
    """Take the team's own question back, until the day of its meeting."""
    team_id = _asking_team(team)
    today = today or dt.date.today()
    with store.writing(team.actor) as session:
        row = session.get(TeamQuestionRow, question_id) if isinstance(question_id, int) else None
        if row is None or row.team_id != team_id:
            raise NotFound(_("The question does not exist (it may have been taken back)."))
        meeting = meeting_of(session, row.collaborative_id, row.seminar_id)
        if meeting.date < today:
            raise InvalidInput(_("The meeting has been held: its questions stay with it."), field="question")
        session.delete(row)


def questions_for(store: Store, session: Session) -> list[TeamQuestion]:
    """What the session may read, in the order asked: a team its own questions, the facilitator every team's."""
    if session.role is Role.FACILITATOR and session.collaborative_id is not None:
        scope = TeamQuestionRow.collaborative_id == session.collaborative_id
    else:
        scope = TeamQuestionRow.team_id == _asking_team(session)
    with store.reading() as db:
        rows = db.execute(select(TeamQuestionRow, TeamRow.name).join(TeamRow, TeamRow.id == TeamQuestionRow.team_id)
                          .where(scope).order_by(TeamQuestionRow.asked_at, TeamQuestionRow.id)).all()
        return [TeamQuestion(row.id, row.seminar_id, row.team_id or 0, name, row.text, row.asked_at)
                for row, name in rows]  # joined with its team: team_id is set
