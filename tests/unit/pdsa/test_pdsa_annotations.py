"""Cycles as annotations on step 5's charts: those whose data plan names the measure."""

from __future__ import annotations

from dataclasses import replace

from tests.unit.pdsa.setting import ACTOR, TEAM
from workshop.pdsa import CycleAnnotation, CycleStatus, create_cycle, cycle_annotations, save_plan


def test_only_dated_cycles_naming_the_measure_are_annotations(demo_store, planned, measure, other_idea):
    unrelated = create_cycle(demo_store, TEAM, other_idea.id, "Utan mått", actor=ACTOR)
    save_plan(demo_store, TEAM, unrelated.id, replace(planned.plan, measure_ids=()),
              expected_version=unrelated.version, actor=ACTOR)
    undated = create_cycle(demo_store, TEAM, other_idea.id, "Utan period", actor=ACTOR)
    save_plan(demo_store, TEAM, undated.id, replace(planned.plan, start=None, end=None),
              expected_version=undated.version, actor=ACTOR)
    assert cycle_annotations(demo_store, TEAM, measure.id) == [
        CycleAnnotation(planned.id, planned.change_idea_title, 1, "Test med en klient", planned.plan.start,
                        planned.plan.end, CycleStatus.PLANNED)
    ]


def test_another_team_gets_no_annotations_for_the_measure(demo_store, planned, measure):
    assert cycle_annotations(demo_store, 1, measure.id) == []
