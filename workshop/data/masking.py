"""Masking a notebook's own count tables before they are shared, as the kit masks every shared output
(``workshop.suppression``: "<5" for small counts, "x" where a small one could be worked out)."""

from __future__ import annotations

import pandas as pd

from workshop.i18n import _
from workshop.suppression import suppress_counts, suppress_frame


def mask_table(table: pd.DataFrame) -> pd.DataFrame:
    """A two-dimensional count table (e.g. a ``pd.crosstab``) as others may see it, with totals, as text."""
    return suppress_frame(table)


def mask_counts(counts: pd.Series) -> pd.Series:
    """One-dimensional counts as others may see them, as text, with the total last."""
    shown, total = suppress_counts({str(key): int(count) for key, count in counts.items()})
    return pd.Series([*shown.values(), total], index=[*shown, _("Total")], dtype="string", name=counts.name)
