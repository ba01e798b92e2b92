"""Nudges: cycles whose period has ended without Studera, or that are done without a decision."""

from __future__ import annotations

import datetime as dt

from workshop.pdsa.model import Cycle, CycleNudge, CycleStatus, NudgeKind
from workshop.pdsa.reading import list_cycles
from workshop.store import Store


def nudges_of(cycle: Cycle, today: dt.date) -> list[CycleNudge]:
    kinds = []
    if cycle.plan.end is not None and cycle.plan.end < today and not cycle.studied:
        kinds.append(NudgeKind.STUDY_MISSING)
    if cycle.status is CycleStatus.DONE and cycle.act.decision is None:
        kinds.append(NudgeKind.DECISION_MISSING)
    return [CycleNudge(cycle.id, cycle.change_idea_title, cycle.number, cycle.title, kind, cycle.plan.end)
            for kind in kinds]


def cycle_nudges(store: Store, team_id: int, *, today: dt.date | None = None) -> list[CycleNudge]:
    """What the team should come back to, in the order of the cycles (for the PGSA page and Start)."""
    today = today or dt.date.today()
    return [nudge for cycle in list_cycles(store, team_id) for nudge in nudges_of(cycle, today)]
