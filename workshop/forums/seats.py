"""The forum's table as a person types it: one line per person, "Organisation – role"."""

from __future__ import annotations

import re

from workshop.forums.model import Seat

_SEPARATOR = re.compile(r"\s[–-]\s|;")
"""A dash with spaces around it (organisation names hold dashes without), or a semicolon."""


def parse_seats(text: str) -> tuple[Seat, ...]:
    """Each non-empty line as a seat: organisation, then the role after the first separator (if any)."""
    seats = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        organisation, _separator, role = (part.strip() for part in _split(line))
        seats.append(Seat(organisation, role))
    return tuple(seats)


def _split(line: str) -> tuple[str, str, str]:
    match = _SEPARATOR.search(line)
    if match is None:
        return line, "", ""
    return line[:match.start()], match.group(), line[match.end():]


def seats_text(seats: tuple[Seat, ...]) -> str:
    return "\n".join(f"{seat.organisation} – {seat.role}" if seat.role else seat.organisation for seat in seats)
