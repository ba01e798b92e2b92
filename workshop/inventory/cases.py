"""The cases of an export at an inventory date: age, sex, time since opening, reason, insatser.

Held in memory only, for counting; never stored (docs/integritet.md, "What is stored"). Rows with
problems are listed by row number and left out of every count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from workshop.inventory import parsing
from workshop.inventory.bands import AGE_BANDS, Bands
from workshop.inventory.categories import GROUP_TEXTS, OTHER, Unrecognised, decision_key, is_choice, known_insats
from workshop.inventory.datemath import full_years
from workshop.inventory.export import DropReason, Export
from workshop.inventory.identity import contains_identity_number
from workshop.inventory.mapping import ColumnMapping, Role, normalise
from workshop.inventory.problems import Problem, ProblemKind, ProblemList
from workshop.inventory.reasons import REASON_GROUPS, ReasonGroup, listed_reason, reason_group

MAX_AGE = 120
SEX_CODES = (*parsing.SEXES, "")
SEX_NOT_STATED = len(parsing.SEXES)
MAX_LABEL_LENGTH = 120


@dataclass(frozen=True)
class Cases:
    on: dt.date
    mapping: ColumnMapping
    frame: pd.DataFrame = field(repr=False)
    """Columns ``age``, ``sex``, ``opened``, ``reason``, ``reason_group``; problem rows left out."""
    insatser: pd.DataFrame = field(repr=False)
    problems: tuple[Problem, ...]
    excluded: int
    unrecognised: tuple[Unrecognised, ...]
    """Values of the reason and insats columns that are no known category and that the team has not sorted
    yet: counted under the suggestion until it does (in memory only, never stored)."""
    source: str
    age_bands: Bands = AGE_BANDS

    @property
    def total(self) -> int:
        return len(self.frame)

    def summarize(self, age_bands: Bands | None = None):
        from workshop.inventory.counting import summarize_cases

        return summarize_cases(self, age_bands or self.age_bands)

    def count(self, filters) -> int:
        """How many cases the target-group filters keep."""
        return int(filters.mask(self.frame, self.insatser, self.on).sum())


def safe_label(text: str) -> str:
    """A category text fit to store: short, and never holding an identity number."""
    text = " ".join(str(text).split())[:MAX_LABEL_LENGTH]
    return "[…]" if contains_identity_number(text) else text


class _Builder:
    def __init__(self, export: Export, mapping: ColumnMapping, on: dt.date) -> None:
        self.export, self.mapping, self.on = export, mapping.restricted_to(export.columns), on
        self.frame = export.frame
        count = len(self.frame)
        self.found = ProblemList(export.header_row + 1 + self.frame.index.to_numpy())
        self.age = np.full(count, np.nan)
        self.sex = np.full(count, SEX_NOT_STATED, dtype=np.int8)  # index into SEX_CODES
        self.on_timestamp = pd.Timestamp(on)
        self.unrecognised: dict[str, Unrecognised] = {}

    def _identity_column(self) -> str:
        return next((d.column for d in self.export.dropped if d.reason is DropReason.IDENTITY), "")

    def fill_age(self, ages: np.ndarray) -> None:
        self.age = np.where(np.isnan(self.age), ages, self.age)

    def identity(self) -> None:
        facts = self.export.identity
        if facts is None:
            return
        column = self._identity_column()
        self.found.add(ProblemKind.IDENTITY_INVALID, column, (facts["filled"] & ~facts["valid"]).to_numpy())
        self.found.add(ProblemKind.IDENTITY_DUPLICATE, column, facts["duplicate"].to_numpy())
        self.fill_age(full_years(facts["birth_date"].to_numpy(), self.on))
        known = facts["sex"].cat.codes.to_numpy()
        self.sex = np.where(known >= 0, known, SEX_NOT_STATED).astype(np.int8)

    def dates(self, column: str, values: pd.Series | None = None) -> pd.Series:
        read = parsing.parse_dates(self.frame[column] if values is None else values)
        self.found.add(ProblemKind.DATE_UNREADABLE, column, read.unreadable)
        self.found.add(ProblemKind.DATE_OTHER_FORMAT, column, read.other_format)
        self.found.add(ProblemKind.DATE_FUTURE, column, (read.values > self.on_timestamp).to_numpy())
        return read.values.where(~read.other_format & (read.values <= self.on_timestamp))

    def birth(self) -> None:
        column = self.mapping.column(Role.BIRTH)
        if column is None:
            return
        years, is_year = parsing.birth_years(self.frame[column])
        # Only a year: the age the person turns this year.
        self.fill_age((self.on.year - years).to_numpy(dtype=float))
        if not is_year.all():
            dates = self.dates(column, self.frame[column].where(~is_year, ""))
            self.fill_age(full_years(dates.to_numpy(), self.on))

    def typed_age(self) -> None:
        column = self.mapping.column(Role.AGE)
        if column is None:
            return
        numbers, unreadable = parsing.parse_numbers(self.frame[column])
        self.found.add(ProblemKind.AGE_UNREADABLE, column, unreadable)
        self.fill_age(np.floor(numbers.to_numpy(dtype=float)))

    def impossible_ages(self) -> None:
        impossible = (self.age < 0) | (self.age > MAX_AGE)
        column = self.mapping.column(Role.AGE) or self.mapping.column(Role.BIRTH) or self._identity_column()
        self.found.add(ProblemKind.AGE_IMPOSSIBLE, column, impossible)

    def typed_sex(self) -> None:
        column = self.mapping.column(Role.SEX)
        if column is None:
            return
        values, unknown = parsing.parse_sex(self.frame[column])
        self.found.add(ProblemKind.UNKNOWN_CODE, column, unknown)
        self.sex = np.where(self.sex == SEX_NOT_STATED, values, self.sex).astype(np.int8)

    def opened(self) -> pd.Series:
        column = self.mapping.column(Role.OPENED)
        if column is None:
            return pd.Series(pd.NaT, index=self.frame.index, dtype="datetime64[ns]")
        return self.dates(column)

    def _chosen(self, role: Role, text: str) -> str | None:
        chosen = self.mapping.category(decision_key(role, text))
        return chosen if chosen is not None and is_choice(role, chosen) else None

    def _unrecognised(self, role: Role, text: str, suggestion: str) -> None:
        found = Unrecognised(role, " ".join(text.split()), suggestion)
        self.unrecognised.setdefault(found.key, found)

    def reason(self, text: str) -> tuple[str, ReasonGroup]:
        """The reason text kept for a cell (the code list's, or its main group's) and its group."""
        if not normalise(text):
            return "", ReasonGroup.NOT_STATED
        listed = listed_reason(text)
        if listed is not None:
            return listed
        chosen = self._chosen(Role.REASON, text)
        if chosen is None:
            group = reason_group(text)[0]
            self._unrecognised(Role.REASON, text, group.value)
        else:
            group = ReasonGroup(chosen)
        return GROUP_TEXTS[group], group

    def insats(self, name: str) -> str:
        """The known insats a cell names, the team's choice for it, else "Övrigt"."""
        known = known_insats(name) or self._chosen(Role.INSATS, name)
        if known is None:
            self._unrecognised(Role.INSATS, name, OTHER)
        return known or OTHER

    def reasons(self) -> tuple[pd.Categorical, pd.Categorical]:
        column = self.mapping.column(Role.REASON)
        count = len(self.frame)
        if column is None:
            codes, texts = np.zeros(count, dtype=np.intp), [""]
        else:
            codes, texts = parsing.distinct(self.frame[column])
        kept = [self.reason(text) for text in texts]
        positions = {label: position for position, label in enumerate(dict.fromkeys(label for label, _ in kept))}
        label_codes = np.array([positions[label] for label, _group in kept] or [0])
        group_codes = np.array([REASON_GROUPS.index(group.value) for _label, group in kept] or [0])
        return (pd.Categorical.from_codes(label_codes[codes], categories=list(positions)),
                pd.Categorical.from_codes(group_codes[codes], categories=REASON_GROUPS))

    def build(self) -> Cases:
        self.identity()
        self.birth()
        self.typed_age()
        self.impossible_ages()
        self.typed_sex()
        opened = self.opened()
        reasons, groups = self.reasons()
        insatser = parsing.insats_indicators(self.frame, self.mapping.columns(Role.INSATS), self.insats)
        insatser.columns = [safe_label(name) for name in insatser.columns]
        keep = ~self.found.rows
        sexes = pd.Categorical.from_codes(self.sex, categories=SEX_CODES)
        frame = pd.DataFrame({"age": self.age, "sex": sexes, "opened": opened.to_numpy(), "reason": reasons,
                              "reason_group": groups}, index=self.frame.index)[keep]
        return Cases(on=self.on, mapping=self.mapping, frame=frame, insatser=insatser[keep],
                     problems=tuple(self.found.problems), excluded=int(self.found.rows.sum()),
                     unrecognised=tuple(self.unrecognised.values()), source=self.export.kind.value)


def build_cases(export: Export, mapping: ColumnMapping, on: dt.date) -> Cases:
    return _Builder(export, mapping, on).build()
