"""The arrays that flow from input reading through chart formulas to runs analysis."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np


class Series(NamedTuple):
    """One value per point, ready for a chart's formulas (NaN = missing)."""

    y: np.ndarray
    """The value as plotted before ``multiply``: ratio, count, subgroup mean..."""
    n: np.ndarray | None = None
    """Denominator, or subgroup size for Xbar/S charts."""
    sd: np.ndarray | None = None
    """Subgroup standard deviation (Xbar/S charts)."""

    def slice(self, start: int, stop: int) -> Series:
        return Series(*(None if a is None else a[start:stop] for a in self))


Limit = float | np.ndarray | None
"""A control limit: one value for the phase, one per point, or None (no limit)."""


class Lines(NamedTuple):
    """What a chart formula returns for one phase, before ``multiply``."""

    y: np.ndarray
    """The plotted values (differs from the input for MR, S and T charts)."""
    centre: float
    lower: Limit
    upper: Limit
