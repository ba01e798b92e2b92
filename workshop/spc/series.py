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

    @property
    def sizes(self) -> np.ndarray:
        """``n``, for the formulas of charts that always have it (ratios and subgroups; see ``ChartType.read``)."""
        assert self.n is not None, "this chart's series has denominators or subgroup sizes"
        return self.n

    @property
    def spreads(self) -> np.ndarray:
        """``sd``, for the subgroup charts, whose series always have it."""
        assert self.sd is not None, "a subgroup series has standard deviations"
        return self.sd

    def slice(self, start: int, stop: int) -> Series:
        n, sd = (None if a is None else a[start:stop] for a in (self.n, self.sd))
        return Series(self.y[start:stop], n, sd)


Limit = float | np.ndarray | None
"""A control limit: one value for the phase, one per point, or None (no limit)."""


class Lines(NamedTuple):
    """What a chart formula returns for one phase, before ``multiply``."""

    y: np.ndarray
    """The plotted values (differs from the input for MR, S and T charts)."""
    centre: float
    lower: Limit
    upper: Limit
