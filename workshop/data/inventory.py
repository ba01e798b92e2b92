"""Frames of a team's saved inventories (step 1): counts only, masked as in every shared output unless the
team reads its own counts (docs/integritet.md, "Suppression")."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pandas as pd

from workshop.data.frames import schema, timestamp
from workshop.i18n import format_number
from workshop.inventory import SavedInventory, get_inventory, list_inventories
from workshop.inventory.bands import age_label, duration_label
from workshop.inventory.dimensions import (
    AGE_SEX,
    DURATION,
    INFLOW,
    INSATS,
    REASON,
    REASON_GROUP,
    TARGET_REASON_GROUP,
    WITHOUT_INSATS,
)
from workshop.inventory.reasons import ReasonGroup
from workshop.inventory.summary import AgeSexTable, Inventory
from workshop.store import Store
from workshop.suppression import is_masked, suppress_counts, suppress_frame

_INVENTORY = (("inventory_id", "int64"), ("inventory_date", "datetime64[ns]"))
INVENTORIES = schema(
    *_INVENTORY, ("source", "string"), ("target_group", "string"), ("total", "Int64"), ("total_shown", "string"),
    ("target_count", "Int64"), ("target_count_shown", "string"),
)
COUNTS = schema(
    *_INVENTORY, ("dimension", "string"), ("category", "string"), ("category_label", "string"),
    ("subcategory", "string"), ("count", "Int64"), ("shown", "string"),
)

_LABELS: dict[str, Callable[[str], str]] = {
    AGE_SEX: age_label, DURATION: duration_label,
    REASON_GROUP: lambda key: ReasonGroup(key).label, TARGET_REASON_GROUP: lambda key: ReasonGroup(key).label,
}


def _count(count: int, shown: str) -> dict[str, Any]:
    """A count and its text: a masked count is <NA>, so no sum or chart can bring it back."""
    return {"count": None if is_masked(shown) else int(count), "shown": shown}


def _shown_one(count: int, masked: bool) -> str:
    return suppress_counts({"": count})[1] if masked else format_number(count)


def _one_dimension(counts: Mapping[str, int], masked: bool) -> Iterator[tuple[str, str, dict[str, Any]]]:
    shown = suppress_counts(counts)[0] if masked and counts else {key: format_number(n) for key, n in counts.items()}
    for key, count in counts.items():
        yield key, "", _count(count, shown[key])


def _age_sex(table: AgeSexTable, masked: bool) -> Iterator[tuple[str, str, dict[str, Any]]]:
    frame = pd.DataFrame(list(table.counts), index=list(table.bands), columns=list(table.sexes))
    shown = suppress_frame(frame) if masked else frame.map(format_number)
    for band, sex, count in table.cells():
        yield band, sex, _count(count, str(shown.loc[band, sex]))


def _cells(inventory: Inventory, masked: bool) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(dimension, category, subcategory, count) of every count, each dimension masked as one table."""
    for category, subcategory, count in _age_sex(inventory.by_age_sex, masked):
        yield AGE_SEX, category, subcategory, count
    one_dimensional = [(REASON_GROUP, inventory.by_reason), (REASON, inventory.by_reason_text),
                       (DURATION, inventory.by_duration), (INSATS, inventory.by_insats),
                       (INFLOW, inventory.inflow_by_month)]
    if inventory.target_by_reason is not None:
        one_dimensional.append((TARGET_REASON_GROUP, inventory.target_by_reason))
    for dimension, counts in one_dimensional:
        for category, subcategory, count in _one_dimension(counts, masked):
            yield dimension, category, subcategory, count
    if inventory.without_insats is not None:
        yield WITHOUT_INSATS, "", "", _count(inventory.without_insats,
                                             _shown_one(inventory.without_insats, masked))


def saved_inventories(store: Store, team_id: int) -> list[SavedInventory]:
    """The team's inventories, newest first."""
    return [get_inventory(store, team_id, listing.id) for listing in list_inventories(store, team_id)]


def _named_count(name: str, count: int | None, masked: bool) -> dict[str, Any]:
    """``{name: count, name_shown: text}``; both missing when there is no count."""
    if count is None:
        return {name: None, f"{name}_shown": None}
    shown = _count(count, _shown_one(count, masked))
    return {name: shown["count"], f"{name}_shown": shown["shown"]}


def inventory_rows(saved: list[SavedInventory], masked: bool) -> list[dict[str, Any]]:
    return [{"inventory_id": one.id, "inventory_date": timestamp(one.inventory.inventory_date),
             "source": one.inventory.source, "target_group": one.target.description if one.target else None,
             **_named_count("total", one.inventory.total, masked),
             **_named_count("target_count", one.target.count if one.target else None, masked)}
            for one in saved]


def count_rows(saved: list[SavedInventory], masked: bool) -> list[dict[str, Any]]:
    return [{"inventory_id": one.id, "inventory_date": timestamp(one.inventory.inventory_date),
             "dimension": dimension, "category": category,
             "category_label": _LABELS.get(dimension, str)(category) if category else "",
             "subcategory": subcategory, **count}
            for one in saved for dimension, category, subcategory, count in _cells(one.inventory, masked)]
