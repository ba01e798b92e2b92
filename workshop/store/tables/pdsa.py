"""PDSA cycles (PGSA) with their questions, task lists and data plans (step 4).

A cycle keeps its change idea's id even when the idea is removed softly, so
the ramp of cycles and what the team learned stay readable.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop.store.tables import Base, Versioned, utc_now
from workshop.store.tables.improvement import TITLE_LENGTH

SHORT_LENGTH = 120
CHOICE_LENGTH = 16


def _team_id() -> Mapped[int]:
    return mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True)


def _cycle_id() -> Mapped[int]:
    return mapped_column(ForeignKey("pdsa_cycle.id", ondelete="CASCADE"), nullable=False, index=True)


def _free_text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="")


class PdsaCycleRow(Versioned, Base):
    """One cycle's worksheet: header and Planera, Göra, Studera and Agera."""

    __tablename__ = "pdsa_cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_id()
    change_idea_id: Mapped[int | None] = mapped_column(ForeignKey("change_idea.id", ondelete="SET NULL"))
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("pdsa_cycle.id", ondelete="SET NULL"))
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH), nullable=False)
    owner: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    purpose: Mapped[str | None] = mapped_column(String(CHOICE_LENGTH))
    scale: Mapped[str | None] = mapped_column(String(CHOICE_LENGTH))
    status: Mapped[str] = mapped_column(String(CHOICE_LENGTH), nullable=False)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    study_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    plan: Mapped[str] = _free_text()
    data_collection: Mapped[str] = _free_text()
    what_happened: Mapped[str] = _free_text()
    problems: Mapped[str] = _free_text()
    surprises: Mapped[str] = _free_text()
    learned: Mapped[str] = _free_text()
    decision: Mapped[str | None] = mapped_column(String(CHOICE_LENGTH))
    act_changes: Mapped[str] = _free_text()
    next_steps: Mapped[str] = _free_text()
    next_scale: Mapped[str | None] = mapped_column(String(CHOICE_LENGTH))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    questions: Mapped[list[PdsaQuestionRow]] = relationship(
        order_by="PdsaQuestionRow.position", cascade="all, delete-orphan"
    )
    tasks: Mapped[list[PdsaTaskRow]] = relationship(order_by="PdsaTaskRow.position", cascade="all, delete-orphan")
    measures: Mapped[list[PdsaCycleMeasureRow]] = relationship(
        order_by="PdsaCycleMeasureRow.measure_id", cascade="all, delete-orphan"
    )


class PdsaQuestionRow(Base):
    """What the cycle wants to learn, the prediction, and (Studera) what happened."""

    __tablename__ = "pdsa_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_id()
    cycle_id: Mapped[int] = _cycle_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    prediction: Mapped[str] = _free_text()
    observed: Mapped[str] = _free_text()


class PdsaTaskRow(Base):
    """One line of Planera's task list: what, who, when."""

    __tablename__ = "pdsa_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_id()
    cycle_id: Mapped[int] = _cycle_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    who: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False, default="")
    when: Mapped[str] = mapped_column(String(SHORT_LENGTH), nullable=False, default="")


class PdsaCycleMeasureRow(Base):
    """The data plan: a measure (step 2) the cycle follows."""

    __tablename__ = "pdsa_cycle_measure"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("pdsa_cycle.id", ondelete="CASCADE"), primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)
    team_id: Mapped[int] = _team_id()
