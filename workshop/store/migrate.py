"""Bring a database to the current schema with Alembic, once, under a lock.

Every Voilà kernel opens the store; only the first one after an upgrade of
the kit runs migrations, the others wait on the lock and find nothing to do.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text

from workshop.errors import StoreProblem
from workshop.i18n import _
from workshop.store.engine import WRITE_OPTION

HEAD_REVISION = "0012"
SCRIPT_LOCATION = "workshop.store:migrations"
_POSTGRES_LOCK_KEY = 727_272_001


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_current(engine: Engine) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return
    _refuse_newer(revision)
    if engine.dialect.name == "sqlite":
        _use_write_ahead_log(engine)
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection, connection.begin():
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_LOCK_KEY})
        if current_revision(connection) != HEAD_REVISION:
            _upgrade(connection)


def _use_write_ahead_log(engine: Engine) -> None:
    # Outside any transaction (SQLite refuses the switch inside one); it persists in the file.
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()


def _refuse_newer(revision: str | None) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    known = {script.revision for script in _script_directory(ScriptDirectory).walk_revisions()}
    if revision not in known:
        raise StoreProblem(
            _("The database was made by a newer version of the kit. "
              "Update the kit before using this database; nothing was changed.")
        )


def _alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def _script_directory(script_directory_class):
    return script_directory_class.from_config(_alembic_config())


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")
