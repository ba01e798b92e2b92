"""Table cells: a number is right-aligned, so its digits line up down the column."""

from __future__ import annotations

import re

# As workshop.i18n.format_number writes them: "1 234", "12,5", "−3", "+2", "45 %"; "<5" hidden; "–" for none.
_NUMBER = re.compile(r"(?:&lt;|[+\-−])?\d[\d\s\u00a0]*(?:,\d+)?(?:[\s\u00a0]?%)?|–")


def cell(markup: str, *, strong: bool = False) -> str:
    """A ``<td>`` of ``markup`` (already made safe), marked ``gk-num`` when it holds a number."""
    number = ' class="gk-num"' if _NUMBER.fullmatch(markup.strip()) else ""
    content = f"<strong>{markup}</strong>" if strong else markup
    return f"<td{number}>{content}</td>"
