"""Which cells of a count table to hide so that no hidden count can be worked out from what is shown.

A reader sees the shown numbers, knows that every line adds up to its total, that a "<5" cell holds
1–4 and that an "x" cell holds some count. A hidden cell is safe when another table fits all of that
and differs in it. The pattern makes sure one does: for every hidden cell there is a set of hidden
cells, that cell among them, where adding 1 to some and taking 1 from the others keeps every line's
total and every marker true (a "<5" of 4 cannot grow, a "<5" of 1 or an "x" of 0 cannot shrink).

Such sets are cycles in a graph. Write every total as minus its value (the grand total of a table
as plus): then every line sums to zero, and a table's cells are the edges between its row lines and
its column lines (a list of counts: between its one line and a free end). Adding 1 to a cell is a
step one way along its edge, taking 1 the other way; a closed walk keeps every sum at zero.
So a hidden cell is safe when a walk from the far end of one of its allowed steps back to its start
runs over other hidden cells. When none does, the cheapest walk over shown cells (by their count)
says which cells to hide as well; when no walk exists at all, a "<5" cell is shown as "x", which may
then both grow and shrink.

Besides, in every line whose total is shown, the hidden cells together hold at least the threshold:
otherwise "<5" and "<5" beside a shown total would still say that together they are fewer than 5.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class Marker(Enum):
    SHOWN = "shown"
    SMALL = "small"
    """A count from 1 up to the threshold minus one: shown as "<5"."""
    HIDDEN = "hidden"
    """Hidden so that the small ones cannot be worked out: shown as "x", whatever its count."""


@dataclass(frozen=True)
class Cell:
    value: int
    ends: tuple[int, int]
    """The two lines the cell belongs to (for a list of counts: its line and a free end)."""
    sign: int
    """+1 for a count, -1 for a total that its line subtracts (+1 for the grand total of a table)."""
    public: bool = False
    """A grand total: shown elsewhere too, so hiding it would protect nothing."""


@dataclass(frozen=True)
class Layout:
    cells: tuple[Cell, ...]
    lines: tuple[tuple[tuple[int, ...], int], ...]
    """Each line as (its counts, its total), by cell index."""


def list_layout(values: Sequence[int]) -> Layout:
    """Counts and their total (last cell): one line, whose other end is free."""
    cells = tuple(Cell(int(value), (0, 1), 1) for value in values)
    total = Cell(sum(cell.value for cell in cells), (0, 1), -1, public=True)
    return Layout((*cells, total), ((tuple(range(len(cells))), len(cells)),))


def table_layout(rows: Sequence[Sequence[int]]) -> Layout:
    """A table with a total column, a total row and the grand total, cells row by row."""
    values = [[*map(int, row), sum(map(int, row))] for row in rows]
    width = len(values[0])
    values.append([sum(row[column] for row in values) for column in range(width)])
    height = len(values)
    cells = tuple(
        Cell(values[row][column], (row, height + column), 1 if (row == height - 1) == (column == width - 1) else -1,
             public=row == height - 1 and column == width - 1)
        for row in range(height) for column in range(width))

    def at(row: int, column: int) -> int:
        return row * width + column

    lines = ([(tuple(at(row, column) for column in range(width - 1)), at(row, width - 1)) for row in range(height)]
             + [(tuple(at(row, column) for row in range(height - 1)), at(height - 1, column))
                for column in range(width)])
    return Layout(cells, tuple(lines))


def hide(layout: Layout, threshold: int) -> list[Marker]:
    """A marker for every cell of ``layout``."""
    markers = [Marker.SMALL if 0 < cell.value < threshold else Marker.SHOWN for cell in layout.cells]
    while changes := _line_sum_changes(layout, markers, threshold) or _cycle_changes(layout, markers, threshold):
        for index, marker in changes:
            markers[index] = marker
    return markers


def _line_sum_changes(layout: Layout, markers: list[Marker], threshold: int) -> list[tuple[int, Marker]]:
    for inner, total in layout.lines:
        if markers[total] is not Marker.SHOWN:
            continue
        hidden = sum(layout.cells[index].value for index in inner if markers[index] is not Marker.SHOWN)
        shown = [index for index in inner if markers[index] is Marker.SHOWN and layout.cells[index].value]
        if 0 < hidden < threshold and shown:
            return [(min(shown, key=lambda index: layout.cells[index].value), Marker.HIDDEN)]
    return []


def _cycle_changes(layout: Layout, markers: list[Marker], threshold: int) -> list[tuple[int, Marker]]:
    for index, marker in enumerate(markers):
        if marker is Marker.SHOWN:
            continue
        walk = _cheapest_cycle(layout, markers, index, threshold)
        if walk is None:
            if marker is Marker.SMALL:
                return [(index, Marker.HIDDEN)]
            continue  # no shown cell could help either: the tests find no table where this happens
        to_hide = [(cell, Marker.HIDDEN) for cell in walk if markers[cell] is Marker.SHOWN]
        if to_hide:
            return to_hide
    return []


def _steps(cell: Cell, marker: Marker, threshold: int) -> list[tuple[int, int]]:
    """The directed edges the cell allows: adding 1 to a count goes from its first end to its second."""
    if marker is Marker.SMALL:
        grow, shrink = cell.value <= threshold - 2, cell.value >= 2
    else:
        grow, shrink = True, cell.value >= 1
    if cell.sign < 0:
        grow, shrink = shrink, grow
    first, second = cell.ends
    return [step for step, allowed in (((first, second), grow), ((second, first), shrink)) if allowed]


def _cheapest_cycle(layout: Layout, markers: list[Marker], start: int, threshold: int) -> list[int] | None:
    """The cells of the cheapest cycle through ``start``: hidden cells cost nothing, shown ones their count."""
    arcs: dict[int, list[tuple[int, int, int]]] = {}
    for index, (cell, marker) in enumerate(zip(layout.cells, markers, strict=True)):
        if index == start or (marker is Marker.SHOWN and cell.public):
            continue
        cost = 0 if marker is not Marker.SHOWN else cell.value + 1
        for origin, target in _steps(cell, marker, threshold):
            arcs.setdefault(origin, []).append((target, cost, index))
    best: tuple[int, list[int]] | None = None
    for origin, target in _steps(layout.cells[start], markers[start], threshold):
        found = _cheapest_walk(arcs, target, origin)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else best[1]


def _cheapest_walk(arcs: dict[int, list[tuple[int, int, int]]], source: int, goal: int) -> tuple[int, list[int]] | None:
    """Dijkstra from ``source`` to ``goal``: (cost, cells walked over)."""
    order = itertools.count()
    queue: list[tuple[int, int, int, tuple[int, ...]]] = [(0, next(order), source, ())]
    done: set[int] = set()
    while queue:
        cost, _order, node, walked = heapq.heappop(queue)
        if node == goal:
            return cost, list(walked)
        if node in done:
            continue
        done.add(node)
        for target, step_cost, cell in arcs.get(node, ()):
            if target not in done:
                heapq.heappush(queue, (cost + step_cost, next(order), target, (*walked, cell)))
    return None
