"""How large a zip unpacks to, found before anything unpacks it: a zip bomb is refused, not opened.

Backups and spreadsheets (XLSX and ODS are zips) both use it. A zip's
directory says how large each member is; :func:`declared_too_large` checks
what it says, and :func:`inflates_too_large` inflates the members without
keeping them, stopping at the limit, for a directory that lies.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

_CHUNK = 256 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, then the name's and the extra field's lengths
_LOCAL_SIGNATURE = b"PK\x03\x04"
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def declared_too_large(infos: list[zipfile.ZipInfo], *, max_bytes: int, max_ratio: int) -> bool:
    """Whether the members together say they unpack to more than ``max_bytes``, or more than
    ``max_ratio`` times their packed size."""
    declared = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    return declared > max_bytes or declared > max_ratio * max(packed, 1)


def inflates_too_large(data: bytes, infos: list[zipfile.ZipInfo], *, max_bytes: int) -> bool:
    """Whether the members really unpack to more than ``max_bytes`` (at most that much is inflated,
    a piece at a time, and nothing is kept). Raises ``zipfile.BadZipFile`` for a damaged zip."""
    left = max_bytes
    for info in infos:
        left -= _inflated_size(data, info, left)
        if left < 0:
            return True
    return False


def _inflated_size(data: bytes, info: zipfile.ZipInfo, limit: int) -> int:
    """The member's unpacked size, or just over ``limit`` once it passes it."""
    signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, info.header_offset)
    if signature != _LOCAL_SIGNATURE or info.compress_type not in METHODS:
        raise zipfile.BadZipFile
    start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
    packed = memoryview(data)[start:start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        return len(packed)
    inflater, size = zlib.decompressobj(-zlib.MAX_WBITS), 0
    for offset in range(0, len(packed), _CHUNK):
        pending = bytes(packed[offset:offset + _CHUNK])
        while pending and not inflater.eof:
            size += len(inflater.decompress(pending, _CHUNK))
            if size > limit:
                return size
            pending = inflater.unconsumed_tail
        if inflater.eof:
            break
    return size
