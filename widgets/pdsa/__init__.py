"""Step 4 – PGSA: cycle worksheets, ramps per change idea, nudges, timeline and learning log."""

from widgets.pdsa.page import pdsa_page

__all__ = ["pdsa_page"]
