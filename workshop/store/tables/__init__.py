"""Database tables (SQLAlchemy 2 ORM). Change them only together with a migration."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class Versioned:
    """Optimistic concurrency: every UPDATE is guarded by ``WHERE version = <the version read>``.

    Services raise the version themselves (see ``workshop.store.claim``), so a
    change of child rows alone (members, seminars) counts as an edit too.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # Declarative gives each mapped subclass its __table__; the mixin itself cannot declare it.
        return {"version_id_col": cls.__table__.c.version,  # type: ignore[attr-defined]
                "version_id_generator": False}


class InstanceSetting(Base):
    __tablename__ = "instance_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class CollaborativeRow(Versioned, Base):
    __tablename__ = "collaborative"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    name_key: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    area: Mapped[str] = mapped_column(String(32), nullable=False)
    region: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    report_due_day: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    facilitator_code_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    seminars: Mapped[list[SeminarRow]] = relationship(
        order_by="SeminarRow.date", cascade="all, delete-orphan"
    )
    teams: Mapped[list[TeamRow]] = relationship(
        back_populates="collaborative", order_by="TeamRow.name_key"
    )


class SeminarRow(Versioned, Base):
    """A meeting of the collaborative; its agenda and lists are in ``workshop.store.tables.seminars``."""

    __tablename__ = "seminar"

    id: Mapped[int] = mapped_column(primary_key=True)
    collaborative_id: Mapped[int] = mapped_column(
        ForeignKey("collaborative.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    video_link: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    theme: Mapped[str] = mapped_column(Text, nullable=False, default="")


class TeamRow(Versioned, Base):
    __tablename__ = "team"
    __table_args__ = (Index("uq_team_name_per_collaborative", "collaborative_id", "name_key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    collaborative_id: Mapped[int] = mapped_column(
        ForeignKey("collaborative.id", ondelete="RESTRICT"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    name_key: Mapped[str] = mapped_column(String(120), nullable=False)
    municipality: Mapped[str] = mapped_column(String(120), nullable=False)
    unit: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    area: Mapped[str] = mapped_column(String(32), nullable=False)
    region: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    """The team's regional support structure (RSS), by which a regional contact filters the overview."""
    code_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    collaborative: Mapped[CollaborativeRow] = relationship(back_populates="teams")
    members: Mapped[list[MemberRow]] = relationship(
        order_by="MemberRow.position", cascade="all, delete-orphan"
    )
    progress: Mapped[list[StepProgressRow]] = relationship(cascade="all, delete-orphan")


class MemberRow(Base):
    __tablename__ = "team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="")


class StepProgressRow(Versioned, Base):
    __tablename__ = "step_progress"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    step: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(32), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )


class HistoryRow(Base):
    """Who changed what, and when. Never holds codes or client data."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, server_default=func.now())
    actor: Mapped[str] = mapped_column(String(120), nullable=False)
    collaborative_id: Mapped[int | None] = mapped_column(Integer, index=True)
    team_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(32), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    changes: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)


class AccessFailure(Base):
    """A wrong code typed for a team or collaborative; no code, no person, only when."""

    __tablename__ = "access_failure"
    __table_args__ = (Index("ix_access_failure_subject_at", "subject", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# Each step's tables, so that the metadata (and the migration check) knows them all.
from workshop.store.tables import (  # noqa: E402,F401
    aims,
    changes,
    forums,
    improvement,
    inventory,
    meeting_notes,
    pdsa,
    reports,
    results,
    seminars,
)
