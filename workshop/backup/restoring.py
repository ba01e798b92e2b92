"""Importing a checked backup: new rows with new ids, all in one transaction, never over existing data.

A team backup goes into a collaborative of this installation; a collaborative
backup becomes a collaborative of its own. When the name is taken, the person
chooses: import as a new one (the name gets "(imported <date>)"), or cancel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from workshop.backup import refusals
from workshop.backup.format import CONTEXT_ID, Kind
from workshop.backup.reading import Backup
from workshop.backup.renumbering import Renumbering
from workshop.backup.schema import IMPLICIT_REFERENCES, own_id, references, scope, table
from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _, format_date
from workshop.store import Store
from workshop.store.tables import CollaborativeRow, HistoryRow, TeamRow, utc_now
from workshop.validation import MAX_NAME_LENGTH, name_key


@dataclass(frozen=True)
class Imported:
    kind: Kind
    id: int
    """The new team's or collaborative's id."""
    name: str
    renamed: bool


def existing_name(store: Store, backup: Backup, collaborative_id: int | None = None) -> str | None:
    """The name of the team (in ``collaborative_id``) or collaborative here that the backup's name would take."""
    _check_target(backup.kind, collaborative_id)
    with store.reading() as session:
        return _taken(session, backup.kind, collaborative_id, backup.root["name"])


def import_backup(store: Store, backup: Backup, *, collaborative_id: int | None = None, as_new: bool = False,
                  actor: str, today: dt.date | None = None) -> Imported:
    """Import ``backup``: a team backup into ``collaborative_id``, a collaborative backup as a new collaborative.

    A taken name raises :class:`~workshop.backup.refusals.NameTaken` unless ``as_new``.
    """
    _check_target(backup.kind, collaborative_id)
    with store.writing(actor) as session:
        if collaborative_id is not None and session.get(CollaborativeRow, collaborative_id) is None:
            raise NotFound(_("The collaborative does not exist (it may have been removed)."))
        name = backup.root["name"]
        if _taken(session, backup.kind, collaborative_id, name):
            if not as_new:
                raise (refusals.team_exists(name) if backup.kind is Kind.TEAM else refusals.collaborative_exists(name))
            name = _new_name(session, backup.kind, collaborative_id, name, today or dt.date.today())
        renumbering = Renumbering({"collaborative": {CONTEXT_ID: collaborative_id}} if collaborative_id else None)
        for table_ in scope(backup.kind.value):
            rename = {"name": name, "name_key": name_key(name)} if table_.name == backup.kind.value else {}
            _insert(session, table_, backup.rows.get(table_.name, ()), renumbering, rename)
        new_id = renumbering.numbering(backup.kind.value)[backup.root["id"]]
        _record(session, backup, new_id, collaborative_id, name, actor)
    return Imported(backup.kind, new_id, name, renamed=name != backup.root["name"])


def _check_target(kind: Kind, collaborative_id: int | None) -> None:
    if kind is Kind.TEAM and collaborative_id is None:
        raise InvalidInput(_("A team's backup is imported into a collaborative: choose which one (on the command "
                             "line: --collaborative and its number)."),
                           field="collaborative")
    if kind is Kind.COLLABORATIVE and collaborative_id is not None:
        raise InvalidInput(_("This is a backup of a whole collaborative; it is imported as a collaborative of its "
                             "own, not into another one."), field="collaborative")


def _taken(session: Session, kind: Kind, collaborative_id: int | None, name: str) -> str | None:
    if kind is Kind.TEAM:
        query = select(TeamRow.name).where(TeamRow.collaborative_id == collaborative_id,
                                           TeamRow.name_key == name_key(name))
    else:
        query = select(CollaborativeRow.name).where(CollaborativeRow.name_key == name_key(name))
    return session.scalar(query)


def _new_name(session: Session, kind: Kind, collaborative_id: int | None, name: str, today: dt.date) -> str:
    """``name`` with "(imported <date>)", shortened to fit, numbered when that is taken too."""
    number = 1
    while True:
        suffix = (_(" (imported {date})") if number == 1 else _(" (imported {date}, {number})")).format(
            date=format_date(today), number=number)
        candidate = name[:MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
        if not _taken(session, kind, collaborative_id, candidate):
            return candidate
        number += 1


def _insert(session: Session, table_, rows, renumbering: Renumbering, rename: dict) -> None:
    """Insert one table's rows in the file's order; the ids the database gives are kept for the rows after."""
    id_column = own_id(table_)
    # References within the table (a secondary driver's primary) are set once all its rows exist.
    later = frozenset(column for column, target in references(table_).items()
                      if target == table_.name and (table_.name, column) not in IMPLICIT_REFERENCES)
    numbering = renumbering.numbering(table_.name)
    without_id, within = [], []
    for row in rows:
        values = {**renumbering.row(table_, row, later=later), **rename, **dict.fromkeys(later)}
        if id_column is None:
            without_id.append(values)
            continue
        file_id = values.pop(id_column)
        inserted = session.execute(insert(table_).values(values))
        # Session.execute is typed as returning Result; an INSERT's result is a CursorResult.
        numbering.known[file_id] = inserted.inserted_primary_key[0]  # type: ignore[attr-defined]
        within.append((numbering[file_id], {column: row[column] for column in later if row.get(column) is not None}))
    if without_id:
        session.execute(insert(table_), without_id)
    for new_id, pointers in within:
        if pointers:
            session.execute(update(table_).where(table_.c[id_column] == new_id)
                            .values({column: numbering[value] for column, value in pointers.items()}))


def _record(session: Session, backup: Backup, new_id: int, collaborative_id: int | None, name: str,
            actor: str) -> None:
    """One history entry for the import itself (the rows keep the history they came with)."""
    changes = {"made_at": [None, backup.manifest.made_at.isoformat()],
               "app_version": [None, backup.manifest.app_version]}
    if name != backup.root["name"]:
        changes["name"] = [backup.root["name"], name]
    team = backup.kind is Kind.TEAM
    session.execute(insert(table(HistoryRow.__tablename__)).values(
        at=utc_now(), actor=actor,
        collaborative_id=collaborative_id if team else new_id, team_id=new_id if team else None,
        entity=backup.kind.value, entity_id=str(new_id), action="import", changes=changes))
