"""Charts of individual values: run, I (XmR), MR, T, G and I′ (Taylor).

Formulas as in qicharts2 (``R/helper.functions.R``). ``base`` marks the points
the centre line and limits come from: baseline points that are not excluded
(missing values are NaN and skipped).

Moving ranges are taken over the base points in order, so they bridge excluded
points; a missing value has no moving range on either side (as in qicharts2).
"""

from __future__ import annotations

import math

import numpy as np

from .estimators import (
    D2,
    D4,
    average_moving_range,
    median,
    moving_ranges,
    present,
    present_mean,
    weighted_centre,
)
from .series import Lines, Series

T_EXPONENT = 3.6
"""Nelson's transformation that makes times between events roughly normal."""


def run_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    return Lines(series.y, median(series.y[base]), None, None)


def _i_centre_and_sigma(baseline: np.ndarray, screen_mr: bool) -> tuple[float, float]:
    return present_mean(baseline), average_moving_range(moving_ranges(baseline), screen_mr) / D2


def i_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre, sigma = _i_centre_and_sigma(series.y[base], screen_mr)
    return Lines(series.y, centre, centre - 3 * sigma, centre + 3 * sigma)


def mr_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    # The first point of a phase has no moving range.
    ranges = np.concatenate(([np.nan], np.abs(np.diff(series.y))))
    centre = present_mean(ranges[base])
    return Lines(ranges, centre, 0.0, D4 * centre)


def t_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    """I chart of y^(1/3.6), centre line and limits transformed back."""
    centre, sigma = _i_centre_and_sigma(series.y[base] ** (1 / T_EXPONENT), screen_mr)
    # A negative lower limit has no back-transform: it becomes 0.
    lower = max(centre - 3 * sigma, 0.0) ** T_EXPONENT
    return Lines(series.y, centre**T_EXPONENT, lower, (centre + 3 * sigma) ** T_EXPONENT)


def g_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    """Limits from the mean (geometric distribution); the drawn centre line is the median."""
    baseline = present(series.y[base])
    mean = float(baseline.mean())
    sigma = math.sqrt(mean * (mean + 1))
    return Lines(
        series.y, median(baseline), max(mean - 3 * sigma, 0.0), mean + 3 * sigma
    )


def ip_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    """I′: an I chart of ratios whose sigma scales with 1/√denominator."""
    centre = weighted_centre(series, base)
    y, n = series.y[base], series.sizes[base]
    scaled = np.sqrt(math.pi / 2) * np.abs(np.diff(y)) / np.sqrt(1 / n[:-1] + 1 / n[1:])
    sigma = average_moving_range(present(scaled), screen_mr) * np.sqrt(1 / series.sizes)
    return Lines(series.y, centre, centre - 3 * sigma, centre + 3 * sigma)
