"""Change ideas: written in the driver diagram (step 2), taken from the catalog (step 3), tested (step 4)."""

from __future__ import annotations

from dataclasses import replace

from workshop.i18n import _
from workshop.improvement.model import ChangeIdea, ChangeIdeaDetails, Effort, Impact, PreventionLevel
from workshop.improvement.rows import live_driver
from workshop.store import Store
from workshop.store.records import TeamRecords
from workshop.store.tables.improvement import TITLE_LENGTH, ChangeIdeaRow
from workshop.validation import clean_choice, clean_paragraphs, clean_text


def to_change_idea(row: ChangeIdeaRow) -> ChangeIdea:
    return ChangeIdea(
        title=row.title,
        description=row.description,
        driver_id=row.driver_id,
        impact=Impact(row.impact) if row.impact else None,
        effort=Effort(row.effort) if row.effort else None,
        prevention_level=PreventionLevel(row.prevention_level) if row.prevention_level else None,
        catalog_entry=row.catalog_entry,
        id=row.id,
        team_id=row.team_id,
        position=row.position,
        removed=row.removed_at is not None,
        version=row.version,
    )


def _cleaned(details: ChangeIdeaDetails) -> ChangeIdeaDetails:
    return replace(
        details,
        title=clean_text(details.title, field="title", label=_("Change idea"), max_length=TITLE_LENGTH),
        description=clean_paragraphs(details.description, field="description", label=_("Description")),
        impact=clean_choice(Impact, details.impact, field="impact", required=False),
        effort=clean_choice(Effort, details.effort, field="effort", required=False),
        prevention_level=clean_choice(PreventionLevel, details.prevention_level, field="prevention_level",
                                      required=False),
        catalog_entry=details.catalog_entry or None,
    )


def _apply(session, row: ChangeIdeaRow, details: ChangeIdeaDetails) -> None:
    if details.driver_id is not None and details.driver_id != row.driver_id:
        live_driver(session, row.team_id, details.driver_id)
    row.title = details.title
    row.description = details.description
    row.driver_id = details.driver_id
    row.impact = details.impact.value if details.impact else None
    row.effort = details.effort.value if details.effort else None
    row.prevention_level = details.prevention_level.value if details.prevention_level else None
    row.catalog_entry = details.catalog_entry


def idea_missing() -> str:
    return _("The change idea does not exist (it may have been removed).")


_IDEAS = TeamRecords(ChangeIdeaRow, to_change_idea, idea_missing)


def add_change_idea(store: Store, team_id: int, details: ChangeIdeaDetails, *, actor: str) -> ChangeIdea:
    details = _cleaned(details)
    return _IDEAS.add(store, team_id, lambda session, row: _apply(session, row, details), actor=actor)


def update_change_idea(store: Store, team_id: int, idea_id: int, details: ChangeIdeaDetails, *,
                       expected_version: int, actor: str) -> ChangeIdea:
    details = _cleaned(details)
    return _IDEAS.update(store, team_id, idea_id, lambda session, row: _apply(session, row, details),
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
