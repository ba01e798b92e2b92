"""Driver diagram, change ideas and measures as small frozen objects (replaced, never mutated)."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.i18n import N_
from workshop.model import LABELS, Choice


class MeasureKind(Choice):
    OUTCOME = "outcome"
    PROCESS = "process"
    BALANCING = "balancing"


class MeasureUnit(Choice):
    COUNT = "count"
    PERCENT = "percent"
    RATE = "rate"
    VALUE = "value"


class Frequency(Choice):
    WEEK = "week"
    MONTH = "month"


class Direction(Choice):
    HIGHER = "higher"
    LOWER = "lower"


class ChartKind(Choice):
    """The charts a team chooses from (names as in ``workshop.spc``)."""

    RUN = "run"
    P = "p"
    U = "u"
    C = "c"
    I = "i"  # noqa: E741 - the chart's name in docs/spc.md and qicharts2


class PreventionLevel(Choice):
    PROMOTION = "promotion"
    PREVENTION = "prevention"
    EARLY_SUPPORT = "early_support"


class Impact(Choice):
    HIGH = "high"
    LOW = "low"


class Effort(Choice):
    EASY = "easy"
    HARD = "hard"


LABELS.update({
    MeasureKind.OUTCOME: N_("Outcome measure"),
    MeasureKind.PROCESS: N_("Process measure"),
    MeasureKind.BALANCING: N_("Balancing measure"),
    MeasureUnit.COUNT: N_("Count"),
    MeasureUnit.PERCENT: N_("Share (%)"),
    MeasureUnit.RATE: N_("Rate (per X)"),
    MeasureUnit.VALUE: N_("Other value (e.g. days)"),
    Frequency.WEEK: N_("Weekly"),
    Frequency.MONTH: N_("Monthly"),
    Direction.HIGHER: N_("Higher is better"),
    Direction.LOWER: N_("Lower is better"),
    ChartKind.RUN: N_("Run chart (median)"),
    ChartKind.P: N_("P chart (shares)"),
    ChartKind.U: N_("U chart (rates)"),
    ChartKind.C: N_("C chart (counts)"),
    ChartKind.I: N_("I chart (individual values)"),
    PreventionLevel.PROMOTION: N_("Promotion"),
    PreventionLevel.PREVENTION: N_("Prevention"),
    PreventionLevel.EARLY_SUPPORT: N_("Early support"),
    Impact.HIGH: N_("High impact"),
    Impact.LOW: N_("Low impact"),
    Effort.EASY: N_("Easy"),
    Effort.HARD: N_("Hard"),
})

SUGGESTED_CHART = {
    MeasureUnit.PERCENT: ChartKind.P,
    MeasureUnit.RATE: ChartKind.U,
    MeasureUnit.COUNT: ChartKind.C,
    MeasureUnit.VALUE: ChartKind.I,
}
"""The control chart that fits a unit (docs/spc.md, chart types); the run chart is always a sound first choice."""


@dataclass(frozen=True, kw_only=True)
class Stored:
    """What the store adds to what a team writes: identity, order, soft removal and version."""

    id: int = 0
    team_id: int = 0
    position: int = 0
    removed: bool = False
    version: int = 1


@dataclass(frozen=True)
class Driver:
    id: int
    team_id: int
    title: str
    parent_id: int | None = None
    position: int = 0
    removed: bool = False
    version: int = 1

    @property
    def is_primary(self) -> bool:
        return self.parent_id is None


@dataclass(frozen=True)
class ChangeIdeaDetails:
    """What a team writes about a change idea; ``catalog_entry`` is the knowledge card it came from."""

    title: str
    description: str = ""
    driver_id: int | None = None
    impact: Impact | None = None
    effort: Effort | None = None
    prevention_level: PreventionLevel | None = None
    catalog_entry: str | None = None


@dataclass(frozen=True)
class ChangeIdea(ChangeIdeaDetails, Stored):
    pass


@dataclass(frozen=True)
class MeasureDetails:
    """A measure with its operational definition (docs/aims.md)."""

    name: str
    kind: MeasureKind = MeasureKind.PROCESS
    unit: MeasureUnit = MeasureUnit.COUNT
    numerator: str = ""
    denominator: str = ""
    rate_per: int | None = None
    fixed_denominator: int | None = None
    inclusion: str = ""
    exclusion: str = ""
    data_source: str = ""
    collector: str = ""
    frequency: Frequency = Frequency.MONTH
    baseline_period: str = ""
    baseline_value: float | None = None
    target_value: float | None = None
    direction: Direction = Direction.HIGHER
    chart: ChartKind = ChartKind.RUN
    driver_id: int | None = None
    catalog_entry: str | None = None


@dataclass(frozen=True)
class Measure(MeasureDetails, Stored):
    pass


@dataclass(frozen=True)
class DriverDiagram:
    """The team's drivers and change ideas that are not removed, in their order."""

    drivers: tuple[Driver, ...] = ()
    change_ideas: tuple[ChangeIdea, ...] = field(default=())

    @property
    def primary(self) -> tuple[Driver, ...]:
        return tuple(driver for driver in self.drivers if driver.is_primary)

    def secondary(self, primary_id: int) -> tuple[Driver, ...]:
        return tuple(driver for driver in self.drivers if driver.parent_id == primary_id)

    def ideas_under(self, driver_id: int | None) -> tuple[ChangeIdea, ...]:
        """Change ideas tied to ``driver_id`` (``None``: ideas not yet tied to a driver)."""
        return tuple(idea for idea in self.change_ideas if idea.driver_id == driver_id)
