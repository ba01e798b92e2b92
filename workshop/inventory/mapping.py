"""Column roles and how they are guessed from Swedish and English header names.

The guess is only a suggestion: the team confirms it in the page, and the
confirmed mapping is kept per team as a profile for the next import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop.i18n import N_
from workshop.model import LABELS, Choice


class Role(Choice):
    BIRTH = "birth"
    AGE = "age"
    SEX = "sex"
    OPENED = "opened"
    REASON = "reason"
    INSATS = "insats"
    AREA = "area"


LABELS.update({
    Role.BIRTH: N_("Birth year or date of birth"),
    Role.AGE: N_("Age"),
    Role.SEX: N_("Sex"),
    Role.OPENED: N_("Date of case opening (aktualisering)"),
    Role.REASON: N_("Reason (barrier to self-support)"),
    Role.INSATS: N_("Ongoing interventions (insatser)"),
    Role.AREA: N_("Area"),
})

MULTI_COLUMN_ROLES = frozenset({Role.INSATS})
_ROLE_VALUES = frozenset(role.value for role in Role)

# Normalised header names (see :func:`normalise`) for each role; earlier entries win.
ALIASES: dict[Role, tuple[str, ...]] = {
    Role.BIRTH: ("födelsedatum", "födelseår", "född", "födelse", "fodelsedatum", "fodelsear", "date of birth",
                 "birth date", "birth year", "birthdate", "dob", "year of birth"),
    Role.AGE: ("ålder", "alder", "age", "ålder år", "age years"),
    Role.SEX: ("juridiskt kön", "kön", "kon", "sex", "gender", "legal sex"),
    Role.OPENED: ("aktualiseringsdatum", "datum för aktualisering", "aktualiserad", "aktualisering", "akt datum",
                  "aktdatum", "ansökningsdatum", "ärendestart", "startdatum", "inledningsdatum", "datum inledd",
                  "case opened", "opened", "opening date", "start date", "date opened"),
    Role.REASON: ("försörjningshinder", "orsak till aktualisering", "aktualiseringsorsak", "orsak", "anledning",
                  "skäl", "barrier", "reason"),
    Role.INSATS: ("pågående insatser", "pågående insats", "insatser", "insats", "beviljade insatser",
                  "beviljad insats", "interventions", "intervention", "services"),
    Role.AREA: ("område", "stadsdel", "distrikt", "kommundel", "enhet", "area", "district", "unit"),
}

IDENTITY_ALIASES = ("personnummer", "personnr", "persnr", "pnr", "person nr", "samordningsnummer", "samordningsnr",
                    "personnummer samordningsnummer", "id nummer", "identitetsnummer", "personal identity number",
                    "personal number", "ssn")
NAME_ALIASES = ("namn", "förnamn", "efternamn", "tilltalsnamn", "klientnamn", "klient namn", "sökande",
                "sökandes namn", "medsökande", "name", "first name", "last name", "surname", "full name",
                "client name")


def normalise(header: str) -> str:
    """Lower case, punctuation as spaces, single spaces: ``"Kön (M/K)"`` → ``"kön m k"``."""
    return " ".join(re.sub(r"[^\wåäöéü]+", " ", header.casefold()).replace("_", " ").split())


def _matches(header: str, aliases: Iterable[str]) -> int | None:
    """How well ``header`` matches: 0 exact, 1 starts with an alias word, 2 contains one; None if not at all."""
    name = normalise(header)
    words = f" {name} "
    best = None
    for alias in aliases:
        if name == alias:
            return 0
        if name.startswith(alias + " "):
            best = 1 if best is None else min(best, 1)
        elif f" {alias} " in words:
            best = 2 if best is None else min(best, 2)
    return best


def is_identity_header(header: str) -> bool:
    return _matches(header, IDENTITY_ALIASES) is not None


def is_name_header(header: str) -> bool:
    return _matches(header, NAME_ALIASES) in (0, 1) or normalise(header).endswith(" namn")


@dataclass(frozen=True)
class ColumnMapping:
    """Which columns play which role, and how the team sorted values that are no known category
    (one-way key → category, see :mod:`workshop.inventory.categories`). Replaced, never changed in place."""

    roles: tuple[tuple[Role, tuple[str, ...]], ...] = ()
    categories: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, roles: Mapping[Role | str, Iterable[str]], categories: Mapping[str, str] | None = None
           ) -> ColumnMapping:
        ordered = [(role, tuple(roles[role])) for role in Role if role in roles and tuple(roles[role])]
        return cls(tuple(ordered), tuple(sorted((categories or {}).items())))

    def columns(self, role: Role) -> tuple[str, ...]:
        return dict(self.roles).get(role, ())

    def column(self, role: Role) -> str | None:
        found = self.columns(role)
        return found[0] if found else None

    def category(self, key: str) -> str | None:
        """The category the team chose for the value with this key, if it chose one."""
        return dict(self.categories).get(key)

    def with_role(self, role: Role, columns: Iterable[str]) -> ColumnMapping:
        current: dict[Role | str, Iterable[str]] = dict(self.roles)
        current[role] = tuple(columns)
        return ColumnMapping.of(current, dict(self.categories))

    def with_categories(self, chosen: Mapping[str, str]) -> ColumnMapping:
        """The mapping with these choices added to the team's earlier ones."""
        return ColumnMapping(self.roles, tuple(sorted({**dict(self.categories), **chosen}.items())))

    def restricted_to(self, available: Iterable[str]) -> ColumnMapping:
        """The mapping without columns the current file does not have."""
        present = set(available)
        return ColumnMapping.of({role: [c for c in columns if c in present] for role, columns in self.roles},
                                dict(self.categories))

    def as_dict(self) -> dict[str, list[str]]:
        """Column names by role (the profile also keeps :attr:`categories`)."""
        return {role.value: list(columns) for role, columns in self.roles}

    @classmethod
    def from_dict(cls, stored: Mapping[str, Iterable[str]], categories: Mapping[str, str] | None = None
                  ) -> ColumnMapping:
        return cls.of({Role(role): columns for role, columns in stored.items() if role in _ROLE_VALUES}, categories)


def guess_mapping(columns: Iterable[str], profile: ColumnMapping | None = None) -> ColumnMapping:
    """Roles suggested for ``columns``: the team's profile first, then header names."""
    columns = list(columns)
    chosen: dict[Role | str, Iterable[str]] = {}
    if profile is not None:
        chosen = {role: list(found) for role, found in profile.restricted_to(columns).roles}
    categories = dict(profile.categories) if profile is not None else {}
    taken = {column for found in chosen.values() for column in found}
    for role in Role:
        if role in chosen:
            continue
        scored = sorted((score, index, column) for index, column in enumerate(columns)
                        if column not in taken and (score := _matches(column, ALIASES[role])) is not None)
        if not scored:
            continue
        picked = [column for _score, _index, column in scored] if role in MULTI_COLUMN_ROLES else [scored[0][2]]
        chosen[role] = picked
        taken.update(picked)
    return ColumnMapping.of(chosen, categories)
