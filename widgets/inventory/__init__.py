"""Step 1: the target-group inventory page."""

from widgets.inventory.page import inventory_page

__all__ = ["inventory_page"]
