"""Change ideas: add, update, remove and restore, list; PICK judgement; teams kept apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import (
    ChangeIdeaDetails,
    Effort,
    Impact,
    add_change_idea,
    add_driver,
    get_change_idea,
    list_change_ideas,
    remove_driver,
    set_change_idea_removed,
    update_change_idea,
)

TEAM, OTHER = 2, 4
ACTOR = "team:2"


@pytest.fixture
def driver(demo_store):
    return add_driver(demo_store, TEAM, "Strukturerad bedömning", actor=ACTOR)


def test_add_update_and_list(demo_store, driver):
    idea = add_change_idea(demo_store, TEAM, ChangeIdeaDetails("AUDIT vid nybesök", driver_id=driver.id,
                                                               impact="high", effort="easy"), actor=ACTOR)
    assert (idea.impact, idea.effort, idea.version) == (Impact.HIGH, Effort.EASY, 1)
    updated = update_change_idea(demo_store, TEAM, idea.id, replace(idea, title="AUDIT och DUDIT", effort="hard"),
                                 expected_version=1, actor=ACTOR)
    assert (updated.title, updated.effort, updated.version) == ("AUDIT och DUDIT", Effort.HARD, 2)
    assert list_change_ideas(demo_store, TEAM) == [updated]


def test_remove_and_restore(demo_store, driver):
    idea = add_change_idea(demo_store, TEAM, ChangeIdeaDetails("Broschyr"), actor=ACTOR)
    removed = set_change_idea_removed(demo_store, TEAM, idea.id, True, expected_version=1, actor=ACTOR)
    assert removed.removed and list_change_ideas(demo_store, TEAM) == []
    assert list_change_ideas(demo_store, TEAM, include_removed=True) == [removed]
    restored = set_change_idea_removed(demo_store, TEAM, idea.id, False, expected_version=2, actor=ACTOR)
    assert not restored.removed and list_change_ideas(demo_store, TEAM) == [restored]


def test_a_stale_update_is_refused_and_keeps_the_other_edit(demo_store, driver):
    idea = add_change_idea(demo_store, TEAM, ChangeIdeaDetails("Broschyr"), actor=ACTOR)
    update_change_idea(demo_store, TEAM, idea.id, replace(idea, title="Kollegans"), expected_version=1, actor=ACTOR)
    with pytest.raises(EditConflict):
        update_change_idea(demo_store, TEAM, idea.id, replace(idea, title="Min"), expected_version=1, actor=ACTOR)
    assert get_change_idea(demo_store, TEAM, idea.id).title == "Kollegans"


@pytest.mark.parametrize("title", ["", "x" * 2000])
def test_a_title_of_nothing_or_2000_characters_is_refused(demo_store, title):
    with pytest.raises(InvalidInput) as refused:
        add_change_idea(demo_store, TEAM, ChangeIdeaDetails(title), actor=ACTOR)
    assert refused.value.field == "title"
    assert list_change_ideas(demo_store, TEAM) == []


def test_html_and_line_breaks_are_kept_as_text(demo_store):
    idea = add_change_idea(demo_store, TEAM, ChangeIdeaDetails("<b>Fet</b>", "<script>x</script>\nrad två"),
                           actor=ACTOR)
    assert (idea.title, idea.description) == ("<b>Fet</b>", "<script>x</script>\nrad två")


def test_an_unknown_pick_value_is_refused(demo_store):
    with pytest.raises(InvalidInput) as refused:
        add_change_idea(demo_store, TEAM, ChangeIdeaDetails("x", impact="enorm"), actor=ACTOR)
    assert refused.value.field == "impact"


def test_ideas_cannot_be_tied_to_a_removed_driver(demo_store, driver):
    remove_driver(demo_store, TEAM, driver.id, expected_version=1, actor=ACTOR)
    with pytest.raises(InvalidInput):
        add_change_idea(demo_store, TEAM, ChangeIdeaDetails("x", driver_id=driver.id), actor=ACTOR)


def test_another_teams_ideas_and_drivers_are_not_found(demo_store, driver):
    idea = add_change_idea(demo_store, TEAM, ChangeIdeaDetails("Broschyr"), actor=ACTOR)
    with pytest.raises(NotFound):
        get_change_idea(demo_store, OTHER, idea.id)
    with pytest.raises(NotFound):
        update_change_idea(demo_store, OTHER, idea.id, ChangeIdeaDetails("x"), expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        set_change_idea_removed(demo_store, OTHER, idea.id, True, expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        add_change_idea(demo_store, OTHER, ChangeIdeaDetails("x", driver_id=driver.id), actor="team:4")
    assert list_change_ideas(demo_store, OTHER) == []
    assert get_change_idea(demo_store, TEAM, idea.id) == idea
