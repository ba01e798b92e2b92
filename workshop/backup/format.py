"""The backup file: a zip with ``manifest.json`` (what, when, which version) and ``data.json`` (the rows).

``data.json`` holds ``{table: [row, ...]}`` with ids renumbered 1..n per table,
so a backup's content does not depend on the installation that made it. The
manifest names the format, its version, the database schema's revision and the
SHA-256 of ``data.json``: a file changed after it was made is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum

from workshop.backup import refusals

FORMAT = "genombrottskit-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
MEMBERS = (MANIFEST, DATA)
SUFFIX = ".genombrott.zip"
MEDIA_TYPE = "application/zip"
CONTEXT_ID = 1
"""What a team backup's rows point at outside the file (the team's collaborative) is number 1."""

MAX_FILE_MB = 50
"""The largest backup file read (compressed)."""
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""The most a backup unpacks to; a demo team's backup is well under 1 MB."""
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RATIO = 200
"""Rows of JSON pack about 10:1; far more than this is a zip bomb, not a backup."""


class Kind(StrEnum):
    TEAM = "team"
    COLLABORATIVE = "collaborative"


@dataclass(frozen=True)
class Manifest:
    kind: Kind
    made_at: dt.datetime
    app_version: str
    schema_revision: str
    tables: dict[str, int]
    sha256: str
    format_version: int = FORMAT_VERSION

    def as_json(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "schema_revision": self.schema_revision,
            "kind": self.kind.value,
            "made_at": self.made_at.isoformat(),
            "app_version": self.app_version,
            "tables": self.tables,
            "sha256": self.sha256,
        }

    @classmethod
    def from_json(cls, stored: object) -> Manifest:
        """The manifest of a file, refusing a foreign, newer or malformed one."""
        if not isinstance(stored, dict) or stored.get("format") != FORMAT:
            raise refusals.not_a_backup()
        version = stored.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise refusals.unknown_content(MANIFEST)
        if version > FORMAT_VERSION:
            raise refusals.newer_kit()
        check_revision(stored.get("schema_revision"))
        try:
            return cls(kind=Kind(stored["kind"]), made_at=_aware(dt.datetime.fromisoformat(stored["made_at"])),
                       app_version=_text(stored["app_version"]), schema_revision=stored["schema_revision"],
                       tables=_counts(stored["tables"]), sha256=_text(stored["sha256"]), format_version=version)
        except (KeyError, TypeError, ValueError):
            raise refusals.unknown_content(MANIFEST) from None

    def check_data(self, data: bytes) -> None:
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise refusals.changed_after_made()


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("made_at without a time zone")
    return moment


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or not all(
            isinstance(count, int) and not isinstance(count, bool) and count >= 0 for count in value.values()):
        raise TypeError("not a table of counts")
    return dict(value)


def known_revisions() -> frozenset[str]:
    """Every schema revision this installation can read (its migrations)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from workshop.store.migrate import SCRIPT_LOCATION

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return frozenset(script.revision for script in ScriptDirectory.from_config(config).walk_revisions())


def check_revision(revision: object) -> None:
    """Older schemas are read as long as their columns still fit; an unknown one is from a newer kit."""
    if not isinstance(revision, str):
        raise refusals.unknown_content(MANIFEST)
    if revision not in known_revisions():
        raise refusals.newer_kit()


def file_name(name_slug: str, made_on: dt.date) -> str:
    return f"sakerhetskopia-{name_slug}-{made_on.isoformat()}{SUFFIX}"
