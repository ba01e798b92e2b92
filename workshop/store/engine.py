"""Engines with the settings the kit relies on.

SQLite: foreign keys on, a busy timeout, and ``BEGIN IMMEDIATE`` for writes so
that two kernels writing at once queue up instead of failing half-way. An
existing file that is not an SQLite database is refused, never overwritten.
Every engine hides a statement's parameters from its error messages, which end in the server's log.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from workshop.errors import UserError
from workshop.i18n import _
from workshop.store import failures

SQLITE_HEADER = b"SQLite format 3\x00"
WRITE_OPTION = "workshop_write"


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    database = parsed.database
    if database.startswith("file:"):
        database = database[len("file:") :]
    return Path(database)


def refuse_foreign_file(path: Path) -> None:
    """Raise if ``path`` exists and is not an SQLite database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except PermissionError:
        raise failures.read_only() from None
    if header and header != SQLITE_HEADER:
        raise failures.corrupt()


def make_engine(url: str, *, busy_timeout_ms: int = 5000) -> Engine:
    path = sqlite_file(url)
    if path is not None:
        refuse_foreign_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise failures.read_only() from None
        engine = create_engine(url, hide_parameters=True)
        _configure_sqlite(engine, busy_timeout_ms)
        return engine
    try:
        return create_engine(url, hide_parameters=True, pool_pre_ping=True, connect_args=_server_connect_args(url))
    except ModuleNotFoundError:
        raise UserError(
            _("The database driver for this address is not installed. "
              "Install the kit with its PostgreSQL extra: genombrottskit[postgresql].")
        ) from None


def _server_connect_args(url: str) -> dict:
    if make_url(url).get_backend_name() == "postgresql":
        return {"connect_timeout": 5}
    return {}


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's begin event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
