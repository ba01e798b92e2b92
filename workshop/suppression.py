"""Small counts are masked as "<5" in everything others see (docs/integritet.md, "Suppression").

A count from 1 up to the threshold minus one is masked as "<5" (primary suppression).
Other cells are hidden as "x" where a "<5" could otherwise be worked out from the
totals and the shown cells (secondary suppression, :mod:`workshop.suppression_pattern`).
An "x" says nothing about its count's size, so no marker states a range its count is
outside of. Zeros are shown unless they are needed as "x": a zero reveals nobody.

The threshold is 5 unless the installation sets ``WORKSHOP_SUPPRESSION_THRESHOLD``
or ``suppression_threshold`` in its config file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

import os
import tomllib
from collections.abc import Mapping, Sequence

from workshop.i18n import _
from workshop.suppression_pattern import Marker, hide, list_layout, table_layout

DEFAULT_THRESHOLD = 5
THRESHOLD_VARIABLE = "WORKSHOP_SUPPRESSION_THRESHOLD"


def suppression_threshold() -> int:
    """The installation's threshold: counts below it (and above zero) are masked."""
    configured = os.environ.get(THRESHOLD_VARIABLE)
    if configured is None:
        from workshop.config import config_file

        path = config_file()
        if path.is_file():
            with path.open("rb") as handle:
                configured = tomllib.load(handle).get("suppression_threshold")
    if configured is None:
        return DEFAULT_THRESHOLD
    threshold = int(configured)
    if threshold < 1:
        raise ValueError(f"the suppression threshold must be at least 1, not {threshold}")
    return threshold


def masked_label(threshold: int) -> str:
    return f"<{threshold}"


HIDDEN_LABEL = "x"
"""A count hidden only so that the small ones cannot be worked out; it may be of any size."""


def is_masked(shown: str) -> bool:
    """Whether a count as shown to others is one of the markers rather than a number."""
    return shown in (masked_label(suppression_threshold()), HIDDEN_LABEL)


def suppression_legend(threshold: int | None = None) -> str:
    """One sentence explaining both markers, for every place that shows masked counts."""
    threshold = suppression_threshold() if threshold is None else threshold
    return _("“{small}” = fewer than {threshold} (hidden to protect individuals). “{hidden}” = hidden so that "
             "the hidden numbers cannot be worked out.").format(
        small=masked_label(threshold), threshold=threshold, hidden=HIDDEN_LABEL)


def suppression_markers(cells: Sequence[Sequence[int]], *, threshold: int | None = None) -> list[list[Marker]]:
    """A marker for every cell of ``cells`` plus totals (one more row and one more column: the totals)."""
    threshold = suppression_threshold() if threshold is None else threshold
    return _by_row(hide(table_layout(cells), threshold), len(cells[0]) + 1)


def _by_row(items: list, width: int) -> list[list]:
    return [items[start:start + width] for start in range(0, len(items), width)]


def _shown(value: int, marker: Marker, threshold: int) -> str:
    from workshop.i18n import format_number

    if marker is Marker.SMALL:
        return masked_label(threshold)
    return HIDDEN_LABEL if marker is Marker.HIDDEN else format_number(value)


def suppress_counts(counts: Mapping[str, int], *, threshold: int | None = None) -> tuple[dict[str, str], str]:
    """One-dimensional counts as shown to others: ``({category: text}, total text)``.

    The total is the number of people counted, which is shown elsewhere too: it is masked only
    when it is small itself.
    """
    threshold = suppression_threshold() if threshold is None else threshold
    layout = list_layout([int(count) for count in counts.values()])
    markers = hide(layout, threshold)
    *shown, total = (_shown(cell.value, marker, threshold) for cell, marker in zip(layout.cells, markers, strict=True))
    return dict(zip(counts, shown, strict=True)), total


def suppress_frame(frame: pd.DataFrame, *, threshold: int | None = None) -> pd.DataFrame:
    """A two-dimensional count table (pandas DataFrame) as shown to others, with totals, as text."""
    import pandas as pd

    threshold = suppression_threshold() if threshold is None else threshold
    cells = frame.fillna(0).astype(int).to_numpy().tolist()
    total_label = _("Total")
    if not cells or not cells[0]:
        return pd.DataFrame()
    layout = table_layout(cells)
    texts = [_shown(cell.value, marker, threshold)
             for cell, marker in zip(layout.cells, hide(layout, threshold), strict=True)]
    return pd.DataFrame(_by_row(texts, len(cells[0]) + 1), index=[*map(str, frame.index), total_label],
                        columns=[*map(str, frame.columns), total_label])
