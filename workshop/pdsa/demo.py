"""Demo cycles for the fictional team Exempelkommun (``sample_data/demo_pdsa.json``).

Dates are relative to the day the demo is loaded, so the ramp stays realistic:
two finished cycles, one ongoing, and one cycle whose period has ended
without Studera (it is flagged on the PGSA page and on Start).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from workshop.improvement import list_change_ideas, list_measures
from workshop.pdsa.model import (
    STATUS_ORDER,
    ActPart,
    Cycle,
    CycleStatus,
    DoPart,
    PlanPart,
    Question,
    StudyPart,
    Task,
)
from workshop.pdsa.ramps import next_cycle
from workshop.pdsa.status import set_cycle_status
from workshop.pdsa.worksheet import create_cycle, save_act, save_do, save_plan, save_study
from workshop.store import Store

DEMO_FILE = Path(__file__).resolve().parents[2] / "sample_data" / "demo_pdsa.json"


class _Demo:
    def __init__(self, store: Store, team_id: int, today: dt.date, actor: str) -> None:
        self.store, self.team_id, self.today, self.actor = store, team_id, today, actor
        self.ideas = {idea.title: idea.id for idea in list_change_ideas(store, team_id)}
        self.measures = {measure.name: measure.id for measure in list_measures(store, team_id)}

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def first_plan(self, spec: dict) -> PlanPart:
        return PlanPart(
            title=spec["title"], owner=spec["owner"], start=self.day(spec["start"]), end=self.day(spec["end"]),
            purpose=spec["purpose"], scale=spec["scale"],
            questions=tuple(Question(text=q["text"], prediction=q["prediction"]) for q in spec["questions"]),
            plan=spec["plan"], tasks=tuple(Task(**task) for task in spec["tasks"]),
            measure_ids=tuple(self.measures[name] for name in spec["measures"]),
            data_collection=spec["data_collection"],
        )

    def later_plan(self, cycle: Cycle, spec: dict) -> PlanPart:
        questions = tuple(replace(question, prediction=prediction)
                          for question, prediction in zip(cycle.plan.questions, spec["predictions"], strict=True))
        return replace(cycle.plan, start=self.day(spec["start"]), end=self.day(spec["end"]), questions=questions)

    def fill(self, cycle: Cycle, plan: PlanPart, spec: dict) -> Cycle:
        cycle = save_plan(self.store, self.team_id, cycle.id, plan, expected_version=cycle.version, actor=self.actor)
        if "do" in spec:
            cycle = save_do(self.store, self.team_id, cycle.id, DoPart(**spec["do"]), expected_version=cycle.version,
                            actor=self.actor)
        if "learned" in spec:
            observed = spec.get("observed") or [q["observed"] for q in spec["questions"]]
            saved_ids = [q.id for q in cycle.plan.questions if q.id is not None]  # every saved question has one
            study = StudyPart(observations=tuple(zip(saved_ids, observed, strict=True)), learned=spec["learned"])
            cycle = save_study(self.store, self.team_id, cycle.id, study, expected_version=cycle.version,
                               actor=self.actor)
        if "act" in spec:
            cycle = save_act(self.store, self.team_id, cycle.id, ActPart(**spec["act"]),
                             expected_version=cycle.version, actor=self.actor)
        return self.advance(cycle, CycleStatus(spec["status"]), spec)

    def advance(self, cycle: Cycle, target: CycleStatus, spec: dict) -> Cycle:
        """Walk the status to ``target``, each step dated when it would have happened."""
        dated = {CycleStatus.ONGOING: spec["start"], CycleStatus.TO_STUDY: spec["end"],
                 CycleStatus.DONE: spec["end"] + 3}
        for status in STATUS_ORDER[1:STATUS_ORDER.index(target) + 1]:
            cycle = set_cycle_status(self.store, self.team_id, cycle.id, status, expected_version=cycle.version,
                                     actor=self.actor, today=self.day(dated[status]))
        return cycle

    def ramp(self, spec: dict) -> None:
        first, *later = spec["cycles"]
        cycle = create_cycle(self.store, self.team_id, self.ideas[spec["change_idea"]], first["title"],
                             actor=self.actor)
        cycle = self.fill(cycle, self.first_plan(first), first)
        for cycle_spec in later:
            cycle = next_cycle(self.store, self.team_id, cycle.id, actor=self.actor)
            cycle = self.fill(cycle, self.later_plan(cycle, cycle_spec), cycle_spec)


def seed_pdsa_demo(store: Store, team_id: int, *, today: dt.date | None = None, actor: str = "demo") -> None:
    """Give the demo team Exempelkommun (after its change ideas and measures exist) its cycles."""
    demo = _Demo(store, team_id, today or dt.date.today(), actor)
    for ramp in json.loads(DEMO_FILE.read_text(encoding="utf-8"))["ramps"]:
        demo.ramp(ramp)
