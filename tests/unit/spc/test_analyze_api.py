"""``analyze`` and its results: per-point columns, phases, freeze/parts/exclude, missing values."""

from __future__ import annotations

import dataclasses
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from workshop.spc import CHART_TYPES, Analysis, Finding, Phase, Runs, analyze

NAN = math.nan
SIGMA_PER_AMR = 3 / 1.128  # I chart: limits are CL ± 3·AMR/d2


def test_run_chart_has_a_median_and_no_limits() -> None:
    analysis = analyze([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
    assert isinstance(analysis, Analysis)
    assert (analysis.chart, analysis.rules, analysis.multiply) == ("run", "anhoej", 1)
    assert analysis.values == (3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
    assert analysis.centre_line == (3.5,) * 10
    assert analysis.lcl == analysis.ucl == (None,) * 10
    assert analysis.sigma_signal == (False,) * 10
    (phase,) = analysis.phases
    assert isinstance(phase, Phase) and isinstance(phase.runs, Runs)
    assert (phase.number, phase.first_point, phase.last_point, phase.last_baseline_point) == (1, 1, 10, 10)
    assert (phase.n_baseline, phase.centre_line) == (10, 3.5)


def test_results_are_immutable() -> None:
    analysis = analyze([1, 2, 3, 4])
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.chart = "i"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.phases[0].runs.signal = True  # type: ignore[misc]


def test_a_point_on_the_median_is_not_useful() -> None:
    runs = analyze([1, 5, 2, 6, 3, 7, 4]).phases[0].runs  # median 4 is point 7
    assert (runs.n_obs, runs.n_useful) == (7, 6)


def test_missing_values_stay_on_the_chart_but_are_not_used() -> None:
    analysis = analyze([1, None, 3, NAN, 5, 7])
    assert analysis.values == (1.0, None, 3.0, None, 5.0, 7.0)
    assert analysis.centre_line == (4.0,) * 6  # median of 1, 3, 5, 7
    phase = analysis.phases[0]
    assert phase.n_baseline == 4
    assert (phase.runs.n_obs, phase.runs.n_useful) == (6, 4)


def test_a_missing_value_breaks_the_moving_ranges_around_it() -> None:
    analysis = analyze([10, 12, None, 20, 22], chart="i")
    # Moving ranges 2 and 2 (none across the gap, as in qicharts2); mean of 10, 12, 20, 22.
    assert analysis.centre_line[0] == 16
    assert analysis.ucl[0] == pytest.approx(16 + SIGMA_PER_AMR * 2)
    assert analysis.lcl[2] == pytest.approx(16 - SIGMA_PER_AMR * 2)  # limits continue past the gap


def test_excluded_points_are_bridged_and_still_judged_against_the_limits() -> None:
    analysis = analyze([10, 12, 50, 14, 16], chart="i", exclude=3)
    assert analysis.excluded == (3,)
    assert analysis.values[2] == 50  # kept on the chart
    assert analysis.centre_line[0] == 13  # mean of 10, 12, 14, 16
    assert analysis.ucl[0] == pytest.approx(13 + SIGMA_PER_AMR * 2)  # ranges 2, 2, 2 across point 3
    assert analysis.sigma_signal_points == (3,)  # qicharts2 flags excluded points too
    phase = analysis.phases[0]
    assert (phase.n_baseline, phase.runs.n_obs) == (4, 4)


def test_freeze_computes_the_centre_line_from_the_baseline_and_judges_every_point() -> None:
    values = [5, 6, 5, 6, 5, 9, 9, 9, 9, 9, 9, 9, 9, 9]
    analysis = analyze(values, freeze=5)
    phase = analysis.phases[0]
    assert phase.centre_line == 5  # median of the first five points
    assert (phase.last_baseline_point, phase.n_baseline) == (5, 5)
    assert phase.runs.n_obs == 14
    # Points 1, 3 and 5 lie on the frozen median and are skipped: 2, 4 and 6..14 make one run.
    assert (phase.runs.n_useful, phase.runs.longest_run) == (11, 11)
    assert phase.runs.signal


def test_parts_give_each_phase_its_own_centre_line_and_runs_analysis() -> None:
    analysis = analyze([1, 3, 2, 4, 3, 10, 12, 11, 13, 12], parts=[5])
    first, second = analysis.phases
    assert (first.first_point, first.last_point, first.centre_line) == (1, 5, 3)
    assert (second.first_point, second.last_point, second.centre_line) == (6, 10, 12)
    assert analysis.centre_line == (3,) * 5 + (12,) * 5
    assert (first.runs.n_obs, second.runs.n_obs) == (5, 5)


def test_multiply_scales_values_and_lines_but_not_the_judgement() -> None:
    numerators, denominators = [12, 8, 6, 9, 10, 30], [100, 80, 80, 100, 110, 100]
    plain = analyze(numerators, denominators=denominators, chart="p")
    percent = analyze(numerators, denominators=denominators, chart="p", multiply=100)
    assert percent.values == pytest.approx([100 * v for v in plain.values])
    assert percent.centre_line == pytest.approx([100 * v for v in plain.centre_line])
    assert percent.ucl == pytest.approx([100 * v for v in plain.ucl])
    assert percent.phases[0].centre_line == pytest.approx(100 * plain.phases[0].centre_line)
    assert percent.sigma_signal == plain.sigma_signal
    assert percent.phases[0].runs == plain.phases[0].runs


def test_a_point_on_a_limit_is_no_signal() -> None:
    # Limits clamp to [0, 1] for proportions and to 0 for counts: 100 % and zero events sit on them.
    p_chart = analyze([9, 10, 8, 10, 9], denominators=[10] * 5, chart="p")
    assert p_chart.ucl == (1.0,) * 5
    assert p_chart.values[1] == 1.0
    c_chart = analyze([0, 1, 0, 2, 1, 0, 1, 0], chart="c")
    assert c_chart.lcl == (0.0,) * 8
    assert p_chart.sigma_signal_points == c_chart.sigma_signal_points == ()


def test_run_chart_of_ratios() -> None:
    analysis = analyze([1, 2, 3], denominators=[4, 4, 6])
    assert analysis.values == (0.25, 0.5, 0.5)


def test_moving_range_screening_is_on_by_default() -> None:
    values = [10, 11, 10, 11, 30, 10, 11, 10, 11, 10]
    screened, unscreened = analyze(values, chart="i"), analyze(values, chart="i", screen_mr=False)
    # Ranges 1,1,1,19,20,1,1,1,1: mean 46/9; 19 and 20 are ≥ 3.267·mean and leave, mean 1.
    assert screened.ucl[0] == pytest.approx(12.4 + SIGMA_PER_AMR * 1)
    assert unscreened.ucl[0] == pytest.approx(12.4 + SIGMA_PER_AMR * 46 / 9)
    assert screened.sigma_signal_points == (5,)


def test_g_chart_draws_the_median_with_limits_from_the_mean() -> None:
    values = [5, 12, 3, 20, 8, 15, 1, 9]
    mean = sum(values) / len(values)
    analysis = analyze(values, chart="g")
    assert analysis.centre_line[0] == 8.5
    assert analysis.ucl[0] == pytest.approx(mean + 3 * math.sqrt(mean * (mean + 1)))
    assert analysis.lcl[0] == 0


def test_a_subgroup_of_one_measurement_gets_no_limits() -> None:
    subgroups = [[1, 2, 3], [2, 3, 4], [5], [3, 4, 5], [2, 4, 6]]
    xbar, s = analyze(subgroups, chart="xbar"), analyze(subgroups, chart="s")
    assert xbar.values[2] == 5 and xbar.lcl[2] is None and xbar.ucl[2] is None
    assert s.values[2] is None  # no standard deviation of one value
    assert None not in xbar.ucl[:2] + xbar.ucl[3:]


def test_laney_p_prime_and_u_prime_limits_coincide() -> None:
    # The scale of sigma cancels in Laney's z-scores; only P′'s clamp to [0, 1] differs.
    rng = np.random.default_rng(7)
    denominators = rng.integers(20_000, 30_000, size=15)
    numerators = np.round(denominators * rng.uniform(0.2, 0.3, size=15))
    p_prime = analyze(numerators, denominators=denominators, chart="pp")
    u_prime = analyze(numerators, denominators=denominators, chart="up")
    assert p_prime.ucl == pytest.approx(u_prime.ucl)
    assert p_prime.lcl == pytest.approx(u_prime.lcl)


def test_mr_chart_has_no_runs_analysis_and_no_first_range() -> None:
    analysis = analyze([3, 5, 4, 8], chart="mr")
    assert analysis.values == (None, 2, 1, 4)
    assert analysis.phases[0].runs is None
    assert not analysis.runs_signal


def test_findings_carry_what_a_verdict_needs() -> None:
    above, below = iter(range(10, 20)), iter(range(0, 10))
    sides = "+++++-++++---------+"
    values = [next(above) if side == "+" else next(below) for side in sides]
    runs = analyze(values).phases[0].runs
    (long_run,) = [finding for finding in runs.findings if finding.rule == "longest_run"]
    assert isinstance(long_run, Finding)
    verdict = (
        f"{long_run.count} punkter i rad {'under' if long_run.direction == 'below' else 'över'} "
        f"medianen — gränsen är {long_run.limit} för {runs.n_useful} användbara punkter"
    )
    assert verdict == "9 punkter i rad under medianen — gränsen är 7 för 20 användbara punkter"
    assert long_run.points == tuple(range(11, 20))


def test_ihi_findings_name_the_rule_that_fired() -> None:
    values = [4, 6, 4, 6, 1, 2, 3, 4, 5, 6, 7, 5, 6, 4]
    runs = analyze(values, rules="ihi").phases[0].runs
    assert runs.rules == "ihi"
    trends = [finding for finding in runs.findings if finding.rule == "trend"]
    assert [(f.count, f.direction, f.points) for f in trends] == [(7, "up", (5, 6, 7, 8, 9, 10, 11))]


def test_input_arrays_are_left_untouched() -> None:
    numerators = np.array([1.0, NAN, 3.0, 4.0])
    denominators = np.array([5.0, 5.0, NAN, 5.0])
    analyze(numerators, denominators=denominators, chart="p")
    np.testing.assert_array_equal(numerators, [1.0, NAN, 3.0, 4.0])
    np.testing.assert_array_equal(denominators, [5.0, 5.0, NAN, 5.0])


def test_every_chart_type_analyses_a_plain_series() -> None:
    numerators, denominators = [3, 5, 4, 6, 2, 5, 4, 3], [10, 12, 11, 12, 10, 11, 12, 10]
    subgroups = [[1.0, 2.0, 3.0], [2.0, 2.5, 4.0], [1.5, 3.0, 2.0], [2.0, 3.5, 3.0]]
    for name, kind in CHART_TYPES.items():
        if kind.subgroups:
            analysis = analyze(subgroups, chart=name)
        elif kind.denominators == "required":
            analysis = analyze(numerators, denominators=denominators, chart=name)
        else:
            analysis = analyze(numerators, chart=name)
        assert analysis.chart == name
        assert all(value is None or math.isfinite(value) for value in analysis.centre_line), name
        assert (analysis.phases[0].runs is None) is (not kind.runs_analysis), name


def test_importing_the_package_loads_neither_numpy_nor_pandas() -> None:
    repository = Path(__file__).parents[3]
    script = (
        "import sys, workshop.spc; light = 'numpy' not in sys.modules\n"
        "from workshop.spc import analyze; analyze([1, 2, 3])\n"
        "print(light, 'pandas' in sys.modules)"
    )
    environment = {**os.environ, "PYTHONPATH": str(repository)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
    )
    assert result.stdout.split() == ["True", "False"]
