"""Runs analysis (workshop.spc.runs): rule boundaries, tie semantics, IHI findings."""

from __future__ import annotations

import math

import numpy as np
import pytest

from workshop.spc.runs import analyse_runs, crossings_min, longest_run_max

NAN = math.nan


def runs_of(*lengths: int) -> np.ndarray:
    """Values around a centre line of 0: alternating runs of ``lengths``, starting above."""
    return np.concatenate([np.full(n, 1.0 if i % 2 == 0 else -1.0) for i, n in enumerate(lengths)])


def even_runs(n_useful: int, crossings: int) -> np.ndarray:
    """``n_useful`` points with exactly ``crossings`` crossings and runs as short as possible."""
    return runs_of(*(len(chunk) for chunk in np.array_split(np.arange(n_useful), crossings + 1)))


# Critical values -------------------------------------------------------------------


def qbinom_by_floats(probability: float, trials: int) -> int:
    """An independent quantile: binomial probabilities summed in floats via lgamma."""
    cumulative = 0.0
    for c in range(trials + 1):
        cumulative += math.exp(
            math.lgamma(trials + 1) - math.lgamma(c + 1) - math.lgamma(trials - c + 1) - trials * math.log(2)
        )
        if cumulative >= probability:
            return c
    return trials


@pytest.mark.parametrize("n_useful", [1, 2, 5, 10, 23, 57, 100, 250, 600])
def test_crossings_min_is_the_5_percent_binomial_quantile(n_useful: int) -> None:
    assert crossings_min(n_useful) == qbinom_by_floats(0.05, n_useful - 1)


def test_longest_run_max_rounds_log2_plus_3() -> None:
    # round, not ceil: pyqicharts' ceil gives 7 at n = 10 and 8 at n = 20.
    sizes = (10, 11, 12, 20, 22, 23, 45, 46, 90, 91)
    assert [longest_run_max(n) for n in sizes] == [6, 6, 7, 7, 7, 8, 8, 9, 9, 10]


# Anhøj boundaries: strict inequalities -------------------------------------------


@pytest.mark.parametrize("n_useful", range(10, 101))
def test_longest_run_at_the_limit_is_no_signal_one_more_is(n_useful: int) -> None:
    limit = longest_run_max(n_useful)
    at_limit = analyse_runs(runs_of(limit, *[1] * (n_useful - limit)), 0.0)
    beyond = analyse_runs(runs_of(limit + 1, *[1] * (n_useful - limit - 1)), 0.0)

    assert (at_limit.n_useful, at_limit.longest_run) == (n_useful, limit)
    assert at_limit.n_crossings >= at_limit.n_crossings_min  # only the run rule is in play
    assert not at_limit.signal
    assert beyond.longest_run == limit + 1
    assert beyond.signal
    assert [f.rule for f in beyond.findings] == ["longest_run"]


@pytest.mark.parametrize("n_useful", range(10, 101))
def test_crossings_at_the_minimum_is_no_signal_one_fewer_is(n_useful: int) -> None:
    minimum = crossings_min(n_useful)
    at_minimum = analyse_runs(even_runs(n_useful, minimum), 0.0)
    fewer = analyse_runs(even_runs(n_useful, minimum - 1), 0.0)

    assert (at_minimum.n_useful, at_minimum.n_crossings) == (n_useful, minimum)
    assert at_minimum.longest_run <= at_minimum.longest_run_max  # only the crossings rule is in play
    assert not at_minimum.signal
    assert fewer.n_crossings == minimum - 1
    assert fewer.signal
    assert fewer.findings[-1].rule == "crossings"
    assert (fewer.findings[-1].count, fewer.findings[-1].limit) == (minimum - 1, minimum)


# Tie semantics ---------------------------------------------------------------------


@pytest.mark.parametrize("rules", ["anhoej", "ihi"])
def test_a_point_on_the_centre_line_neither_adds_to_nor_breaks_a_run(rules: str) -> None:
    runs = analyse_runs(np.array([1, 1, 1, 0, 1, 1, 1, -1, -1, 1.0]), 0.0, rules=rules)
    assert runs.n_obs == 10
    assert runs.n_useful == 9
    assert runs.longest_run == 6  # 3 + 3 across the point on the line, which is not counted
    assert runs.n_crossings == 2


def test_missing_values_are_not_useful_and_do_not_break_a_run() -> None:
    runs = analyse_runs(np.array([1, NAN, 1, 1, -1, -1, NAN, -1.0]), 0.0)
    assert (runs.n_obs, runs.n_useful, runs.longest_run, runs.n_crossings) == (8, 6, 3, 1)


