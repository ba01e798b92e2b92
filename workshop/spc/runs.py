"""Runs analysis with two rule sets.

``anhoej`` (default, as qicharts2): a run longer than round(log2(n) + 3) or fewer
crossings than the 5 % quantile of Binomial(n - 1, 0.5) signals, n being the
number of useful points. Both inequalities are strict: a run exactly at the
limit, or crossings exactly at the minimum, is not a signal.

``ihi`` (Perla, Provost & Murray 2011, the run-chart rules taught in Swedish QI
training): a shift is 6 or more points in a row on one side of the centre line;
a trend is 5 or more points in a row each higher (or each lower) than the one
before; too few runs is judged by the Anhøj crossings rule, which is exact,
where the printed IHI runs table could not be verified (too many runs is not
judged). The astronomical point is a judgement, not a computation.

Tie semantics (both rule sets): a point exactly on the centre line is not
useful, it neither adds to nor breaks a run (so a run may pass over it). In a
trend, a value equal to the one before it is skipped: it neither adds to nor
breaks the trend. Missing values are skipped alike.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Literal

import numpy as np

from .results import Direction, Finding, Rule, Runs

RuleSet = Literal["anhoej", "ihi"]
RULE_SETS: tuple[RuleSet, ...] = ("anhoej", "ihi")

IHI_LONGEST_RUN_MAX = 5
"""A shift is 6 or more points on one side."""
IHI_LONGEST_TREND_MAX = 4
"""A trend is 5 or more points going up (or down)."""


@cache
def longest_run_max(n_useful: int) -> int:
    """Longest run that is not a signal (Schilling 2012; log2(n) is never x.5, so rounding is safe)."""
    return round(math.log2(n_useful)) + 3


@cache
def crossings_min(n_useful: int) -> int:
    """qbinom(0.05, n_useful - 1, 0.5): the smallest c with P(C <= c) >= 0.05.

    Exact in integers: P(C <= c) = Σ comb(m, k) / 2**m, and >= 1/20 is
    20·Σ comb(m, k) >= 2**m (never equal: 2**m has no factor 5).
    """
    trials = max(n_useful - 1, 0)
    total, cumulative = 2**trials, 0
    for crossings in range(trials + 1):
        cumulative += math.comb(trials, crossings)
        if 20 * cumulative >= total:
            return crossings
    raise AssertionError("unreachable: the cumulative probability reaches 1")


def analyse_runs(
    values: np.ndarray,
    centre_line: float,
    included: np.ndarray | None = None,
    *,
    first_point: int = 1,
    rules: RuleSet = "anhoej",
) -> Runs:
    """Runs analysis of ``values`` (NaN = missing) against ``centre_line``.

    ``included`` (default: all) marks the points analysed; ``first_point`` is the
    chart's number of ``values[0]``, used for the findings' point numbers.
    """
    observed = values if included is None else values[included]
    sides = np.sign(observed - centre_line)
    useful = np.abs(sides) == 1  # drops points on the centre line (0) and missing ones (NaN)
    signs = sides[useful]
    n_useful = signs.size
    is_ihi = rules == "ihi"
    findings: list[Finding] = []
    run_limit: int | None
    crossing_limit: int | None

    if n_useful:
        run_ends = np.flatnonzero(signs[1:] != signs[:-1])
        n_crossings = run_ends.size
        run_lengths = _lengths(run_ends, n_useful)
        longest_run = int(run_lengths.max())
        run_limit = IHI_LONGEST_RUN_MAX if is_ihi else longest_run_max(n_useful)
        crossing_limit = crossings_min(n_useful)
        if longest_run > run_limit:
            points = _point_numbers(observed.size, included, first_point)[useful]
            rule: Rule = "shift" if is_ihi else "longest_run"
            findings += _patterns(rule, run_lengths, signs, points, run_limit, ("above", "below"))
    else:  # nothing to judge: no limits, no signal
        n_crossings = longest_run = 0
        run_limit = crossing_limit = None

    longest_trend = trend_limit = None
    if is_ihi:
        trend_limit = IHI_LONGEST_TREND_MAX
        points = _point_numbers(observed.size, included, first_point)
        longest_trend, trends = _trends(observed, points, trend_limit)
        findings += trends
    if crossing_limit is not None and n_crossings < crossing_limit:
        findings.append(Finding("crossings", n_crossings, crossing_limit))

    return Runs(
        rules=rules,
        n_obs=observed.size,
        n_useful=n_useful,
        longest_run=longest_run,
        longest_run_max=run_limit,
        n_crossings=n_crossings,
        n_crossings_min=crossing_limit,
        longest_trend=longest_trend,
        longest_trend_max=trend_limit,
        signal=bool(findings),
        findings=tuple(findings),
    )


def _lengths(ends: np.ndarray, size: int) -> np.ndarray:
    """Lengths of the stretches of ``size`` items that end after indices ``ends`` (and at the end)."""
    bounds = np.concatenate(((-1,), ends, (size - 1,)))
    return bounds[1:] - bounds[:-1]


def _point_numbers(size: int, included: np.ndarray | None, first_point: int) -> np.ndarray:
    positions = np.arange(size) if included is None else np.flatnonzero(included)
    return positions + first_point


def _patterns(
    rule: Rule,
    lengths: np.ndarray,
    directions: np.ndarray,
    points: np.ndarray,
    limit: int,
    labels: tuple[Direction, Direction],
    extra_point: int = 0,
) -> list[Finding]:
    """A finding for each stretch with more than ``limit`` points.

    Stretch i starts where the earlier ones end and spans ``lengths[i] +
    extra_point`` of ``points`` (a trend of k steps spans k + 1 points); its
    direction is ``labels[0]`` where ``directions`` is positive, else ``labels[1]``.
    """
    starts = np.cumsum(lengths) - lengths
    return [
        Finding(
            rule,
            length + extra_point,
            limit,
            tuple(points[start:start + length + extra_point].tolist()),
            labels[0] if directions[start] > 0 else labels[1],
        )
        for start, length in zip(starts.tolist(), lengths.tolist(), strict=True)
        if length + extra_point > limit
    ]


def _trends(observed: np.ndarray, points: np.ndarray, limit: int) -> tuple[int, list[Finding]]:
    """Longest trend (in points) and the trends longer than ``limit``."""
    present = ~np.isnan(observed)
    values, points = observed[present], points[present]
    if values.size < 2:
        return values.size, []
    changed = np.concatenate(([True], values[1:] != values[:-1]))  # a repeated value is skipped
    values, points = values[changed], points[changed]
    steps = np.sign(np.diff(values))  # all equal: no steps, and the longest trend is 1 point
    step_counts = _lengths(np.flatnonzero(steps[1:] != steps[:-1]), steps.size)
    trends = _patterns("trend", step_counts, steps, points, limit, ("up", "down"), extra_point=1)
    return int(step_counts.max()) + 1, trends
