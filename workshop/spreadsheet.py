"""Cells that spreadsheets show as text: a typed text never runs as a formula.

See docs/integritet.md, "Text the team types"."""

from __future__ import annotations

# A leading =, +, - or @ starts a formula in Excel, LibreOffice and Google Sheets; a tab or carriage
# return before one is skipped by some of them, so those are neutralised too.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: str) -> str:
    """The text with a leading apostrophe when a spreadsheet would otherwise read it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
