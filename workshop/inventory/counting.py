"""Counting an export's cases into an :class:`~workshop.inventory.summary.Inventory` (pandas: the upload path)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from workshop.inventory.bands import DURATION_BANDS, UNKNOWN, Bands
from workshop.inventory.datemath import full_months, month_keys
from workshop.inventory.dimensions import SEXES
from workshop.inventory.mapping import Role
from workshop.inventory.reasons import REASON_GROUPS
from workshop.inventory.summary import Inventory, age_sex_table, bands_counts, every_month, in_order, largest_first


def _counts(categorical: pd.Series) -> dict[str, int]:
    counts = np.bincount(categorical.cat.codes.to_numpy() + 1, minlength=len(categorical.cat.categories) + 1)[1:]
    return {str(category): int(count) for category, count in zip(categorical.cat.categories, counts, strict=True)}


def summarize_cases(cases, age_bands: Bands) -> Inventory:
    frame = cases.frame
    bands = [UNKNOWN, *age_bands.keys]
    band_index = age_bands.positions(frame["age"].to_numpy(dtype=float))
    sex_index = frame["sex"].cat.codes.to_numpy()  # kvinna, man, "" (unknown)
    cells = np.bincount(band_index * 3 + sex_index, minlength=len(bands) * 3).reshape(len(bands), 3)
    age_sex = {(band, sex): int(cells[row, column]) for row, band in enumerate(bands)
               for column, sex in enumerate(SEXES)}
    months, month_counts = month_keys(frame["opened"].to_numpy())
    insatser = cases.insatser
    has_insats_column = bool(cases.mapping.columns(Role.INSATS))
    reasons = _counts(frame["reason"])
    return Inventory(
        inventory_date=cases.on,
        by_age_sex=age_sex_table(age_sex, age_bands),
        by_reason=in_order(_counts(frame["reason_group"]), REASON_GROUPS),
        by_reason_text=largest_first({reason: count for reason, count in reasons.items() if count and reason}),
        by_duration=bands_counts(DURATION_BANDS.count(full_months(frame["opened"].to_numpy(), cases.on)),
                                 DURATION_BANDS),
        by_insats=largest_first({str(name): int(count) for name, count in insatser.sum().items()}),
        without_insats=int((~insatser.any(axis=1)).sum()) if has_insats_column else None,
        inflow_by_month=every_month(dict(zip(months, (int(count) for count in month_counts), strict=True))),
        excluded=cases.excluded, source=cases.source, age_edges=age_bands.edges,
    )


def with_target_reasons(inventory: Inventory, cases, filters) -> Inventory:
    """``inventory`` with the reason groups of the target group ``filters`` keeps among ``cases``: the support
    map reads the target group's needs from them (a one-dimensional count, like the others)."""
    chosen = cases.frame["reason_group"][filters.mask(cases.frame, cases.insatser, cases.on)]
    return replace(inventory, target_by_reason=in_order(_counts(chosen), REASON_GROUPS))
