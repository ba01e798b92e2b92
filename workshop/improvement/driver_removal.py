"""Removing a driver, and undoing it. A driver with change ideas asks first: move the ideas, or remove them too.

Removal is soft (``removed_at``): the rows keep their links and history, so the undo
brings back exactly what went, and PDSA cycles that tested an idea still find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from workshop.errors import InvalidInput
from workshop.i18n import N_, _, ngettext
from workshop.improvement.change_ideas import to_change_idea
from workshop.improvement.model import ChangeIdea
from workshop.improvement.rows import driver_missing, live_driver
from workshop.store import Store, claim
from workshop.store.records import owned_row
from workshop.store.tables import utc_now
from workshop.store.tables.improvement import ChangeIdeaRow, DriverRow


class IdeasOnRemoval(StrEnum):
    """What happens to the change ideas of a driver that is removed."""

    MOVE = "move"
    REMOVE = "remove"

    @property
    def label(self) -> str:
        # Own labels: the shared LABELS table would mix this up with other choices named "move" or "remove".
        return _(_LABELS[self.value])


_LABELS = {"move": N_("Move the change ideas to another driver"), "remove": N_("Remove the change ideas too")}


@dataclass(frozen=True)
class DriverRemoval:
    """What one removal did, so that it can be undone."""

    driver_id: int
    removed_driver_ids: tuple[int, ...]
    removed_idea_ids: tuple[int, ...] = ()
    moved_ideas: tuple[tuple[int, int | None], ...] = ()
    """(idea id, the driver it was under) for each idea moved away."""
    moved_to: int | None = None


def _family(session, row: DriverRow) -> list[DriverRow]:
    """The driver and its secondary drivers that are in use: they go together."""
    children = session.scalars(select(DriverRow).where(DriverRow.parent_id == row.id, DriverRow.removed_at.is_(None))
                               .order_by(DriverRow.position))
    return [row, *children]


def _ideas_under(session, driver_ids: list[int]) -> list[ChangeIdeaRow]:
    return list(session.scalars(select(ChangeIdeaRow).where(ChangeIdeaRow.driver_id.in_(driver_ids),
                                                            ChangeIdeaRow.removed_at.is_(None))
                                .order_by(ChangeIdeaRow.position)))


def ideas_affected(store: Store, team_id: int, driver_id: int) -> tuple[ChangeIdea, ...]:
    """The change ideas under the driver and its secondary drivers: what removing it would ask about."""
    with store.reading() as session:
        row = live_driver(session, team_id, driver_id)
        return tuple(to_change_idea(idea) for idea in _ideas_under(session, [d.id for d in _family(session, row)]))


def _idea_choice_needed(count: int) -> InvalidInput:
    return InvalidInput(ngettext(
        "The driver has {count} change idea. Move it to another driver or remove it too.",
        "The driver has {count} change ideas. Move them to another driver or remove them too.",
        count).format(count=count), field="ideas")


def remove_driver(store: Store, team_id: int, driver_id: int, *, expected_version: int,
                  ideas: IdeasOnRemoval | str | None = None, move_to: int | None = None,
                  actor: str) -> DriverRemoval:
    """Remove the driver with its secondary drivers; its change ideas are moved to ``move_to`` or removed."""
    with store.writing(actor) as session:
        row = live_driver(session, team_id, driver_id)
        session.refresh(row, with_for_update=True)
        claim(row, expected_version)
        family = _family(session, row)
        family_ids = [driver.id for driver in family]
        idea_rows = _ideas_under(session, family_ids)
        choice = IdeasOnRemoval(ideas) if ideas else None
        if idea_rows and choice is None:
            raise _idea_choice_needed(len(idea_rows))
        target = None
        if idea_rows and choice is IdeasOnRemoval.MOVE:
            target = live_driver(session, team_id, move_to)
            if target.id in family_ids:
                raise InvalidInput(_("Choose a driver that is not being removed."), field="move_to")
        now = utc_now()
        moved = []
        for idea in idea_rows:
            claim(idea, idea.version)
            if target is not None:
                moved.append((idea.id, idea.driver_id))
                idea.driver_id = target.id
            else:
                idea.removed_at = now
        for driver in family:
            if driver is not row:
                claim(driver, driver.version)
            driver.removed_at = now
        return DriverRemoval(
            driver_id=row.id, removed_driver_ids=tuple(family_ids),
            removed_idea_ids=() if target is not None else tuple(idea.id for idea in idea_rows),
            moved_ideas=tuple(moved), moved_to=target.id if target is not None else None,
        )


def undo_driver_removal(store: Store, team_id: int, removal: DriverRemoval, *, actor: str) -> None:
    """Bring back what ``removal`` removed and move its moved ideas back (unless someone moved them since)."""
    with store.writing(actor) as session:
        def own(table, row_id):
            return owned_row(session, table, team_id, row_id, missing=driver_missing(), for_update=True)

        for driver in (own(DriverRow, driver_id) for driver_id in removal.removed_driver_ids):
            if driver.removed_at is not None:
                claim(driver, driver.version)
                driver.removed_at = None
        for idea in (own(ChangeIdeaRow, idea_id) for idea_id in removal.removed_idea_ids):
            if idea.removed_at is not None:
                claim(idea, idea.version)
                idea.removed_at = None
        for idea_id, former_driver_id in removal.moved_ideas:
            idea = own(ChangeIdeaRow, idea_id)
            if idea.driver_id == removal.moved_to:
                claim(idea, idea.version)
                idea.driver_id = former_driver_id
