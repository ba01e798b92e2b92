"""An inventory: the counts a team keeps of its clients, in one or two dimensions.

Only these counts are stored (docs/integritet.md, "What is stored")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from workshop.inventory.bands import AGE_BANDS, DURATION_BANDS, LONG_TERM_MONTHS, UNKNOWN, Bands
from workshop.inventory.datemath import full_months, month_keys
from workshop.inventory.dimensions import (
    AGE_SEX,
    DURATION,
    INFLOW,
    INSATS,
    REASON,
    REASON_GROUP,
    SEXES,
    TARGET_REASON_GROUP,
    WITHOUT_INSATS,
)
from workshop.inventory.mapping import Role
from workshop.inventory.reasons import REASON_GROUPS


def _series(values: dict, name: str) -> pd.Series:
    return pd.Series(values, dtype="int64", name=name)


@dataclass(frozen=True)
class Inventory:
    inventory_date: dt.date
    by_age_sex: pd.DataFrame = field(repr=False)
    """Age band (rows) × sex (columns: kvinna, man, ?)."""
    by_reason: pd.Series = field(repr=False)
    """By Socialstyrelsen's main group (ReasonGroup values)."""
    by_reason_text: pd.Series = field(repr=False)
    by_duration: pd.Series = field(repr=False)
    """By months since case opening, in bands; ``?`` where the date is not known."""
    by_insats: pd.Series = field(repr=False)
    without_insats: int | None
    """Cases with no ongoing insats; None when the export says nothing about insatser."""
    inflow_by_month: pd.Series = field(repr=False)
    """Cases opened per month (``YYYY-MM``)."""
    excluded: int = 0
    source: str = "manual"
    age_edges: tuple[int, ...] = AGE_BANDS.edges
    target_by_reason: pd.Series | None = field(default=None, repr=False)
    """The target group's cases by reason group, when it was chosen over the cases (not over typed counts)."""

    @property
    def total(self) -> int:
        return int(self.by_age_sex.to_numpy().sum())

    @property
    def by_age_band(self) -> pd.Series:
        return self.by_age_sex.sum(axis=1).rename("count")

    @property
    def by_sex(self) -> pd.Series:
        return self.by_age_sex.sum(axis=0).rename("count")

    @property
    def long_term_share(self) -> float | None:
        """Share of cases opened 10 months or more ago, among those with a known date."""
        known = self.by_duration.drop(UNKNOWN, errors="ignore")
        if known.sum() == 0:
            return None
        long_term = sum(count for key, count in known.items()
                        if DURATION_BANDS.range_of(key)[0] >= LONG_TERM_MONTHS)
        return long_term / known.sum()

    def to_counts(self) -> list[tuple[str, str, str, int]]:
        """Every count as ``(dimension, category, subcategory, count)``; zeros left out, except an insats
        nobody has, which the team still sees in its saved chart."""
        rows = [(AGE_SEX, str(band), str(sex), int(count))
                for band, counts in self.by_age_sex.iterrows() for sex, count in counts.items()]
        for dimension, series in ((REASON_GROUP, self.by_reason), (REASON, self.by_reason_text),
                                  (DURATION, self.by_duration), (INSATS, self.by_insats),
                                  (INFLOW, self.inflow_by_month)):
            rows.extend((dimension, str(key), "", int(count)) for key, count in series.items())
        if self.without_insats is not None:
            rows.append((WITHOUT_INSATS, "", "", int(self.without_insats)))
        if self.target_by_reason is not None:
            rows.extend((TARGET_REASON_GROUP, str(key), "", int(count)) for key, count in self.target_by_reason.items())
        return [row for row in rows if row[3] > 0 or row[0] in (INSATS, WITHOUT_INSATS, TARGET_REASON_GROUP)]

    @classmethod
    def from_counts(cls, counts: list[tuple[str, str, str, int]], *, inventory_date: dt.date, excluded: int,
                    source: str, age_edges: tuple[int, ...]) -> Inventory:
        grouped: dict[str, dict] = {}
        for dimension, category, subcategory, count in counts:
            key = (category, subcategory) if dimension == AGE_SEX else category
            grouped.setdefault(dimension, {})[key] = count
        return cls(
            inventory_date=inventory_date,
            by_age_sex=age_sex_table(grouped.get(AGE_SEX, {}), Bands(age_edges)),
            by_reason=_series(grouped.get(REASON_GROUP, {}), "count").reindex(REASON_GROUPS, fill_value=0),
            by_reason_text=_series(grouped.get(REASON, {}), "count").sort_values(ascending=False, kind="stable"),
            by_duration=_bands_series(grouped.get(DURATION, {}), DURATION_BANDS),
            by_insats=_series(grouped.get(INSATS, {}), "count").sort_values(ascending=False, kind="stable"),
            without_insats=grouped[WITHOUT_INSATS].get("", 0) if WITHOUT_INSATS in grouped else None,
            inflow_by_month=every_month(_series(grouped.get(INFLOW, {}), "count")),
            excluded=excluded, source=source, age_edges=tuple(age_edges),
            target_by_reason=(_series(grouped[TARGET_REASON_GROUP], "count").reindex(REASON_GROUPS, fill_value=0)
                              if TARGET_REASON_GROUP in grouped else None),
        )


