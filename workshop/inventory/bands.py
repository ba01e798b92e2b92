"""Age bands and bands of time since case opening; labels such as "18–24" and "10–11 mån".

Bands are given by their lower edges; the last band is open ("65+").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop.errors import InvalidInput
from workshop.i18n import _

DEFAULT_AGE_EDGES = (0, 18, 25, 30, 40, 50, 65)
"""18–24 is unga vuxna, as in official statistics."""
DURATION_EDGES = (0, 3, 6, 10, 12, 24)
LONG_TERM_MONTHS = 10
"""Socialstyrelsen's long-term social assistance: 10 months or more."""
UNKNOWN = "?"
YOUNG_ADULTS = (18, 24)


@dataclass(frozen=True)
class Bands:
    edges: tuple[int, ...]

    def __post_init__(self) -> None:
        if not self.edges or list(self.edges) != sorted(set(self.edges)) or self.edges[0] < 0:
            raise ValueError(f"band edges must rise from 0 or more: {self.edges}")

    @property
    def keys(self) -> tuple[str, ...]:
        """Stable keys of the bands: ``"18-24"``, ``"65+"``."""
        uppers = [*(edge - 1 for edge in self.edges[1:]), None]
        return tuple(f"{low}-{high}" if high is not None else f"{low}+" for low, high in zip(self.edges, uppers,
                                                                                               strict=True))

    def positions(self, values):
        """Per value of a float array: 0 where missing or below the first edge, else 1 + its band's index."""
        import numpy as np

        index = np.searchsorted(np.array(self.edges), values, side="right")
        return np.where(np.isnan(values), 0, index)

    def count(self, values) -> dict[str, int]:
        """How many values fall in each band, by key (``UNKNOWN`` for missing)."""
        import numpy as np

        counts = np.bincount(self.positions(values), minlength=len(self.edges) + 1)
        return dict(zip((UNKNOWN, *self.keys), (int(count) for count in counts), strict=True))

    def range_of(self, key: str) -> tuple[int, int | None]:
        low, _, high = key.replace("+", "-").partition("-")
        return int(low), int(high) if high else None


def _label(key: str, unknown: str, open_ended: str, closed: str) -> str:
    if key == UNKNOWN:
        return unknown
    if key.endswith("+"):
        return open_ended.format(low=key[:-1])
    low, high = key.split("-")
    return closed.format(low=low, high=high)


def age_label(key: str) -> str:
    return _label(key, _("Age not known"), _("{low}+ years"), _("{low}–{high} years"))


def duration_label(key: str) -> str:
    return _label(key, _("Date not known"), _("{low} months or more"), _("{low}–{high} months"))


MAX_AGE_BANDS = 12


def age_bands_from_text(text: str) -> Bands:
    """Age groups typed as the lowest age of each group: "18, 25, 30, 40, 50, 65" (0 is added first)."""
    parts = [part for part in re.split(r"[,;\s]+", text or "") if part]
    if not parts or not all(part.isdigit() for part in parts):
        raise InvalidInput(_("Write the lowest age of each age group as whole numbers, for example 18, 25, 30, 40."),
                           field="age_bands")
    edges = tuple(int(part) for part in parts)
    if list(edges) != sorted(set(edges)) or edges[-1] > 120:
        raise InvalidInput(_("The ages must rise from group to group and be at most 120."), field="age_bands")
    edges = edges if edges[0] == 0 else (0, *edges)
    if len(edges) > MAX_AGE_BANDS:
        raise InvalidInput(_("Use at most {limit} age groups.").format(limit=MAX_AGE_BANDS), field="age_bands")
    return Bands(edges)


AGE_BANDS = Bands(DEFAULT_AGE_EDGES)
DURATION_BANDS = Bands(DURATION_EDGES)
