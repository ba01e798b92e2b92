"""The demo ramp for Exempelkommun: dated relative to today, with one overdue cycle."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete

from workshop.improvement import list_measures
from workshop.pdsa import CycleStatus, NudgeKind, cycle_annotations, cycle_nudges, list_cycles, seed_pdsa_demo
from workshop.store.tables.pdsa import PdsaCycleRow

TODAY = dt.date(2027, 2, 1)


def test_the_demo_ramp_names_the_fia_measure_and_one_cycle_is_overdue(demo_store):
    with demo_store.writing("test") as session:
        session.execute(delete(PdsaCycleRow).where(PdsaCycleRow.team_id == 1))
    seed_pdsa_demo(demo_store, 1, today=TODAY)
    cycles = list_cycles(demo_store, 1)
    fia = [c for c in cycles if c.change_idea_title == "FIA-samtal vid nybesök för unga vuxna"]
    assert [(c.number, c.status) for c in fia] == [(1, CycleStatus.DONE), (2, CycleStatus.DONE),
                                                    (3, CycleStatus.ONGOING)]
    assert fia[1].previous_id == fia[0].id and fia[2].previous_id == fia[1].id
    measure = next(m for m in list_measures(demo_store, 1) if m.name == "Antal FIA-samtal vid nybesök")
    assert [a.cycle_id for a in cycle_annotations(demo_store, 1, measure.id)] == [c.id for c in fia]
    assert all(c.plan.start < c.plan.end for c in cycles)
    assert fia[2].plan.start < TODAY < fia[2].plan.end
    nudges = cycle_nudges(demo_store, 1, today=TODAY)
    assert [(n.change_idea_title, n.kind) for n in nudges] == [
        ("Broschyr om möjliga insatser vid första besöket", NudgeKind.STUDY_MISSING)]
