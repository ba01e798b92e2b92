"""Two inventories side by side: counts and shares per category."""

from __future__ import annotations

from collections.abc import Mapping
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
class Compared:
    """One category in both inventories: its count and its share of all clients in each."""

    first: int
    first_share: float
    second: int
    second_share: float

    @property
    def change(self) -> int:
        return self.second - self.first


@dataclass(frozen=True)
class Comparison:
    first: SavedInventory
    second: SavedInventory
    tables: dict[str, dict[str, Compared]]
    """Dimension → category → the category in both; the first inventory's categories first."""


def _side_by_side(first: Mapping[str, int], second: Mapping[str, int], first_total: int,
                  second_total: int) -> dict[str, Compared]:
    def counted(counts: Mapping[str, int], total: int, key: str) -> tuple[int, float]:
        count = counts.get(key, 0)
        return count, count / total if total else 0.0

    return {key: Compared(*counted(first, first_total, key), *counted(second, second_total, key))
            for key in dict.fromkeys([*first, *second])}


def compare_inventories(store: Store, team_id: int, first_id: int, second_id: int) -> Comparison:
    """The earlier-chosen inventory ``first`` against ``second``, per dimension."""
    first, second = get_inventory(store, team_id, first_id), get_inventory(store, team_id, second_id)
    tables = {dimension: _side_by_side(getattr(first.inventory, dimension), getattr(second.inventory, dimension),
                                       first.inventory.total, second.inventory.total)
              for dimension in DIMENSIONS}
    return Comparison(first, second, tables)
