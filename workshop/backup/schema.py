"""Which tables a backup holds and how their rows point at each other, read from the tables' metadata.

A table joins a backup by itself when its rows belong to a team (a ``team_id``
or another reference they cannot exist without), so a step's new table needs
no change here. Only what the metadata cannot say is written down below.
"""

from __future__ import annotations

from functools import cache
from graphlib import TopologicalSorter

from sqlalchemy import Integer, Table

from workshop.store.tables import Base
from workshop.support_map.keys import NeedKind

EXCLUDED_TABLES = frozenset({"access_failure", "instance_setting"})
"""This installation's own: wrong-code attempts and the secret that signs its links."""

IMPLICIT_REFERENCES = {("history", "team_id"): "team", ("history", "collaborative_id"): "collaborative"}
"""History names its scope without foreign keys, so that it outlives what it describes."""

EMBEDDED_REFERENCES = {("support", "need_keys"): ("support_need", f"{NeedKind.TYPED}:")}
"""Ids inside a list of texts: a support's needs include ``typed:<support_need.id>`` (workshop.support_map.keys)."""

ACTOR_REFERENCES = {"team": "team", "facilitator": "collaborative"}
"""History's actor ``team:<id>`` or ``facilitator:<collaborative id>`` (workshop.session.Session.actor)."""

HISTORY = "history"
"""Its rows name rows of every other table (``entity``, ``entity_id``, ``changes``), so it comes last."""


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def own_id(table_: Table) -> str | None:
    """The column of a table's own number (renumbered in a backup), if it has one."""
    keys = list(table_.primary_key.columns)
    if len(keys) == 1 and not keys[0].foreign_keys and isinstance(keys[0].type, Integer):
        return keys[0].name
    return None


def references(table_: Table) -> dict[str, str]:
    """Column -> the table whose ids it holds (foreign keys and the implicit ones)."""
    found = {column.name: next(iter(column.foreign_keys)).column.table.name
             for column in table_.columns if column.foreign_keys}
    found.update({column: target for (name, column), target in IMPLICIT_REFERENCES.items() if name == table_.name})
    return found


def owner_references(table_: Table) -> dict[str, str]:
    """The references a row cannot exist without: the row belongs to what they point at."""
    return {column: target for column, target in references(table_).items()
            if target != table_.name
            and (not table_.c[column].nullable or (table_.name, column) in IMPLICIT_REFERENCES)}


@cache
def scope(root: str) -> tuple[Table, ...]:
    """The tables of a backup of one ``root`` row ("team" or "collaborative"), parents before children."""
    candidates = [t for t in Base.metadata.sorted_tables if t.name not in EXCLUDED_TABLES]
    members = {root}
    grown = True
    while grown:
        grown = False
        for candidate in candidates:
            if candidate.name not in members and members & set(owner_references(candidate).values()):
                members.add(candidate.name)
                grown = True
    return tuple(table(name) for name in _ordered(members))


def _ordered(members: set[str]) -> list[str]:
    graph: TopologicalSorter[str] = TopologicalSorter()
    for name in sorted(members):
        depends_on = set(references(table(name)).values())
        depends_on |= {target for (owner, _column), (target, _prefix) in EMBEDDED_REFERENCES.items()
                       if owner == name}
        if name == HISTORY:
            depends_on |= members
        graph.add(name, *sorted((depends_on & members) - {name}))
    return list(graph.static_order())
