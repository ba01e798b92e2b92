"""Writing a backup: every row of a team (or of a collaborative with its teams), renumbered, in one zip."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from sqlalchemy import Table, or_, select

from workshop import __version__
from workshop.backup import archive
from workshop.backup.format import CONTEXT_ID, DATA, MANIFEST, MEDIA_TYPE, Kind, Manifest, file_name
from workshop.backup.renumbering import Renumbering
from workshop.backup.schema import own_id, owner_references, references, scope, table
from workshop.backup.values import encoded
from workshop.errors import NotFound
from workshop.i18n import _
from workshop.store import Store
from workshop.store.migrate import HEAD_REVISION
from workshop.store.tables import utc_now

if TYPE_CHECKING:
    from workshop.reports import GeneratedFile


def export_team(store: Store, team_id: int) -> GeneratedFile:
    """The team's whole workspace: the team, its members and everything it recorded, with its history."""
    return _backup(store, Kind.TEAM, team_id)


def export_collaborative(store: Store, collaborative_id: int) -> GeneratedFile:
    """The collaborative with its seminars and all its teams' workspaces."""
    return _backup(store, Kind.COLLABORATIVE, collaborative_id)


def _backup(store: Store, kind: Kind, root_id: int) -> GeneratedFile:
    from workshop.reports.files import GeneratedFile, slug  # the reports package loads the documents' code

    name, rows = dump(store, kind, root_id)
    data = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")
    made_at = utc_now()
    manifest = Manifest(kind=kind, made_at=made_at, app_version=__version__, schema_revision=HEAD_REVISION,
                        tables={name_: len(table_rows) for name_, table_rows in rows.items()},
                        sha256=hashlib.sha256(data).hexdigest())
    content = archive.pack({
        MANIFEST: json.dumps(manifest.as_json(), ensure_ascii=False, indent=2).encode("utf-8"),
        DATA: data,
    })
    return GeneratedFile(file_name(slug(name), made_at.astimezone().date()), MEDIA_TYPE, content)


def dump(store: Store, kind: Kind, root_id: int) -> tuple[str, dict[str, list[dict]]]:
    """The root row's name and every row of the backup, with a file's ids, as JSON values."""
    root = table(kind.value)
    selected = {root.name: {root_id}}
    with store.reading() as session:
        root_row = session.execute(_query(root, root, selected)).mappings().one_or_none()
        if root_row is None:
            raise NotFound(_("The team does not exist (it may have been removed).") if kind is Kind.TEAM
                           else _("The collaborative does not exist (it may have been removed)."))
        renumbering = Renumbering({target: {root_row[column]: CONTEXT_ID}
                                   for column, target in references(root).items()})
        rows = {}
        for table_ in scope(kind.value):
            found = [dict(row) for row in session.execute(_query(table_, root, selected)).mappings()]
            rows[table_.name] = _renumbered(table_, found, renumbering, selected)
    return root_row["name"], rows


def _query(table_: Table, root: Table, selected: dict[str, set[int]]):
    """The rows of ``table_`` that belong to the rows selected so far (the root row: itself)."""
    if table_ is root:
        root_id = own_id(root)
        assert root_id is not None  # a team and a collaborative have their own number
        return select(table_).where(table_.c[root_id].in_(selected[root.name]))
    owners = [table_.c[column].in_(selected[target])
              for column, target in owner_references(table_).items() if target in selected]
    query = select(table_).where(or_(*owners))
    id_column = own_id(table_)
    return query.order_by(table_.c[id_column]) if id_column else query


def _renumbered(table_: Table, rows: list[dict], renumbering: Renumbering,
                selected: dict[str, set[int]]) -> list[dict]:
    id_column = own_id(table_)
    if id_column:
        numbering = renumbering.numbering(table_.name)
        numbering.known = {row[id_column]: number for number, row in enumerate(rows, start=1)}
        selected[table_.name] = set(numbering.known)
    translated = [renumbering.row(table_, row) for row in rows]
    if id_column:
        for row in translated:
            row[id_column] = numbering[row[id_column]]
    else:
        keys = [column.name for column in table_.primary_key.columns]
        translated.sort(key=lambda row: tuple(row[key] for key in keys))
    return [{column.name: encoded(column, row[column.name]) for column in table_.columns} for row in translated]
