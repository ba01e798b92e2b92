"""Charts of counts: P and U (with Laney's P′ and U′) and C.

Formulas as in qicharts2. ``series.y`` holds numerator/denominator, ``series.n``
the denominator; ``base`` marks the points the centre line is computed from.
"""

from __future__ import annotations

import math

import numpy as np

from .estimators import D2, average_moving_range, moving_ranges, present_mean, weighted_centre
from .series import Lines, Series


def laney_factor(
    series: Series, base: np.ndarray, centre: float, sigma: np.ndarray, screen: bool
) -> float:
    """Laney's σ_z: the spread of the base points' z-scores, from their moving ranges.

    It widens (or narrows) the binomial or Poisson sigma by the variation between
    points, which very large denominators make visible (overdispersion).
    """
    z_scores = (series.y[base] - centre) / sigma[base]
    return average_moving_range(moving_ranges(z_scores), screen) / D2


def _binomial(series: Series, base: np.ndarray) -> tuple[float, np.ndarray]:
    centre = weighted_centre(series, base)
    return centre, np.sqrt(centre * (1 - centre) / series.sizes)


def _poisson(series: Series, base: np.ndarray) -> tuple[float, np.ndarray]:
    centre = weighted_centre(series, base)
    return centre, np.sqrt(centre / series.sizes)


def p_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre, sigma = _binomial(series, base)
    return _proportion_lines(series, centre, sigma)


def pp_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre, sigma = _binomial(series, base)
    return _proportion_lines(series, centre, sigma * laney_factor(series, base, centre, sigma, screen_mr))


def u_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre, sigma = _poisson(series, base)
    return _rate_lines(series, centre, sigma)


def up_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre, sigma = _poisson(series, base)
    return _rate_lines(series, centre, sigma * laney_factor(series, base, centre, sigma, screen_mr))


def _proportion_lines(series: Series, centre: float, sigma: np.ndarray) -> Lines:
    """Limits of a proportion stay within [0, 1]."""
    return Lines(series.y, centre, np.maximum(centre - 3 * sigma, 0.0), np.minimum(centre + 3 * sigma, 1.0))


def _rate_lines(series: Series, centre: float, sigma: np.ndarray) -> Lines:
    """A rate's lower limit stays at or above 0."""
    return Lines(series.y, centre, np.maximum(centre - 3 * sigma, 0.0), centre + 3 * sigma)


def c_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre = present_mean(series.y[base])
    sigma = math.sqrt(centre)
    return Lines(series.y, centre, max(centre - 3 * sigma, 0.0), centre + 3 * sigma)
