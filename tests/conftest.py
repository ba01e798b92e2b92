"""Fixtures shared by the unit and view tests."""

from __future__ import annotations

import json
import shutil

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


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory):
    """The demo data seeded once per test run (code hashing makes seeding take seconds)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    seeded = Store(f"sqlite:///{path}")
    seed_demo(seeded)
    seeded.close()  # checkpoints the write-ahead log into the file
    return path


@pytest.fixture
def demo_store(demo_database, tmp_path) -> Store:
    """A fresh copy of the seeded demo database for each test."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_database, path)
    opened = Store(f"sqlite:///{path}")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_data() -> dict:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))
