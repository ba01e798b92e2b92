"""Step 2's page for demo team 2 (Påhittsta, no diagram or measures yet), built without a kernel."""

from __future__ import annotations

import datetime as dt

import pytest

from widgets.aims.page import build_aims_page
from workshop.session import join_team

TEAM = 2


class TargetGroup:
    description = "Unga vuxna 18–24 år"
    count = 42
    inventory_date = dt.date(2026, 10, 1)


@pytest.fixture
def query(demo_store) -> str:
    return join_team(demo_store, TEAM, "demo-team-pahittsta").query()


@pytest.fixture
def page(demo_store, query):
    return build_aims_page(query, demo_store)


@pytest.fixture
def page_with_target_group(demo_store, query, monkeypatch):
    monkeypatch.setattr("widgets.aims.view.team_target_group", lambda store, team_id: TargetGroup())
    return build_aims_page(query, demo_store)


def find(widget, description: str):
    """The one control labelled ``description``."""
    from tests.widgets.reading import all_widgets

    found = [item for item in all_widgets(widget) if getattr(item, "description", None) == description]
    assert len(found) == 1, f"{len(found)} controls labelled {description!r}"
    return found[0]
