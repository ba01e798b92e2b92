"""Each frame's columns and dtypes, declared once: frames are built from them, docs/data.md lists them.

An empty frame has the same columns and dtypes as a full one, so a notebook's code runs on a team
with no data yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

TEAM = (("team_id", "int64"), ("team", "string"))
"""Every frame begins with the team it is about: a facilitator's frames hold all teams of the collaborative."""

Schema = tuple[tuple[str, str], ...]


def schema(*columns: tuple[str, str]) -> Schema:
    return (*TEAM, *columns)


def _column(values: list[Any], dtype: str) -> pd.Series:
    if dtype.startswith("datetime64"):
        return pd.Series(pd.to_datetime(pd.Series(values, dtype="object"), utc="UTC" in dtype), dtype=dtype)
    if dtype == "string":
        return pd.Series([None if value is None else str(value) for value in values], dtype="object").astype(dtype)
    return pd.Series(values, dtype="object").astype(dtype)


def frame(rows: Iterable[Mapping[str, Any]], columns: Schema) -> pd.DataFrame:
    """A DataFrame with exactly ``columns`` (name, dtype), in their order, from ``rows`` (dicts by column)."""
    rows = list(rows)
    return pd.DataFrame({name: _column([row[name] for row in rows], dtype) for name, dtype in columns})


def timestamp(day: dt.date | None) -> pd.Timestamp | None:
    return None if day is None else pd.Timestamp(day)
