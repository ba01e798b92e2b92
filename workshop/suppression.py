"""Small counts are masked as "<5" in everything others see (PRIVACY.md rule 3).

A count from 1 up to the threshold minus one is masked (primary suppression).
Then, in every row and column together with its total, a single masked cell
could be worked out from the total; so a second cell is masked too — the
smallest one, or the total itself when nothing else is left (secondary
suppression). Zeros are not masked: they reveal nobody.

The threshold is 5 unless the installation sets ``WORKSHOP_SUPPRESSION_THRESHOLD``
or ``suppression_threshold`` in its config file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence

from workshop.i18n import _

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


def _with_totals(cells: Sequence[Sequence[int]]) -> list[list[int]]:
    """The table with a total column, a total row and the grand total."""
    table = [[*map(int, row), sum(map(int, row))] for row in cells]
    width = len(table[0]) if table else 1
    table.append([sum(row[column] for row in table) for column in range(width)])
    return table


def _constraints(rows: int, columns: int) -> list[list[tuple[int, int]]]:
    """Lines whose inner cells add up to their last cell (the total)."""
    return ([[(row, column) for column in range(columns)] for row in range(rows)]
            + [[(row, column) for row in range(rows)] for column in range(columns)])


def suppression_mask(cells: Sequence[Sequence[int]], *, threshold: int | None = None) -> list[list[bool]]:
    """Which cells of ``cells`` plus totals (last column, last row) must be masked.

    The result has one more row and one more column than ``cells``: the totals.
    """
    threshold = suppression_threshold() if threshold is None else threshold
    table = _with_totals(cells)
    rows, columns = len(table), len(table[0])
    mask = [[0 < value < threshold for value in row] for row in table]
    lines = _constraints(rows, columns)
    changed = True
    while changed:
        changed = False
        for line in lines:
            *inner, total = line
            masked = [cell for cell in line if mask[cell[0]][cell[1]]]
            if len(masked) != 1:
                continue
            candidates = [cell for cell in inner if not mask[cell[0]][cell[1]]]
            nonzero = [cell for cell in candidates if table[cell[0]][cell[1]] > 0]
            chosen = min(nonzero or candidates, key=lambda cell: table[cell[0]][cell[1]], default=total)
            mask[chosen[0]][chosen[1]] = True
            changed = True
    return mask


def _shown(value: int, masked: bool, threshold: int) -> str:
    from workshop.i18n import format_number

    return masked_label(threshold) if masked else format_number(value)


def suppress_counts(counts: Mapping[str, int], *, threshold: int | None = None) -> tuple[dict[str, str], str]:
    """One-dimensional counts as shown to others: ``({category: text}, total text)``."""
    threshold = suppression_threshold() if threshold is None else threshold
    names = list(counts)
    cells = [[int(counts[name])] for name in names]
    if not cells:
        return {}, _shown(0, False, threshold)
    mask = suppression_mask(cells, threshold=threshold)
    shown = {name: _shown(cells[index][0], mask[index][0], threshold) for index, name in enumerate(names)}
    total = sum(row[0] for row in cells)
    return shown, _shown(total, mask[-1][0], threshold)


def suppress_frame(frame, *, threshold: int | None = None):
    """A two-dimensional count table (pandas DataFrame) as shown to others, with totals, as text."""
    import pandas as pd

    threshold = suppression_threshold() if threshold is None else threshold
    cells = frame.fillna(0).astype(int).to_numpy().tolist()
    total_label = _("Total")
    if not cells or not cells[0]:
        return pd.DataFrame()
    table = _with_totals(cells)
    mask = suppression_mask(cells, threshold=threshold)
    shown = [[_shown(value, masked, threshold) for value, masked in zip(row, row_mask, strict=True)]
             for row, row_mask in zip(table, mask, strict=True)]
    return pd.DataFrame(shown, index=[*map(str, frame.index), total_label],
                        columns=[*map(str, frame.columns), total_label])
