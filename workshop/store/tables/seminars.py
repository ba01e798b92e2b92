"""The collaborative's program: each meeting's time and place, its agenda, what to bring and the work until the
next meeting; each meeting's cross-groups; and the faculty's monthly score of each team on the assessment scale.

A meeting is a row of ``seminar`` (the collaborative's form sets its kind and date); the program adds the rest.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base, Versioned, utc_now

TITLE_LENGTH = 200
PLACE_LENGTH = 300
CHOICE_LENGTH = 32


def _seminar_id() -> Mapped[int]:
    return mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False, index=True)


def _collaborative_id() -> Mapped[int]:
    """Kept on each part too, so that history files it under the collaborative and a backup renumbers it."""
    return mapped_column(ForeignKey("collaborative.id", ondelete="CASCADE"), nullable=False)


class AgendaItemRow(Base):
    """One item of a meeting's agenda: from when to when, what, and what kind of work."""

    __tablename__ = "seminar_agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = _seminar_id()
    collaborative_id: Mapped[int] = _collaborative_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    start_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    end_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False)
    kind: Mapped[str] = mapped_column(String(CHOICE_LENGTH), nullable=False)


class SeminarTaskRow(Base):
    """A line of "bring to the meeting" or "until next time", tied to a step of the team's journey or not."""

    __tablename__ = "seminar_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = _seminar_id()
    collaborative_id: Mapped[int] = _collaborative_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(CHOICE_LENGTH), nullable=False)
    """``bring`` or ``next``."""
    text: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False)
    step: Mapped[str | None] = mapped_column(String(CHOICE_LENGTH))


class CrossGroupsRow(Versioned, Base):
    """A meeting's saved cross-groups: one row per meeting, claimed on every save (a re-draw replaces them)."""

    __tablename__ = "cross_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False,
                                            unique=True)
    collaborative_id: Mapped[int] = _collaborative_id()
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    """The largest group asked for."""
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


NAME_LENGTH = 40


class CrossGroupMemberRow(Base):
    """One participant (staff, never a client) in one of a meeting's cross-groups."""

    __tablename__ = "cross_group_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    cross_groups_id: Mapped[int] = mapped_column(ForeignKey("cross_groups.id", ondelete="CASCADE"), nullable=False,
                                                 index=True)
    collaborative_id: Mapped[int] = _collaborative_id()
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    """Never empty when saved. Not a column the row belongs to: the groups are the meeting's, so a team's backup
    leaves them out; removing a team removes its people's names from the groups too."""
    group_number: Mapped[int] = mapped_column(Integer, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    """The place in the team's list, which names a person when the team gave only a count."""
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), nullable=False, default="")
    """A first name, or empty when the team gave only a count."""
    host: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class FacultyScoreRow(Versioned, Base):
    """The facilitators' score of a team for one month on the 0.5–5.0 scale, why, and what they suggest."""

    __tablename__ = "faculty_score"
    __table_args__ = (Index("uq_faculty_score_month", "team_id", "month", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    score: Mapped[float] = mapped_column(Float, nullable=False)
    justification: Mapped[str] = mapped_column(Text, nullable=False, default="")
    suggestion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
