"""Driver diagrams and measures for two fictional demo teams (``sample_data/demo_improvement.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.improvement.change_ideas import add_change_idea
from workshop.improvement.drivers import add_driver
from workshop.improvement.measures import add_measure
from workshop.improvement.model import ChangeIdeaDetails, MeasureDetails
from workshop.store import Store

DEMO_FILE = Path(__file__).resolve().parents[2] / "sample_data" / "demo_improvement.json"


def seed_improvement_demo(store: Store, team_ids_by_name: dict[str, int], *, actor: str) -> None:
    demo = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    for team_name, content in demo["teams"].items():
        team_id = team_ids_by_name[team_name]
        for primary in content["drivers"]:
            primary_id = add_driver(store, team_id, primary["title"], actor=actor).id
            for secondary in primary["secondary"]:
                secondary_id = add_driver(store, team_id, secondary["title"], parent_id=primary_id, actor=actor).id
                for idea in secondary["ideas"]:
                    add_change_idea(store, team_id, ChangeIdeaDetails(driver_id=secondary_id, **idea), actor=actor)
        for measure in content["measures"]:
            add_measure(store, team_id, MeasureDetails(**measure), actor=actor)
