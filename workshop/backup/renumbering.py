"""Ids from one numbering to another: an installation's ids to a file's 1..n, and a file's to new rows.

The same translation runs both ways, so what a file says and what an import
writes always agree. References that may point at rows removed long ago
(history, a support's typed needs) never block a backup: such a row gets a
negative number, which keeps its history entries together and never matches a
row that exists.
"""

from __future__ import annotations

import re

from sqlalchemy import Table

from workshop.backup.schema import (
    ACTOR_REFERENCES,
    EMBEDDED_REFERENCES,
    HISTORY,
    IMPLICIT_REFERENCES,
    own_id,
    references,
)
from workshop.store.tables import Base

_NUMBER = re.compile(r"-?[0-9]+")


class Numbering:
    """One table's ids: the rows known to both numberings, and the ones gone before the backup."""

    def __init__(self, known: dict[int, int] | None = None) -> None:
        self.known = dict(known or {})
        self._gone: dict[int, int] = {}

    def __getitem__(self, source: int) -> int:
        return self.known[source]

    def soft(self, source: int) -> int:
        if source in self.known:
            return self.known[source]
        return self._gone.setdefault(source, -(len(self._gone) + 1))


class Renumbering:
    def __init__(self, context: dict[str, dict[int, int]] | None = None) -> None:
        """``context``: rows outside the backup it points at (a team backup's collaborative)."""
        self._numberings = {name: Numbering(known) for name, known in (context or {}).items()}

    def numbering(self, table_name: str) -> Numbering:
        return self._numberings.setdefault(table_name, Numbering())

    def row(self, table_: Table, row: dict, *, later: frozenset[str] = frozenset()) -> dict:
        """``row`` with every reference translated; its own id and the ``later`` columns are left as they are.

        Rows are translated in the file's order, so that rows gone before the backup are numbered alike.
        """
        translated = dict(row)
        for column, target in references(table_).items():
            value = row.get(column)
            if column in later or value is None:
                continue
            numbering = self.numbering(target)
            translated[column] = numbering.soft(value) if (table_.name, column) in IMPLICIT_REFERENCES \
                else numbering[value]
        for (owner, column), (target, prefix) in EMBEDDED_REFERENCES.items():
            if owner == table_.name and column in row:
                translated[column] = self._embedded(target, prefix, row[column])
        if table_.name == HISTORY:
            translated.update(self._history(row))
        return translated

    def _history(self, row: dict) -> dict:
        entity = Base.metadata.tables.get(row.get("entity", ""))
        translated = {"actor": self._actor(row.get("actor"))}
        if entity is None:
            return translated
        id_columns = references(entity)
        if entity_id := own_id(entity):
            id_columns[entity_id] = entity.name
        keys = [column.name for column in entity.primary_key.columns]
        parts = str(row.get("entity_id", "")).split("/")
        if len(parts) == len(keys):
            renumbered = (self._text(id_columns.get(key), part) for key, part in zip(keys, parts, strict=True))
            translated["entity_id"] = "/".join(renumbered)
        changes = row.get("changes")
        if isinstance(changes, dict):
            # In key order: a file's keys are sorted, and rows gone are numbered in the order met.
            translated["changes"] = {key: self._change(entity.name, key, id_columns.get(key), changes[key])
                                     for key in sorted(changes)}
        return translated

    def _change(self, entity: str, column: str, target: str | None, change: object) -> object:
        if not isinstance(change, list):
            return change
        if (entity, column) in EMBEDDED_REFERENCES:
            embedded_target, prefix = EMBEDDED_REFERENCES[entity, column]
            return [self._embedded(embedded_target, prefix, value) for value in change]
        return [self._value(target, value) for value in change]

    def _value(self, target: str | None, value: object) -> object:
        if target is None or not isinstance(value, int) or isinstance(value, bool):
            return value
        return self.numbering(target).soft(value)

    def _text(self, target: str | None, text: str) -> str:
        if target is None or not _NUMBER.fullmatch(text):
            return text
        return str(self.numbering(target).soft(int(text)))

    def _actor(self, actor: object) -> object:
        kind, separator, number = str(actor).partition(":")
        if not separator or kind not in ACTOR_REFERENCES:
            return actor
        return f"{kind}:{self._text(ACTOR_REFERENCES[kind], number)}"

    def _embedded(self, target: str, prefix: str, values: object) -> object:
        if not isinstance(values, list):
            return values
        return [prefix + self._text(target, value.removeprefix(prefix))
                if isinstance(value, str) and value.startswith(prefix) else value for value in values]
