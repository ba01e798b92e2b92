"""An export as read: its text columns (identity numbers and names already removed) and what was dropped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from workshop.i18n import N_, _
from workshop.inventory.files import FileKind
from workshop.inventory.mapping import ColumnMapping, Role, guess_mapping
from workshop.model import LABELS, Choice

if TYPE_CHECKING:
    import pandas as pd

    from workshop.inventory.cases import Cases
    from workshop.inventory.problems import Problem
    from workshop.inventory.summary import Inventory


class DropReason(Choice):
    IDENTITY = "identity"
    NAME = "name"


LABELS.update({
    DropReason.IDENTITY: N_("personal identity numbers: age and legal sex were worked out from them, then the "
                            "numbers were removed and are never saved"),
    DropReason.NAME: N_("names are never read or saved"),
})


@dataclass(frozen=True)
class DroppedColumn:
    column: str
    reason: DropReason

    @property
    def message(self) -> str:
        return _("Column “{column}” was removed: {reason}.").format(column=self.column, reason=self.reason.label)


@dataclass(frozen=True)
class Export:
    kind: FileKind
    columns: tuple[str, ...]
    header_row: int
    """Row number of the header in the file or sheet (1 = first row)."""
    sheets: tuple[str, ...]
    sheet: str | None
    dropped: tuple[DroppedColumn, ...]
    notes: tuple[str, ...]
    read_on: dt.date
    frame: pd.DataFrame = field(repr=False, compare=False)
    identity: pd.DataFrame | None = field(repr=False, compare=False)
    """Birth date, legal sex and validity per row, worked out from the removed identity column."""

    @property
    def rows(self) -> int:
        return len(self.frame)

    @cached_property
    def mapping(self) -> ColumnMapping:
        """Roles suggested from the column names; columns of only yes/no marks as insatser."""
        from workshop.inventory.parsing import is_yes_no

        guessed = guess_mapping(self.columns)
        taken = {column for _role, columns in guessed.roles for column in columns}
        marks = [column for column in self.columns if column not in taken and is_yes_no(self.frame[column])]
        return guessed.with_role(Role.INSATS, [*guessed.columns(Role.INSATS), *marks]) if marks else guessed

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Row-level problems with the suggested mapping, at the date the file was read."""
        return self.cases().problems

    def cases(self, mapping: ColumnMapping | None = None, on: dt.date | None = None) -> Cases:
        from workshop.inventory.cases import build_cases

        return build_cases(self, mapping or self.mapping, on or self.read_on)

    def summarize(self, mapping: ColumnMapping | None = None, on: dt.date | None = None) -> Inventory:
        """Counts of the rows without problems, at ``on`` (default: the day the file was read)."""
        return self.cases(mapping, on).summarize()
