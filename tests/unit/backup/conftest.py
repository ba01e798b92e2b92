"""Backups of the demo's team 1 and of the demo collaborative, and an installation to move them to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import opened_copy, seeded_database
from workshop.backup import Kind, export_collaborative, export_team
from workshop.collaboratives import create_collaborative
from workshop.model import CollaborativeDetails
from workshop.store import Store

ACTOR = "facilitator:1"
TARGET = 1
"""The receiving installation's only collaborative."""


@pytest.fixture(scope="session")
def demo_backups(demo_database):
    """Made once: exporting only reads the demo database."""
    opened = Store(f"sqlite:///{demo_database}")
    try:
        return {Kind.TEAM: export_team(opened, 1), Kind.COLLABORATIVE: export_collaborative(opened, 1)}
    finally:
        opened.close()


@pytest.fixture
def team_file(demo_backups):
    return demo_backups[Kind.TEAM]


@pytest.fixture
def collaborative_file(demo_backups):
    return demo_backups[Kind.COLLABORATIVE]


def _one_empty_collaborative(store: Store) -> None:
    created = create_collaborative(store, CollaborativeDetails("Ny samverkan", region="Region Fiktiv"),
                                   facilitator_code="ny-kod-4711", actor="test")
    assert created.id == TARGET


@pytest.fixture(scope="session")
def receiving_database(tmp_path_factory):
    return seeded_database(tmp_path_factory, "receiving", _one_empty_collaborative)


@pytest.fixture
def receiving(receiving_database, tmp_path) -> Iterator[Store]:
    """Another installation, with one empty collaborative (number ``TARGET``) to receive a team."""
    yield from opened_copy(receiving_database, tmp_path)
