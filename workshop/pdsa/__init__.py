"""Step 4 – PGSA: PDSA cycle worksheets, ramps of cycles per change idea, nudges and the learning log.

>>> from workshop.pdsa import create_cycle, save_plan, PlanPart, Question
>>> cycle = create_cycle(store, team_id, change_idea_id, "FIA-samtal vid nybesök", actor="team:1")
>>> cycle = save_plan(store, team_id, cycle.id, PlanPart(title="FIA-samtal vid nybesök", questions=(
...     Question(text="Hinner vi?", prediction="Nej, det tar 20 minuter extra."),)),
...     expected_version=cycle.version, actor="team:1")
"""

from workshop.pdsa.annotations import cycle_annotations
from workshop.pdsa.demo import seed_pdsa_demo
from workshop.pdsa.learning import learning_log, learning_log_csv
from workshop.pdsa.model import (
    STATUS_ORDER,
    ActPart,
    Cycle,
    CycleAnnotation,
    CycleNudge,
    CyclePurpose,
    CycleStatus,
    Decision,
    DoPart,
    LearningEntry,
    NudgeKind,
    PlanPart,
    Question,
    Scale,
    StudyPart,
    Task,
)
from workshop.pdsa.nudges import cycle_nudges
from workshop.pdsa.ramps import next_cycle
from workshop.pdsa.reading import get_cycle, list_cycles
from workshop.pdsa.status import finish_cycle, neighbours, refusal, set_cycle_status
from workshop.pdsa.worksheet import create_cycle, save_act, save_do, save_plan, save_study

__all__ = [
    "STATUS_ORDER", "ActPart", "Cycle", "CycleAnnotation", "CycleNudge", "CyclePurpose", "CycleStatus", "Decision",
    "DoPart", "LearningEntry", "NudgeKind", "PlanPart", "Question", "Scale", "StudyPart", "Task",
    "create_cycle", "cycle_annotations", "cycle_nudges", "finish_cycle", "get_cycle", "learning_log",
    "learning_log_csv", "list_cycles", "neighbours", "next_cycle", "refusal", "save_act", "save_do", "save_plan",
    "save_study", "seed_pdsa_demo", "set_cycle_status",
]
