"""Driver diagram editing: add, rename, move between primary drivers, reorder; teams kept apart."""

from __future__ import annotations

import pytest

from tests.unit.improvement.conftest import ACTOR, OTHER, TEAM
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import (
    add_driver,
    driver_diagram,
    get_driver,
    list_drivers,
    move_driver,
    rename_driver,
    shift_driver,
)


@pytest.fixture
def tree(make_tree):
    return make_tree({"A": ["A1", "A2"], "B": []})


def titles(store, parent=None) -> list[str]:
    diagram = driver_diagram(store, TEAM)
    drivers = diagram.primary if parent is None else diagram.secondary(parent.id)
    return [driver.title for driver in drivers]


def test_added_drivers_form_the_diagram(demo_store, tree):
    assert titles(demo_store) == ["A", "B"]
    assert titles(demo_store, tree["A"]) == ["A1", "A2"]
    assert tree["A1"].parent_id == tree["A"].id and not tree["A1"].is_primary
    assert [driver.title for driver in list_drivers(demo_store, TEAM)] == ["A", "B", "A1", "A2"]
    assert get_driver(demo_store, TEAM, tree["B"].id) == tree["B"]


def test_a_secondary_driver_cannot_have_drivers_under_it(demo_store, tree):
    with pytest.raises(InvalidInput):
        add_driver(demo_store, TEAM, "A1x", parent_id=tree["A1"].id, actor=ACTOR)


def test_rename(demo_store, tree):
    renamed = rename_driver(demo_store, TEAM, tree["B"].id, "  Bättre  väg in ", expected_version=1, actor=ACTOR)
    assert renamed.title == "Bättre väg in" and renamed.version == 2
    with pytest.raises(EditConflict):
        rename_driver(demo_store, TEAM, tree["B"].id, "Gammal", expected_version=1, actor=ACTOR)
    assert get_driver(demo_store, TEAM, tree["B"].id).title == "Bättre väg in"


@pytest.mark.parametrize("title", ["", "   ", "x" * 2000])
def test_a_title_of_nothing_or_2000_characters_is_refused(demo_store, tree, title):
    with pytest.raises(InvalidInput) as refused:
        rename_driver(demo_store, TEAM, tree["B"].id, title, expected_version=1, actor=ACTOR)
    assert refused.value.field == "title"
    with pytest.raises(InvalidInput):
        add_driver(demo_store, TEAM, title, actor=ACTOR)
    assert titles(demo_store) == ["A", "B"]


def test_html_is_kept_as_text(demo_store):
    driver = add_driver(demo_store, TEAM, "<img src=x onerror=alert(1)>", actor=ACTOR)
    assert get_driver(demo_store, TEAM, driver.id).title == "<img src=x onerror=alert(1)>"


def test_move_a_secondary_driver_to_another_primary(demo_store, tree):
    moved = move_driver(demo_store, TEAM, tree["A1"].id, parent_id=tree["B"].id, expected_version=1, actor=ACTOR)
    assert moved.parent_id == tree["B"].id
    assert titles(demo_store, tree["A"]) == ["A2"]
    assert titles(demo_store, tree["B"]) == ["A1"]
    made_primary = move_driver(demo_store, TEAM, tree["A2"].id, parent_id=None, expected_version=1, actor=ACTOR)
    assert made_primary.is_primary and titles(demo_store) == ["A", "B", "A2"]


def test_moves_that_would_break_the_tree_are_refused(demo_store, tree):
    with pytest.raises(InvalidInput):
        move_driver(demo_store, TEAM, tree["A2"].id, parent_id=tree["A1"].id, expected_version=1, actor=ACTOR)
    with pytest.raises(InvalidInput):
        move_driver(demo_store, TEAM, tree["A"].id, parent_id=tree["B"].id, expected_version=1, actor=ACTOR)
    with pytest.raises(InvalidInput):
        move_driver(demo_store, TEAM, tree["B"].id, parent_id=tree["B"].id, expected_version=1, actor=ACTOR)
    assert titles(demo_store, tree["A"]) == ["A1", "A2"] and titles(demo_store) == ["A", "B"]


def test_shift_reorders_among_siblings_only(demo_store, tree):
    shift_driver(demo_store, TEAM, tree["B"].id, -1, expected_version=1, actor=ACTOR)
    assert titles(demo_store) == ["B", "A"]
    assert titles(demo_store, tree["A"]) == ["A1", "A2"]
    shift_driver(demo_store, TEAM, tree["A2"].id, -5, expected_version=1, actor=ACTOR)
    assert titles(demo_store, tree["A"]) == ["A2", "A1"]
    at_edge = shift_driver(demo_store, TEAM, tree["A1"].id, 1, expected_version=get_driver(
        demo_store, TEAM, tree["A1"].id).version, actor=ACTOR)
    assert titles(demo_store, tree["A"]) == ["A2", "A1"] and at_edge.parent_id == tree["A"].id


def test_another_teams_driver_is_not_found(demo_store, tree):
    driver_id = tree["A"].id
    with pytest.raises(NotFound):
        get_driver(demo_store, OTHER, driver_id)
    with pytest.raises(NotFound):
        rename_driver(demo_store, OTHER, driver_id, "x", expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        move_driver(demo_store, OTHER, tree["A1"].id, parent_id=None, expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        shift_driver(demo_store, OTHER, driver_id, 1, expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        add_driver(demo_store, OTHER, "under A", parent_id=driver_id, actor="team:4")
    with pytest.raises(NotFound):
        move_driver(demo_store, TEAM, tree["A1"].id, parent_id=10_000, expected_version=1, actor=ACTOR)
    assert list_drivers(demo_store, OTHER) == []
    assert get_driver(demo_store, TEAM, driver_id) == tree["A"]