def every_month(counts: pd.Series) -> pd.Series:
    """Counts by month key ("2026-03") with the months between that had no new case as 0: time stays even."""
    if counts.empty:
        return counts
    months = pd.period_range(min(counts.index), max(counts.index), freq="M").strftime("%Y-%m")
    return counts.reindex(months, fill_value=0).astype("int64").rename("count")


def age_sex_table(counts: dict[tuple[str, str], int], bands: Bands) -> pd.DataFrame:
    """Age band × sex counts with every band and sex present; the unknown band only when used."""
    table = pd.DataFrame(0, index=[*bands.keys, UNKNOWN], columns=list(SEXES), dtype="int64")
    for (band, sex), count in counts.items():
        table.loc[band, sex] = count
    if table.loc[UNKNOWN].sum() == 0:
        table = table.drop(UNKNOWN)
    if table[UNKNOWN].sum() == 0:
        table = table.drop(columns=UNKNOWN)
    return table


def _bands_series(counts: dict[str, int], bands: Bands) -> pd.Series:
    series = _series(counts, "count").reindex([*bands.keys, UNKNOWN], fill_value=0)
    return series if series[UNKNOWN] else series.drop(UNKNOWN)


def _counts(categorical: pd.Series) -> pd.Series:
    counts = np.bincount(categorical.cat.codes.to_numpy() + 1, minlength=len(categorical.cat.categories) + 1)[1:]
    return pd.Series(counts, index=list(categorical.cat.categories), dtype="int64", name="count")


def summarize_cases(cases, age_bands: Bands) -> Inventory:
    frame = cases.frame
    bands = [UNKNOWN, *age_bands.keys]
    band_index = age_bands.positions(frame["age"].to_numpy(dtype=float))
    sex_index = frame["sex"].cat.codes.to_numpy()  # kvinna, man, "" (unknown)
    cells = np.bincount(band_index * 3 + sex_index, minlength=len(bands) * 3).reshape(len(bands), 3)
    age_sex = {(band, sex): int(cells[row, column]) for row, band in enumerate(bands)
               for column, sex in enumerate(SEXES)}
    durations = DURATION_BANDS.count(full_months(frame["opened"].to_numpy(), cases.on))
    months, month_counts = month_keys(frame["opened"].to_numpy())
    insatser = cases.insatser
    has_insats_column = bool(cases.mapping.columns(Role.INSATS))
    reasons = _counts(frame["reason"])
    return Inventory(
        inventory_date=cases.on,
        by_age_sex=age_sex_table(age_sex, age_bands),
        by_reason=_counts(frame["reason_group"]).reindex(REASON_GROUPS, fill_value=0),
        by_reason_text=reasons[(reasons > 0) & (reasons.index != "")].sort_values(ascending=False, kind="stable"),
        by_duration=_bands_series(durations, DURATION_BANDS),
        by_insats=insatser.sum().astype("int64").sort_values(ascending=False, kind="stable").rename("count"),
        without_insats=int((~insatser.any(axis=1)).sum()) if has_insats_column else None,
        inflow_by_month=every_month(pd.Series(month_counts, index=months, dtype="int64", name="count")),
        excluded=cases.excluded, source=cases.source, age_edges=age_bands.edges,
    )


def with_target_reasons(inventory: Inventory, cases, filters) -> Inventory:
    """``inventory`` with the reason groups of the target group ``filters`` keeps among ``cases``: the support
    map reads the target group's needs from them (a one-dimensional count, like the others)."""
    chosen = cases.frame["reason_group"][filters.mask(cases.frame, cases.insatser, cases.on)]
    return replace(inventory, target_by_reason=_counts(chosen).reindex(REASON_GROUPS, fill_value=0))
