"""Step 3 – Förändringar: knowledge catalog, support map, prevention-level overview."""

from widgets.changes.page import changes_page

__all__ = ["changes_page"]
