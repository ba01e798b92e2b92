"""The team's improvement model, shared by steps 2–5: driver diagram, change ideas and measures.

>>> from workshop.improvement import add_measure, MeasureDetails, MeasureUnit
>>> add_measure(store, team_id, MeasureDetails("Andel nya besök med AUDIT", unit=MeasureUnit.PERCENT,
...             denominator="Nya besök"), actor="team:1")
"""

from workshop.improvement.change_ideas import (
    add_change_idea,
    get_change_idea,
    list_change_ideas,
    set_change_idea_removed,
    update_change_idea,
)
from workshop.improvement.drivers import add_driver, driver_diagram
from workshop.improvement.measures import (
    add_measure,
    clean_measure,
    get_measure,
    list_measures,
    set_measure_removed,
    update_measure,
)
from workshop.improvement.model import (
    SUGGESTED_CHART,
    ChangeIdea,
    ChangeIdeaDetails,
    ChartKind,
    Direction,
    Driver,
    DriverDiagram,
    Effort,
    Frequency,
    Impact,
    Measure,
    MeasureDetails,
    MeasureKind,
    MeasureUnit,
    PreventionLevel,
)

__all__ = [
    "SUGGESTED_CHART", "ChangeIdea", "ChangeIdeaDetails", "ChartKind", "Direction", "Driver", "DriverDiagram",
    "Effort", "Frequency", "Impact", "Measure", "MeasureDetails", "MeasureKind", "MeasureUnit", "PreventionLevel",
    "add_change_idea", "add_driver", "add_measure", "clean_measure", "driver_diagram", "get_change_idea",
    "get_measure", "list_change_ideas", "list_measures", "set_change_idea_removed", "set_measure_removed",
    "update_change_idea", "update_measure",
]
