"""Ramps: cycle n+1 grows out of cycle n's Agera, for the same change idea.

The next cycle takes the idea, the questions (to predict anew), the test
owner, the purpose, the data plan and the scale, the larger one if Agera chose it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.pdsa.model import Cycle, CycleStatus, Decision
from workshop.pdsa.reading import cycle_in_session, cycle_missing
from workshop.pdsa.worksheet import live_change_idea, next_number
from workshop.store import Store
from workshop.store.records import owned_row
from workshop.store.tables.pdsa import PdsaCycleMeasureRow, PdsaCycleRow, PdsaQuestionRow


def _refuse_unless_ready(session: Session, row: PdsaCycleRow) -> None:
    if row.decision is None:
        raise InvalidInput(_("Decide in Act (adopt, adapt or abandon) before planning the next cycle."),
                           field="decision")
    if row.decision == Decision.ABANDON.value:
        raise InvalidInput(_("The change idea was abandoned in this cycle, so there is no next cycle to plan. "
                             "Test another change idea instead."), field="decision")
    later = session.scalar(select(PdsaCycleRow.number).where(PdsaCycleRow.previous_id == row.id))
    if later is not None:
        raise InvalidInput(_("This cycle already has a next cycle (cycle {number}).").format(number=later),
                           field="decision")


def next_cycle(store: Store, team_id: int, cycle_id: int, *, actor: str) -> Cycle:
    """A planned cycle n+1 from cycle n's Agera decision (adopt or adapt)."""
    with store.writing(actor) as session:
        row = owned_row(session, PdsaCycleRow, team_id, cycle_id, missing=cycle_missing(), for_update=True)
        _refuse_unless_ready(session, row)
        live_change_idea(session, team_id, row.change_idea_id)
        following = PdsaCycleRow(
            team_id=team_id, change_idea_id=row.change_idea_id, previous_id=row.id,
            number=next_number(session, row.change_idea_id), title=row.title, owner=row.owner,
            purpose=row.purpose, scale=row.next_scale or row.scale, status=CycleStatus.PLANNED.value,
            data_collection=row.data_collection,
            questions=[PdsaQuestionRow(team_id=team_id, position=question.position, text=question.text,
                                       prediction="", observed="") for question in row.questions],
            measures=[PdsaCycleMeasureRow(team_id=team_id, measure_id=link.measure_id) for link in row.measures],
        )
        session.add(following)
        session.flush()
        return cycle_in_session(session, team_id, following.id)
