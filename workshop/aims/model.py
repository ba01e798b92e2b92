"""The team's aim statement and the purpose of its work, as small frozen objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from workshop.i18n import parse_decimal
from workshop.model import details_of


def number_or_none(typed: str) -> Decimal | None:
    """The number a person typed ("20", "12,5"), or ``None`` when it is not a number."""
    try:
        return parse_decimal(typed) if typed.strip() else None
    except ValueError:
        return None


@dataclass(frozen=True)
class AimDetails:
    """What will change, for whom, from baseline to target (in ``unit``), by when.

    ``baseline`` and ``target`` are kept as typed: a draft such as "några fler" is
    saved as it is, and the checks say why it is not yet a number.
    """

    what: str = ""
    for_whom: str = ""
    baseline: str = ""
    target: str = ""
    unit: str = ""
    by_when: dt.date | None = None

    @property
    def baseline_number(self) -> Decimal | None:
        return number_or_none(self.baseline)

    @property
    def target_number(self) -> Decimal | None:
        return number_or_none(self.target)


@dataclass(frozen=True)
class Aim(AimDetails):
    id: int = 0
    team_id: int = 0
    active: bool = False
    version: int = 1
    created_at: dt.datetime | None = field(default=None, compare=False)

    @property
    def details(self) -> AimDetails:
        return details_of(self, AimDetails)


@dataclass(frozen=True)
class PurposeDetails:
    """Why first, then how and what (the golden circle); and the object of the work:
    for whom, which need, which goal."""

    why: str = ""
    how: str = ""
    what: str = ""
    for_whom: str = ""
    need: str = ""
    goal: str = ""


@dataclass(frozen=True)
class Purpose(PurposeDetails):
    team_id: int = 0
    version: int = 0
    """0 while the team has not saved a purpose yet."""

    @property
    def details(self) -> PurposeDetails:
        return details_of(self, PurposeDetails)
