"""Records declared once: each field's name, label, kind, length and whether it is required.

From a record's field list come the cleaning of what people type, the mapping
between a table row and the record's dataclass (always by name, never by
position), and the labels that forms, messages and reports show.

>>> DO = Record(DoPart, (Field("surprises", N_("Surprises")),))
>>> DO.clean(do)                 # each field tidied and checked, InvalidInput names the field
>>> DO.write(row, do)            # the row's columns set by name
>>> DO.read(row)                 # DoPart(surprises=row.surprises)
>>> DO.label("surprises")        # "Överraskningar"

Services for a team's own rows (:class:`TeamRecords`, :class:`TeamTexts`) live here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import N_, _
from workshop.model import Choice
from workshop.store import Store, claim, save_versioned
from workshop.store.tables import TeamRow, utc_now
from workshop.validation import (
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    clean_choice,
    clean_number,
    clean_paragraphs,
    clean_text,
    clean_whole,
    parse_date,
)


class Kind(Enum):
    TEXT = "text"
    """One line; spaces tidied."""
    LONG_TEXT = "long_text"
    """Paragraphs; line breaks kept."""
    DATE = "date"
    CHOICE = "choice"
    """A member of ``Field.choices``, stored as its value."""
    WHOLE = "whole"
    """A whole number greater than 0, or nothing."""
    NUMBER = "number"
    """Any finite number, or nothing."""
    REFERENCE = "reference"
    """The id or key of another record (a driver, a knowledge card), or nothing; checked where it is written."""


@dataclass(frozen=True)
class Field:
    """One field of a record. ``label`` is a msgid (``N_``); ``column`` names the row's column when it differs."""

    name: str
    label: str
    kind: Kind = Kind.LONG_TEXT
    max_length: int | None = None
    required: bool = False
    choices: type[Choice] | None = None
    column: str | None = None
    form_label: str | None = None
    """A shorter label where a form has less room (messages and reports use ``label``)."""
    help: str | None = None
    """What to write, shown under the form's field."""
    empty: str = N_("– choose –")
    """A choice's option for "nothing chosen"."""
    lines: int = 3
    """How tall a long text's box starts; 1 makes it a sentence (below)."""
    placeholder: str | None = None
    """An example shown in the empty form field."""
    sentence: bool = False
    """A text of one line that may run to a sentence (an aim's "what"): its form field wraps it and grows with it,
    instead of hiding what does not fit."""
    in_form: bool = True
    """False for what a form does not let people change (the knowledge card a measure came from)."""

    @property
    def column_name(self) -> str:
        return self.column or self.name

    def clean(self, value: Any, *, within: str | None = None) -> Any:
        """``value`` tidied and checked; :class:`InvalidInput` names this field, or the list it is ``within``."""
        label, field = _(self.label), within or self.name
        if self.kind is Kind.TEXT:
            return clean_text(value, field=field, label=label, required=self.required,
                              max_length=self.max_length or MAX_NAME_LENGTH)
        if self.kind is Kind.LONG_TEXT:
            return clean_paragraphs(value, field=field, label=label, required=self.required,
                                    max_length=self.max_length or MAX_TEXT_LENGTH)
        if self.kind is Kind.DATE:
            if isinstance(value, str):
                return parse_date(value, field=field, label=label)
            if value is not None and not isinstance(value, dt.date):
                raise InvalidInput(_("Choose a date."), field=field)
            return value
        if self.kind is Kind.WHOLE:
            return clean_whole(value, field=field, label=label)
        if self.kind is Kind.NUMBER:
            return clean_number(value, field=field, label=label)
        if self.kind is Kind.REFERENCE:
            return None if value in (None, "") else value
        assert self.choices is not None, f"the choice field {self.name} names its choices"
        return clean_choice(self.choices, value, field=field, required=self.required)

    def to_column(self, value: Any) -> Any:
        return value.value if self.kind is Kind.CHOICE and value is not None else value

    def from_column(self, value: Any) -> Any:
        if self.kind is Kind.CHOICE and self.choices is not None:
            return self.choices(value) if value else None
        return value

    def shown(self, value: Any) -> str:
        """The value as a report prints it ("" when empty)."""
        if value is None:
            return ""
        if isinstance(value, Choice):
            return value.label
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)


