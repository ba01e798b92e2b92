"""The PGSA page of demo team 3 (Åby): it has change ideas and measures and no demo cycles."""

from __future__ import annotations

import pytest

from widgets.pdsa.page import build_pdsa_page
from workshop.session import join_team


@pytest.fixture
def pdsa_page(demo_store):
    return build_pdsa_page(join_team(demo_store, 3, "demo-team-aby").query(), demo_store)
