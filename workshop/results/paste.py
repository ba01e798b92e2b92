"""Blocks of points pasted from a spreadsheet, or imported from a CSV file.

A pasted block has one row per period: period, then the value (or numerator
and denominator), columns separated by tabs as Excel and LibreOffice copy them;
decimal commas are fine. A heading row or extra columns are refused with a
message saying what to change. A CSV file may start with a heading row.
"""

from __future__ import annotations

import csv
import io

from workshop.errors import InvalidInput
from workshop.i18n import _, parse_decimal
from workshop.improvement import Measure
from workshop.results.entries import all_problems
from workshop.results.model import PointEntry, uses_denominator
from workshop.results.periods import example, parse_period

MIN_ROWS = 2
MAX_ROWS = 1000


def columns_wanted(measure: Measure) -> str:
    if uses_denominator(measure):
        return _("period, numerator and denominator")
    return _("period and value")


def parse_pasted(text: str, measure: Measure) -> list[PointEntry]:
    """The points of a block pasted from a spreadsheet (tab-separated)."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    if lines and not any("\t" in line for line in lines):
        raise InvalidInput(
            _("No columns were found. Copy the cells straight from the spreadsheet: {columns}, one row per "
              "period ({example}).").format(columns=columns_wanted(measure), example=example(measure.frequency)),
            field="paste",
        )
    return _entries([line.split("\t") for line in lines], measure, heading_allowed=False)


def parse_csv(data: bytes, measure: Measure) -> list[PointEntry]:
    """The points of a CSV file (separated by semicolons, commas or tabs; may start with a heading row)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's CSV on Swedish Windows
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line else ";" if ";" in first_line else ","
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    return _entries(rows, measure, heading_allowed=True)


def _entries(rows: list[list[str]], measure: Measure, *, heading_allowed: bool) -> list[PointEntry]:
    rows = [_without_trailing_blanks(row) for row in rows]
    if rows and _is_heading(rows[0], measure):
        if not heading_allowed:
            raise InvalidInput(
                _("The first row looks like headings (“{cells}”). Copy only the rows with periods and values, "
                  "then paste again.").format(cells=", ".join(cell.strip() for cell in rows[0])),
                field="paste",
            )
        rows = rows[1:]
    if len(rows) < MIN_ROWS:
        raise InvalidInput(_("Paste or import at least {count} rows, one per period. Single points can be added "
                             "in the table.").format(count=MIN_ROWS), field="paste")
    if len(rows) > MAX_ROWS:
        raise InvalidInput(_("At most {count} rows can be added at a time.").format(count=MAX_ROWS), field="paste")
    wanted = 3 if uses_denominator(measure) else 2
    too_wide = [
        InvalidInput(_("Row {row} has {count} columns, but this measure takes {wanted}: {columns}. Remove the extra "
                       "columns and try again.").format(row=number, count=len(row), wanted=wanted,
                                                        columns=columns_wanted(measure)), field="paste")
        for number, row in enumerate(rows, 1) if len(row) > wanted
    ]
    if too_wide:
        raise all_problems(too_wide)
    return [_entry(number, row + [""] * (wanted - len(row)), measure) for number, row in enumerate(rows, 1)]


def _entry(number: int, cells: list[str], measure: Measure) -> PointEntry:
    where = _("Row {row}").format(row=number)
    if uses_denominator(measure):
        return PointEntry(cells[0], numerator=cells[1], denominator=cells[2], where=where)
    return PointEntry(cells[0], value=cells[1], where=where)


def _without_trailing_blanks(row: list[str]) -> list[str]:
    cells = list(row)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _is_heading(row: list[str], measure: Measure) -> bool:
    """A row of words: its first cell is not a period and no other cell is a number."""
    if not row:
        return False
    try:
        parse_period(row[0], measure.frequency)
        return False
    except InvalidInput:
        pass
    return not any(_is_number(cell) for cell in row[1:])


def _is_number(cell: str) -> bool:
    try:
        parse_decimal(cell)
    except ValueError:
        return False
    return True
