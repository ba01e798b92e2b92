"""Blocks of points as a spreadsheet gives them, for the results tests."""

from __future__ import annotations

from workshop.improvement import Frequency
from workshop.results import parse_period

SHIFT_VALUES = [2, 3, 2, 1, 3, 2.5, 2, 3, 1, 2, 2, 3, 4, 5, 4, 6, 5, 5.5, 4, 6, 5, 6, 5, 4]
"""24 weeks: 12 low, then 12 high – a shift the run-chart rules see."""


def weekly_block(values, first: str = "v. 36 2026") -> str:
    """Rows ``period<TAB>value`` with Swedish week labels and decimal commas."""
    period = parse_period(first, Frequency.WEEK)
    lines = []
    for value in values:
        lines.append(f"{period.label}\t{str(value).replace('.', ',')}")
        period = period.next()
    return "\n".join(lines)
