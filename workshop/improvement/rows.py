"""Reaching a team's own rows, and soft removal that can be undone."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.store import claim, save_versioned
from workshop.store.tables import TeamRow, utc_now
from workshop.store.tables.improvement import DriverRow
from workshop.validation import clean_paragraphs


def team_must_exist(session: Session, team_id: int) -> TeamRow:
    """The team's row; NotFound (in Swedish) if the team is gone."""
    team = session.get(TeamRow, team_id)
    if team is None:
        raise NotFound(_("The team does not exist (it may have been removed)."))
    return team


def owned_row(session, table, team_id: int, row_id: int | None, *, missing: str, for_update: bool = False):
    """The row ``row_id`` of ``table`` if it belongs to ``team_id``; another team's row is as good as missing."""
    row = session.get(table, row_id, with_for_update=for_update) if isinstance(row_id, int) else None
    if row is None or row.team_id != team_id:
        raise NotFound(missing)
    return row


def next_position(session, table, team_id: int) -> int:
    last = session.scalar(select(func.max(table.position)).where(table.team_id == team_id))
    return 0 if last is None else last + 1


def set_removed(row, removed: bool, *, expected_version: int) -> None:
    """Remove softly (or undo it): the row keeps its links and history."""
    claim(row, expected_version)
    row.removed_at = utc_now() if removed else None


def driver_missing() -> str:
    return _("The driver does not exist (it may have been removed).")


def live_driver(session, team_id: int, driver_id: int | None) -> DriverRow:
    """A driver of this team that is not removed; anything else is refused."""
    row = owned_row(session, DriverRow, team_id, driver_id, missing=driver_missing())
    if row.removed_at is not None:
        raise InvalidInput(_("The driver has been removed. Choose another driver."), field="driver")
    return row


@dataclass(frozen=True)
class TeamRecords:
    """The add, update, remove, get and list services of one kind of team-owned row.

    ``apply(session, row)`` writes what the person gave into a new or existing row;
    services clean and check their input first, so a refusal never reaches the store.
    """

    table: type[Any]  # the ORM row class: its columns are read by name
    to_object: Callable
    missing: Callable[[], str]

    def add(self, store, team_id: int, apply: Callable, *, actor: str):
        with store.writing(actor) as session:
            team_must_exist(session, team_id)
            row = self.table(team_id=team_id, position=next_position(session, self.table, team_id))
            apply(session, row)
            session.add(row)
            session.flush()
            return self.to_object(row)

    def update(self, store, team_id: int, row_id: int, apply: Callable, *, expected_version: int, actor: str):
        with store.writing(actor) as session:
            row = owned_row(session, self.table, team_id, row_id, missing=self.missing(), for_update=True)
            claim(row, expected_version)
            apply(session, row)
            session.flush()
            return self.to_object(row)

    def set_removed(self, store, team_id: int, row_id: int, removed: bool, *, expected_version: int, actor: str):
        """Remove softly (links and history stay), or undo the removal."""
        with store.writing(actor) as session:
            row = owned_row(session, self.table, team_id, row_id, missing=self.missing(), for_update=True)
            set_removed(row, removed, expected_version=expected_version)
            session.flush()
            return self.to_object(row)

    def get(self, store, team_id: int, row_id: int):
        """The row as an object, also when removed (``.removed`` tells)."""
        with store.reading() as session:
            return self.to_object(owned_row(session, self.table, team_id, row_id, missing=self.missing()))

    def list(self, store, team_id: int, *, include_removed: bool = False) -> list:
        with store.reading() as session:
            query = select(self.table).where(self.table.team_id == team_id)
            if not include_removed:
                query = query.where(self.table.removed_at.is_(None))
            rows = session.scalars(query.order_by(self.table.position, self.table.id))
            return [self.to_object(row) for row in rows]


@dataclass(frozen=True)
class TeamTexts:
    """A team's one row of free texts (its purpose, its plan for continuing): read, cleaned, saved by version.

    ``details`` is the dataclass of the texts, ``stored`` the same with ``team_id`` and ``version``
    (0 before the first save); ``labels`` name each text for messages about it.
    """

    table: type[Any]  # the ORM row class: its columns are read by name
    details: type
    stored: type
    labels: Mapping[str, str]
    max_length: int = 20_000

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(field.name for field in fields(self.details))

    def clean(self, details):
        return self.details(**{name: clean_paragraphs(getattr(details, name), field=name, label=_(self.labels[name]),
                                                      max_length=self.max_length) for name in self.names})

    def _stored(self, row):
        return self.stored(**{name: getattr(row, name) for name in self.names}, team_id=row.team_id,
                           version=row.version)

    def get(self, store, team_id: int):
        """The team's texts; empty ones (version 0) before the team has written any."""
        with store.reading() as session:
            row = session.get(self.table, team_id)
            return self._stored(row) if row is not None else self.stored(team_id=team_id)

    def save(self, store, team_id: int, details, *, expected_version: int, actor: str):
        """Save the texts; ``expected_version`` is 0 for the first save, else the version the person read."""
        details = self.clean(details)
        return save_versioned(store, actor, check=lambda session: team_must_exist(session, team_id),
                              find=lambda session: session.get(self.table, team_id, with_for_update=True),
                              create=lambda: self.table(team_id=team_id, version=0),
                              expected_version=expected_version,
                              values={name: getattr(details, name) for name in self.names}, result=self._stored)
