"""Cycles as annotations on the result charts of step 5."""

from __future__ import annotations

from sqlalchemy import select

from workshop.pdsa.model import CycleAnnotation
from workshop.pdsa.reading import cycles_of_team
from workshop.store import Store
from workshop.store.tables.pdsa import PdsaCycleMeasureRow


def cycle_annotations(store: Store, team_id: int, measure_id: int) -> list[CycleAnnotation]:
    """The cycles whose data plan names ``measure_id`` and that have a start date, by start date."""
    with store.reading() as session:
        linked = set(session.scalars(select(PdsaCycleMeasureRow.cycle_id).where(
            PdsaCycleMeasureRow.team_id == team_id, PdsaCycleMeasureRow.measure_id == measure_id)))
        cycles = [(cycle, start) for cycle in cycles_of_team(session, team_id)
                  if cycle.id in linked and (start := cycle.plan.start) is not None]
    annotations = [CycleAnnotation(cycle.id, cycle.change_idea_title, cycle.number, cycle.title, start,
                                   cycle.plan.end, cycle.status) for cycle, start in cycles]
    return sorted(annotations, key=lambda annotation: (annotation.start, annotation.cycle_id))
