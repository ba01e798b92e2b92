"""PDSA cycles as small frozen objects, with the PGSA worksheet's parts (Planera, Göra, Studera, Agera)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.i18n import N_
from workshop.model import LABELS, Choice


class CycleStatus(Choice):
    """A cycle moves one step at a time along this order."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    TO_STUDY = "to_study"
    DONE = "done"


class CyclePurpose(Choice):
    """What the cycle is for (PGSA arbetsblad: "Denna cykel ska …")."""

    COLLECT = "collect"
    DEVELOP = "develop"
    TEST = "test"
    IMPLEMENT = "implement"


class Scale(Choice):
    """How large the test is; ramps start small (one client, one case worker, one time)."""

    ONE_CLIENT = "one_client"
    ONE_CASE_WORKER = "one_case_worker"
    GROUP = "group"
    WHOLE_UNIT = "whole_unit"


class Decision(Choice):
    """Agera: what the team decides after studying the cycle."""

    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


class NudgeKind(Choice):
    STUDY_MISSING = "study_missing"
    DECISION_MISSING = "decision_missing"


STATUS_ORDER = tuple(CycleStatus)

LABELS.update({
    CycleStatus.PLANNED: N_("Planned"),
    CycleStatus.ONGOING: N_("Ongoing"),
    CycleStatus.TO_STUDY: N_("To study"),
    CycleStatus.DONE: N_("Done"),
    CyclePurpose.COLLECT: N_("Collect information"),
    CyclePurpose.DEVELOP: N_("Develop a change"),
    CyclePurpose.TEST: N_("Test a change"),
    CyclePurpose.IMPLEMENT: N_("Implement a change"),
    Scale.ONE_CLIENT: N_("One client"),
    Scale.ONE_CASE_WORKER: N_("One case worker"),
    Scale.GROUP: N_("A group"),
    Scale.WHOLE_UNIT: N_("The whole unit"),
    Decision.ADOPT: N_("Adopt"),
    Decision.ADAPT: N_("Adapt"),
    Decision.ABANDON: N_("Abandon"),
    NudgeKind.STUDY_MISSING: N_("The period has ended but Study is empty"),
    NudgeKind.DECISION_MISSING: N_("Done without a decision in Act"),
})


@dataclass(frozen=True)
class Question:
    """A question the cycle should answer, the prediction, and (Studera) what actually happened."""

    text: str
    prediction: str = ""
    observed: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Task:
    """One line of Planera's task list."""

    what: str
    who: str = ""
    when: str = ""


@dataclass(frozen=True)
class PlanPart:
    """Planera: the header of the worksheet, the questions with predictions, the tasks and the data plan."""

    title: str
    owner: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    purpose: CyclePurpose | None = None
    scale: Scale | None = None
    questions: tuple[Question, ...] = ()
    plan: str = ""
    tasks: tuple[Task, ...] = ()
    measure_ids: tuple[int, ...] = ()
    data_collection: str = ""


@dataclass(frozen=True)
class DoPart:
    """Göra: what happened, problems and deviations, surprises."""

    what_happened: str = ""
    problems: str = ""
    surprises: str = ""


@dataclass(frozen=True)
class StudyPart:
    """Studera: what happened per question (by question id), and what we learned."""

    observations: tuple[tuple[int, str], ...] = ()
    learned: str = ""


@dataclass(frozen=True)
class ActPart:
    """Agera: the decision, what changes, the next cycle, and whether to test on a larger scale."""

    decision: Decision | None = None
    changes: str = ""
    next_steps: str = ""
    next_scale: Scale | None = None


@dataclass(frozen=True)
class Cycle:
    id: int
    team_id: int
    change_idea_id: int | None
    change_idea_title: str
    change_idea_removed: bool
    number: int
    status: CycleStatus
    plan: PlanPart
    do: DoPart = DoPart()
    act: ActPart = ActPart()
    learned: str = ""
    previous_id: int | None = None
    next_id: int | None = None
    started_on: dt.date | None = None
    study_on: dt.date | None = None
    done_on: dt.date | None = None
    version: int = 1

    @property
    def title(self) -> str:
        return self.plan.title

    @property
    def studied(self) -> bool:
        """Something is written in Studera."""
        return bool(self.learned or any(question.observed for question in self.plan.questions))

    @property
    def all_parts_filled(self) -> bool:
        """Planera, Göra, Studera and Agera all have something written (Agera: its decision)."""
        planned = bool(self.plan.plan or self.plan.tasks or self.plan.questions)
        done = bool(self.do.what_happened or self.do.problems or self.do.surprises)
        return planned and done and self.studied and self.act.decision is not None

    @property
    def study(self) -> StudyPart:
        observations = tuple((q.id, q.observed) for q in self.plan.questions if q.id is not None)
        return StudyPart(observations=observations, learned=self.learned)


@dataclass(frozen=True)
class CycleAnnotation:
    """A cycle drawn on a result chart (step 5): its period and title."""

    cycle_id: int
    change_idea_title: str
    number: int
    title: str
    start: dt.date
    end: dt.date | None
    status: CycleStatus


@dataclass(frozen=True)
class CycleNudge:
    """A cycle that needs the team's attention: Studera or Agera is missing."""

    cycle_id: int
    change_idea_title: str
    number: int
    title: str
    kind: NudgeKind
    end: dt.date | None


@dataclass(frozen=True)
class LearningEntry:
    """One cycle's "what we learned", for the learning log and the reports."""

    cycle_id: int
    change_idea_id: int | None
    change_idea_title: str
    number: int
    title: str
    start: dt.date | None
    end: dt.date | None
    decision: Decision | None
    learned: str
