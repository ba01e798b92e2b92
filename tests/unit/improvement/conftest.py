"""A driver tree for demo team 2 (Påhittsta), which has no diagram of its own."""

from __future__ import annotations

import pytest

from workshop.improvement import add_driver

TEAM, OTHER = 2, 4
ACTOR = "team:2"


@pytest.fixture
def make_tree(demo_store):
    """``make_tree({"A": ["A1"], "B": []})``: the drivers by title, primary drivers first."""

    def make(shape: dict[str, list[str]]) -> dict:
        made = {title: add_driver(demo_store, TEAM, title, actor=ACTOR) for title in shape}
        for primary, secondaries in shape.items():
            for title in secondaries:
                made[title] = add_driver(demo_store, TEAM, title, parent_id=made[primary].id, actor=ACTOR)
        return made

    return make
