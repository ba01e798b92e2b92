"""Row-level problems of an export, named by row number, never by content."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workshop.i18n import N_, _, ngettext
from workshop.model import LABELS, Choice

SHOWN_ROWS = 20


class ProblemKind(Choice):
    IDENTITY_INVALID = "identity_invalid"
    IDENTITY_DUPLICATE = "identity_duplicate"
    DATE_UNREADABLE = "date_unreadable"
    DATE_OTHER_FORMAT = "date_other_format"
    DATE_FUTURE = "date_future"
    AGE_UNREADABLE = "age_unreadable"
    AGE_IMPOSSIBLE = "age_impossible"
    UNKNOWN_CODE = "unknown_code"


LABELS.update({
    ProblemKind.IDENTITY_INVALID: N_("Identity number not valid (wrong check digit or date); age and sex unknown"),
    ProblemKind.IDENTITY_DUPLICATE: N_("The same identity number as an earlier row"),
    ProblemKind.DATE_UNREADABLE: N_("Date that cannot be read"),
    ProblemKind.DATE_OTHER_FORMAT: N_("Date written in another format than the rest of the column"),
    ProblemKind.DATE_FUTURE: N_("Date after the inventory date"),
    ProblemKind.AGE_UNREADABLE: N_("Age that cannot be read"),
    ProblemKind.AGE_IMPOSSIBLE: N_("Age below 0 or above 120"),
    ProblemKind.UNKNOWN_CODE: N_("Code the kit does not know"),
})


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    column: str
    rows: tuple[int, ...]
    """Row numbers as in the file (the header row counts)."""

    @property
    def message(self) -> str:
        shown = ", ".join(str(row) for row in self.rows[:SHOWN_ROWS])
        if len(self.rows) > SHOWN_ROWS:
            shown = _("{rows} and {count} more").format(rows=shown, count=len(self.rows) - SHOWN_ROWS)
        count = ngettext("{count} row", "{count} rows", len(self.rows)).format(count=len(self.rows))
        return _("{problem} – column “{column}”, {count}: row {rows}").format(
            problem=self.kind.label, column=self.column, count=count, rows=shown)


class ProblemList:
    """Collects problems while a file is checked; rows are file row numbers."""

    def __init__(self, row_numbers: np.ndarray) -> None:
        self._row_numbers = row_numbers
        self.problems: list[Problem] = []
        self.rows = np.zeros(len(row_numbers), dtype=bool)

    def add(self, kind: ProblemKind, column: str, mask: np.ndarray) -> None:
        mask = np.asarray(mask, dtype=bool)
        if mask.any():
            self.problems.append(Problem(kind, column, tuple(int(row) for row in self._row_numbers[mask])))
            self.rows |= mask
