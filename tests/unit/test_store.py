"""The store: migrations, SQLite settings, history, and refusing what would lose data."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from workshop.collaboratives import create_collaborative, list_collaboratives
from workshop.errors import StoreBusy, StoreCorrupt, StoreProblem, StoreReadOnly, StoreUnreachable
from workshop.model import CollaborativeDetails
from workshop.store import Store, forget_stores, open_store
from workshop.store.migrate import HEAD_REVISION, SCRIPT_LOCATION
from workshop.store.tables import Base, HistoryRow


def _create(store, name="Tidigt stöd"):
    return create_collaborative(store, CollaborativeDetails(name), facilitator_code="kod-123456", actor="test")


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(store):
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_head_revision_constant_matches_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_models(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_reopening_keeps_data_and_does_not_migrate_again(db_url):
    first = Store(db_url)
    _create(first)
    first.close()
    again = Store(db_url)
    assert [name for _, name in list_collaboratives(again)] == ["Tidigt stöd"]


def test_every_write_is_recorded_with_actor_and_changes(store):
    created = _create(store)
    with store.reading() as session:
        entry = session.scalars(select(HistoryRow).where(HistoryRow.entity == "collaborative")).one()
    assert (entry.actor, entry.action, entry.entity_id) == ("test", "create", str(created.id))
    assert entry.changes["name"] == [None, "Tidigt stöd"]
    assert entry.changes["facilitator_code_hash"] == [None, "***"]


def test_open_store_uses_the_configured_url_once_per_process(db_url, monkeypatch):
    monkeypatch.setenv("WORKSHOP_DB_URL", db_url)
    forget_stores()
    try:
        assert open_store() is open_store()
        assert open_store().url == db_url
    finally:
        forget_stores()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "kit.sqlite"
    content = b"this is a spreadsheet, not a database\n" * 50
    path.write_bytes(content)
    with pytest.raises(StoreCorrupt) as problem:
        Store(f"sqlite:///{path}")
    assert "skadad" in problem.value.message
    assert path.read_bytes() == content


def test_a_damaged_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "kit.sqlite"
    healthy = Store(f"sqlite:///{path}")
    _create(healthy)
    healthy.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"kit.sqlite{suffix}").unlink(missing_ok=True)
    damaged = bytearray(path.read_bytes())
    damaged[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)
    path.write_bytes(bytes(damaged))
    with pytest.raises(StoreCorrupt):
        Store(f"sqlite:///{path}")
    assert path.read_bytes() == bytes(damaged)


def test_a_read_only_database_refuses_writes_with_a_message_and_keeps_data(db_url, tmp_path):
    writable = Store(db_url)
    _create(writable)
    writable.close()
    read_only = Store(f"sqlite:///file:{tmp_path / 'kit.sqlite'}?mode=ro&uri=true")
    with pytest.raises(StoreReadOnly) as problem:
        _create(read_only, name="Ny samverkan")
    assert "skrivskyddad" in problem.value.message
    assert [name for _, name in list_collaboratives(read_only)] == ["Tidigt stöd"]


def test_a_database_locked_by_another_process_gives_busy_message_and_keeps_data(tmp_path):
    path = tmp_path / "kit.sqlite"
    Store(f"sqlite:///{path}").close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        impatient = Store(f"sqlite:///{path}", busy_timeout_ms=100)
        with pytest.raises(StoreBusy) as problem:
            _create(impatient)
        assert "försök igen" in problem.value.message
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert list_collaboratives(Store(f"sqlite:///{path}")) == []


def test_an_unreachable_postgresql_server_gives_a_clear_message():
    with pytest.raises(StoreUnreachable) as problem:
        Store("postgresql+psycopg://kit:secret@127.0.0.1:9/kit")
    assert "nå databasen" in problem.value.message
    assert "secret" not in problem.value.message


def test_a_database_from_a_newer_kit_is_not_touched(store, db_url):
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreProblem) as problem:
        Store(db_url)
    assert "nyare version" in problem.value.message


def test_upgrading_an_older_database_keeps_its_data(db_url):
    from alembic import command
    from sqlalchemy import create_engine

    from workshop.store.migrate import _alembic_config

    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
        connection.execute(text(
            "INSERT INTO collaborative (name, name_key, area, region, facilitator_code_hash, created_at, version) "
            "VALUES ('Från förra versionen', 'från förra versionen', 'both', '', 'x', '2026-01-01', 1)"))
    engine.dispose()
    upgraded = Store(db_url)
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
    assert [name for _, name in list_collaboratives(upgraded)] == ["Från förra versionen"]
