"""``analyze``: centre line, limits, sigma signals and runs analysis of one series."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from .charts import ChartType, chart_type
from .errors import SPCInputError
from .layout import Layout, make_layout
from .results import Analysis, Phase
from .runs import RULE_SETS, RuleSet, analyse_runs
from .series import Lines, Series


def analyze(
    values: Sequence[Any],
    *,
    denominators: Sequence[Any] | None = None,
    chart: str = "run",
    freeze: int | None = None,
    parts: int | Iterable[int] | None = None,
    exclude: int | Iterable[int] | None = None,
    rules: RuleSet = "anhoej",
    multiply: float = 1,
    screen_mr: bool = True,
) -> Analysis:
    """Analyse a series as a run chart or control chart, with qicharts2's formulas.

    values: one number per point (None or NaN for a missing point, kept on the
        chart but used nowhere); numerators when ``denominators`` are given; for
        ``xbar`` and ``s`` charts, one sequence of measurements per point.
    denominators: required for ``p``, ``pp``, ``u``, ``up`` and ``ip``; optional
        for ``run``, ``i`` and ``mr`` (the chart then shows the ratios).
    chart: one of ``CHART_TYPES``: run, i (XmR), mr, p, pp (P′), u, up (U′), c,
        g, t, xbar, s, ip (I′).
    freeze: last point of the baseline the centre line and limits come from.
    parts: points after which a new phase starts (each with its own centre line,
        limits and runs analysis); cannot be combined with ``freeze``.
    exclude: points left out of every computation but kept on the chart.
    rules: ``"anhoej"`` (default) or ``"ihi"`` (run charts only); see ``runs``.
    multiply: scales values, centre line and limits (e.g. 100 for percent).
    screen_mr: leave moving ranges ≥ 3.267·AMR out of sigma (Nelson), for
        i, t, ip, pp and up charts; on by default, as in qicharts2.

    Point numbers are 1-based, as on the chart. In the runs analysis a point on
    the centre line, or a missing one, neither adds to nor breaks a run; an IHI
    trend skips a value equal to the one before (see ``workshop.spc.runs``).
    Invalid input raises ``SPCInputError`` with a ``code`` from ``ERROR_CODES``.
    """
    kind = chart_type(chart)
    if rules not in RULE_SETS:
        raise SPCInputError("unknown_rules", f"unknown rule set {rules!r}", rules=rules, known=RULE_SETS)
    if rules == "ihi" and kind.name != "run":
        # Control charts use other shift/trend lengths (Provost & Murray: 8 and 6).
        raise SPCInputError("rules_need_run_chart", "the IHI rules are for run charts", chart=kind.name)
    if isinstance(multiply, bool) or not isinstance(multiply, numbers.Real) or not multiply > 0:
        raise SPCInputError("invalid_multiply", f"multiply must be positive: {multiply!r}", value=multiply)

    series = kind.read(values, denominators)
    n_points = series.y.size
    if n_points < 2 or np.count_nonzero(~np.isnan(series.y)) < 2:
        raise SPCInputError("too_few_points", "at least two points with values are needed", phase=None)
    layout = make_layout(n_points, freeze, parts, exclude)

    columns = _Columns()
    phases = []
    for number in range(1, len(layout.bounds) + 1):
        lines, phase = _analyse_phase(kind, series, layout, number, rules, screen_mr, multiply)
        columns.add(lines, multiply)
        phases.append(phase)
    return Analysis(
        chart=kind.name,
        rules=rules,
        multiply=multiply,
        values=columns.values,
        centre_line=columns.centre_line,
        lcl=columns.lcl,
        ucl=columns.ucl,
        sigma_signal=columns.sigma_signal,
        excluded=layout.excluded,
        phases=tuple(phases),
    )


def _analyse_phase(
    kind: ChartType,
    series: Series,
    layout: Layout,
    number: int,
    rules: RuleSet,
    screen_mr: bool,
    multiply: float,
) -> tuple[Lines, Phase]:
    """Lines (before ``multiply``) and summary of phase ``number``."""
    start, stop = layout.bounds[number - 1]
    series = series.slice(start, stop)
    included = layout.included[start:stop]
    base = layout.in_baseline[start:stop] & included
    n_baseline = int(np.count_nonzero(base & ~np.isnan(series.y)))
    if n_baseline < 2:
        raise SPCInputError(
            "too_few_points", f"phase {number} has {n_baseline} usable baseline points", phase=number
        )
    lines = kind.limits(series, base, screen_mr)
    runs = None
    if kind.runs_analysis:
        # Excluded points leave the runs analysis too; `None` keeps the common case fast.
        analysed = None if included.all() else included
        runs = analyse_runs(lines.y, lines.centre, analysed, first_point=start + 1, rules=rules)
    phase = Phase(
        number=number,
        first_point=start + 1,
        last_point=stop,
        last_baseline_point=min(stop, layout.baseline_end),
        n_baseline=n_baseline,
        centre_line=_optional(lines.centre * multiply),
        runs=runs,
    )
    return lines, phase


class _Columns:
    """Per-point tuples of the whole chart, built phase by phase."""

    def __init__(self) -> None:
        self.values: tuple[float | None, ...] = ()
        self.centre_line: tuple[float | None, ...] = ()
        self.lcl: tuple[float | None, ...] = ()
        self.ucl: tuple[float | None, ...] = ()
        self.sigma_signal: tuple[bool, ...] = ()

    def add(self, lines: Lines, multiply: float) -> None:
        size = lines.y.size
        y = lines.y * multiply
        self.values += _optional_floats(y)
        self.centre_line += (_optional(lines.centre * multiply),) * size
        if lines.lower is None or lines.upper is None:  # run charts: no limits, no sigma signals
            self.lcl += (None,) * size
            self.ucl += (None,) * size
            self.sigma_signal += (False,) * size
            return
        lower = np.broadcast_to(np.multiply(lines.lower, multiply), size)
        upper = np.broadcast_to(np.multiply(lines.upper, multiply), size)
        self.lcl += _optional_floats(lower)
        self.ucl += _optional_floats(upper)
        # NaN compares False: a missing value or a missing limit gives no signal.
        self.sigma_signal += tuple(((y > upper) | (y < lower)).tolist())


def _optional(value: float) -> float | None:
    return None if value != value else float(value)  # NaN -> None


def _optional_floats(values: np.ndarray) -> tuple[float | None, ...]:
    floats = values.tolist()
    if np.isnan(values).any():
        return tuple(None if value != value else value for value in floats)
    return tuple(floats)

