"""Step 2, "Mål och mått": purpose, aim statement, measures and the driver diagram."""

from widgets.aims.page import aims_page

__all__ = ["aims_page"]
