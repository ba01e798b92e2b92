"""Step 1, the target-group inventory: read an export safely, count, choose the target group, keep counts.

Importing this package stays light (no pandas): the reader and the counting
modules load when first used.

>>> export = read_export("export.csv")           # identity numbers and names already removed
>>> inventory = export.summarize()               # counts only
>>> save_inventory(store, team_id, inventory, target=TargetFilters(18, 24), target_count=120, actor="team:1")
>>> current_target_group(store, team_id).description
'18–24 år'
"""

from __future__ import annotations

from workshop.inventory.compare import Comparison, compare_inventories
from workshop.inventory.export import DroppedColumn, DropReason, Export
from workshop.inventory.files import MAX_FILE_BYTES, MAX_FILE_MB, upload_limit_mb
from workshop.inventory.mapping import ColumnMapping, Role, guess_mapping
from workshop.inventory.needs import NeedCategory, TargetGroupNeeds, current_target_group, target_group_needs
from workshop.inventory.storage import (
    InventoryListing,
    InventoryNotes,
    SavedInventory,
    get_inventory,
    get_notes,
    latest_inventory,
    list_inventories,
    load_mapping_profile,
    save_inventory,
    save_mapping_profile,
    save_notes,
)
from workshop.inventory.target import InsatsFilter, TargetFilters, TargetGroup


def read_export(source, filename: str | None = None, **options) -> Export:
    """Read a case-management export (path or bytes); see :func:`workshop.inventory.reading.read_export`."""
    from workshop.inventory.reading import read_export as read

    return read(source, filename, **options)


def manual_inventory(inventory_date, **counts):
    """An inventory from typed counts; see :func:`workshop.inventory.manual.manual_inventory`."""
    from workshop.inventory.manual import manual_inventory as build

    return build(inventory_date, **counts)


def seed_inventory_demo(store, team_id: int):
    """Store the demo inventory with unga vuxna as target group; see :mod:`workshop.inventory.demo`."""
    from workshop.inventory.demo import seed_inventory_demo as seed

    return seed(store, team_id)


__all__ = [
    "MAX_FILE_BYTES", "MAX_FILE_MB", "ColumnMapping", "Comparison", "DropReason", "DroppedColumn", "Export",
    "InsatsFilter", "InventoryListing", "InventoryNotes", "NeedCategory", "Role", "SavedInventory",
    "TargetFilters", "TargetGroup", "TargetGroupNeeds", "compare_inventories", "current_target_group",
    "get_inventory", "get_notes", "guess_mapping", "latest_inventory", "list_inventories",
    "load_mapping_profile", "manual_inventory", "read_export", "save_inventory", "save_mapping_profile",
    "save_notes", "seed_inventory_demo", "target_group_needs", "upload_limit_mb",
]
