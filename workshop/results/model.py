"""A measure's stored points and phases, as small frozen objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.improvement import Measure, MeasureUnit
from workshop.results.periods import Period


def uses_denominator(measure: Measure) -> bool:
    """Shares and rates are entered as numerator and denominator; counts and values as one value."""
    return measure.unit in (MeasureUnit.PERCENT, MeasureUnit.RATE)


@dataclass(frozen=True)
class PointEntry:
    """One point as typed, pasted or imported: numbers or text, checked by ``clean_entries``.

    ``note=None`` keeps a stored note; ``where`` names the entry in messages
    (e.g. "Rad 3"); the period's label is used when it is empty.
    """

    period: str
    value: str | float | None = None
    numerator: str | float | None = None
    denominator: str | float | None = None
    note: str | None = None
    where: str = ""


@dataclass(frozen=True)
class Point:
    period: Period
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    note: str = ""
    exclusion_reason: str | None = None
    id: int = 0
    version: int = 1

    @property
    def excluded(self) -> bool:
        return self.exclusion_reason is not None


@dataclass(frozen=True)
class PhaseStart:
    """A new phase of the chart from ``first_period`` on, confirmed by the team with a reason."""

    first_period: Period
    reason: str
    id: int = 0
    created_at: dt.datetime | None = None
    version: int = 1


@dataclass(frozen=True)
class MeasureSeries:
    """Everything stored for one measure's chart, points in time order."""

    measure: Measure
    points: tuple[Point, ...] = ()
    phases: tuple[PhaseStart, ...] = ()
