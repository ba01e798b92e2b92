"""Fixtures shared by the unit tests of several packages."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.unit.postgres import POSTGRES_URL
from workshop.store import Store


@pytest.fixture
def pg_store():
    """An empty store on PostgreSQL (the tests that use it are skipped without ``POSTGRES_URL``)."""
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    store = Store(POSTGRES_URL)
    yield store
    store.close()
