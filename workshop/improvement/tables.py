"""The driver diagram and the measures as rows: for the table beside the chart and as pandas tables.

>>> diagram_table(store, team_id)     # one row per change idea (or driver without ideas)
>>> measures_table(store, team_id)    # one row per measure, every field of its definition
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from workshop.improvement.drivers import driver_diagram
from workshop.improvement.measures import list_measures
from workshop.improvement.model import ChangeIdea, DriverDiagram
from workshop.improvement.pick import pick_quadrant
from workshop.store import Store


@dataclass(frozen=True)
class DiagramRow:
    primary: str
    secondary: str
    change_idea: str
    impact: str
    effort: str
    pick: str
    idea_id: int | None = None


def _idea_row(primary: str, secondary: str, idea: ChangeIdea) -> DiagramRow:
    quadrant = pick_quadrant(idea)
    return DiagramRow(primary, secondary, idea.title, idea.impact.label if idea.impact else "",
                      idea.effort.label if idea.effort else "", quadrant.label if quadrant else "", idea.id)


def diagram_rows(diagram: DriverDiagram) -> list[DiagramRow]:
    """Primary driver, secondary driver and change idea on each row, in the diagram's order."""
    rows: list[DiagramRow] = []
    live = {driver.id for driver in diagram.drivers}
    for primary in diagram.primary:
        branches = [(secondary.title, diagram.ideas_under(secondary.id)) for secondary in diagram.secondary(primary.id)]
        branches.append(("", diagram.ideas_under(primary.id)))
        start = len(rows)
        for secondary_title, ideas in branches:
            rows.extend(_idea_row(primary.title, secondary_title, idea) for idea in ideas)
            if not ideas and secondary_title:
                rows.append(DiagramRow(primary.title, secondary_title, "", "", "", ""))
        if len(rows) == start:
            rows.append(DiagramRow(primary.title, "", "", "", "", ""))
    rows.extend(_idea_row("", "", idea) for idea in diagram.change_ideas if idea.driver_id not in live)
    return rows


def diagram_table(store: Store, team_id: int):
    """The team's driver diagram as a pandas DataFrame."""
    import pandas

    rows = diagram_rows(driver_diagram(store, team_id))
    return pandas.DataFrame([asdict(row) for row in rows], columns=list(DiagramRow.__dataclass_fields__))


def measures_table(store: Store, team_id: int):
    """The team's measures with their operational definitions as a pandas DataFrame."""
    import pandas

    measures = list_measures(store, team_id)
    return pandas.DataFrame([{key: getattr(value, "value", value) for key, value in asdict(measure).items()}
                             for measure in measures])
