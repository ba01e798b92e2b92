"""A consistent copy of the SQLite database while pages go on using it (SQLite's online backup API).

Copying the file itself can catch a write half-way, and misses what is still in the write-ahead log. The copy is made
beside the target under a temporary name, checked, and only then given the target's name, which is never an existing
file: a backup never overwrites anything.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from workshop.errors import UserError
from workshop.i18n import _
from workshop.store import failures
from workshop.store.engine import refuse_foreign_file, sqlite_file


def backup_sqlite(url: str, target: Path) -> None:
    """Copy the SQLite database at ``url`` to the new file ``target``."""
    source = sqlite_file(url)
    if source is None:
        raise UserError(_("This command copies an SQLite database; this installation uses another database. Back up "
                          "PostgreSQL with pg_dump (see docs/drift.md)."))
    if not source.is_file():
        raise UserError(_("There is no database at {path} to back up.").format(path=source))
    refuse_foreign_file(source)
    if target.exists():
        raise UserError(_("The file {path} already exists; nothing was overwritten. Choose another name.")
                        .format(path=target))
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        partial.open("xb").close()  # an unwritable folder says so here, before any copying
        _copy(source, partial)
        os.link(partial, target)  # fails, rather than overwrite, if the target appeared meanwhile
    except FileExistsError:
        raise UserError(_("The file {path} already exists; nothing was overwritten. Choose another name.")
                        .format(path=target)) from None
    except OSError:
        raise UserError(_("The file {path} cannot be written. Check the folder and its permissions; no backup "
                          "was saved.").format(path=target)) from None
    finally:
        partial.unlink(missing_ok=True)


def _copy(source: Path, copy: Path) -> None:
    try:
        with closing(sqlite3.connect(source)) as reading, closing(sqlite3.connect(copy)) as writing:
            reading.backup(writing)
            checked = writing.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError:
        raise failures.corrupt() from None
    if checked != "ok":
        raise failures.corrupt()
