"""Step 3: the team's support map (kartläggning av stöd och insatser) and the needs it is read against."""

from __future__ import annotations

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop.store.tables import Base
from workshop.store.tables.improvement import _TeamOwned

NAME_LENGTH = 300
NEED_LENGTH = 120


class SupportRow(_TeamOwned, Base):
    """A support or intervention inside or outside the organisation, and the needs it covers."""

    __tablename__ = "support"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), nullable=False)
    provider: Mapped[str] = mapped_column(String(NAME_LENGTH), nullable=False, default="")
    scope: Mapped[str] = mapped_column(String(8), nullable=False)
    target_groups: Mapped[str] = mapped_column(Text, nullable=False, default="")
    need_keys: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    """Stable keys of the needs it covers, never labels: ``reason:unemployment``, ``age:18-24``,
    ``insats:Arbetsträning``, ``typed:<support_need.id>`` (see workshop.support_map.keys)."""
    prevention_level: Mapped[str | None] = mapped_column(String(32))
    how_to_reach: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact: Mapped[str] = mapped_column(String(NAME_LENGTH), nullable=False, default="")


class SupportNeedRow(_TeamOwned, Base):
    """A need the team typed itself (one the inventory cannot show); supports refer to it as ``typed:<id>``.

    Removal is soft so that supports keep covering it and typing it again restores it."""

    __tablename__ = "support_need"

    label: Mapped[str] = mapped_column(String(NEED_LENGTH), nullable=False)
