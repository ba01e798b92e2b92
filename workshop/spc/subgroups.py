"""Charts of subgroups of measurements: Xbar and S (Montgomery 6.29–6.31, as in qicharts2).

``series.y`` holds subgroup means, ``series.n`` subgroup sizes and ``series.sd``
subgroup standard deviations. With one subgroup size in the phase, sigma is the
mean of the base subgroups' standard deviations; with several sizes it is the
pooled standard deviation. Subgroups of one measurement get no limits.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from .estimators import present_mean, weighted_centre
from .series import Lines, Series


@cache
def c4(size: int) -> float:
    """Bias of the sample standard deviation for ``size`` measurements (NaN below 2)."""
    if size < 2:
        return math.nan
    return math.sqrt(2 / (size - 1)) * math.exp(math.lgamma(size / 2) - math.lgamma((size - 1) / 2))


def _c4_per_point(sizes: np.ndarray) -> np.ndarray:
    return np.array([c4(int(size)) for size in sizes])


def within_sigma(series: Series, base: np.ndarray) -> float:
    """Standard deviation within subgroups, estimated from the base subgroups."""
    sizes, sds = series.sizes, series.spreads
    if np.unique(sizes[sizes > 0]).size == 1:
        return present_mean(sds[base])
    pooled = base & (sizes > 1)
    degrees = sizes[pooled] - 1
    if not degrees.size:
        return math.nan
    return math.sqrt((degrees * sds[pooled] ** 2).sum() / degrees.sum())


def xbar_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre = weighted_centre(series, base)
    spread = 3 / (_c4_per_point(series.sizes) * np.sqrt(series.sizes)) * within_sigma(series, base)
    return Lines(series.y, centre, centre - spread, centre + spread)


def s_limits(series: Series, base: np.ndarray, screen_mr: bool) -> Lines:
    centre = within_sigma(series, base)
    bias = _c4_per_point(series.sizes)
    spread = 3 * np.sqrt(1 - bias**2) / bias
    return Lines(series.spreads, centre, np.maximum(1 - spread, 0.0) * centre, (1 + spread) * centre)
