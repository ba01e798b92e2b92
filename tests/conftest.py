"""Fixtures shared by the unit and view tests."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop.demo import DEMO_FILE, seed_demo
from workshop.i18n import set_language
from workshop.store import Store


@pytest.fixture(autouse=True)
def swedish():
    set_language("sv")
    yield
    set_language("sv")


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'kit.sqlite'}"


@pytest.fixture
def store(db_url) -> Store:
    opened = Store(db_url)
    yield opened
    opened.close()


def postgres_url() -> str:
    """The empty PostgreSQL database the tests may reset; CI must have one, elsewhere its tests are skipped."""
    url = os.environ.get("WORKSHOP_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("WORKSHOP_TEST_POSTGRES_URL is not set: in CI the PostgreSQL tests must run, not be skipped")
    pytest.skip("WORKSHOP_TEST_POSTGRES_URL is not set")


def emptied_postgres_url() -> str:
    """The test PostgreSQL's URL, its schema emptied."""
    from sqlalchemy import create_engine, text

    url = postgres_url()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture
def pg_store():
    """A store on a freshly emptied PostgreSQL database."""

    opened = Store(emptied_postgres_url())
    yield opened
    opened.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request):
    """An empty store on each database the kit supports (PostgreSQL as ``pg_store`` has it)."""
    return request.getfixturevalue("store" if request.param == "sqlite" else "pg_store")


def seeded_database(tmp_path_factory, name: str, seed: Callable[[Store], object]) -> Path:
    """A database file seeded once per test run (code hashing makes seeding take seconds)."""
    path = tmp_path_factory.mktemp(name) / f"{name}.sqlite"
    seeded = Store(f"sqlite:///{path}")
    seed(seeded)
    seeded.close()  # checkpoints the write-ahead log into the file
    return path


def opened_copy(database: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of ``database`` for one test, opened, and closed after it."""
    path = tmp_path / database.name
    shutil.copyfile(database, path)
    opened = Store(f"sqlite:///{path}")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory):
    """The demo's teams and steps; the program, reports and faculty scores are left out
    (``seminar_demo_store`` has them)."""
    return seeded_database(tmp_path_factory, "demo", lambda store: seed_demo(store, with_seminars=False))


@pytest.fixture
def demo_store(demo_database, tmp_path) -> Iterator[Store]:
    yield from opened_copy(demo_database, tmp_path)


@pytest.fixture(scope="session")
def seminar_demo_database(tmp_path_factory):
    """The whole demo as ``workshop demo`` writes it: with program, monthly reports and faculty scores."""
    return seeded_database(tmp_path_factory, "seminar_demo", seed_demo)


@pytest.fixture
def seminar_demo_store(seminar_demo_database, tmp_path) -> Iterator[Store]:
    yield from opened_copy(seminar_demo_database, tmp_path)


@pytest.fixture(scope="session")
def demo_data() -> dict:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))
