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
from workshop.store import Store
from workshop.teams import add_team

DEMO_FILE = Path(__file__).resolve().parent.parent / "sample_data" / "demo_collaborative.json"
DEMO_ACTOR = "demo"
EXAMPLE_TEAM = "Exempelkommun – försörjningsstöd"
EARLY_SUPPORT_TEAM = "Fiktiva Åby – tidigt stöd"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def seed_demo(store: Store, path: Path = DEMO_FILE, *, only_if_empty: bool = True,
              with_seminars: bool = True) -> Collaborative | None:
    """Create the demo collaborative with its teams; skipped when the store already has data.

    ``with_seminars`` adds the program, monthly reports, faculty scores and a concern (the facilitator's view);
    tests of a team's steps leave them out, so that the teams' months are theirs to write.
    """
    if only_if_empty and list_collaboratives(store):
        return None
    demo = json.loads(Path(path).read_text(encoding="utf-8"))
    details = CollaborativeDetails(
        name=demo["name"],
        area=demo["area"],
        region=demo["region"],
        period_start=_date(demo["period_start"]),
        period_end=_date(demo["period_end"]),
        seminars=tuple(Seminar(SeminarKind(s["kind"]), dt.date.fromisoformat(s["date"])) for s in demo["seminars"]),
    )
    collaborative = create_collaborative(store, details, facilitator_code=demo["facilitator_code"], actor=DEMO_ACTOR)
    team_ids = {}
    for team in demo["teams"]:
        team_details = TeamDetails(
            name=team["name"],
            municipality=team["municipality"],
            unit=team["unit"],
            area=team["area"],
            region=team["region"],
            members=tuple(Member(MemberRole(m["role"]), m["name"]) for m in team["members"]),
        )
        created = add_team(store, collaborative.id, team_details, code=team["code"], actor=DEMO_ACTOR)
        team_ids[created.name] = created.id
    _seed_steps(store, team_ids)
    _seed_forums(store, collaborative.id, demo["facilitator_code"])
    if with_seminars:
        _seed_seminars(store, collaborative.id, demo["facilitator_code"], team_ids)
    return collaborative


def _seed_forums(store: Store, collaborative_id: int, facilitator_code: str) -> None:
    """The collaborative's fictional forums, edited as its facilitator would."""
    from workshop.forums.demo import seed_forums_demo
    from workshop.session import open_as_facilitator

    seed_forums_demo(store, open_as_facilitator(store, collaborative_id, facilitator_code))


def _seed_steps(store: Store, team_ids: dict[str, int]) -> None:
    """Each step's demo content, in journey order (later steps build on earlier ones)."""
    from workshop.aims.demo import seed_aims_demo
    from workshop.inventory.demo import seed_inventory_demo
    from workshop.pdsa.demo import seed_pdsa_demo
    from workshop.results.demo import seed_results_demo
    from workshop.support_map.demo import seed_changes_demo

    exempel, aby = team_ids[EXAMPLE_TEAM], team_ids[EARLY_SUPPORT_TEAM]
    seed_improvement_demo(store, team_ids, actor=DEMO_ACTOR)
    for team_id in (exempel, aby):
        seed_inventory_demo(store, team_id)
        seed_aims_demo(store, team_id, actor=DEMO_ACTOR)
        seed_changes_demo(store, team_id)
    seed_pdsa_demo(store, exempel, actor=DEMO_ACTOR)
    seed_results_demo(store, team_ids, actor=DEMO_ACTOR)


def _seed_seminars(store: Store, collaborative_id: int, facilitator_code: str, team_ids: dict[str, int]) -> None:
    """The program, monthly reports, faculty scores and a concern, written by the demo's facilitator."""
    from workshop.seminars.demo import seed_seminars_demo
    from workshop.session import open_as_facilitator

    facilitator = open_as_facilitator(store, collaborative_id, facilitator_code)
    seed_seminars_demo(store, facilitator, team_ids, actor=DEMO_ACTOR)
