"""Backing up and restoring PostgreSQL with the commands docs/drift.md gives: pg_dump, then pg_restore into a new
database that the kit opens as it was."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from workshop.collaboratives import create_collaborative, list_collaboratives
from workshop.model import CollaborativeDetails
from workshop.store import Store

RESTORED = "kit_test_aterstalld"


def _libpq(url: str, database: str | None = None) -> str:
    """The store's address as pg_dump and pg_restore read it (without SQLAlchemy's "+psycopg")."""
    parsed = make_url(url).set(drivername="postgresql")
    return (parsed.set(database=database) if database else parsed).render_as_string(hide_password=False)


def _run(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")  # CREATE and DROP DATABASE run outside a transaction
    with engine.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


@pytest.fixture
def pg_tools():
    if shutil.which("pg_dump") and shutil.which("pg_restore"):
        return
    if os.environ.get("CI"):
        pytest.fail("pg_dump and pg_restore are needed for the PostgreSQL backup test in CI")
    pytest.skip("pg_dump and pg_restore are not installed")


def test_a_pg_dump_restored_into_a_new_database_opens_with_everything_in_it(pg_store, pg_tools, tmp_path):
    create_collaborative(pg_store, CollaborativeDetails(name="Före kopian"), facilitator_code="processledare-123",
                         actor="test")
    dump = tmp_path / "kit.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", _libpq(pg_store.url)], check=True)

    _run(pg_store.url, f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)', f'CREATE DATABASE "{RESTORED}"')
    try:
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={_libpq(pg_store.url, RESTORED)}", str(dump)],
                       check=True)
        restored = Store(make_url(pg_store.url).set(database=RESTORED).render_as_string(hide_password=False))
        try:
            assert list_collaboratives(restored) == list_collaboratives(pg_store)
            assert "Före kopian" in dict(list_collaboratives(restored)).values()
        finally:
            restored.close()
    finally:
        _run(pg_store.url, f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)')
