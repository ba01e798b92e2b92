"""The active aim and the purpose of demo teams (``sample_data/demo_aims.json``, fictional)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from workshop.aims.model import AimDetails, PurposeDetails
from workshop.aims.purpose import get_purpose, save_purpose
from workshop.aims.services import add_aim
from workshop.store import Store
from workshop.teams import get_team

DEMO_FILE = Path(__file__).resolve().parents[2] / "sample_data" / "demo_aims.json"


def seed_aims_demo(store: Store, team_id: int, *, actor: str = "demo") -> None:
    """Give the demo team its aim and purpose, when the demo file has any for the team's name."""
    content = json.loads(DEMO_FILE.read_text(encoding="utf-8"))["teams"].get(get_team(store, team_id).name)
    if content is None:
        return
    aim = dict(content["aim"], by_when=dt.date.fromisoformat(content["aim"]["by_when"]))
    add_aim(store, team_id, AimDetails(**aim), actor=actor)
    save_purpose(store, team_id, PurposeDetails(**content["purpose"]),
                 expected_version=get_purpose(store, team_id).version, actor=actor)
