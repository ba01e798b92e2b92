"""Where each team stands on each step of its journey; later steps report into it."""

from __future__ import annotations

from sqlalchemy import select

from workshop.errors import NotFound
from workshop.i18n import _
from workshop.model import StepStatus
from workshop.steps import STEP_KEYS
from workshop.store import Store, save_versioned
from workshop.store.tables import StepProgressRow, TeamRow


def step_progress(store: Store, team_id: int) -> dict[str, StepStatus]:
    """Status per step key; steps never touched are not started."""
    with store.reading() as session:
        rows = session.scalars(select(StepProgressRow).where(StepProgressRow.team_id == team_id))
        recorded = {row.step: StepStatus(row.status) for row in rows}
    return {key: recorded.get(key, StepStatus.NOT_STARTED) for key in STEP_KEYS}


def set_step_status(store: Store, team_id: int, step: str, status: StepStatus | str, *, actor: str) -> None:
    if step not in STEP_KEYS:
        raise ValueError(f"unknown step {step!r}")
    status = StepStatus(status)
    save_versioned(store, actor, check=lambda session: _team_must_exist(session, team_id),
                   find=lambda session: session.get(StepProgressRow, (team_id, step), with_for_update=True),
                   create=lambda: StepProgressRow(team_id=team_id, step=step, version=0),
                   expected_version=None, values={"status": status.value}, result=lambda _row: None)


def _team_must_exist(session, team_id: int) -> None:
    if session.get(TeamRow, team_id) is None:
        raise NotFound(_("The team does not exist (it may have been removed)."))
