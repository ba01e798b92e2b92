"""Helpers for testing views without a kernel: build, set values, click, read."""

from __future__ import annotations

import pytest

from widgets.start.page import build_start_page
from workshop.session import join_team, open_as_facilitator


@pytest.fixture
def visitor_page(demo_store):
    return build_start_page("", demo_store)


@pytest.fixture
def team_page(demo_store):
    return build_start_page(join_team(demo_store, 1, "demo-team-exempel").query(), demo_store)


@pytest.fixture
def facilitator_page(demo_store):
    return build_start_page(open_as_facilitator(demo_store, 1, "demo-processledning").query(), demo_store)
