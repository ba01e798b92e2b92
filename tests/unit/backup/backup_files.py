"""Opening, editing and repacking backup files in tests, and reading every row of a database."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from sqlalchemy import select

from workshop.backup.archive import pack as zipped
from workshop.store import Store
from workshop.store.tables import Base


def members(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def manifest_of(content: bytes) -> dict:
    return json.loads(members(content)["manifest.json"])


def data_of(content: bytes) -> dict:
    return json.loads(members(content)["data.json"])


def repacked(content: bytes, *, manifest: dict | None = None, data: dict | None = None) -> bytes:
    """``content`` with another manifest or data, checksum and counts made to match: a careful hand edit."""
    manifest = manifest or manifest_of(content)
    if data is not None:
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
        manifest = {**manifest, "sha256": hashlib.sha256(raw).hexdigest(),
                    "tables": {name: len(rows) for name, rows in data.items()}}
    else:
        raw = members(content)["data.json"]
    return zipped({"manifest.json": json.dumps(manifest).encode("utf-8"), "data.json": raw})


def every_row(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a refused import changed nothing."""
    with store.reading() as session:
        return {table.name: sorted(map(tuple, session.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables}


def without_import_record(data: dict) -> dict:
    """``data`` without its last history entry, which must be the record of an import."""
    *kept, last = data["history"]
    assert last["action"] == "import"
    return {**data, "history": kept}
