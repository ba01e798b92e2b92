"""What a team takes from the catalog: change ideas in its driver diagram, and their measures."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workshop.errors import NotFound
from workshop.i18n import _
from workshop.improvement import (
    ChangeIdea,
    ChangeIdeaDetails,
    Measure,
    PreventionLevel,
    add_change_idea,
    add_measure,
    list_change_ideas,
    list_measures,
)
from workshop.knowledge.model import Catalog, CatalogEntry
from workshop.store import Store


def add_entry_as_idea(store: Store, team_id: int, entry: CatalogEntry, *, driver_id: int | None,
                      actor: str) -> ChangeIdea:
    """The card as a change idea under ``driver_id``, in the page's language, with its prevention level."""
    details = ChangeIdeaDetails(title=entry.title.current(), description=entry.summary.current(),
                                driver_id=driver_id, prevention_level=entry.prevention_level,
                                catalog_entry=entry.id)
    return add_change_idea(store, team_id, details, actor=actor)


def accept_measure(store: Store, team_id: int, entry: CatalogEntry, index: int, *, actor: str) -> Measure:
    """The card's suggested measure number ``index`` added to the team's measures as it is."""
    if not 0 <= index < len(entry.measures):
        raise NotFound(_("The card has no such measure."))
    return add_measure(store, team_id, entry.measures[index].details(entry.id), actor=actor)


@dataclass(frozen=True)
class TeamChoices:
    """The team's ideas and measures that came from the catalog, by card."""

    ideas: dict[str, tuple[ChangeIdea, ...]]
    measures: dict[str, tuple[Measure, ...]]
    outside_catalog: tuple[ChangeIdea, ...]
    """Ideas whose card is no longer in the catalog: the team keeps them."""

    def chosen(self, entry_id: str) -> bool:
        return bool(self.ideas.get(entry_id))

    def has_measure(self, entry: CatalogEntry, index: int) -> bool:
        """Whether the suggested measure is among the team's measures (by its name in either language)."""
        names = {entry.measures[index].name.sv, entry.measures[index].name.en}
        return any(measure.name in names for measure in self.measures.get(entry.id, ()))


def _by_entry(items) -> dict[str, tuple]:
    grouped = defaultdict(list)
    for item in items:
        if item.catalog_entry:
            grouped[item.catalog_entry].append(item)
    return {key: tuple(values) for key, values in grouped.items()}


def team_choices(store: Store, team_id: int, catalog: Catalog) -> TeamChoices:
    ideas = list_change_ideas(store, team_id)
    outside = tuple(idea for idea in ideas if idea.catalog_entry and catalog.get(idea.catalog_entry) is None)
    return TeamChoices(_by_entry(ideas), _by_entry(list_measures(store, team_id)), outside)


@dataclass(frozen=True)
class LevelCount:
    level: PreventionLevel | None
    ideas: tuple[ChangeIdea, ...]


def prevention_overview(store: Store, team_id: int) -> tuple[LevelCount, ...]:
    """The team's change ideas by prevention level: främjande, förebyggande, tidigt stöd, then not set."""
    ideas = list_change_ideas(store, team_id)
    levels: list[PreventionLevel | None] = [*PreventionLevel, None]
    return tuple(LevelCount(level, tuple(idea for idea in ideas if idea.prevention_level == level))
                 for level in levels)
