"""Turn what the caller passes into validated float arrays.

Missing points (None or NaN) become NaN: they stay on the chart but are used in
no computation, as in qicharts2. A point whose numerator or denominator is
missing is missing as a whole.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from .errors import SPCInputError
from .series import Series


def float_array(values: Any, name: str = "values") -> np.ndarray:
    """A 1-D float array of ``values``; None and NaN become NaN."""
    try:
        array = np.asarray(values)
    except (ValueError, TypeError) as error:  # ragged nesting
        raise SPCInputError("not_a_sequence", f"{name} must be a flat sequence") from error
    if array.ndim != 1:
        raise SPCInputError("not_a_sequence", f"{name} must be a flat sequence of numbers")
    if array.dtype.kind in "iuf":
        array = array.astype(float, copy=False)
    else:  # None, text, booleans: checked one by one to name the point
        array = np.array([_number(value, name, i + 1) for i, value in enumerate(values)], dtype=float)
    _refuse(np.isinf(array), "not_finite", f"{name} is infinite")
    return array


def _number(value: Any, name: str, point: int) -> float:
    if value is None:
        return np.nan
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise SPCInputError("not_a_number", f"{name}[{point}] is not a number: {value!r}", point=point)
    return float(value)


def ratio_series(values: Any, denominators: Any) -> tuple[np.ndarray, np.ndarray]:
    """Numerators and denominators, checked for matching length and den > 0."""
    numerators = float_array(values)
    dens = float_array(denominators, "denominators")
    if dens.size != numerators.size:
        raise SPCInputError(
            "length_mismatch",
            f"{numerators.size} values but {dens.size} denominators",
            values=numerators.size,
            denominators=dens.size,
        )
    _refuse(dens == 0, "denominator_zero", "denominator is zero")
    _refuse(dens < 0, "negative_denominator", "denominator is negative")
    missing = np.isnan(numerators) | np.isnan(dens)
    # New arrays: the caller's own arrays are never written to.
    return np.where(missing, np.nan, numerators), np.where(missing, np.nan, dens)


def subgroup_series(values: Any) -> Series:
    """Mean, size and standard deviation of each subgroup (one chart point each)."""
    if isinstance(values, (str, bytes)) or not isinstance(values, (Sequence, np.ndarray)):
        raise SPCInputError("not_a_sequence", "subgroups must be a sequence of sequences")
    count = len(values)
    means, sizes, sds = np.full(count, np.nan), np.zeros(count), np.full(count, np.nan)
    for i, subgroup in enumerate(values):
        try:
            measured = float_array(subgroup, f"subgroup {i + 1}")
        except SPCInputError as error:  # report the subgroup: it is the point on the chart
            raise SPCInputError(error.code, f"subgroup {i + 1}: {error}", point=i + 1) from error
        measured = measured[~np.isnan(measured)]
        sizes[i] = measured.size
        if measured.size:
            means[i] = measured.mean()
        if measured.size > 1:
            sds[i] = measured.std(ddof=1)
    return Series(means, sizes, sds)


def _refuse(bad: np.ndarray, code: str, what: str) -> None:
    """Raise ``code`` for the first point where ``bad`` holds."""
    if bad.any():
        point = int(np.argmax(bad)) + 1
        raise SPCInputError(code, f"point {point}: {what}", point=point)


# Checks a chart type asks for (see charts.ChartType).


def require_non_negative(values: np.ndarray) -> None:
    _refuse(values < 0, "negative_count", "count is negative")


def require_positive_times(values: np.ndarray) -> None:
    _refuse(values <= 0, "non_positive_time", "time between events must be greater than zero")


def require_within_denominators(numerators: np.ndarray, denominators: np.ndarray) -> None:
    _refuse(numerators > denominators, "numerator_exceeds_denominator", "numerator > denominator")


def point_numbers(
    raw: int | Iterable[int] | None, name: str, lowest: int, highest: int
) -> tuple[int, ...]:
    """Sorted, distinct 1-based point numbers, each within ``lowest..highest``."""
    if raw is None:
        return ()
    items = list(raw) if isinstance(raw, Iterable) else [raw]
    for item in items:
        if isinstance(item, bool) or not isinstance(item, numbers.Integral):
            raise SPCInputError("invalid_point_number", f"{name}: {item!r} is not a point number", value=item)
        if not lowest <= item <= highest:
            raise SPCInputError(
                f"{name}_out_of_range",
                f"{name}: {item} is outside {lowest}..{highest}",
                value=int(item),
                lowest=lowest,
                highest=highest,
            )
    return tuple(sorted({int(item) for item in items}))
