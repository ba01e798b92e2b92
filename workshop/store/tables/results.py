"""Measurement points and phases of a team's measures (step 5).

One row per measure and period. A point is excluded when it has an exclusion
reason: it stays on the chart but is left out of every computation.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base, Versioned, utc_now

PERIOD_LENGTH = 8
"""``2026-W05`` (ISO week) or ``2026-01`` (month)."""


class _MeasureOwned(Versioned):
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class ResultPointRow(_MeasureOwned, Base):
    __tablename__ = "result_point"
    __table_args__ = (Index("uq_result_point_period", "measure_id", "period", unique=True),)

    period: Mapped[str] = mapped_column(String(PERIOD_LENGTH), nullable=False)
    value: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    exclusion_reason: Mapped[str | None] = mapped_column(Text)


class ResultPhaseRow(_MeasureOwned, Base):
    """A new phase of a measure's chart, starting at ``first_period``, with the team's reason."""

    __tablename__ = "result_phase"
    __table_args__ = (Index("uq_result_phase_period", "measure_id", "first_period", unique=True),)

    first_period: Mapped[str] = mapped_column(String(PERIOD_LENGTH), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
