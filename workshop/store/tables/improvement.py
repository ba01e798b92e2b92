"""The team's driver diagram, change ideas and measures: shared by steps 2–5.

Rows are removed softly (``removed_at``) so a removal can be undone and the
PDSA cycles and charts that point at them keep their history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base, Versioned, utc_now

TITLE_LENGTH = 300


class _TeamOwned(Versioned):
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class DriverRow(_TeamOwned, Base):
    """A primary driver (no parent) or a secondary driver under a primary one."""

    __tablename__ = "driver"

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("driver.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False)


class ChangeIdeaRow(_TeamOwned, Base):
    __tablename__ = "change_idea"

    driver_id: Mapped[int | None] = mapped_column(ForeignKey("driver.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    impact: Mapped[str | None] = mapped_column(String(8))
    effort: Mapped[str | None] = mapped_column(String(8))
    prevention_level: Mapped[str | None] = mapped_column(String(32))
    catalog_entry: Mapped[str | None] = mapped_column(String(80))


class MeasureRow(_TeamOwned, Base):
    __tablename__ = "measure"

    name: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    unit: Mapped[str] = mapped_column(String(16), nullable=False)
    rate_per: Mapped[int | None] = mapped_column(Integer)
    numerator: Mapped[str] = mapped_column(Text, nullable=False, default="")
    denominator: Mapped[str] = mapped_column(Text, nullable=False, default="")
    fixed_denominator: Mapped[int | None] = mapped_column(Integer)
    inclusion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    exclusion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    data_source: Mapped[str] = mapped_column(Text, nullable=False, default="")
    collector: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False, default="")
    frequency: Mapped[str] = mapped_column(String(8), nullable=False)
    baseline_period: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    target_value: Mapped[float | None] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(8), nullable=False)
    chart: Mapped[str] = mapped_column(String(8), nullable=False)
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("driver.id", ondelete="SET NULL"))
    catalog_entry: Mapped[str | None] = mapped_column(String(80))
