"""Reading a team's cycles from the store as :class:`~workshop.pdsa.model.Cycle` objects."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from workshop.i18n import _
from workshop.pdsa.model import Cycle, CycleStatus
from workshop.pdsa.records import ACT, DO, PLAN, QUESTION, TASK
from workshop.store import Store
from workshop.store.records import owned_row
from workshop.store.tables.improvement import ChangeIdeaRow
from workshop.store.tables.pdsa import PdsaCycleRow


def cycle_missing() -> str:
    return _("The cycle does not exist (it may have been removed).")


def to_cycle(row: PdsaCycleRow, idea: ChangeIdeaRow | None, next_id: int | None) -> Cycle:
    plan = PLAN.read(
        row, questions=tuple(QUESTION.read(q, observed=q.observed, id=q.id) for q in row.questions),
        tasks=tuple(TASK.read(t) for t in row.tasks), measure_ids=tuple(link.measure_id for link in row.measures),
    )
    return Cycle(
        id=row.id, team_id=row.team_id, change_idea_id=row.change_idea_id,
        change_idea_title=idea.title if idea is not None else "",
        change_idea_removed=idea is None or idea.removed_at is not None,
        number=row.number, status=CycleStatus(row.status), plan=plan, do=DO.read(row), act=ACT.read(row),
        learned=row.learned, previous_id=row.previous_id, next_id=next_id,
        started_on=row.started_on, study_on=row.study_on, done_on=row.done_on, version=row.version,
    )


def _with_parts() -> tuple[ExecutableOption, ...]:
    return (selectinload(PdsaCycleRow.questions), selectinload(PdsaCycleRow.tasks),
            selectinload(PdsaCycleRow.measures))


def cycles_of_team(session: Session, team_id: int) -> list[Cycle]:
    """All the team's cycles, by change idea (in the idea's order) and cycle number."""
    ideas: dict[int | None, ChangeIdeaRow] = {
        row.id: row for row in session.scalars(select(ChangeIdeaRow).where(ChangeIdeaRow.team_id == team_id))
    }
    rows = list(session.scalars(select(PdsaCycleRow).where(PdsaCycleRow.team_id == team_id)
                                .options(*_with_parts())))
    successors = {row.previous_id: row.id for row in rows if row.previous_id is not None}

    def order(row: PdsaCycleRow) -> tuple:
        idea = ideas.get(row.change_idea_id)
        return (idea is None, idea.position if idea else 0, row.change_idea_id or 0, row.number, row.id)

    return [to_cycle(row, ideas.get(row.change_idea_id), successors.get(row.id)) for row in sorted(rows, key=order)]


def cycle_in_session(session: Session, team_id: int, cycle_id: int) -> Cycle:
    row = owned_row(session, PdsaCycleRow, team_id, cycle_id, missing=cycle_missing())
    idea = session.get(ChangeIdeaRow, row.change_idea_id) if row.change_idea_id is not None else None
    next_id = session.scalar(select(PdsaCycleRow.id).where(PdsaCycleRow.previous_id == row.id))
    return to_cycle(row, idea, next_id)


def get_cycle(store: Store, team_id: int, cycle_id: int) -> Cycle:
    """One cycle of the team (another team's cycle is as good as missing)."""
    with store.reading() as session:
        return cycle_in_session(session, team_id, cycle_id)


def list_cycles(store: Store, team_id: int, *, change_idea_id: int | None = None) -> list[Cycle]:
    """The team's cycles, optionally only those of one change idea."""
    with store.reading() as session:
        cycles = cycles_of_team(session, team_id)
    if change_idea_id is None:
        return cycles
    return [cycle for cycle in cycles if cycle.change_idea_id == change_idea_id]
