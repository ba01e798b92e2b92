"""Collaboration forums, their self-assessment rounds and the forum's decisions, as small frozen objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workshop.i18n import N_, _
from workshop.model import LABELS, Choice


class ForumLevel(Choice):
    """Where the forum means to have its effect (the source document asks this of every forum)."""

    STRATEGIC = "strategic"
    OPERATIONAL = "operational"
    BOTH = "both"


LABELS.update({
    ForumLevel.STRATEGIC: N_("Strategic"),
    ForumLevel.OPERATIONAL: N_("Operational"),
    ForumLevel.BOTH: N_("Strategic and operational"),
})

RATINGS = (1, 2, 3, 4, 5)
RATING_LABELS = {
    1: N_("Not true at all"),
    2: N_("Mostly not true"),
    3: N_("Partly true"),
    4: N_("Mostly true"),
    5: N_("Completely true"),
}
"""A member's answer to a statement; "don't know" is no rating."""


def rating_label(rating: int) -> str:
    return _(RATING_LABELS[rating])


@dataclass(frozen=True)
class Seat:
    """One person at the forum's table, by organisation and role (never by name)."""

    organisation: str
    role: str = ""


@dataclass(frozen=True)
class ForumDetails:
    """What the facilitator or chair fills in about a forum.

    The object of collaboration follows Danermark (for whom, which need, which goal), the purpose Sinek's
    golden circle in its order (why, then how, then what).
    """

    name: str
    level: ForumLevel | str | None = None
    seats: tuple[Seat, ...] = ()
    meetings_per_year: int | float | str | None = None
    hours_per_meeting: float | str | None = None
    preparation_hours: float | str | None = 0.0
    for_whom: str = ""
    need: str = ""
    goal: str = ""
    why: str = ""
    how: str = ""
    what: str = ""
    min_answers: int | str | None = 3


@dataclass(frozen=True)
class Forum(ForumDetails):
    id: int = 0
    collaborative_id: int = 0
    version: int = 1

    @property
    def organisations(self) -> tuple[str, ...]:
        """Each organisation at the table once, in the order they were written."""
        return tuple(dict.fromkeys(seat.organisation for seat in self.seats))


@dataclass(frozen=True)
class ActDetails:
    """What the forum decided to change after a round (a small Agera)."""

    what: str = ""
    who: str = ""
    by_when: dt.date | str | None = None


@dataclass(frozen=True)
class Round:
    """One self-assessment round of a forum; the latest round is the one members answer."""

    id: int
    forum_id: int
    number: int
    started_on: dt.date
    answers: int
    act: ActDetails = field(default_factory=ActDetails)
    version: int = 1
