"""Step 2: the team's aims (several over time, one active) and the purpose of its work."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base, Versioned, utc_now

AIM_TEXT_LENGTH = 300
AIM_NUMBER_LENGTH = 40


class AimRow(Versioned, Base):
    """An aim statement as the team wrote it; numbers are kept as typed so a draft is never lost."""

    __tablename__ = "aim"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True)
    what: Mapped[str] = mapped_column(String(AIM_TEXT_LENGTH), nullable=False, default="")
    for_whom: Mapped[str] = mapped_column(String(AIM_TEXT_LENGTH), nullable=False, default="")
    baseline: Mapped[str] = mapped_column(String(AIM_NUMBER_LENGTH), nullable=False, default="")
    target: Mapped[str] = mapped_column(String(AIM_NUMBER_LENGTH), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(AIM_NUMBER_LENGTH), nullable=False, default="")
    by_when: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class PurposeRow(Versioned, Base):
    """Why – how – what, and the object of the work (for whom, which need, which goal): one per team."""

    __tablename__ = "purpose"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    why: Mapped[str] = mapped_column(Text, nullable=False, default="")
    how: Mapped[str] = mapped_column(Text, nullable=False, default="")
    what: Mapped[str] = mapped_column(Text, nullable=False, default="")
    for_whom: Mapped[str] = mapped_column(Text, nullable=False, default="")
    need: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goal: Mapped[str] = mapped_column(Text, nullable=False, default="")