@dataclass(frozen=True)
class Record:
    """A dataclass ``details`` and the declared fields it shares with its table row.

    ``details`` may have more attributes than ``fields`` (lists kept in their own
    tables, say); those are passed by name to :meth:`read`.
    """

    details: type
    fields: tuple[Field, ...]
    within: str | None = None
    """The list a record is a row of (a cycle's questions): refusals name the list, as its form shows it."""

    def field(self, name: str) -> Field:
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    def label(self, name: str) -> str:
        return _(self.field(name).label)

    def form_label(self, name: str) -> str:
        field = self.field(name)
        return _(field.form_label or field.label)

    def clean(self, record: Any) -> Any:
        """``record`` with each declared field tidied and checked, or :class:`InvalidInput` naming the field."""
        return replace(record, **{field.name: field.clean(getattr(record, field.name), within=self.within)
                                  for field in self.fields})

    def values(self, record: Any) -> dict[str, Any]:
        """The row's columns as stored, by column name."""
        return {field.column_name: field.to_column(getattr(record, field.name)) for field in self.fields}

    def write(self, row: Any, record: Any) -> None:
        for column, value in self.values(record).items():
            setattr(row, column, value)

    def read(self, row: Any, **others: Any) -> Any:
        """The record of ``row``; ``others`` are the attributes not declared as fields."""
        return self.details(**{field.name: field.from_column(getattr(row, field.column_name))
                               for field in self.fields}, **others)

    def stored_as(self, stored: type) -> Record:
        """The same fields read into ``stored``, a dataclass that extends ``details`` with what the store adds."""
        return replace(self, details=stored)

    def part(self, record: Any) -> Any:
        """The ``details`` of ``record`` (a dataclass that extends them), by field name."""
        return self.details(**{field.name: getattr(record, field.name) for field in self.fields})

    def labelled(self, record: Any, *names: str) -> tuple[tuple[str, str], ...]:
        """(label, value as text) of the named fields, or of all, in the order asked for."""
        chosen = [self.field(name) for name in names] if names else list(self.fields)
        return tuple((_(field.label), field.shown(getattr(record, field.name))) for field in chosen)

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)


def existing_row(session: Session, table: Any, row_id: int, *, missing: str, for_update: bool = False) -> Any:
    """The row ``row_id`` of ``table``; NotFound saying ``missing`` if it is gone."""
    row = session.get(table, row_id, with_for_update=for_update)
    if row is None:
        raise NotFound(missing)
    return row


def team_must_exist(session: Session, team_id: int, *, for_update: bool = False) -> TeamRow:
    """The team's row; NotFound (in Swedish) if the team is gone."""
    row: TeamRow = existing_row(session, TeamRow, team_id, for_update=for_update,
                                missing=_("The team does not exist (it may have been removed)."))
    return row


def owned_row(session: Session, table: Any, team_id: int, row_id: int | None, *, missing: str,
              for_update: bool = False) -> Any:
    """The row ``row_id`` of ``table`` if it belongs to ``team_id``; another team's row is as good as missing."""
    row = session.get(table, row_id, with_for_update=for_update) if isinstance(row_id, int) else None
    if row is None or row.team_id != team_id:
        raise NotFound(missing)
    return row


def next_position(session: Session, table: Any, team_id: int) -> int:
    last = session.scalar(select(func.max(table.position)).where(table.team_id == team_id))
    return 0 if last is None else last + 1


def stored_attributes(row: Any) -> dict[str, Any]:
    """What the store keeps of a team-owned row beside its fields: identity, order, soft removal and version."""
    return {"id": row.id, "team_id": row.team_id, "position": row.position, "removed": row.removed_at is not None,
            "version": row.version}


def set_removed(row: Any, removed: bool, *, expected_version: int) -> None:
    """Remove softly (or undo it): the row keeps its links and history."""
    claim(row, expected_version)
    row.removed_at = utc_now() if removed else None


