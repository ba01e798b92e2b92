"""The facilitator's view of every team of a collaborative, as plain data: one call, a bounded number of queries.

>>> overview = collaborative_overview(store, facilitator)          # the facilitator's session
>>> [cell.signal.label for cell in overview.measures if cell.team_id == team_id]
['Förbättring', 'För få punkter']
>>> overview.frames()["scores"]                                     # a pandas DataFrame per table

Tables: teams × steps, teams × measures (latest verdict), PDSA counts, monthly reports per month, self- and
faculty scores with their gap, and the changes each team works on (docs/oversikt.md).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from workshop.errors import NotFound
from workshop.i18n import _
from workshop.overview.model import (
    ChangeLine,
    CrossTeamOverview,
    MeasureCell,
    PdsaLine,
    ReportCell,
    ReportStatus,
    ScoreCell,
    SignalKind,
    StepCell,
    TeamLine,
)
from workshop.overview.months import DUE_DAY, due_date, followed_months
from workshop.overview.reading import measure_cells, pdsa_and_changes, reports_and_scores
from workshop.progress import teams_step_states
from workshop.session import Session, led_collaborative
from workshop.store import Store
from workshop.store.tables import CollaborativeRow, TeamRow
from workshop.store.tables.reports import MonthlyReportRow


def collaborative_overview(store: Store, facilitator: Session, *, today: dt.date | None = None) -> CrossTeamOverview:
    """Everything the facilitator's view shows, for the collaborative the session leads (a team's session is
    refused)."""
    collaborative_id = led_collaborative(facilitator)
    today = today or dt.date.today()
    with store.reading() as session:
        collaborative = session.get(CollaborativeRow, collaborative_id)
        if collaborative is None:
            raise NotFound(_("The collaborative does not exist (it may have been removed)."))
        rows = session.execute(select(TeamRow.id, TeamRow.name, TeamRow.municipality, TeamRow.unit, TeamRow.area,
                                      TeamRow.region)
                               .where(TeamRow.collaborative_id == collaborative_id).order_by(TeamRow.name_key)).all()
        teams = [TeamLine(row.id, row.name, row.municipality, row.unit, row.area, row.region) for row in rows]
        team_ids = [team.team_id for team in teams]
        reported = list(session.scalars(select(MonthlyReportRow.month).where(MonthlyReportRow.team_id.in_(team_ids))
                                        .distinct()))
        months = followed_months(collaborative.period_start, collaborative.period_end, reported, today)
        measures = measure_cells(session, team_ids)
        pdsa, changes = pdsa_and_changes(session, team_ids, today)
        due_day = collaborative.report_due_day
        reports, scores = reports_and_scores(session, team_ids, months, today, due_day)
        name, region = collaborative.name, collaborative.region
    states = teams_step_states(store, team_ids)
    steps = [StepCell(team_id, step, state.status) for team_id in team_ids for step, state in states[team_id].items()]
    return CrossTeamOverview(collaborative_id, name, region, tuple(months), tuple(teams), tuple(steps),
                             tuple(measures), tuple(pdsa), tuple(reports), tuple(scores), tuple(changes), due_day)


__all__ = [
    "DUE_DAY", "ChangeLine", "CrossTeamOverview", "MeasureCell", "PdsaLine", "ReportCell", "ReportStatus",
    "ScoreCell", "SignalKind", "StepCell", "TeamLine", "collaborative_overview", "due_date",
]
