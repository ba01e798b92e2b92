"""Small support maps for demo teams (fictional), from sample_data/demo_support_map.json, by team name.

In the file a support covers inventory needs by key (``reason:unemployment``) and the demo's typed needs by the
words typed; the typed ones get their keys (``typed:<id>``) when they are added.
"""

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
    """Give ``team_id`` its demo typed needs and supports (these also cover its target group's reasons), if the
    file has a map for the team."""
    from workshop.teams import get_team

    demo = json.loads(Path(path).read_text(encoding="utf-8"))["teams"].get(get_team(store, team_id).name)
    if demo is None:
        return
    typed = {label: add_team_need(store, team_id, label, actor=DEMO_ACTOR).key for label in demo["needs"]}
    for support in demo["supports"]:
        covers = support.pop("covers")
        needs = (*covers["inventory"], *(typed[label] for label in covers["typed"]))
        details = SupportDetails(**{**support, "needs": needs, "scope": SupportScope(support["scope"])})
        add_support(store, team_id, details, actor=DEMO_ACTOR)
