"""A collaborative and its facilitator's session for the overview's tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.collaboratives import create_collaborative
from workshop.model import CollaborativeDetails
from workshop.session import open_as_facilitator

CODE = "processledning-1"


@pytest.fixture
def facilitator(store):
    collaborative = create_collaborative(
        store, CollaborativeDetails("Tidigt stöd", region="RSS Exempel", period_start=dt.date(2026, 9, 1),
                                    period_end=dt.date(2027, 6, 30)),
        facilitator_code=CODE, actor="test")
    return open_as_facilitator(store, collaborative.id, CODE)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, store):
    """These services run on SQLite and on PostgreSQL alike (PostgreSQL as ``pg_store`` has it)."""
    return store if request.param == "sqlite" else request.getfixturevalue("pg_store")
