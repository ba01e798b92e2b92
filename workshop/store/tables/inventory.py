"""Step 1: saved inventories (counts only, never rows), mapping profiles, expectations and notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop.store.tables import Base, Versioned, utc_now

CATEGORY_LENGTH = 200


class InventoryRow(Versioned, Base):
    """One dated inventory of a team, with the target group chosen from it."""

    __tablename__ = "inventory"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True)
    inventory_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    excluded: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    age_edges: Mapped[list] = mapped_column(JSON, nullable=False)
    target_filters: Mapped[dict | None] = mapped_column(JSON)
    target_count: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    counts: Mapped[list[InventoryCountRow]] = relationship(cascade="all, delete-orphan")


class InventoryCountRow(Base):
    """One count of an inventory in one or two dimensions (e.g. age band × sex)."""

    __tablename__ = "inventory_count"
    __table_args__ = (Index("ix_inventory_count_inventory_dimension", "inventory_id", "dimension"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inventory_id: Mapped[int] = mapped_column(ForeignKey("inventory.id", ondelete="CASCADE"), nullable=False)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=False)
    dimension: Mapped[str] = mapped_column(String(32), nullable=False)
    category: Mapped[str] = mapped_column(String(CATEGORY_LENGTH), nullable=False)
    subcategory: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class InventoryProfileRow(Versioned, Base):
    """The team's confirmed column roles, offered again at the next import."""

    __tablename__ = "inventory_profile"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    roles: Mapped[dict] = mapped_column(JSON, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class InventoryNotesRow(Versioned, Base):
    """The team's expectations of the work and its notes on the inventory."""

    __tablename__ = "inventory_notes"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    expectations: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
