"""Benchmark: ``analyze`` on 1 000 run-chart series of 52 points against a bare-numpy floor.

The floor computes, for the same series, only the median, the longest run and the
number of crossings with plain numpy calls in a loop. The goal is ``analyze``
within 3x the floor. Run: ``PYTHONPATH=. python bench/spc.py``.
"""

from __future__ import annotations

import time

import numpy as np

from workshop.spc import analyze

SERIES = 1_000
POINTS = 52
REPEATS = 5  # best of: the least disturbed run


def make_series(seed: int = 20261123) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    # Rounded counts, so that points on the median (ties) occur as in real data.
    return list(np.round(rng.normal(40, 6, size=(SERIES, POINTS))))


def bare_numpy(y: np.ndarray) -> tuple[float, int, int]:
    median = np.median(y)
    signs = np.sign(y - median)
    signs = signs[signs != 0]
    run_ends = np.flatnonzero(signs[1:] != signs[:-1])
    bounds = np.concatenate(((-1,), run_ends, (signs.size - 1,)))
    return median, int((bounds[1:] - bounds[:-1]).max()), run_ends.size


def best_time(function, series: list[np.ndarray]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        for y in series:
            function(y)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    series = make_series()
    # Same answers, so that the comparison is fair.
    for y in series[:50]:
        runs = analyze(y).phases[0].runs
        median, longest, crossings = bare_numpy(y)
        assert (runs.longest_run, runs.n_crossings) == (longest, crossings)

    engine = best_time(analyze, series)
    floor = best_time(bare_numpy, series)
    print(f"{SERIES} run-chart series of {POINTS} points (best of {REPEATS})")
    print(f"  analyze:          {engine * 1e3:8.1f} ms  ({engine / SERIES * 1e6:5.1f} µs per series)")
    print(f"  bare numpy floor: {floor * 1e3:8.1f} ms  ({floor / SERIES * 1e6:5.1f} µs per series)")
    print(f"  ratio:            {engine / floor:8.2f}x  (goal: within 3x)")


if __name__ == "__main__":
    main()
