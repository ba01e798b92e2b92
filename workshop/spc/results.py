"""The typed, immutable results of an analysis.

Point numbers are 1-based, as on the chart. Per-point results are tuples with
one entry per point (columns, ready for a plotting source); None means "no
value" (a missing point, or no limit for this chart or point).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Rule = Literal["longest_run", "shift", "trend", "crossings"]
Direction = Literal["above", "below", "up", "down"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One pattern that made a rule fire, for a verdict such as
    "9 punkter i rad under medianen — gränsen är 8 för 20 användbara punkter".

    For ``longest_run`` (Anhøj), ``shift`` (IHI) and ``trend`` (IHI) the rule
    fires when ``count > limit``; for ``crossings`` when ``count < limit``.
    """

    rule: Rule
    count: int
    """Points in the run or trend, or the phase's number of crossings."""
    limit: int
    points: tuple[int, ...] = ()
    """Point numbers that were counted: points on the centre line inside a run and
    repeated values inside a trend are skipped. Empty for ``crossings``, which
    concerns the whole phase."""
    direction: Direction | None = None
    """``above``/``below`` the centre line for runs, ``up``/``down`` for trends."""


@dataclass(frozen=True, slots=True)
class Runs:
    """Runs analysis of one phase: the included points against its centre line.

    Points on the centre line and missing values are not useful: they neither
    add to nor break a run. ``longest_run_max`` is the longest run that is not a
    signal (Anhøj: round(log2(n_useful)) + 3; IHI: 5, so a shift is 6 or more),
    ``n_crossings_min`` the fewest crossings that are not a signal (the 5 %
    binomial quantile, used by both rule sets). The trend fields are None under
    the Anhøj rules, which have no trend rule.
    """

    rules: Literal["anhoej", "ihi"]
    n_obs: int
    """Included points of the phase (missing values count, as in qicharts2)."""
    n_useful: int
    longest_run: int
    longest_run_max: int | None
    n_crossings: int
    n_crossings_min: int | None
    longest_trend: int | None
    longest_trend_max: int | None
    signal: bool
    findings: tuple[Finding, ...]
    """The patterns behind ``signal``; empty when there is no signal."""


@dataclass(frozen=True, slots=True)
class Phase:
    number: int
    first_point: int
    last_point: int
    last_baseline_point: int
    """Last point the centre line and limits are computed from (``freeze``)."""
    n_baseline: int
    """Points the centre line and limits come from (excluded and missing ones aside);
    few points give trial limits."""
    centre_line: float | None
    runs: Runs | None
    """None for MR charts, which get no runs analysis."""


@dataclass(frozen=True, slots=True)
class Analysis:
    chart: str
    rules: str
    multiply: float
    values: tuple[float | None, ...]
    """The plotted value of each point, times ``multiply``."""
    centre_line: tuple[float | None, ...]
    lcl: tuple[float | None, ...]
    ucl: tuple[float | None, ...]
    sigma_signal: tuple[bool, ...]
    """Point outside its limits; excluded points are judged too (qicharts2)."""
    excluded: tuple[int, ...]
    phases: tuple[Phase, ...]

    @property
    def runs_signal(self) -> bool:
        """True when the runs analysis of any phase signals."""
        return any(phase.runs is not None and phase.runs.signal for phase in self.phases)

    @property
    def sigma_signal_points(self) -> tuple[int, ...]:
        return tuple(point for point, signal in enumerate(self.sigma_signal, 1) if signal)
