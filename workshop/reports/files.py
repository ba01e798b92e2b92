"""A generated document as bytes with the name and type a browser needs to save it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MEDIA_TYPES = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html;charset=utf-8",
    "zip": "application/zip",
}


@dataclass(frozen=True)
class GeneratedFile:
    filename: str
    media_type: str
    content: bytes = b""

    @property
    def size(self) -> int:
        return len(self.content)


def slug(text: str) -> str:
    """ASCII, lower case, hyphens: "Fiktiva Åby – tidigt stöd" -> "fiktiva-aby-tidigt-stod"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].rstrip("-") or "team"


def file_name(kind: str, team_name: str, period_slug: str, extension: str) -> str:
    parts = [kind, slug(team_name), period_slug]
    return "-".join(part for part in parts if part) + "." + extension


def generated(kind: str, team_name: str, period_slug: str, extension: str, content: bytes) -> GeneratedFile:
    return GeneratedFile(file_name(kind, team_name, period_slug, extension), MEDIA_TYPES[extension], content)
