"""Where each box of a driver diagram goes: aim → primary → secondary drivers → change ideas, left to right.

Pure geometry (pixels, y downwards), so tests can check that no two labels overlap and
that every wrapped line fits its box. Text widths are estimated generously from the
font size; the aim is wrapped and shown whole, other titles longer than a box allows
are wrapped and end in "…" (the table beside the diagram carries the full titles).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from workshop.geometry import Rectangle
from workshop.improvement.model import DriverDiagram

FONT_PX = 13
LINE_PX = 17
"""Room per line; bokeh draws lines a font height apart (about 15 px at 13 px)."""
CHAR_PX = 0.6 * FONT_PX
"""A generous average width of one character; DejaVu Sans and Arial average about 0.55 em."""
PADDING = 6
HEADER_PX = 30
COLUMN_GAP = 36
MARGIN = 2
COLUMN_SHARES = (0.19, 0.22, 0.25, 0.34)
MAX_LINES = (60, 4, 4, 3)
"""Lines a box may take; the aim is shown whole (its sentence is at most about 800 characters)."""
CHILD_GAP = (14, 10, 6, 6)
COLUMNS = ("aim", "primary", "secondary", "idea")


@dataclass(frozen=True, kw_only=True)
class Box(Rectangle):
    key: str
    kind: str
    lines: tuple[str, ...]
    title: str

    @property
    def text_width(self) -> float:
        """The estimated width of the longest line."""
        return max((len(line) for line in self.lines), default=0) * CHAR_PX


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    xs: tuple[float, ...]
    ys: tuple[float, ...]


@dataclass(frozen=True)
class DiagramLayout:
    boxes: tuple[Box, ...]
    edges: tuple[Edge, ...]
    column_x: tuple[float, ...]
    column_width: tuple[float, ...]
    width: float
    height: float


def wrap(title: str, width_px: float, max_lines: int) -> tuple[str, ...]:
    """``title`` in lines that fit ``width_px``; cut with "…" after ``max_lines``."""
    characters = max(4, int((width_px - 2 * PADDING) // CHAR_PX))
    lines = textwrap.wrap(title, characters, break_long_words=True) or [""]
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[:max_lines - 1], (last[:characters - 1].rstrip() + "…")]
    return tuple(lines)


@dataclass
class _Node:
    key: str
    column: int
    title: str
    children: list[_Node] = field(default_factory=list)
    linked: bool = True
    lines: tuple[str, ...] = ()

    def own_height(self) -> float:
        return len(self.lines) * LINE_PX + 2 * PADDING

    def span(self) -> float:
        if not self.children:
            return self.own_height()
        gaps = CHILD_GAP[self.column] * (len(self.children) - 1)
        return max(self.own_height(), sum(child.span() for child in self.children) + gaps)


def _tree(diagram: DriverDiagram, aim_text: str) -> _Node:
    live = {driver.id for driver in diagram.drivers}

    def ideas(driver_id: int) -> list[_Node]:
        return [_Node(f"idea:{idea.id}", 3, idea.title) for idea in diagram.ideas_under(driver_id)]

    primaries = []
    for primary in diagram.primary:
        secondaries = [_Node(f"driver:{driver.id}", 2, driver.title, ideas(driver.id))
                       for driver in diagram.secondary(primary.id)]
        primaries.append(_Node(f"driver:{primary.id}", 1, primary.title, secondaries + ideas(primary.id)))
    unlinked = [_Node(f"idea:{idea.id}", 3, idea.title, linked=False)
                for idea in diagram.change_ideas if idea.driver_id not in live]
    return _Node("aim", 0, aim_text, primaries + unlinked)


def diagram_layout(diagram: DriverDiagram, aim_text: str, *, width: float = 1060) -> DiagramLayout:
    usable = width - COLUMN_GAP * (len(COLUMNS) - 1) - 2 * MARGIN
    column_width = tuple(usable * share for share in COLUMN_SHARES)
    column_x = tuple(MARGIN + sum(column_width[:index]) + COLUMN_GAP * index for index in range(len(COLUMNS)))
    root = _tree(diagram, aim_text)

    def measure(node: _Node) -> None:
        node.lines = wrap(node.title, column_width[node.column], MAX_LINES[node.column])
        for child in node.children:
            measure(child)

    measure(root)
    boxes: list[Box] = []
    edges: list[Edge] = []

    def place(node: _Node, top: float) -> Box:
        span = node.span()
        height = node.own_height()
        box = Box(key=node.key, kind=COLUMNS[node.column], lines=node.lines, title=node.title,
                  x=column_x[node.column], y=top + (span - height) / 2, width=column_width[node.column], height=height)
        boxes.append(box)
        children_height = sum(child.span() for child in node.children) + CHILD_GAP[node.column] * (
            len(node.children) - 1)
        child_top = top + (span - children_height) / 2
        for child in node.children:
            child_box = place(child, child_top)
            child_top += child.span() + CHILD_GAP[node.column]
            if child.linked:
                edges.append(_elbow(box, child_box))
        return box

    place(root, HEADER_PX)
    return DiagramLayout(tuple(boxes), tuple(edges), column_x, column_width, width, HEADER_PX + root.span() + 4)


def _elbow(parent: Box, child: Box) -> Edge:
    """A connector from the middle of the parent's right side to the middle of the child's left side."""
    start_y, end_y = parent.y + parent.height / 2, child.y + child.height / 2
    middle = parent.right + COLUMN_GAP / 2
    return Edge(parent.key, child.key, (parent.right, middle, middle, child.x), (start_y, start_y, end_y, end_y))
