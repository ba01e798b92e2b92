"""Reading a backup file: unpack it safely, check the manifest and checksum, and every row against the schema.

Whatever :func:`read_backup` returns can be imported without the database
refusing it half-way: unknown tables or columns, values that do not fit,
references to rows that are not in the file and duplicates are refused here,
each with a message that says where.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, UniqueConstraint

from workshop.backup import archive, refusals
from workshop.backup.format import CONTEXT_ID, DATA, MANIFEST, MAX_FILE_MB, Kind, Manifest
from workshop.backup.schema import IMPLICIT_REFERENCES, own_id, owner_references, references, scope
from workshop.backup.values import WrongValue, decoded
from workshop.errors import NotFound
from workshop.i18n import _
from workshop.validation import name_key


@dataclass(frozen=True)
class Backup:
    manifest: Manifest
    rows: dict[str, list[dict]]
    """Rows by table (only the tables the file has), values as they will be written, the file's ids."""

    @property
    def kind(self) -> Kind:
        return self.manifest.kind

    @property
    def root(self) -> dict:
        """The team's row in a team backup, the collaborative's in a collaborative backup."""
        return self.rows[self.kind.value][0]


def read_backup(content: bytes) -> Backup:
    """The checked content of a backup file, or a :class:`~workshop.backup.refusals.BackupRefused`."""
    members = archive.unpack(content)
    manifest = Manifest.from_json(_json(members[MANIFEST], refusals.not_a_backup))
    manifest.check_data(members[DATA])
    stored = _json(members[DATA], lambda: refusals.unknown_content(DATA))
    rows = _rows(manifest, stored)
    if manifest.tables != {name: len(table_rows) for name, table_rows in rows.items()}:
        raise refusals.unknown_content(MANIFEST)
    return Backup(manifest, rows)


def read_backup_file(path: Path) -> Backup:
    """:func:`read_backup` of a file, refusing one over the size limit before reading it."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(_("Cannot find the file {path}.").format(path=path))
    if path.stat().st_size > MAX_FILE_MB * 1024 * 1024:
        raise refusals.too_large(MAX_FILE_MB)
    return read_backup(path.read_bytes())


def _json(content: bytes, refusal):
    def constant(_name):
        raise ValueError("not JSON")

    try:
        return json.loads(content.decode("utf-8"), parse_constant=constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refusal() from None


def _rows(manifest: Manifest, stored: object) -> dict[str, list[dict]]:
    if not isinstance(stored, dict):
        raise refusals.unknown_content(DATA)
    tables = {table_.name: table_ for table_ in scope(manifest.kind.value)}
    unknown = sorted(set(stored) - set(tables))
    if unknown:
        raise refusals.unknown_content(refusals.in_table(unknown[0]))
    rows = {name: _decoded(table_, stored[name]) for name, table_ in tables.items() if name in stored}
    root = manifest.kind.value
    if len(rows.get(root, ())) != 1:
        raise refusals.unknown_content(refusals.in_table(root))
    _check_references(tables, rows, root)
    return rows


def _decoded(table_: Table, stored_rows: object) -> list[dict]:
    if not isinstance(stored_rows, list) or not all(isinstance(row, dict) for row in stored_rows):
        raise refusals.unknown_content(refusals.in_table(table_.name))
    if not stored_rows:
        return []
    columns = set(stored_rows[0])
    _check_columns(table_, columns)
    rows = []
    for stored in stored_rows:
        if set(stored) != columns:
            raise refusals.unknown_content(refusals.in_table(table_.name))
        rows.append(_decoded_row(table_, stored))
    _check_unique(table_, rows)
    return rows


def _check_columns(table_: Table, columns: set[str]) -> None:
    """Every column is known; one missing (a backup from an older kit) must be one the database can fill."""
    unknown = sorted(columns - set(table_.c.keys()))
    if unknown:
        raise refusals.unknown_content(refusals.in_table(table_.name, unknown[0]))
    for column in table_.columns:
        optional = column.nullable or column.default is not None or column.server_default is not None
        if column.name not in columns and (column.primary_key or not optional):
            raise refusals.unknown_content(refusals.in_table(table_.name, column.name))


def _decoded_row(table_: Table, stored: dict) -> dict:
    row = {}
    for name, value in stored.items():
        try:
            row[name] = decoded(table_.c[name], value)
        except WrongValue:
            raise refusals.unknown_content(refusals.in_table(table_.name, name)) from None
    if "name_key" in row and "name" in row:
        row["name_key"] = name_key(str(row["name"]))  # derived: how the kit finds duplicate names
    return row


def _check_unique(table_: Table, rows: list[dict]) -> None:
    """The primary key and every unique constraint or index hold within the file."""
    keys = [list(table_.primary_key.columns)]
    keys += [list(constraint.columns) for constraint in table_.constraints if isinstance(constraint, UniqueConstraint)]
    keys += [list(index.columns) for index in table_.indexes if index.unique]
    for key in keys:
        names = [column.name for column in key]
        seen = set()
        for row in rows:
            value = tuple(row.get(name) for name in names)
            if None in value:
                continue
            if value in seen:
                raise refusals.unknown_content(refusals.in_table(table_.name, ", ".join(names)))
            seen.add(value)


def _check_references(tables: dict[str, Table], rows: dict[str, list[dict]], root: str) -> None:
    """Every reference points at a row of the file, and every row belongs to the backup's team or collaborative."""
    ids = {name: {row[own_id(tables[name])] for row in table_rows}
           for name, table_rows in rows.items() if own_id(tables[name])}
    for name, table_rows in rows.items():
        strict = {column: target for column, target in references(tables[name]).items()
                  if (name, column) not in IMPLICIT_REFERENCES}
        owners = owner_references(tables[name])
        for row in table_rows:
            for column, target in strict.items():
                allowed = ids.get(target, set()) if target in tables else {CONTEXT_ID}
                if row.get(column) is not None and row[column] not in allowed:
                    raise refusals.unknown_content(refusals.in_table(name, column))
            if name != root and not any(row.get(column) in ids.get(target, ()) for column, target in owners.items()):
                raise refusals.unknown_content(refusals.in_table(name))
