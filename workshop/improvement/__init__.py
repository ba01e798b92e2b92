"""The team's improvement model, shared by steps 2–5: driver diagram, change ideas and measures.

>>> from workshop.improvement import add_measure, MeasureDetails, MeasureUnit
>>> add_measure(store, team_id, MeasureDetails(name="Andel nya besök med AUDIT", unit=MeasureUnit.PERCENT,
...             denominator="Nya besök"), actor="team:1")
"""

from workshop.improvement.change_ideas import (
    add_change_idea,
    get_change_idea,
    list_change_ideas,
    set_change_idea_removed,
    update_change_idea,
)
from workshop.improvement.diagram import driver_diagram_figure
from workshop.improvement.driver_removal import (
    DriverRemoval,
    IdeasOnRemoval,
    ideas_affected,
    remove_driver,
    undo_driver_removal,
)
from workshop.improvement.drivers import (
    add_driver,
    driver_diagram,
    get_driver,
    list_drivers,
    move_driver,
    rename_driver,
    shift_driver,
)
from workshop.improvement.hints import Hint, measure_hints
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
from workshop.improvement.pick import PickMatrix, PickQuadrant, pick_matrix, pick_quadrant
from workshop.improvement.tables import diagram_rows, diagram_table, measures_table

__all__ = [
    "SUGGESTED_CHART", "ChangeIdea", "ChangeIdeaDetails", "ChartKind", "Direction", "Driver", "DriverDiagram",
    "DriverRemoval", "Effort", "Frequency", "Hint", "IdeasOnRemoval", "Impact", "Measure", "MeasureDetails",
    "MeasureKind", "MeasureUnit", "PickMatrix", "PickQuadrant", "PreventionLevel",
    "add_change_idea", "add_driver", "add_measure", "clean_measure", "diagram_rows", "diagram_table",
    "driver_diagram", "driver_diagram_figure", "get_change_idea", "get_driver", "get_measure", "ideas_affected",
    "list_change_ideas", "list_drivers", "list_measures", "measure_hints", "measures_table", "move_driver",
    "pick_matrix", "pick_quadrant", "remove_driver", "rename_driver", "set_change_idea_removed",
    "set_measure_removed", "shift_driver", "undo_driver_removal", "update_change_idea", "update_measure",
]
