"""Document-neutral content: what a report says, in blocks that the Word and the HTML writer both lay out.

The reports (final, handover, monthly) are functions from a snapshot to a
:class:`Document`; the writers turn a document into a file. Every text here is
plain text as a person typed it or as the kit translated it: the writers escape it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

SCREEN_WIDTH_PX = 992
"""The web page's widest text column (62rem): a chart that stretches fills it, a fixed one is drawn to it."""


@dataclass(frozen=True)
class Heading:
    kind: ClassVar[str] = "heading"
    level: int
    """1 for a section, 2 and 3 below it (the document's title is above them all)."""
    text: str


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str
    """Line breaks in the text start new paragraphs, as the person wrote them."""
    strong: bool = False


def text_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold something (at least one, so an empty text still takes its place)."""
    return [line for line in text.split("\n") if line.strip()] or [""]


@dataclass(frozen=True)
class Facts:
    """Short labelled values: "Ansvarig: Enhetschefen"."""

    kind: ClassVar[str] = "facts"
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bullets:
    kind: ClassVar[str] = "bullets"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    kind: ClassVar[str] = "table"
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    strong_rows: frozenset[int] = frozenset()
    """Rows (0-based) set in bold, such as the team's chosen level of a scale; the words say it too."""


@dataclass(frozen=True)
class Line:
    """One series of a chart; ``role`` says how it is drawn (shape and dash, never colour alone)."""

    name: str
    values: tuple[float | None, ...]
    role: str = "values"
    """``values``, ``centre``, ``limit``, ``target`` or ``signal`` (markers only)."""


@dataclass(frozen=True)
class Chart:
    """A chart as data (for a native Word chart) and, for HTML, the interactive bokeh figure.

    A :class:`Table` with the same numbers always goes beside a chart, for screen readers.
    """

    kind: ClassVar[str] = "chart"
    title: str
    categories: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    value_range: tuple[float, float] | None = None
    """The value axis from and to, when the values have fixed bounds (a scale); otherwise it fits the values."""
    figure: Callable[[], Any] | None = field(default=None, compare=False)
    """Makes the bokeh figure; None when the chart exists only as data."""
    verdict: str = ""
    """What the chart says in one line, when it is judged (a measure's verdict): its text alternative says it."""


Block = Heading | Paragraph | Facts | Bullets | Table | Chart


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    language: str
    """"sv" or "en": the language the texts were written in."""

