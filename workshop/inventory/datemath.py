"""Whole years and months between dates, on numpy arrays (fast on large exports; NaN where no date)."""

from __future__ import annotations

import datetime as dt

import numpy as np


def _parts(dates) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    import pandas as pd

    index = pd.DatetimeIndex(dates)
    missing = np.asarray(index.isna())
    return (index.year.to_numpy(dtype=float), index.month.to_numpy(dtype=float), index.day.to_numpy(dtype=float),
            missing)


def full_years(births, on: dt.date) -> np.ndarray:
    """Age in whole years at ``on``."""
    year, month, day, missing = _parts(births)
    before_birthday = (month > on.month) | ((month == on.month) & (day > on.day))
    return np.where(missing, np.nan, on.year - year - before_birthday)


def full_months(starts, on: dt.date) -> np.ndarray:
    """Whole months from each start to ``on``."""
    year, month, day, missing = _parts(starts)
    months = (on.year - year) * 12 + (on.month - month) - (day > on.day)
    return np.where(missing, np.nan, months)


def month_keys(dates) -> tuple[list[str], np.ndarray]:
    """``(["2026-01", …], counts)``: how many dates fall in each month, from the first month to the last."""
    year, month, _day, missing = _parts(dates)
    months = (year[~missing] * 12 + month[~missing] - 1).astype(np.int64)
    if not months.size:
        return [], np.zeros(0, dtype=np.int64)
    first = months.min()
    counts = np.bincount(months - first)
    present = np.flatnonzero(counts)
    return [f"{(first + index) // 12}-{(first + index) % 12 + 1:02d}" for index in present], counts[present]
