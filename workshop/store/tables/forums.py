"""Collaboration forums of a collaborative, their seats, self-assessment rounds and anonymous answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop.store.tables import Base, Versioned, utc_now

SHORT_LENGTH = 120
RESPONDENT_LENGTH = 64


def _free_text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="")


class ForumRow(Versioned, Base):
    __tablename__ = "forum"
    __table_args__ = (Index("uq_forum_name_per_collaborative", "collaborative_id", "name_key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    collaborative_id: Mapped[int] = mapped_column(ForeignKey("collaborative.id", ondelete="CASCADE"), nullable=False)
    name: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False)
    name_key: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    meetings_per_year: Mapped[int] = mapped_column(Integer, nullable=False)
    hours_per_meeting: Mapped[float] = mapped_column(Float, nullable=False)
    preparation_hours: Mapped[float] = mapped_column(Float, nullable=False)
    for_whom: Mapped[str] = _free_text()
    need: Mapped[str] = _free_text()
    goal: Mapped[str] = _free_text()
    why: Mapped[str] = _free_text()
    how: Mapped[str] = _free_text()
    what: Mapped[str] = _free_text()
    min_answers: Mapped[int] = mapped_column(Integer, nullable=False)
    member_link_salt: Mapped[str] = mapped_column(String(64), nullable=False)
    """Signs the members' links with the installation's secret; a new salt makes old links stop working."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    seats: Mapped[list[ForumSeatRow]] = relationship(order_by="ForumSeatRow.position", cascade="all, delete-orphan")


class ForumSeatRow(Base):
    __tablename__ = "forum_seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forum.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    organisation: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False)
    role: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False, default="")


class ForumRoundRow(Versioned, Base):
    """A self-assessment round, with what the forum decided after it."""

    __tablename__ = "forum_round"
    __table_args__ = (Index("uq_forum_round_number", "forum_id", "number", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forum.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    act_what: Mapped[str] = _free_text()
    act_who: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False, default="")
    act_by_when: Mapped[dt.date | None] = mapped_column(Date)


class ForumAnswerRow(Versioned, Base):
    """One member's ratings in a round. ``respondent`` is a keyed hash: it names no member and no link."""

    __tablename__ = "forum_answer"
    __table_args__ = (Index("uq_forum_answer_respondent", "round_id", "respondent", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("forum_round.id", ondelete="CASCADE"), nullable=False)
    respondent: Mapped[str] = mapped_column(String(RESPONDENT_LENGTH), nullable=False)
    ratings: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    """Statement key -> rating 1–5; a statement answered "don't know" is left out."""