def test_only_included_points_are_analysed_and_findings_use_chart_numbers() -> None:
    values = np.array([1, 1, 1, -1, 1, 1, 1, -1.0])
    included = np.array([True, True, True, False, True, True, True, True])
    runs = analyse_runs(values, 0.0, included, first_point=11, rules="ihi")
    assert (runs.n_obs, runs.n_useful, runs.longest_run) == (7, 7, 6)
    (shift,) = [f for f in runs.findings if f.rule == "shift"]
    assert shift.points == (11, 12, 13, 15, 16, 17)  # point 14 is excluded
    assert shift.direction == "above"


def test_no_useful_points_gives_no_limits_and_no_signal() -> None:
    runs = analyse_runs(np.array([5.0, 5.0, 5.0]), 5.0)
    assert (runs.n_useful, runs.longest_run, runs.n_crossings) == (0, 0, 0)
    assert (runs.longest_run_max, runs.n_crossings_min) == (None, None)
    assert not runs.signal


def test_anhoej_has_no_trend_rule() -> None:
    runs = analyse_runs(np.arange(1.0, 13.0), 6.5)
    assert (runs.longest_trend, runs.longest_trend_max) == (None, None)
    assert "trend" not in {f.rule for f in runs.findings}


# IHI rules ---------------------------------------------------------------------------


def test_ihi_shift_is_six_points_on_one_side() -> None:
    five = analyse_runs(runs_of(1, 1, 5, 1, 1, 1, 1, 1), 0.0, rules="ihi")
    six = analyse_runs(runs_of(1, 1, 6, 1, 1, 1, 1, 1), 0.0, rules="ihi")
    assert five.longest_run_max == six.longest_run_max == 5
    assert not five.signal
    assert six.signal
    (shift,) = six.findings
    assert (shift.rule, shift.count, shift.limit, shift.direction) == ("shift", 6, 5, "above")
    assert shift.points == (3, 4, 5, 6, 7, 8)


def test_ihi_shift_skips_a_point_on_the_median() -> None:
    values = np.array([1, -1, -1, -1, -1, 0, -1, -1, 1, -1.0])
    (shift,) = analyse_runs(values, 0.0, rules="ihi").findings
    assert (shift.count, shift.direction) == (6, "below")
    assert shift.points == (2, 3, 4, 5, 7, 8)  # point 6 is on the median: skipped, not counted


def test_every_shift_is_reported_in_order() -> None:
    findings = analyse_runs(runs_of(6, 1, 7), 0.0, rules="ihi").findings
    shifts = [(f.count, f.direction, f.points[0]) for f in findings if f.rule == "shift"]
    assert shifts == [(6, "above", 1), (7, "above", 8)]
    assert [f.rule for f in findings] == ["shift", "shift", "crossings"]  # 2 crossings < 4 for 14 points


@pytest.mark.parametrize(
    ("values", "longest", "direction"),
    [
        ([3, 1, 2, 3, 4, 5, 1], 5, "up"),
        ([9, 8, 7, 6, 5, 9], 5, "down"),
        ([3, 1, 2, 3, 4, 2], 4, None),
    ],
)
def test_ihi_trend_is_five_points_going_one_way(
    values: list[float], longest: int, direction: str | None
) -> None:
    runs = analyse_runs(np.array(values, dtype=float), float(np.median(values)), rules="ihi")
    assert (runs.longest_trend, runs.longest_trend_max) == (longest, 4)
    trends = [f for f in runs.findings if f.rule == "trend"]
    assert [f.direction for f in trends] == ([direction] if direction else [])


def test_ihi_trend_skips_repeated_values_without_breaking() -> None:
    runs = analyse_runs(np.array([1, 2, 2, 3, 4, 5.0]), 3.0, rules="ihi")
    (trend,) = [f for f in runs.findings if f.rule == "trend"]
    assert (trend.count, trend.direction) == (5, "up")
    assert trend.points == (1, 2, 4, 5, 6)  # point 3 repeats point 2: skipped


def test_ihi_repeated_values_do_not_make_a_trend() -> None:
    runs = analyse_runs(np.array([1, 2, 2, 2, 3, 4, 4.0]), 2.5, rules="ihi")
    assert runs.longest_trend == 4
    assert "trend" not in {f.rule for f in runs.findings}


def test_ihi_trend_passes_over_missing_values() -> None:
    runs = analyse_runs(np.array([1, 2, NAN, 3, 4, 5.0]), 3.0, rules="ihi")
    (trend,) = [f for f in runs.findings if f.rule == "trend"]
    assert trend.points == (1, 2, 4, 5, 6)


def test_ihi_uses_the_anhoej_crossings_rule() -> None:
    values = even_runs(20, crossings_min(20) - 1)
    runs = analyse_runs(values, 0.0, rules="ihi")
    assert runs.n_crossings_min == crossings_min(20)
    assert [f.rule for f in runs.findings] == ["crossings"]
    assert runs.findings[0].points == ()
