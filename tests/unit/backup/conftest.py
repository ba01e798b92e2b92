"""Backups of the demo's team 1 and of the demo collaborative, and an installation to move them to."""

from __future__ import annotations

import shutil

import pytest

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


@pytest.fixture(scope="session")
def receiving_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("receiving") / "receiving.sqlite"
    opened = Store(f"sqlite:///{path}")
    created = create_collaborative(opened, CollaborativeDetails("Ny samverkan", region="Region Fiktiv"),
                                   facilitator_code="ny-kod-4711", actor="test")
    opened.close()
    assert created.id == TARGET
    return path


@pytest.fixture
def receiving(receiving_database, tmp_path) -> Store:
    """Another installation, with one empty collaborative (number ``TARGET``) to receive a team."""
    path = tmp_path / "receiving.sqlite"
    shutil.copyfile(receiving_database, path)
    opened = Store(f"sqlite:///{path}")
    yield opened
    opened.close()
