"""A small support map for the demo team (fictional), from sample_data/demo_support_map.json."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.store import Store
from workshop.support_map.model import SupportDetails, SupportScope
from workshop.support_map.needs import add_team_need
from workshop.support_map.supports import add_support

DEMO_FILE = Path(__file__).resolve().parents[2] / "sample_data" / "demo_support_map.json"
DEMO_ACTOR = "demo"


def seed_changes_demo(store: Store, team_id: int, path: Path = DEMO_FILE) -> None:
    """Give ``team_id`` the demo's typed needs and supports."""
    demo = json.loads(Path(path).read_text(encoding="utf-8"))
    for label in demo["needs"]:
        add_team_need(store, team_id, label, actor=DEMO_ACTOR)
    for support in demo["supports"]:
        details = SupportDetails(**{**support, "needs": tuple(support["needs"]),
                                    "scope": SupportScope(support["scope"])})
        add_support(store, team_id, details, actor=DEMO_ACTOR)
