"""The PICK matrix and the diagram as rows (the table beside the chart)."""

from __future__ import annotations

from workshop.improvement import (
    ChangeIdea,
    Driver,
    DriverDiagram,
    Effort,
    Impact,
    PickQuadrant,
    diagram_rows,
    pick_matrix,
)
from workshop.improvement.pick import pick_quadrant


def idea(title, impact=None, effort=None, driver_id=None, id=0):
    return ChangeIdea(title, impact=Impact(impact) if impact else None, effort=Effort(effort) if effort else None,
                      driver_id=driver_id, id=id)


def test_each_judged_idea_lands_in_one_quadrant():
    assert pick_quadrant(idea("a", "high", "easy")) is PickQuadrant.IMPLEMENT
    assert pick_quadrant(idea("b", "high", "hard")) is PickQuadrant.CHALLENGE
    assert pick_quadrant(idea("c", "low", "easy")) is PickQuadrant.POSSIBLE
    assert pick_quadrant(idea("d", "low", "hard")) is PickQuadrant.KILL
    assert pick_quadrant(idea("e", "high")) is None


def test_the_matrix_keeps_order_and_lists_unjudged_ideas():
    ideas = [idea("a", "high", "easy"), idea("b"), idea("c", "high", "easy"), idea("d", "low", "hard")]
    matrix = pick_matrix(ideas)
    assert [i.title for i in matrix.cells[PickQuadrant.IMPLEMENT]] == ["a", "c"]
    assert [i.title for i in matrix.cells[PickQuadrant.KILL]] == ["d"]
    assert matrix.cells[PickQuadrant.POSSIBLE] == () and [i.title for i in matrix.unrated] == ["b"]
    assert PickQuadrant.IMPLEMENT.label == "Genomför (stor effekt, lätt att göra)"


def test_diagram_rows_cover_every_driver_and_idea():
    diagram = DriverDiagram(
        (Driver(1, 1, "P1"), Driver(2, 1, "S1", parent_id=1), Driver(3, 1, "S2", parent_id=1), Driver(4, 1, "P2")),
        (idea("I1", "high", "easy", 2, 10), idea("I2", driver_id=1, id=11), idea("Lös", id=12)),
    )
    rows = [(r.primary, r.secondary, r.change_idea, r.pick) for r in diagram_rows(diagram)]
    assert rows == [
        ("P1", "S1", "I1", "Genomför (stor effekt, lätt att göra)"),
        ("P1", "S2", "", ""),
        ("P1", "", "I2", ""),
        ("P2", "", "", ""),
        ("", "", "Lös", ""),
    ]