@dataclass(frozen=True)
class TeamRecords:
    """The add, update, remove, get and list services of one kind of team-owned row.

    ``record`` declares what a team writes; ``stored`` is its dataclass with the
    attributes of :class:`~workshop.improvement.model.Stored` added, and ``others``
    reads the attributes kept outside the field list (a support's needs).
    ``apply(session, row)`` writes what the person gave into a new or existing row;
    services clean and check their input first, so a refusal never reaches the store.
    """

    table: type
    record: Record
    stored: type
    missing: Callable[[], str]
    others: Callable[[Any], dict[str, Any]] = lambda _row: {}

    def to_object(self, row: Any) -> Any:
        return self.record.stored_as(self.stored).read(row, **stored_attributes(row), **self.others(row))

    def add(self, store: Store, team_id: int, apply: Callable[[Session, Any], None], *, actor: str) -> Any:
        with store.writing(actor) as session:
            team_must_exist(session, team_id)
            row = self.table(team_id=team_id, position=next_position(session, self.table, team_id))
            apply(session, row)
            session.add(row)
            session.flush()
            return self.to_object(row)

    def update(self, store: Store, team_id: int, row_id: int, apply: Callable[[Session, Any], None], *,
               expected_version: int, actor: str) -> Any:
        with store.writing(actor) as session:
            row = owned_row(session, self.table, team_id, row_id, missing=self.missing(), for_update=True)
            claim(row, expected_version)
            apply(session, row)
            session.flush()
            return self.to_object(row)

    def set_removed(self, store: Store, team_id: int, row_id: int, removed: bool, *, expected_version: int,
                    actor: str) -> Any:
        """Remove softly (links and history stay), or undo the removal."""
        with store.writing(actor) as session:
            row = owned_row(session, self.table, team_id, row_id, missing=self.missing(), for_update=True)
            set_removed(row, removed, expected_version=expected_version)
            session.flush()
            return self.to_object(row)

    def get(self, store: Store, team_id: int, row_id: int) -> Any:
        """The row as an object, also when removed (``.removed`` tells)."""
        with store.reading() as session:
            return self.to_object(owned_row(session, self.table, team_id, row_id, missing=self.missing()))

    def list(self, store: Store, team_id: int, *, include_removed: bool = False) -> list[Any]:
        with store.reading() as session:
            table: Any = self.table  # the ORM row class: its columns are read by name
            query = select(table).where(table.team_id == team_id)
            if not include_removed:
                query = query.where(table.removed_at.is_(None))
            rows = session.scalars(query.order_by(table.position, table.id))
            return [self.to_object(row) for row in rows]


S = TypeVar("S")


@dataclass(frozen=True)
class TeamTexts(Generic[S]):
    """A team's one row of free texts (its purpose, its plan for continuing): read, cleaned, saved by version.

    ``record`` declares the texts; ``stored`` is its dataclass with ``team_id`` and ``version`` added
    (0 before the first save).
    """

    table: type[Any]  # the ORM row class, one row per team
    record: Record
    stored: type[S]

    def _stored(self, row: Any) -> S:
        return self.record.stored_as(self.stored).read(row, team_id=row.team_id, version=row.version)

    def get(self, store: Store, team_id: int) -> S:
        """The team's texts; empty ones (version 0) before the team has written any."""
        with store.reading() as session:
            row = session.get(self.table, team_id)
            empty: S = self.record.stored_as(self.stored).details(team_id=team_id)
            return self._stored(row) if row is not None else empty

    def save(self, store: Store, team_id: int, details: Any, *, expected_version: int, actor: str) -> S:
        """Save the texts; ``expected_version`` is 0 for the first save, else the version the person read."""
        details = self.record.clean(details)

        def check(session: Session) -> None:
            team_must_exist(session, team_id)

        return save_versioned(store, actor, check=check,
                              find=lambda session: session.get(self.table, team_id, with_for_update=True),
                              create=lambda: self.table(team_id=team_id, version=0),
                              expected_version=expected_version, values=self.record.values(details),
                              result=self._stored)
