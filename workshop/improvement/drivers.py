"""The driver diagram: aim → primary drivers → secondary drivers → change ideas."""

from __future__ import annotations

from sqlalchemy import select

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.improvement.change_ideas import to_change_idea
from workshop.improvement.model import Driver, DriverDiagram
from workshop.improvement.records import DRIVER
from workshop.improvement.rows import driver_missing, live_driver
from workshop.store import Store, claim
from workshop.store.records import next_position, owned_row, stored_attributes, team_must_exist
from workshop.store.tables.improvement import ChangeIdeaRow, DriverRow


def to_driver(row: DriverRow) -> Driver:
    return DRIVER.read(row, parent_id=row.parent_id, **stored_attributes(row))


def clean_driver_title(title: str) -> str:
    return DRIVER.field("title").clean(title)


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


def get_driver(store: Store, team_id: int, driver_id: int) -> Driver:
    """The driver, also when removed (``.removed`` tells)."""
    with store.reading() as session:
        return to_driver(owned_row(session, DriverRow, team_id, driver_id, missing=driver_missing()))


def list_drivers(store: Store, team_id: int, *, include_removed: bool = False) -> list[Driver]:
    with store.reading() as session:
        query = select(DriverRow).where(DriverRow.team_id == team_id)
        if not include_removed:
            query = query.where(DriverRow.removed_at.is_(None))
        return [to_driver(row) for row in session.scalars(query.order_by(DriverRow.position, DriverRow.id))]


def _editable(session, team_id: int, driver_id: int, expected_version: int) -> DriverRow:
    row = live_driver(session, team_id, driver_id)
    session.refresh(row, with_for_update=True)
    claim(row, expected_version)
    return row


def rename_driver(store: Store, team_id: int, driver_id: int, title: str, *, expected_version: int,
                  actor: str) -> Driver:
    title = clean_driver_title(title)
    with store.writing(actor) as session:
        row = _editable(session, team_id, driver_id, expected_version)
        row.title = title
        session.flush()
        return to_driver(row)


def _live_children(session, row: DriverRow) -> list[DriverRow]:
    return list(session.scalars(select(DriverRow).where(DriverRow.parent_id == row.id,
                                                        DriverRow.removed_at.is_(None))))


def move_driver(store: Store, team_id: int, driver_id: int, *, parent_id: int | None, expected_version: int,
                actor: str) -> Driver:
    """Put the driver under another primary driver (last there), or make it a primary driver (``None``)."""
    with store.writing(actor) as session:
        row = _editable(session, team_id, driver_id, expected_version)
        if parent_id is not None:
            parent = live_driver(session, team_id, parent_id)
            if parent.parent_id is not None or parent.id == row.id:
                raise InvalidInput(_("A secondary driver belongs under a primary driver."), field="parent")
            if _live_children(session, row):
                raise InvalidInput(_("The driver has secondary drivers of its own: move them first."),
                                   field="parent")
        if parent_id != row.parent_id:
            row.parent_id = parent_id
            row.position = next_position(session, DriverRow, team_id)
        session.flush()
        return to_driver(row)


def shift_driver(store: Store, team_id: int, driver_id: int, offset: int, *, expected_version: int,
                 actor: str) -> Driver:
    """Move the driver ``offset`` places up (negative) or down among the drivers beside it."""
    with store.writing(actor) as session:
        row = _editable(session, team_id, driver_id, expected_version)
        siblings = list(session.scalars(
            select(DriverRow).where(DriverRow.team_id == team_id, DriverRow.removed_at.is_(None),
                                    DriverRow.parent_id.is_(None) if row.parent_id is None
                                    else DriverRow.parent_id == row.parent_id)
            .order_by(DriverRow.position, DriverRow.id)))
        index = siblings.index(row)
        wanted = max(0, min(len(siblings) - 1, index + offset))
        if wanted != index:
            positions = [sibling.position for sibling in siblings]
            siblings.insert(wanted, siblings.pop(index))
            for sibling, position in zip(siblings, sorted(positions), strict=True):
                if sibling.position != position:
                    if sibling is not row:
                        claim(sibling, sibling.version)
                    sibling.position = position
        session.flush()
        return to_driver(row)
