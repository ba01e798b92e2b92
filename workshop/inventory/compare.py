"""Two inventories side by side: counts and shares per category."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import _
from workshop.inventory.storage import SavedInventory, get_inventory
from workshop.store import Store

DIMENSIONS = ("by_age_band", "by_sex", "by_reason", "by_duration", "by_insats")


def dimension_title(dimension: str) -> str:
    return {
        "by_age_band": _("Age"),
        "by_sex": _("Sex"),
        "by_reason": _("Reason (main group)"),
        "by_duration": _("Time since case opening"),
        "by_insats": _("Ongoing insatser"),
        "inflow_by_month": _("New cases per month"),
    }[dimension]


@dataclass(frozen=True)
class Comparison:
    first: SavedInventory
    second: SavedInventory
    tables: dict
    """Dimension → DataFrame with columns ``first``, ``first_share``, ``second``, ``second_share``, ``change``."""


def _side_by_side(first, second, first_total: int, second_total: int):
    import pandas as pd

    table = pd.concat([first.rename("first"), second.rename("second")], axis=1).fillna(0).astype("int64")
    table["first_share"] = table["first"] / first_total if first_total else 0.0
    table["second_share"] = table["second"] / second_total if second_total else 0.0
    table["change"] = table["second"] - table["first"]
    return table[["first", "first_share", "second", "second_share", "change"]]


def compare_inventories(store: Store, team_id: int, first_id: int, second_id: int) -> Comparison:
    """The earlier-chosen inventory ``first`` against ``second``, per dimension."""
    first, second = get_inventory(store, team_id, first_id), get_inventory(store, team_id, second_id)
    tables = {dimension: _side_by_side(getattr(first.inventory, dimension), getattr(second.inventory, dimension),
                                       first.inventory.total, second.inventory.total)
              for dimension in DIMENSIONS}
    return Comparison(first, second, tables)
