"""Change ideas: written in the driver diagram (step 2), taken from the catalog (step 3), tested (step 4)."""

from __future__ import annotations

from workshop.i18n import _
from workshop.improvement.model import ChangeIdea, ChangeIdeaDetails
from workshop.improvement.records import CHANGE_IDEA
from workshop.improvement.rows import tied_to_a_live_driver
from workshop.store import Store
from workshop.store.records import TeamRecords
from workshop.store.tables.improvement import ChangeIdeaRow


def idea_missing() -> str:
    return _("The change idea does not exist (it may have been removed).")


_IDEAS = TeamRecords(ChangeIdeaRow, CHANGE_IDEA, ChangeIdea, idea_missing)


def to_change_idea(row: ChangeIdeaRow) -> ChangeIdea:
    return _IDEAS.to_object(row)


def add_change_idea(store: Store, team_id: int, details: ChangeIdeaDetails, *, actor: str) -> ChangeIdea:
    return _IDEAS.add(store, team_id, tied_to_a_live_driver(CHANGE_IDEA, CHANGE_IDEA.clean(details)), actor=actor)


def update_change_idea(store: Store, team_id: int, idea_id: int, details: ChangeIdeaDetails, *,
                       expected_version: int, actor: str) -> ChangeIdea:
    return _IDEAS.update(store, team_id, idea_id, tied_to_a_live_driver(CHANGE_IDEA, CHANGE_IDEA.clean(details)),
                         expected_version=expected_version, actor=actor)


def set_change_idea_removed(store: Store, team_id: int, idea_id: int, removed: bool, *,
                            expected_version: int, actor: str) -> ChangeIdea:
    """Remove a change idea (cycles that tested it keep it), or undo the removal."""
    return _IDEAS.set_removed(store, team_id, idea_id, removed, expected_version=expected_version, actor=actor)


def get_change_idea(store: Store, team_id: int, idea_id: int) -> ChangeIdea:
    """The change idea, also when removed (``.removed`` tells)."""
    return _IDEAS.get(store, team_id, idea_id)


def list_change_ideas(store: Store, team_id: int, *, include_removed: bool = False) -> list[ChangeIdea]:
    return _IDEAS.list(store, team_id, include_removed=include_removed)
