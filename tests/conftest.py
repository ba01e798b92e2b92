"""Fixtures shared by the unit and view tests."""

from __future__ import annotations

import json

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


@pytest.fixture
def demo_store(store) -> Store:
    seed_demo(store)
    return store


@pytest.fixture(scope="session")
def demo_data() -> dict:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))
