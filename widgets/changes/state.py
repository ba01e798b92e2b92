"""What the person has chosen on the page (filters, open card, support being edited); kept across re-renders."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.improvement import PreventionLevel
from workshop.model import Area


@dataclass
class ViewState:
    area: Area | None = None
    level: PreventionLevel | None = None
    words: str = ""
    open_entry: str | None = None
    editing_support: int | None = None
