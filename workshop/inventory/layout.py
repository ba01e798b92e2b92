"""The shape of a table: its delimiter, where its header row is, and usable column names."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from workshop.i18n import _

DELIMITERS = (";", ",", "\t")
SAMPLE_LINES = 40
_NUMBER = re.compile(r"^[\s\d.,:/+-]*$")


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the sample lines into the same number of fields most often."""
    best, best_score = ";", (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        widths = [width for width in widths if width > 1]
        if not widths:
            continue
        width, often = Counter(widths).most_common(1)[0]
        score = (often, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def header_index(rows: list[list[str]]) -> int | None:
    """Index of the header row: the first wide row of text, below any title rows; None if none."""
    widths = [sum(1 for cell in row if cell.strip()) for row in rows]
    if not widths or max(widths) < 1:
        return None
    wide = max(widths)
    for index, row in enumerate(rows):
        filled = [cell for cell in row if cell.strip()]
        if len(filled) >= max(1, (wide + 1) // 2) and not any(_NUMBER.match(cell) for cell in filled):
            return index
    return None


@dataclass(frozen=True)
class Columns:
    """Column names made unique and non-empty, with a note for each change."""

    names: tuple[str, ...]
    renamed: tuple[str, ...]


def clean_names(header: list[str]) -> Columns:
    names: list[str] = []
    notes: list[str] = []
    seen: Counter[str] = Counter(" ".join(str(cell).split()).casefold() for cell in header)
    for position, cell in enumerate(header, start=1):
        name = " ".join(str(cell).split())
        if not name:
            name = _("Column {number}").format(number=position)
            notes.append(_("Column {number} has no name; it is called “{name}” here.").format(
                number=position, name=name))
        elif seen[name.casefold()] > 1:
            original = name
            name = _("{name} (column {number})").format(name=name, number=position)
            notes.append(_("The column name “{name}” appears more than once; column {number} is called “{new}” "
                           "here.").format(name=original, number=position, new=name))
        names.append(name)
    return Columns(tuple(names), tuple(notes))
