"""Reading an export from a case-management system into text columns, identity numbers removed at once.

Nothing here keeps an identity number or a name: the identity column becomes
birth date, legal sex and validity flags (:mod:`workshop.inventory.identity`)
and is dropped with the name columns before :func:`read_export` returns.
Exceptions from the parsers are never passed on: their messages can quote
cells, so they become a Swedish message and a log line with the error's type only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from workshop.errors import InvalidInput, UserError
from workshop.i18n import _
from workshop.inventory import identity
from workshop.inventory.export import DroppedColumn, DropReason, Export
from workshop.inventory.files import (
    MAX_ROWS,
    FileKind,
    check_unpacked_size,
    damaged_spreadsheet,
    decode,
    file_kind,
    load_bytes,
    too_many_rows,
)
from workshop.inventory.layout import SAMPLE_LINES, clean_names, header_index, sniff_delimiter
from workshop.inventory.mapping import is_identity_header, is_name_header

log = logging.getLogger("workshop.inventory")

Progress = Callable[[float, str], None]
_IDENTITY_SHARE = 0.5


def _silent(_fraction: float, _stage: str) -> None:
    return None


def read_export(source: str | Path | bytes, filename: str | None = None, *, sheet: str | None = None,
                progress: Progress | None = None, today: dt.date | None = None) -> Export:
    """Read an export (path or bytes) into an :class:`Export`, or raise a :class:`UserError`.

    ``sheet`` chooses the sheet of a spreadsheet (default: the first with a
    table); ``progress(fraction, stage)`` is told how far reading has come.
    """
    progress = progress or _silent
    today = today or dt.date.today()
    try:
        progress(0.05, "load")
        data = load_bytes(source)
        kind = file_kind(data, filename or (str(source) if isinstance(source, (str, Path)) else None))
        progress(0.1, "parse")
        if kind.is_spreadsheet:
            check_unpacked_size(data, kind)
            table = _read_spreadsheet(data, sheet)
        else:
            table = _read_text(data)
        progress(0.6, "identity")
        export = _build(kind, table, today)
        progress(1.0, "done")
        return export
    except UserError:
        raise
    except Exception as error:
        log.warning("an export could not be read (%s)", type(error).__name__)
        raise InvalidInput(_("The file could not be read as a table. Check that it is the export from the "
                             "case-management system, saved as CSV or Excel."), field="file") from None


class _Table:
    """Header and text cells of one table, before identity numbers are handled."""

    def __init__(self, header: list[str], frame: pd.DataFrame, header_row: int,
                 sheets: tuple[str, ...] = (), sheet: str | None = None) -> None:
        self.header, self.frame, self.header_row = header, frame, header_row
        self.sheets, self.sheet = sheets, sheet


def _no_header() -> InvalidInput:
    return InvalidInput(_("No row with column names was found at the top of the table. The first row of the "
                          "table should name its columns."), field="file")


def _read_text(data: bytes) -> _Table:
    text, encoding = decode(data)
    sample = text.splitlines()[:SAMPLE_LINES]
    delimiter = sniff_delimiter(sample)
    rows = list(csv.reader(sample, delimiter=delimiter))
    index = header_index(rows)
    if index is None:
        raise _no_header()
    header = rows[index]
    width = len(header)
    for _attempt in range(2):
        unreadable = False
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            try:
                frame = pd.read_csv(
                    io.BytesIO(data), sep=delimiter, header=None, skiprows=index + 1, names=range(width),
                    dtype=object, keep_default_na=False, na_filter=False, encoding=encoding,
                    encoding_errors="replace", skip_blank_lines=False, index_col=False, engine="c",
                )
            except pd.errors.EmptyDataError:
                frame = pd.DataFrame(columns=range(width))
            except pd.errors.ParserError:
                unreadable = True
        if not (caught or unreadable):
            break
        # Some row is wider than the header: refuse it if it holds data there, else read the table wider.
        width = _widest_row(data.decode(encoding, errors="replace"), delimiter, index, len(header))
    return _Table(header, frame.iloc[:, :len(header)], index + 1)


def _too_wide(row: int) -> InvalidInput:
    return InvalidInput(_("Row {row} has more fields than there are column names. Check the separators in that "
                          "row, or export the list again.").format(row=row), field="file")


def _widest_row(text: str, delimiter: str, header_index: int, width: int) -> int:
    """The most fields in a row; a row with filled cells beyond its header is refused (they would be lost)."""
    widest = width
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if number <= header_index + 1:
            continue
        if any(cell.strip() for cell in row[width:]):
            raise _too_wide(number)
        widest = max(widest, len(row))
    return widest


def _read_spreadsheet(data: bytes, sheet: str | None) -> _Table:
    try:
        book = pd.ExcelFile(io.BytesIO(data), engine="calamine")
        sheets = tuple(book.sheet_names)
    except Exception as error:
        log.warning("a spreadsheet could not be opened (%s)", type(error).__name__)
        raise damaged_spreadsheet() from None
    if sheet is not None and sheet not in sheets:
        raise InvalidInput(_("The spreadsheet has no sheet called “{sheet}”.").format(sheet=sheet), field="sheet")
    name, index, header = _table_sheet(book, [sheet] if sheet is not None else list(sheets))
    body = pd.read_excel(book, sheet_name=name, header=None, dtype=object, skiprows=index + 1, nrows=MAX_ROWS + 1)
    frame = body.apply(lambda column: column.map(_cell_text)) if len(body) else pd.DataFrame()
    frame.columns = range(frame.shape[1])
    return _Table(header, frame, index + 1, sheets, name)


def _table_sheet(book, names: list[str]) -> tuple[str, int, list[str]]:
    """The sheet with the widest header row among ``names``: (sheet, header index, header)."""
    found: list[tuple[int, int, str, int, list[str]]] = []
    for name in names:
        sample = pd.read_excel(book, sheet_name=name, header=None, dtype=object, nrows=SAMPLE_LINES)
        cells = sample.map(_cell_text).values.tolist()
        index = header_index(cells)
        if index is not None:
            found.append((sum(1 for cell in cells[index] if cell.strip()), -len(found), name, index, cells[index]))
    if not found:
        raise _no_header()
    _width, _order, name, index, header = max(found)
    return name, index, header


def _cell_text(value) -> str:
    """A spreadsheet cell as the text a CSV export would hold (dates in ISO form)."""
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    return str(value)


def _build(kind: FileKind, table: _Table, today: dt.date) -> Export:
    frame = table.frame
    if len(frame) > MAX_ROWS:
        raise too_many_rows()
    if len(frame.columns) > len(table.header):
        table.header = table.header + [""] * (len(frame.columns) - len(table.header))
    frame = frame.iloc[:, :len(table.header)]
    frame.columns = range(len(table.header))
    frame = _without_empty_rows(frame)
    if frame.empty:
        raise InvalidInput(_("The file has column names but no rows below them."), field="file")
    keep = [position for position, name in enumerate(table.header)
            if str(name).strip() or frame.iloc[:, position].ne("").any()]
    names = clean_names([table.header[position] for position in keep])
    frame = frame[keep]
    frame.columns = list(names.names)
    return _without_people(kind, table, frame, names.renamed, today)


def _without_empty_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows with at least one filled cell (blank lines keep their place in the row numbering)."""
    probe = max(frame.columns, key=lambda column: int((frame[column].head(100) != "").sum()))
    empty = frame[probe].to_numpy() == ""  # numpy's comparison: far cheaper than pandas' on text
    if not empty.any():
        return frame
    empty[empty] = frame[empty].eq("").all(axis=1).to_numpy()
    return frame[~empty]


def _looks_like_identity(values: pd.Series) -> bool:
    sample = [text for text in values.head(2000).tolist() if text.strip()][:500]
    return bool(sample) and sum(map(identity.is_shaped, sample)) >= _IDENTITY_SHARE * len(sample)


def _without_people(kind: FileKind, table: _Table, frame: pd.DataFrame, notes: tuple[str, ...],
                    today: dt.date) -> Export:
    dropped: list[DroppedColumn] = []
    facts = None
    for column in list(frame.columns):
        if is_identity_header(column) or _looks_like_identity(frame[column]):
            if facts is None:
                facts = identity.identity_facts(frame[column], today)
                facts.index = frame.index
            dropped.append(DroppedColumn(column, DropReason.IDENTITY))
            del frame[column]
        elif is_name_header(column):
            dropped.append(DroppedColumn(column, DropReason.NAME))
            del frame[column]
    return Export(kind=kind, columns=tuple(frame.columns), header_row=table.header_row, sheets=table.sheets,
                  sheet=table.sheet, dropped=tuple(dropped), notes=notes, read_on=today, frame=frame,
                  identity=facts)
