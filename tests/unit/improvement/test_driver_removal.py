"""Removing a driver asks what happens to its change ideas; every removal can be undone."""

from __future__ import annotations

import pytest

from tests.unit.improvement.conftest import ACTOR, OTHER, TEAM
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import (
    ChangeIdeaDetails,
    IdeasOnRemoval,
    add_change_idea,
    driver_diagram,
    get_change_idea,
    get_driver,
    ideas_affected,
    list_drivers,
    remove_driver,
    undo_driver_removal,
)


@pytest.fixture
def tree(demo_store, make_tree):
    """A with A1 (two change ideas), B with B1."""
    tree = make_tree({"A": ["A1"], "B": ["B1"]})
    tree["ideas"] = [add_change_idea(demo_store, TEAM, ChangeIdeaDetails(title, driver_id=tree["A1"].id), actor=ACTOR)
                     for title in ("AUDIT vid nybesök", "DUDIT vid nybesök")]
    return tree


def snapshot(store):
    diagram = driver_diagram(store, TEAM)
    return ([(d.title, d.parent_id) for d in diagram.drivers], [(i.title, i.driver_id) for i in diagram.change_ideas])


def test_a_driver_without_ideas_is_removed_and_undone(demo_store, tree):
    before = snapshot(demo_store)
    removal = remove_driver(demo_store, TEAM, tree["B1"].id, expected_version=1, actor=ACTOR)
    assert "B1" not in [d.title for d in driver_diagram(demo_store, TEAM).drivers]
    assert get_driver(demo_store, TEAM, tree["B1"].id).removed
    assert [d.title for d in list_drivers(demo_store, TEAM, include_removed=True)].count("B1") == 1
    undo_driver_removal(demo_store, TEAM, removal, actor=ACTOR)
    assert snapshot(demo_store) == before


def test_a_driver_with_ideas_asks_first_and_changes_nothing(demo_store, tree):
    before = snapshot(demo_store)
    assert [idea.title for idea in ideas_affected(demo_store, TEAM, tree["A"].id)] == ["AUDIT vid nybesök",
                                                                                      "DUDIT vid nybesök"]
    with pytest.raises(InvalidInput) as asked:
        remove_driver(demo_store, TEAM, tree["A1"].id, expected_version=1, actor=ACTOR)
    assert asked.value.field == "ideas"
    assert asked.value.message == ("Drivkraften har 2 förändringsidéer. Flytta dem till en annan drivkraft "
                                   "eller ta bort dem också.")
    assert snapshot(demo_store) == before


def test_move_the_ideas_then_undo_moves_them_back(demo_store, tree):
    before = snapshot(demo_store)
    removal = remove_driver(demo_store, TEAM, tree["A1"].id, expected_version=1, ideas=IdeasOnRemoval.MOVE,
                            move_to=tree["B1"].id, actor=ACTOR)
    diagram = driver_diagram(demo_store, TEAM)
    assert [idea.title for idea in diagram.ideas_under(tree["B1"].id)] == ["AUDIT vid nybesök", "DUDIT vid nybesök"]
    assert removal.moved_to == tree["B1"].id and removal.removed_idea_ids == ()
    undo_driver_removal(demo_store, TEAM, removal, actor=ACTOR)
    assert snapshot(demo_store) == before


def test_remove_ideas_together_then_undo_brings_all_back(demo_store, tree):
    before = snapshot(demo_store)
    removal = remove_driver(demo_store, TEAM, tree["A"].id, expected_version=1, ideas="remove", actor=ACTOR)
    assert set(removal.removed_driver_ids) == {tree["A"].id, tree["A1"].id}
    assert [d.title for d in driver_diagram(demo_store, TEAM).drivers] == ["B", "B1"]
    assert driver_diagram(demo_store, TEAM).change_ideas == ()
    assert get_change_idea(demo_store, TEAM, tree["ideas"][0].id).removed
    undo_driver_removal(demo_store, TEAM, removal, actor=ACTOR)
    assert snapshot(demo_store) == before


def test_ideas_cannot_move_into_the_removed_family_or_a_removed_driver(demo_store, tree):
    with pytest.raises(InvalidInput) as refused:
        remove_driver(demo_store, TEAM, tree["A"].id, expected_version=1, ideas="move", move_to=tree["A1"].id,
                      actor=ACTOR)
    assert refused.value.field == "move_to"
    remove_driver(demo_store, TEAM, tree["B1"].id, expected_version=1, actor=ACTOR)
    with pytest.raises(InvalidInput):
        remove_driver(demo_store, TEAM, tree["A1"].id, expected_version=1, ideas="move", move_to=tree["B1"].id,
                      actor=ACTOR)
    assert not get_driver(demo_store, TEAM, tree["A"].id).removed


def test_a_stale_removal_is_refused(demo_store, tree):
    with pytest.raises(EditConflict):
        remove_driver(demo_store, TEAM, tree["B1"].id, expected_version=7, actor=ACTOR)
    assert not get_driver(demo_store, TEAM, tree["B1"].id).removed


def test_another_teams_driver_cannot_be_removed(demo_store, tree):
    with pytest.raises(NotFound):
        remove_driver(demo_store, OTHER, tree["B1"].id, expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        ideas_affected(demo_store, OTHER, tree["A"].id)
    removal = remove_driver(demo_store, TEAM, tree["B1"].id, expected_version=1, actor=ACTOR)
    with pytest.raises(NotFound):
        undo_driver_removal(demo_store, OTHER, removal, actor="team:4")
    assert get_driver(demo_store, TEAM, tree["B1"].id).removed
