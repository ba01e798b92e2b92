"""Phases, baseline and excluded points from ``freeze``, ``parts`` and ``exclude``.

All three take 1-based point numbers as shown on the chart (qicharts2 semantics):
``freeze=k`` computes the centre line and limits from points 1..k and extends them;
``parts=[k, ...]`` starts a new phase after point k, each phase with its own centre
line, limits and runs analysis; ``exclude`` leaves points out of every computation
while keeping them on the chart.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np

from .errors import SPCInputError
from .inputs import point_numbers


class Layout(NamedTuple):
    bounds: tuple[tuple[int, int], ...]
    """(start, stop) of each phase as 0-based, half-open indices."""
    baseline_end: int
    """Last baseline point: ``freeze``, or the last point."""
    in_baseline: np.ndarray
    """True for points the centre line and limits are computed from (excluded points aside)."""
    included: np.ndarray
    """False for excluded points."""
    excluded: tuple[int, ...]
    """Excluded point numbers."""


def make_layout(
    n_points: int,
    freeze: int | None = None,
    parts: int | Iterable[int] | None = None,
    exclude: int | Iterable[int] | None = None,
) -> Layout:
    """The layout of a chart of ``n_points`` points; out-of-range numbers raise SPCInputError."""
    part_ends = point_numbers(parts, "parts", 1, n_points - 1)
    if freeze is not None and part_ends:
        # qicharts2 silently ignores freeze when parts are given; refuse instead.
        raise SPCInputError("freeze_with_parts", "give either freeze or parts, not both")
    if freeze is not None and not isinstance(freeze, numbers.Integral):  # one point, not a list
        raise SPCInputError("invalid_point_number", f"freeze: {freeze!r} is not a point number", value=freeze)
    frozen = point_numbers(freeze, "freeze", 1, n_points)
    excluded = point_numbers(exclude, "exclude", 1, n_points)

    starts = (0, *part_ends)
    bounds = tuple(zip(starts, (*part_ends, n_points), strict=True))
    baseline_end = frozen[0] if frozen else n_points
    in_baseline = np.ones(n_points, dtype=bool)
    in_baseline[baseline_end:] = False
    included = np.ones(n_points, dtype=bool)
    if excluded:
        included[np.array(excluded) - 1] = False
    return Layout(bounds, baseline_end, in_baseline, included, excluded)
