"""Tables written as worksheets with XlsxWriter: typed cells, every text neutralised, the header bold and frozen.

Text is written with ``write_string`` only (``write`` would read "=…" as a formula) after
:func:`workshop.spreadsheet.neutralised` (docs/integritet.md, "Text the team types"). Numbers and dates are
written as real numbers and dates, so a team can sort, filter and chart them in Excel or LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from workshop.palette import PALE, css
from workshop.spreadsheet import neutralised

CELL_LIMIT = 32_767
"""The longest text a cell holds in Excel, counted in UTF-16 code units (an emoji takes two)."""
CUT_MARK = "…"
SHEET_NAME_LIMIT = 31
_LINE_HEIGHT = 15
"""Points per line of the default 11-point font."""
_CHARACTERS_PER_WIDTH = 1.2
"""Letters of ordinary text per unit of column width (the unit is one digit "0"; words wrap whole)."""
_ROW_HEIGHT_LIMIT = 409
"""Excel's tallest row, in points."""
_PAGE_WIDTH = 100
"""Column-width units across a landscape A4 page at 100 %."""
_SMALLEST_SCALE = 65
"""Wider sheets print across pages rather than shrink below this (per cent)."""
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DATE_FORMAT = "yyyy-mm-dd"
_FORMATS: dict[str, dict[str, object]] = {
    "header": {"bold": True, "bg_color": css(PALE), "bottom": 1, "text_wrap": True},
    "label": {"bold": True},
    "note": {"italic": True},
    "text": {},
    "right": {"align": "right"},
    "wrap": {"text_wrap": True},
    "date": {"num_format": _DATE_FORMAT, "align": "left"},
    "whole": {},
    "decimal": {"num_format": "#,##0.0#"},
}


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 14
    """In characters; text in a ``wrap`` column breaks into lines within it."""
    wrap: bool = False
    numeric: bool = False
    """Holds numbers; a text in it ("<5") is aligned with them."""


@dataclass(frozen=True)
class Row:
    """A row written in bold (a total, a gap)."""

    cells: tuple
    strong: bool = True


@dataclass(frozen=True)
class Table:
    """One worksheet: optional label–value lines, then a table with a header row.

    Cells are ``str``, ``int``, ``float``, ``datetime.date`` or ``None`` (empty). A table without
    rows says ``empty`` under its header.
    """

    name: str
    columns: tuple[Column, ...]
    rows: tuple = ()
    empty: str = ""
    preamble: tuple[tuple[str, object], ...] = ()


def cell_text(text: str) -> str:
    """``text`` as a spreadsheet may show it: neutralised, and cut with "…" at the cell limit."""
    shown = neutralised(text)
    units = shown.encode("utf-16-le")
    if len(units) // 2 <= CELL_LIMIT:
        return shown
    # Cutting the UTF-16 bytes may split an emoji's surrogate pair; "ignore" drops the half.
    return units[:(CELL_LIMIT - len(CUT_MARK)) * 2].decode("utf-16-le", errors="ignore") + CUT_MARK


def sheet_name(title: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\\."""
    return _SHEET_NAME_FORBIDDEN.sub("-", title).strip("'")[:SHEET_NAME_LIMIT]


class _Formats:
    """One XlsxWriter format per kind of cell and weight, made when first needed."""

    def __init__(self, workbook) -> None:
        self._workbook = workbook
        self._made: dict[tuple[str, bool], object] = {}

    def __call__(self, kind: str, strong: bool = False):
        key = (kind, strong)
        if key not in self._made:
            self._made[key] = self._workbook.add_format({"valign": "top", **_FORMATS[kind],
                                                          **({"bold": True} if strong else {})})
        return self._made[key]


def write_tables(workbook, tables: tuple[Table, ...]) -> None:
    formats = _Formats(workbook)
    for table in tables:
        _write_table(workbook.add_worksheet(sheet_name(table.name)), formats, table)


def _write_table(sheet, formats: _Formats, table: Table) -> None:
    header = _write_preamble(sheet, formats, table)
    for number, column in enumerate(table.columns):
        sheet.set_column(number, number, column.width)
        sheet.write_string(header, number, cell_text(column.header), formats("header"))
    _fit_height(sheet, header, ((replace(column, wrap=True), column.header) for column in table.columns))
    for offset, row in enumerate(table.rows, header + 1):
        cells, strong = (row.cells, row.strong) if isinstance(row, Row) else (row, False)
        for number, (column, value) in enumerate(zip(table.columns, cells, strict=True)):
            _write_cell(sheet, formats, offset, number, value, column, strong=strong)
        _fit_height(sheet, offset, zip(table.columns, cells, strict=True))
    if not table.rows:
        sheet.write_string(header + 1, 0, cell_text(table.empty), formats("note"))
    sheet.freeze_panes(header + 1, 0)
    sheet.autofilter(header, 0, header + len(table.rows), len(table.columns) - 1)
    _print_setup(sheet, header, sum(column.width for column in table.columns))


def _write_preamble(sheet, formats: _Formats, table: Table) -> int:
    """Labels in the first column, values in the second; the row the table's header goes on."""
    if not table.preamble:
        return 0
    value_column = replace(table.columns[1], wrap=True)
    for number, (label, value) in enumerate(table.preamble):
        sheet.write_string(number, 0, cell_text(label), formats("label"))
        _write_cell(sheet, formats, number, 1, value, value_column, strong=False)
        _fit_height(sheet, number, ((value_column, value),))
    return len(table.preamble) + 1


def _write_cell(sheet, formats: _Formats, row: int, column: int, value, kind: Column, *, strong: bool) -> None:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return
    if isinstance(value, str):
        shape = "wrap" if kind.wrap else "right" if kind.numeric else "text"
        sheet.write_string(row, column, cell_text(value), formats(shape, strong))
    elif isinstance(value, dt.date):
        date = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        sheet.write_datetime(row, column, date, formats("date", strong))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        whole = isinstance(value, int) or value.is_integer()
        sheet.write_number(row, column, value, formats("whole" if whole else "decimal", strong))
    else:
        raise TypeError(f"a worksheet cell cannot hold {type(value).__name__}")


def _fit_height(sheet, row: int, cells) -> None:
    """Make a row tall enough for its wrapped texts: LibreOffice keeps the default height when it opens a file."""
    lines = max((_lines(value, column.width) for column, value in cells if column.wrap and isinstance(value, str)),
                default=1)
    if lines > 1:
        sheet.set_row(row, min(lines * _LINE_HEIGHT, _ROW_HEIGHT_LIMIT))


def _lines(text: str, width: int) -> int:
    per_line = max(width * _CHARACTERS_PER_WIDTH, 1)
    return sum(max(1, math.ceil(len(paragraph) / per_line)) for paragraph in text.split("\n"))


def _print_setup(sheet, header: int, width: int) -> None:
    """Printed (or made a PDF): landscape A4, the header on every page, gridlines; shrunk to the page's width
    while the text stays readable, across pages beyond that with the first column repeated."""
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.set_print_scale(max(_SMALLEST_SCALE, min(100, _PAGE_WIDTH * 100 // width)))
    sheet.repeat_rows(header)
    sheet.repeat_columns(0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.hide_gridlines(0)
    sheet.set_footer("&L&A&R&P / &N")
