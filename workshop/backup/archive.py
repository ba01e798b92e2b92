"""Packing a backup's two members into a zip, and unpacking one without trusting it.

A zip says how large its members are, but it can lie: every member is read in
bounded pieces, and reading stops as soon as it passes the declared size or
the limit, so a zip bomb never fills the memory.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from workshop.backup import refusals
from workshop.backup.format import (
    MANIFEST,
    MAX_FILE_MB,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
    MEMBERS,
)
from workshop.zipsize import METHODS, declared_too_large

_CHUNK = 64 * 1024
_ENCRYPTED_FLAG = 0x1


def pack(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def unpack(content: bytes) -> dict[str, bytes]:
    """The members of a backup file by name, or a refusal (damaged, foreign, too large)."""
    if len(content) > MAX_FILE_MB * 1024 * 1024:
        raise refusals.too_large(MAX_FILE_MB)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = _checked_infos(archive)
            return {info.filename: _bounded_read(archive, info) for info in infos}
    except zipfile.BadZipFile:
        if content[:2] != b"PK":
            raise refusals.not_a_backup() from None
        raise refusals.damaged() from None
    except (EOFError, zlib.error, OSError, ValueError, NotImplementedError):
        raise refusals.damaged() from None


def _checked_infos(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if sorted(info.filename for info in infos) != sorted(MEMBERS):
        raise refusals.not_a_backup()
    if any(info.flag_bits & _ENCRYPTED_FLAG or info.compress_type not in METHODS for info in infos):
        raise refusals.not_a_backup()
    if declared_too_large(infos, max_bytes=MAX_UNPACKED_BYTES, max_ratio=MAX_RATIO):
        raise refusals.unpacks_too_large()
    return infos


def _bounded_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = min(info.file_size, MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_UNPACKED_BYTES)
    if info.file_size > limit:
        raise refusals.unpacks_too_large()
    pieces, size = [], 0
    with archive.open(info) as member:
        while piece := member.read(_CHUNK):
            size += len(piece)
            if size > limit:
                raise refusals.unpacks_too_large()
            pieces.append(piece)
    return b"".join(pieces)
