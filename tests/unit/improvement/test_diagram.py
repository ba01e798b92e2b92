"""The driver diagram's drawing: no overlapping labels with 5 primary, 10 secondary drivers and 20 change ideas."""

from __future__ import annotations

import itertools

import pytest

from workshop.improvement import ChangeIdea, Driver, DriverDiagram, driver_diagram_figure
from workshop.improvement.diagram_layout import CHAR_PX, HEADER_PX, LINE_PX, PADDING, diagram_layout, wrap

LONG = ("Strukturerad screening med AUDIT och DUDIT vid varje nybesök för unga vuxna som söker ekonomiskt "
        "bistånd, med återkoppling till handläggaren samma vecka och uppföljning efter tre månader")


def big_diagram(title_of=lambda kind, number: f"{kind} {number}") -> DriverDiagram:
    """5 primary drivers, 10 secondary drivers (two each), 20 change ideas (two per secondary driver)."""
    drivers, ideas = [], []
    for p in range(5):
        primary = Driver(id=100 + p, team_id=1, title=title_of("Primär drivkraft", p))
        drivers.append(primary)
        for s in range(2):
            secondary = Driver(id=200 + 2 * p + s, team_id=1, title=title_of("Sekundär drivkraft", 2 * p + s),
                               parent_id=primary.id)
            drivers.append(secondary)
            for _ in range(2):
                ideas.append(ChangeIdea(title_of("Förändringsidé", len(ideas)), driver_id=secondary.id,
                                        id=300 + len(ideas)))
    return DriverDiagram(tuple(drivers), tuple(ideas))


def realistic(kind: str, number: int) -> str:
    return (LONG if number % 3 == 0 else f"{kind} {number}: samtal om alkohol och droger vid nybesök")


def overlaps(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def crosses(edge, box) -> bool:
    """Does a segment of the connector pass through the box's inside?"""
    for (x0, y0), (x1, y1) in itertools.pairwise(zip(edge.xs, edge.ys, strict=True)):
        if y0 == y1 and box.y < y0 < box.bottom and min(x0, x1) < box.right - 1 and max(x0, x1) > box.x + 1:
            return True
        if x0 == x1 and box.x < x0 < box.right and min(y0, y1) < box.bottom - 1 and max(y0, y1) > box.y + 1:
            return True
    return False


@pytest.mark.parametrize("titles", [lambda kind, number: f"{kind} {number}", realistic,
                                    lambda kind, number: LONG + " " + LONG])
def test_no_label_overlaps_another_or_leaves_its_box(titles):
    layout = diagram_layout(big_diagram(titles), LONG, width=1060)
    assert len(layout.boxes) == 1 + 5 + 10 + 20
    for a, b in itertools.combinations(layout.boxes, 2):
        assert not overlaps(a, b), (a.key, b.key)
    for box in layout.boxes:
        assert box.text_width <= box.width - 2 * PADDING, box.key
        assert len(box.lines) * LINE_PX + 2 * PADDING <= box.height + 0.01
        assert box.y >= HEADER_PX and box.bottom <= layout.height and box.right <= layout.width
    for edge in layout.edges:
        assert not any(crosses(edge, box) for box in layout.boxes if box.key not in (edge.source, edge.target))


def test_every_driver_and_idea_is_linked_to_its_parent():
    layout = diagram_layout(big_diagram(), "Mål")
    links = {(edge.source, edge.target) for edge in layout.edges}
    assert ("aim", "driver:100") in links and ("driver:100", "driver:200") in links
    assert ("driver:200", "idea:300") in links and len(links) == 5 + 10 + 20


def test_the_columns_are_in_the_order_of_the_method():
    layout = diagram_layout(big_diagram(), "Mål")
    x_by_kind = {box.kind: box.x for box in layout.boxes}
    assert x_by_kind["aim"] < x_by_kind["primary"] < x_by_kind["secondary"] < x_by_kind["idea"]


def test_long_titles_are_wrapped_and_cut_with_an_ellipsis():
    lines = wrap(LONG + " " + LONG, 300, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(len(line) * CHAR_PX <= 300 - 2 * PADDING for line in lines)
    assert wrap("Kort", 300, 3) == ("Kort",)
    assert wrap("x" * 200, 120, 2)[0] == "x" * int((120 - 2 * PADDING) // CHAR_PX)


def test_ideas_under_a_primary_driver_and_unlinked_ideas_are_drawn_without_overlap():
    diagram = DriverDiagram(
        (Driver(1, 1, "Primär"), Driver(2, 1, "Sekundär", parent_id=1)),
        (ChangeIdea("Under primär", driver_id=1, id=10), ChangeIdea("Under sekundär", driver_id=2, id=11),
         ChangeIdea("Utan drivkraft", id=12), ChangeIdea("Drivkraften borttagen", driver_id=99, id=13)),
    )
    layout = diagram_layout(diagram, "Mål")
    assert {box.key for box in layout.boxes} == {"aim", "driver:1", "driver:2", "idea:10", "idea:11", "idea:12",
                                                 "idea:13"}
    assert {edge.target for edge in layout.edges} == {"driver:1", "driver:2", "idea:10", "idea:11"}
    for a, b in itertools.combinations(layout.boxes, 2):
        assert not overlaps(a, b)


def test_an_empty_diagram_shows_the_aim_only():
    layout = diagram_layout(DriverDiagram(), "Mål")
    assert [box.kind for box in layout.boxes] == ["aim"] and layout.edges == ()


def test_the_bokeh_figure_draws_titles_as_plain_text():
    from bokeh.models import GlyphRenderer, HoverTool, Text

    markup = "<b>x</b>&amp;"
    figure = driver_diagram_figure(DriverDiagram((Driver(1, 1, markup),), ()), "Mål", width=1060)
    texts = [list(renderer.data_source.data["text"]) for renderer in figure.renderers
             if isinstance(renderer, GlyphRenderer) and isinstance(renderer.glyph, Text)]
    assert ["Mål", "Primära drivkrafter", "Sekundära drivkrafter", "Förändringsidéer"] in texts
    assert ["Mål", markup] in texts
    assert not any(isinstance(tool, HoverTool) for tool in figure.tools)
    assert figure.width == 1060


def test_the_aim_is_shown_whole_however_long_its_sentence():
    what = "andelen nybesök där alkohol och droger tas upp " * 6
    for_whom = "unga vuxna som söker ekonomiskt bistånd " * 7
    aim = f"{what.strip()} för {for_whom.strip()} ska öka från 20 % till 80 % senast 30 apr. 2027."
    layout = diagram_layout(big_diagram(), aim)
    [box] = [box for box in layout.boxes if box.kind == "aim"]
    assert " ".join(box.lines) == aim and not box.lines[-1].endswith("…")
    assert box.bottom <= layout.height
