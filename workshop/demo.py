"""The fictional demo collaborative used by ``make serve``, notebooks' tests and browser tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from workshop.collaboratives import create_collaborative, list_collaboratives
from workshop.improvement.demo import seed_improvement_demo
from workshop.model import (
    Collaborative,
    CollaborativeDetails,
    Member,
    MemberRole,
    Seminar,
    SeminarKind,
    TeamDetails,
)
from workshop.progress import set_step_status
from workshop.store import Store
from workshop.teams import add_team

DEMO_FILE = Path(__file__).resolve().parent.parent / "sample_data" / "demo_collaborative.json"
DEMO_ACTOR = "demo"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def seed_demo(store: Store, path: Path = DEMO_FILE, *, only_if_empty: bool = True) -> Collaborative | None:
    """Create the demo collaborative with its teams; skipped when the store already has data."""
    if only_if_empty and list_collaboratives(store):
        return None
    demo = json.loads(Path(path).read_text(encoding="utf-8"))
    details = CollaborativeDetails(
        name=demo["name"],
        area=demo["area"],
        region=demo["region"],
        period_start=_date(demo["period_start"]),
        period_end=_date(demo["period_end"]),
        seminars=tuple(Seminar(SeminarKind(s["kind"]), _date(s["date"])) for s in demo["seminars"]),
    )
    collaborative = create_collaborative(store, details, facilitator_code=demo["facilitator_code"], actor=DEMO_ACTOR)
    team_ids = {}
    for team in demo["teams"]:
        team_details = TeamDetails(
            name=team["name"],
            municipality=team["municipality"],
            unit=team["unit"],
            area=team["area"],
            members=tuple(Member(MemberRole(m["role"]), m["name"]) for m in team["members"]),
        )
        created = add_team(store, collaborative.id, team_details, code=team["code"], actor=DEMO_ACTOR)
        team_ids[created.name] = created.id
        for step_key, status in team["progress"].items():
            set_step_status(store, created.id, step_key, status, actor=DEMO_ACTOR)
    seed_improvement_demo(store, team_ids, actor=DEMO_ACTOR)
    return collaborative
