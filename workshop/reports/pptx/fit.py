"""What fits on a slide: paragraphs fitted to a box, long lists and tables split over several slides.

Nothing is lost when something is shortened: the full text of every cut paragraph or cell is
returned with the fitted content, and the slide keeps it in its notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from workshop.palette import INK
from workshop.reports.pptx.style import BODY_SIZE, INSET_X, INSET_Y, Box
from workshop.reports.pptx.text import LINE_HEIGHT, line_count, shorten

BULLET_INDENT = 0.3
"""Inches between a bullet and its text."""


@dataclass(frozen=True)
class Para:
    """One paragraph of a text box: an optional bold lead-in ("Fråga: ") and the text."""

    text: str
    label: str = ""
    size: int = BODY_SIZE
    bold: bool = False
    colour: str = INK
    bullet: bool = False
    space_before: int = 0
    """Points above the paragraph (not at the top of a box)."""
    max_lines: int | None = None
    """Cut to this many lines even when there is room, so that the paragraphs after it show too."""

    @property
    def full(self) -> str:
        return self.label + self.text

    @property
    def line_pt(self) -> float:
        return self.size * LINE_HEIGHT


@dataclass(frozen=True)
class Fitted:
    paras: tuple[Para, ...]
    cut: tuple[str, ...] = ()
    """The full texts of the paragraphs that were shortened or left out."""


def _width(para: Para, box: Box) -> float:
    return box.text_width_pt(BULLET_INDENT if para.bullet else 0.0) / para.size


def _lines(para: Para, box: Box) -> int:
    return line_count(para.full, _width(para, box), bold=para.bold)


def _shortened(para: Para, box: Box, max_lines: int, *, always_mark: bool = False) -> Para:
    text = shorten(para.full, _width(para, box), max_lines, bold=para.bold, always_mark=always_mark)
    if text.startswith(para.label) and len(text) > len(para.label):
        return replace(para, text=text[len(para.label):])
    return replace(para, label="", text=text)


def height_pt(para: Para, box: Box, *, first: bool) -> float:
    return (0 if first else para.space_before) + _lines(para, box) * para.line_pt


def fit(paras: Sequence[Para], box: Box) -> Fitted:
    """The paragraphs that fit ``box``, each within its ``max_lines``, the last one cut with "…" where the
    room ends."""
    room = box.text_height_pt
    shown: list[Para] = []
    cut: list[str] = []
    for index, para in enumerate(paras):
        if para.max_lines is not None:
            para, full = capped(para, box, para.max_lines)
            cut += [full] if full else []
        space = 0 if not shown else para.space_before
        lines = max(int((room - space) // para.line_pt), 0)
        needed = _lines(para, box)
        if needed <= lines:
            shown.append(para)
            room -= space + needed * para.line_pt
            continue
        if lines:
            shown.append(_shortened(para, box, lines))
        elif shown:
            last = shown[-1]
            shown[-1] = _shortened(last, box, _lines(last, box), always_mark=True)
        cut += [rest.full for rest in paras[index:] if rest.text and rest.full not in cut]
        return Fitted(tuple(shown), tuple(cut))
    return Fitted(tuple(shown), tuple(cut))


def capped(para: Para, box: Box, max_lines: int) -> tuple[Para, str | None]:
    """``para`` cut to ``max_lines`` lines of ``box``, and its full text when it was cut."""
    if _lines(para, box) <= max_lines:
        return para, None
    return _shortened(para, box, max_lines), para.full


def flow(paras: Sequence[Para], box: Box, *, max_lines: int) -> list[Fitted]:
    """Paragraphs spread over as many boxes (slides) as they need, each cut to at most ``max_lines``."""
    pages: list[Fitted] = []
    current: list[Para] = []
    cut: list[str] = []
    room = box.text_height_pt
    for para in paras:
        shown, full = capped(para, box, max_lines)
        needed = height_pt(shown, box, first=not current)
        if current and needed > room:
            pages.append(Fitted(tuple(current), tuple(cut)))
            current, cut, room = [], [], box.text_height_pt
            needed = height_pt(shown, box, first=True)
        current.append(shown)
        cut += [full] if full else []
        room -= needed
    if current:
        pages.append(Fitted(tuple(current), tuple(cut)))
    return pages


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    """Inches."""


@dataclass(frozen=True)
class TablePage:
    rows: tuple[tuple[str, ...], ...]
    """The header first, then the rows as shown (cut where needed)."""
    heights: tuple[float, ...]
    """Inches, per row of ``rows``."""
    cut: tuple[str, ...] = field(default=())


_CELL_LINES = 3


def _cell(text: str, column: Column, *, bold: bool = False, max_lines: int = _CELL_LINES) -> tuple[str, int]:
    width = ((column.width - 2 * INSET_X) * 72) / BODY_SIZE
    shown = shorten(text, width, max_lines, bold=bold)
    return shown, line_count(shown, width, bold=bold)


def _row_height(lines: int) -> float:
    return (lines * BODY_SIZE * LINE_HEIGHT) / 72 + 2 * INSET_Y + 0.04


def table_pages(columns: Sequence[Column], rows: Sequence[Sequence[str]], height: float) -> list[TablePage]:
    """The rows split into pages that fit ``height`` inches under the header; long cells cut to three lines."""
    header = [_cell(column.title, column, bold=True) for column in columns]
    header_row = tuple(text for text, _lines in header)
    header_height = _row_height(max(lines for _text, lines in header))
    pages: list[TablePage] = []
    shown_rows: list[tuple[str, ...]] = []
    heights: list[float] = []
    cut: list[str] = []

    def close() -> None:
        pages.append(TablePage((header_row, *shown_rows), (header_height, *heights), tuple(cut)))

    for row in rows:
        cells = [_cell(text, column) for text, column in zip(row, columns, strict=True)]
        row_height = _row_height(max(lines for _text, lines in cells))
        if shown_rows and header_height + sum(heights) + row_height > height:
            close()
            shown_rows, heights, cut = [], [], []
        shown_rows.append(tuple(text for text, _lines in cells))
        heights.append(row_height)
        cut += [f"{row[0]} · {column.title}: {text}"
                for text, (shown, _lines), column in zip(row, cells, columns, strict=True) if shown != text]
    if shown_rows:
        close()
    return pages
