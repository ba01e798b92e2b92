"""The driver diagram as native shapes: boxes joined by connectors, so the team can move and edit them.

Aim → primary drivers → secondary drivers → change ideas, read left to right. A slide holds
five rows of boxes at the body text size; a larger diagram continues on the next slide with
the aim repeated. The slide's notes hold the whole part as an indented outline, which is also
what a screen reader reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE

from workshop.i18n import _
from workshop.improvement import ChangeIdea, Driver, DriverDiagram
from workshop.palette import ACCENT, INK, LINE, MUTED, PALE, WHITE
from workshop.reports.pptx.deck import Canvas, Deck, continued
from workshop.reports.pptx.fit import Para
from workshop.reports.pptx.style import BODY, Box
from workshop.reports.pptx.text import clean
from workshop.reports.pptx.xml import BOTTOM, MIDDLE, outline, shape_look
from workshop.reports.snapshot import TeamSnapshot

ROWS_PER_SLIDE = 5
_WIDTHS = (1.9, 2.85, 3.1, 3.6)
"""Aim, primary drivers, secondary drivers, change ideas (inches): room for long Swedish compounds."""
_GAP = 0.3
_HEADINGS_HEIGHT = 0.7
_ROW_GAP = 0.14
_MAX_PITCH = 1.3


@dataclass(frozen=True)
class Leaf:
    """One row of the diagram: a change idea (or a driver without ideas) and the drivers it hangs under."""

    primary: Driver | None
    secondary: Driver | None
    idea: ChangeIdea | None


def diagram_leaves(diagram: DriverDiagram) -> list[Leaf]:
    leaves: list[Leaf] = []
    for primary in diagram.primary:
        start = len(leaves)
        for secondary in diagram.secondary(primary.id):
            ideas = diagram.ideas_under(secondary.id)
            leaves += [Leaf(primary, secondary, idea) for idea in ideas] or [Leaf(primary, secondary, None)]
        leaves += [Leaf(primary, None, idea) for idea in diagram.ideas_under(primary.id)]
        if len(leaves) == start:
            leaves.append(Leaf(primary, None, None))
    live = {driver.id for driver in diagram.drivers}
    leaves += [Leaf(None, None, idea) for idea in diagram.change_ideas if idea.driver_id not in live]
    return leaves


def driver_diagram(deck: Deck, snapshot: TeamSnapshot) -> None:
    leaves = diagram_leaves(snapshot.diagram)
    aim = clean(snapshot.aim_sentence) or _("No aim written yet")
    for index, start in enumerate(range(0, len(leaves), ROWS_PER_SLIDE)):
        canvas = deck.slide(continued(_("Driver diagram"), index))
        _draw(canvas, aim, leaves[start:start + ROWS_PER_SLIDE])
        canvas.notes.append(_outline(aim, leaves[start:start + ROWS_PER_SLIDE]))


def _columns() -> list[float]:
    xs, x = [], BODY.x
    for width in _WIDTHS:
        xs.append(x)
        x += width + _GAP
    return xs


_Key = TypeVar("_Key")


def _groups(leaves: Sequence[Leaf], key: Callable[[Leaf], _Key]) -> list[tuple[_Key, int, int]]:
    """Runs of consecutive rows with the same ``key``: (value, first row, last row)."""
    runs: list[tuple[_Key, int, int]] = []
    for row, leaf in enumerate(leaves):
        value = key(leaf)
        if runs and runs[-1][0] == value:
            runs[-1] = (value, runs[-1][1], row)
        else:
            runs.append((value, row, row))
    return runs


def _draw(canvas: Canvas, aim: str, leaves: Sequence[Leaf]) -> None:
    xs = _columns()
    headings = (_("Aim"), _("Primary drivers"), _("Secondary drivers"), _("Change ideas"))
    for x, width, heading in zip(xs, _WIDTHS, headings, strict=True):
        canvas.text(Box(x, BODY.y, width, _HEADINGS_HEIGHT - 0.05), [Para(heading, bold=True, colour=ACCENT)],
                    anchor=BOTTOM)
    top = BODY.y + _HEADINGS_HEIGHT
    pitch = min((BODY.bottom - top) / len(leaves), _MAX_PITCH)

    def box(column: int, first: int, last: int) -> Box:
        return Box(xs[column], top + first * pitch, _WIDTHS[column], (last - first + 1) * pitch - _ROW_GAP)

    aim_shape = _box(canvas, Box(xs[0], top, _WIDTHS[0], BODY.bottom - top), aim, fill=ACCENT, ink=WHITE)
    parents = {}  # row -> the box its change idea hangs under: its secondary driver, else its primary driver
    for driver, first, last in _groups(leaves, lambda leaf: leaf.primary):
        if driver is None:
            _box(canvas, box(1, first, last), _("Not tied to a driver"), fill=None, ink=MUTED, dashed=True)
            continue
        shape = _box(canvas, box(1, first, last), clean(driver.title), fill=PALE)
        _connect(canvas, aim_shape, shape)
        parents.update(dict.fromkeys(range(first, last + 1), shape))
    for (_primary, secondary), first, last in _groups(leaves, lambda leaf: (leaf.primary, leaf.secondary)):
        if secondary is not None:
            shape = _box(canvas, box(2, first, last), clean(secondary.title), fill=WHITE)
            _connect(canvas, parents[first], shape)
            parents.update(dict.fromkeys(range(first, last + 1), shape))
    for row, leaf in enumerate(leaves):
        if leaf.idea is not None:
            shape = _box(canvas, box(3, row, row), clean(leaf.idea.title), fill=WHITE, rounded=True)
            if parents.get(row) is not None:
                _connect(canvas, parents[row], shape)


def _box(canvas: Canvas, box: Box, text: str, *, fill: str | None, ink: str = INK, dashed: bool = False,
         rounded: bool = False):
    shape = canvas.shape(MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE, box)
    shape_look(shape._element, fill, outline(MUTED, 1.5, "dash") if dashed else outline(ACCENT, 1.5))
    canvas.fill_frame(shape.text_frame, box, [Para(text, colour=ink)], anchor=MIDDLE, keep_cut=False)
    return shape


def _connect(canvas: Canvas, start, end) -> None:
    """An arrow glued to the right side of ``start`` and the left side of ``end``: it follows them."""
    connector = canvas.connector(MSO_CONNECTOR.STRAIGHT)
    connector.begin_connect(start, 3)
    connector.end_connect(end, 1)
    shape_look(connector._element, None, outline(LINE, 1.5, arrow=True))


def _outline(aim: str, leaves: Sequence[Leaf]) -> str:
    """The slide's part of the diagram as indented text, every title whole."""
    lines = [_labelled(_("Aim"), aim)]
    written: set[tuple[int, int]] = set()
    for leaf in leaves:
        if leaf.primary is None:  # a leaf without a driver is a change idea
            lines.append(_labelled(_("Not tied to a driver"), clean(leaf.idea.title if leaf.idea else "")))
            continue
        for depth, label, item in ((1, _("Primary driver"), leaf.primary), (2, _("Secondary driver"), leaf.secondary),
                                   (3, _("Change idea"), leaf.idea)):
            if item is not None and (depth, item.id) not in written:
                written.add((depth, item.id))
                lines.append("    " * depth + _labelled(label, clean(item.title)))
    return "\n".join(lines)


def _labelled(label: str, text: str) -> str:
    return label + ": " + text
