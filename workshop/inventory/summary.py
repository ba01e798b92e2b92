"""An inventory: the counts a team keeps of its clients, in one or two dimensions, in plain Python.

Only these counts are stored (docs/integritet.md, "What is stored"). Counting them from an export's cases needs
pandas (:mod:`workshop.inventory.counting`); showing, comparing and exporting them does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from workshop.inventory.bands import AGE_BANDS, DURATION_BANDS, LONG_TERM_MONTHS, UNKNOWN, Bands
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
from workshop.inventory.reasons import REASON_GROUPS


@dataclass(frozen=True)
class AgeSexTable:
    """Age band (rows) × sex (columns: kvinna, man, ?): a count in every cell."""

    bands: tuple[str, ...]
    sexes: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    """One row per band, one count per sex."""

    def cells(self) -> Iterator[tuple[str, str, int]]:
        """``(band, sex, count)`` row by row."""
        for band, row in zip(self.bands, self.counts, strict=True):
            yield from ((band, sex, count) for sex, count in zip(self.sexes, row, strict=True))

    @property
    def by_band(self) -> dict[str, int]:
        return {band: sum(row) for band, row in zip(self.bands, self.counts, strict=True)}

    @property
    def by_sex(self) -> dict[str, int]:
        return {sex: sum(row[column] for row in self.counts) for column, sex in enumerate(self.sexes)}


@dataclass(frozen=True)
class Inventory:
    inventory_date: dt.date
    by_age_sex: AgeSexTable = field(repr=False)
    by_reason: dict[str, int] = field(repr=False)
    """By Socialstyrelsen's main group (ReasonGroup values), every group in their order."""
    by_reason_text: dict[str, int] = field(repr=False)
    """By the reason's text, largest first."""
    by_duration: dict[str, int] = field(repr=False)
    """By months since case opening, in bands; ``?`` where the date is not known."""
    by_insats: dict[str, int] = field(repr=False)
    """By insats, largest first."""
    without_insats: int | None
    """Cases with no ongoing insats; None when the export says nothing about insatser."""
    inflow_by_month: dict[str, int] = field(repr=False)
    """Cases opened per month (``YYYY-MM``), every month from the first to the last."""
    excluded: int = 0
    source: str = "manual"
    age_edges: tuple[int, ...] = AGE_BANDS.edges
    target_by_reason: dict[str, int] | None = field(default=None, repr=False)
    """The target group's cases by reason group, when it was chosen over the cases (not over typed counts)."""

    @property
    def total(self) -> int:
        return sum(count for _band, _sex, count in self.by_age_sex.cells())

    @property
    def by_age_band(self) -> dict[str, int]:
        return self.by_age_sex.by_band

    @property
    def by_sex(self) -> dict[str, int]:
        return self.by_age_sex.by_sex

    @property
    def long_term_share(self) -> float | None:
        """Share of cases opened 10 months or more ago, among those with a known date."""
        known = {key: count for key, count in self.by_duration.items() if key != UNKNOWN}
        if sum(known.values()) == 0:
            return None
        long_term = sum(count for key, count in known.items()
                        if DURATION_BANDS.range_of(key)[0] >= LONG_TERM_MONTHS)
        return long_term / sum(known.values())

    def to_counts(self) -> list[tuple[str, str, str, int]]:
        """Every count as ``(dimension, category, subcategory, count)``; zeros left out, except an insats
        nobody has, which the team still sees in its saved chart."""
        rows = [(AGE_SEX, band, sex, count) for band, sex, count in self.by_age_sex.cells()]
        for dimension, counts in ((REASON_GROUP, self.by_reason), (REASON, self.by_reason_text),
                                  (DURATION, self.by_duration), (INSATS, self.by_insats),
                                  (INFLOW, self.inflow_by_month)):
            rows.extend((dimension, str(key), "", int(count)) for key, count in counts.items())
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
            by_reason=in_order(grouped.get(REASON_GROUP, {}), REASON_GROUPS),
            by_reason_text=largest_first(grouped.get(REASON, {})),
            by_duration=bands_counts(grouped.get(DURATION, {}), DURATION_BANDS),
            by_insats=largest_first(grouped.get(INSATS, {})),
            without_insats=grouped[WITHOUT_INSATS].get("", 0) if WITHOUT_INSATS in grouped else None,
            inflow_by_month=every_month(grouped.get(INFLOW, {})),
            excluded=excluded, source=source, age_edges=tuple(age_edges),
            target_by_reason=(in_order(grouped[TARGET_REASON_GROUP], REASON_GROUPS)
                              if TARGET_REASON_GROUP in grouped else None),
        )


def in_order(counts: Mapping[str, int], keys: tuple[str, ...]) -> dict[str, int]:
    """A count for each of ``keys`` in their order, 0 where ``counts`` has none."""
    return {key: int(counts.get(key, 0)) for key in keys}


def largest_first(counts: Mapping[str, int]) -> dict[str, int]:
    """Largest count first; equal counts keep their order."""
    return {key: int(count) for key, count in sorted(counts.items(), key=lambda item: -item[1])}


def every_month(counts: Mapping[str, int]) -> dict[str, int]:
    """Counts by month key ("2026-03") with the months between that had no new case as 0: time stays even."""
    if not counts:
        return {}
    (first_year, first_month), (last_year, last_month) = (map(int, key.split("-")) for key in (min(counts),
                                                                                                 max(counts)))
    months = (f"{index // 12}-{index % 12 + 1:02d}"
              for index in range(first_year * 12 + first_month - 1, last_year * 12 + last_month))
    return in_order(counts, tuple(months))


def age_sex_table(counts: Mapping[tuple[str, str], int], bands: Bands) -> AgeSexTable:
    """Age band × sex counts with every band and sex present; the unknown band and sex only when used."""
    all_bands = (*bands.keys, UNKNOWN)
    outside = set(counts) - {(band, sex) for band in all_bands for sex in SEXES}
    if outside:
        raise ValueError(f"age and sex outside the table: {sorted(outside)}")
    used = {key for key, count in counts.items() if count}
    rows = tuple(band for band in all_bands if band != UNKNOWN or any(key[0] == UNKNOWN for key in used))
    columns = tuple(sex for sex in SEXES if sex != UNKNOWN or any(key[1] == UNKNOWN for key in used))
    return AgeSexTable(rows, columns, tuple(tuple(int(counts.get((band, sex), 0)) for sex in columns)
                                            for band in rows))


def bands_counts(counts: Mapping[str, int], bands: Bands) -> dict[str, int]:
    """A count for every band in order, then the unknown one when it has any."""
    ordered = in_order(counts, (*bands.keys, UNKNOWN))
    if not ordered[UNKNOWN]:
        del ordered[UNKNOWN]
    return ordered
