"""The few facts the group search needs about a person, read from an object or a mapping."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

PersonId = Hashable
Round = Sequence[Sequence[PersonId]]
"""One meeting's groups, each a sequence of person ids: the shape :func:`make_groups` returns."""


@dataclass(frozen=True)
class Person:
    id: PersonId
    team: Hashable
    municipality: Hashable | None
    host: bool


def _read(person: object, name: str, default: object = None, *, required: bool = False) -> object:
    if isinstance(person, Mapping):
        if required:
            return person[name]
        return person.get(name, default)
    return getattr(person, name) if required else getattr(person, name, default)


def _known(municipality: object) -> Hashable | None:
    """An empty municipality is unknown: it keeps nobody apart."""
    return None if municipality is None or municipality == "" else municipality


def as_people(people: Sequence[object]) -> list[Person]:
    """``people`` as :class:`Person`; ids must be unique (they are made by the kit, not typed)."""
    read = [
        Person(
            id=_read(person, "id", required=True),
            team=_read(person, "team", required=True),
            municipality=_known(_read(person, "municipality")),
            host=bool(_read(person, "host", False)),
        )
        for person in people
    ]
    if len({person.id for person in read}) != len(read):
        raise ValueError("person ids must be unique")
    return read


def group_count(people_count: int, size: int) -> int:
    """How many groups ``people_count`` people make in groups of at most ``size``, never leaving one alone."""
    groups = -(-people_count // size)
    if groups > 1 and people_count // groups < 2:
        groups -= 1
    return groups
