"""What kind of file an upload is, before anything reads it: refuse what cannot be an export.

Every refusal is a Swedish message for a social worker; none repeats the
file's content or its name (a name can hold a personnummer).
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

from workshop.errors import InvalidInput
from workshop.i18n import _, format_number
from workshop.zipsize import declared_too_large, inflates_too_large

MAX_FILE_MB = 32
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
"""The most :func:`load_bytes` reads: bounds the memory one import takes in a kernel."""
MAX_UNPACKED_MB = 160
"""The most a spreadsheet (XLSX and ODS are zips) may unpack to; a 100 000-row export is far below."""
MAX_RATIO = 100
"""Sheets pack about 10:1; far more than this is a zip bomb, not an export."""
MAX_ROWS = 200_000
UPLOAD_LIMIT_VARIABLE = "WORKSHOP_MAX_UPLOAD_MB"
DEFAULT_UPLOAD_MB = 9
"""The page's upload travels in one websocket message; Voilà's server refuses messages over 10 MiB
unless ``websocket_max_message_size`` is raised in its ``tornado_settings`` (see docs/inventory.md)."""

EXTENSIONS = (".csv", ".txt", ".xlsx", ".xls", ".ods")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, or an encrypted .xlsx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"


class FileKind(StrEnum):
    TEXT = "text"
    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"

    @property
    def is_spreadsheet(self) -> bool:
        return self is not FileKind.TEXT


def upload_limit_mb() -> int:
    """The largest upload the page accepts, in MB (MiB): the installation's setting, at most MAX_FILE_MB."""
    configured = os.environ.get(UPLOAD_LIMIT_VARIABLE, "")
    return min(int(configured) if configured.isdigit() else DEFAULT_UPLOAD_MB, MAX_FILE_MB)


def size_limit_message(limit_mb: int = MAX_FILE_MB) -> str:
    return _("The file is larger than {limit} MB, which is the most the kit reads here. "
             "Export fewer columns or a shorter period, or save it as CSV.").format(limit=limit_mb)


def load_bytes(source: str | Path | bytes | bytearray | memoryview) -> bytes:
    """The file's bytes, refusing a file over the size limit before reading it whole."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise InvalidInput(_("The file cannot be found."), field="file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput(size_limit_message(), field="file")
        data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(size_limit_message(), field="file")
    if not data[:4096].strip() and not data.strip():
        raise InvalidInput(_("The file is empty."), field="file")
    return data


def file_kind(data: bytes, filename: str | None) -> FileKind:
    """The kind the content shows (the file name's ending can be wrong)."""
    extension = Path(filename).suffix.lower() if filename else ""
    if extension and extension not in EXTENSIONS:
        raise InvalidInput(_("The kit reads CSV, TXT, XLSX, XLS and ODS files. Save the export in one of them."),
                           field="file")
    if data.startswith(b"%PDF"):
        raise InvalidInput(_("The file is a PDF, not a spreadsheet. Export the list from the case-management "
                             "system as Excel or CSV instead."), field="file")
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise InvalidInput(_("The spreadsheet is protected with a password. Open it, remove the password "
                                 "(or save a copy without one) and upload it again."), field="file")
        return FileKind.XLS
    if data.startswith(_ZIP):
        return FileKind.ODS if _ODS in data[:200] else FileKind.XLSX
    if extension in (".xlsx", ".xls", ".ods"):
        raise damaged_spreadsheet()
    return FileKind.TEXT


def check_unpacked_size(data: bytes, kind: FileKind) -> None:
    """Refuse a spreadsheet that would unpack to far more than an export holds, before any reader opens it."""
    if kind is FileKind.XLS:
        _check_compound_file(data)
    elif kind.is_spreadsheet:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                infos = archive.infolist()
            limit = MAX_UNPACKED_MB * 1024 * 1024
            too_large = (declared_too_large(infos, max_bytes=limit, max_ratio=MAX_RATIO)
                         or inflates_too_large(data, infos, max_bytes=limit))
        except (zipfile.BadZipFile, struct.error, zlib.error, ValueError, NotImplementedError):
            raise damaged_spreadsheet() from None
        if too_large:
            raise InvalidInput(_("The spreadsheet unpacks to far more than an export holds (over {limit} MB), so it "
                                 "was not opened. Export fewer columns or a shorter period, or save it as CSV.").format(
                limit=MAX_UNPACKED_MB), field="file")


_OLE_HEADER = struct.Struct("<30xH12xII")  # sector shift; number of FAT sectors; first directory sector


def _check_compound_file(data: bytes) -> None:
    """An .xls whose header claims more sectors than the file has is damaged (or made to exhaust a reader)."""
    if len(data) < 512:
        raise damaged_spreadsheet()
    shift, fat_sectors, directory = _OLE_HEADER.unpack_from(data)
    sectors = (len(data) - 512) >> shift if shift in (9, 12) else 0
    if not sectors or fat_sectors > sectors or directory >= sectors:
        raise damaged_spreadsheet()


def too_many_rows() -> InvalidInput:
    return InvalidInput(_("The table has more than {limit} rows, which is the most the kit reads. Export a shorter "
                          "period, or one area at a time.").format(limit=format_number(MAX_ROWS)), field="file")


def damaged_spreadsheet() -> InvalidInput:
    return InvalidInput(_("The spreadsheet cannot be opened: it may be damaged or saved in another format. "
                          "Open it in Excel or LibreOffice, save it again and upload the new copy."), field="file")


def not_a_table() -> InvalidInput:
    return InvalidInput(_("The file does not look like a table of text (it may be a program, an image or a "
                          "damaged file). Export the list again as CSV or Excel."), field="file")


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROLS = {code: None for code in range(32) if chr(code) not in "\r\n\t"}
SAMPLE_BYTES = 200_000


def decode(data: bytes) -> tuple[str, str]:
    """``(the start of the file as text, encoding)``: UTF-16 with a BOM (Excel's "Unicode text"), UTF-8
    with or without BOM, else Windows-1252 (which covers Latin-1's letters; the few bytes it leaves
    undefined are read as replacement marks)."""
    if data.startswith(_UTF16_BOMS):
        encoding = "utf-16"  # the BOM tells the byte order, and is dropped
    elif b"\x00" in data[:SAMPLE_BYTES]:
        raise not_a_table()
    else:
        encoding = _utf8_or_cp1252(data)
    sample = data[:SAMPLE_BYTES].decode(encoding, errors="replace")  # the cut may split a character
    start = sample[:8192]
    if len(start) - len(start.translate(_CONTROLS)) > len(start) / 100:
        raise not_a_table()
    return sample, encoding


def _utf8_or_cp1252(data: bytes) -> str:
    try:
        data.decode("utf-8")  # fails fast at the first byte that is not UTF-8
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"  # read with undefined bytes replaced
