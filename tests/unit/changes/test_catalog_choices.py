"""What a team takes from the catalog: ideas tied to drivers, measures as they are, and the overview."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import NotFound
from workshop.improvement import (
    ChangeIdeaDetails,
    PreventionLevel,
    add_change_idea,
    driver_diagram,
    list_measures,
)
from workshop.knowledge import (
    Catalog,
    accept_measure,
    add_entry_as_idea,
    load_catalog,
    prevention_overview,
    team_choices,
)

ACTOR = "team:3"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(Path("/nonexistent-local-catalog"))


def test_a_card_becomes_an_idea_under_a_driver_with_its_level_and_id(demo_store, catalog):
    entry = catalog.get("fia")
    driver = driver_diagram(demo_store, 3).drivers[-1]
    idea = add_entry_as_idea(demo_store, 3, entry, driver_id=driver.id, actor=ACTOR)
    assert (idea.title, idea.driver_id, idea.prevention_level, idea.catalog_entry) == (
        "FIA – förutsättningar inför arbete", driver.id, PreventionLevel.EARLY_SUPPORT, "fia")
    assert idea in driver_diagram(demo_store, 3).ideas_under(driver.id)
    assert team_choices(demo_store, 3, catalog).chosen("fia")


def test_an_accepted_measure_keeps_its_full_definition_and_card(demo_store, catalog):
    entry = catalog.get("fia")
    measure = accept_measure(demo_store, 3, entry, 1, actor=ACTOR)
    assert measure in list_measures(demo_store, 3)
    assert (measure.catalog_entry, measure.kind.value, measure.unit.value) == ("fia", "outcome", "percent")
    assert measure.denominator == "FIA-bedömningar under månaden"
    assert team_choices(demo_store, 3, catalog).has_measure(entry, 1)
    assert not team_choices(demo_store, 3, catalog).has_measure(entry, 0)
    with pytest.raises(NotFound):
        accept_measure(demo_store, 3, entry, 7, actor=ACTOR)


def test_an_idea_from_a_card_no_longer_in_the_catalog_stays_and_is_found(demo_store, catalog):
    add_change_idea(demo_store, 3, ChangeIdeaDetails("Gammal lokal idé", catalog_entry="borttagen-post"),
                    actor=ACTOR)
    choices = team_choices(demo_store, 3, catalog)
    assert [idea.title for idea in choices.outside_catalog] == ["Gammal lokal idé"]
    assert team_choices(demo_store, 3, Catalog(())).outside_catalog[0].catalog_entry == "borttagen-post"


def test_the_overview_counts_ideas_by_prevention_level(demo_store, catalog):
    add_entry_as_idea(demo_store, 3, catalog.get("digital-self-screening"), driver_id=None, actor=ACTOR)
    add_change_idea(demo_store, 3, ChangeIdeaDetails("Utan nivå"), actor=ACTOR)
    counts = {count.level: [idea.title for idea in count.ideas] for count in prevention_overview(demo_store, 3)}
    assert list(counts) == [*PreventionLevel, None]
    assert counts[PreventionLevel.PROMOTION] == ["Digital självtest och information i sociala medier"]
    assert len(counts[PreventionLevel.EARLY_SUPPORT]) == 2 and counts[None] == ["Utan nivå"]
