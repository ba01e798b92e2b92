"""Step 6: the team's monthly reports (one per month, with the self-assessment) and its plan for continuing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base, Versioned, utc_now

MONTH_LENGTH = 7
"""``2026-11``."""


def _free_text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="")


class MonthlyReportRow(Versioned, Base):
    """What the team tested, learned and plans next in one month, and its score on the 0.5–5.0 scale."""

    __tablename__ = "monthly_report"
    # Leads with team_id, so it also serves every lookup of a team's reports.
    __table_args__ = (Index("uq_monthly_report_month", "team_id", "month", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False)
    month: Mapped[str] = mapped_column(String(MONTH_LENGTH), nullable=False)
    tested: Mapped[str] = _free_text()
    learned: Mapped[str] = _free_text()
    next_steps: Mapped[str] = _free_text()
    self_score: Mapped[float | None] = mapped_column(Float)
    score_reason: Mapped[str] = _free_text()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class FinalPlanRow(Versioned, Base):
    """The final report's own texts: routines, resources, who owns what, what to tell others; one per team."""

    __tablename__ = "final_plan"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    routines: Mapped[str] = _free_text()
    resources: Mapped[str] = _free_text()
    owners: Mapped[str] = _free_text()
    spread: Mapped[str] = _free_text()
