"""The driver diagram: aim → primary drivers → secondary drivers → change ideas."""

from __future__ import annotations

from sqlalchemy import select

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.improvement.change_ideas import to_change_idea
from workshop.improvement.model import Driver, DriverDiagram
from workshop.improvement.rows import live_driver, next_position, team_must_exist
from workshop.store import Store
from workshop.store.tables.improvement import TITLE_LENGTH, ChangeIdeaRow, DriverRow
from workshop.validation import clean_text


def to_driver(row: DriverRow) -> Driver:
    return Driver(id=row.id, team_id=row.team_id, title=row.title, parent_id=row.parent_id,
                  position=row.position, removed=row.removed_at is not None, version=row.version)


def clean_driver_title(title: str) -> str:
    return clean_text(title, field="title", label=_("Driver"), max_length=TITLE_LENGTH)


def add_driver(store: Store, team_id: int, title: str, *, parent_id: int | None = None, actor: str) -> Driver:
    """A primary driver, or a secondary one under the primary driver ``parent_id``."""
    title = clean_driver_title(title)
    with store.writing(actor) as session:
        team_must_exist(session, team_id)
        if parent_id is not None and live_driver(session, team_id, parent_id).parent_id is not None:
            raise InvalidInput(_("A secondary driver belongs under a primary driver."), field="parent")
        row = DriverRow(team_id=team_id, parent_id=parent_id, title=title,
                        position=next_position(session, DriverRow, team_id))
        session.add(row)
        session.flush()
        return to_driver(row)


def driver_diagram(store: Store, team_id: int) -> DriverDiagram:
    """The team's drivers and change ideas that are in use, in their order."""
    with store.reading() as session:
        drivers = session.scalars(
            select(DriverRow).where(DriverRow.team_id == team_id, DriverRow.removed_at.is_(None))
            .order_by(DriverRow.position, DriverRow.id)
        )
        ideas = session.scalars(
            select(ChangeIdeaRow).where(ChangeIdeaRow.team_id == team_id, ChangeIdeaRow.removed_at.is_(None))
            .order_by(ChangeIdeaRow.position, ChangeIdeaRow.id)
        )
        return DriverDiagram(tuple(to_driver(row) for row in drivers), tuple(to_change_idea(row) for row in ideas))
