"""What a meeting leaves behind: the facilitator's notes (what the collaborative learned, the questions raised for
experts) and the questions teams send the faculty before it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base, Versioned, utc_now

QUESTION_LENGTH = 1000


class MeetingNotesRow(Versioned, Base):
    """The facilitator's notes of one meeting, written during or after it."""

    __tablename__ = "meeting_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False,
                                            unique=True)
    collaborative_id: Mapped[int] = mapped_column(ForeignKey("collaborative.id", ondelete="CASCADE"),
                                                  nullable=False)
    learned: Mapped[str] = mapped_column(Text, nullable=False, default="")
    expert_questions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class TeamQuestionRow(Base):
    """A team's question to the faculty before a meeting, in the team's own words.

    ``team_id`` is nullable in the schema only: the question belongs to its meeting, so it travels in the
    collaborative's backup and not in a team's (which has no meetings); the service always sets it.
    """

    __tablename__ = "team_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    collaborative_id: Mapped[int] = mapped_column(ForeignKey("collaborative.id", ondelete="CASCADE"),
                                                  nullable=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(QUESTION_LENGTH), nullable=False)
    asked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utc_now)
