"""Saving and reading a team's inventories: counts only, all of an inventory or nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import attrgetter

from sqlalchemy import select

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.inventory.mapping import ColumnMapping
from workshop.inventory.summary import Inventory
from workshop.inventory.target import TargetFilters, TargetGroup
from workshop.store import Store, save_versioned
from workshop.store.tables import TeamRow
from workshop.store.tables.inventory import (
    CATEGORY_LENGTH,
    InventoryCountRow,
    InventoryNotesRow,
    InventoryProfileRow,
    InventoryRow,
)
from workshop.validation import clean_text

MAX_NOTES_LENGTH = 4000
CATEGORIES = "categories"
"""The profile's key for the team's category choices, beside the roles' keys."""


@dataclass(frozen=True)
class InventoryListing:
    """A saved inventory as listed: when, from what, how many, and its target group."""

    id: int
    inventory_date: dt.date
    source: str
    total: int
    target: TargetGroup | None


@dataclass(frozen=True)
class SavedInventory:
    id: int
    inventory: Inventory
    target: TargetGroup | None


@dataclass(frozen=True)
class SavedCounts:
    """The counts of some dimensions of a saved inventory, as stored: what later steps read, without pandas."""

    id: int
    inventory_date: dt.date
    target: TargetGroup | None
    counts: dict[str, dict[str, int]]
    """Dimension -> category -> count, in saving order (categories with equal counts keep it)."""


@dataclass(frozen=True)
class InventoryNotes:
    expectations: str = ""
    notes: str = ""
    version: int = 0
    """0 until first saved."""


def _require_team(session, team_id: int) -> None:
    if session.get(TeamRow, team_id) is None:
        raise NotFound(_("The team does not exist (it may have been removed)."))


def _check_target(inventory: Inventory, target: TargetFilters | None, target_count: int | None) -> None:
    if target is None:
        return
    if target_count is None or not 0 <= target_count <= inventory.total:
        raise InvalidInput(_("The number in the target group must be between 0 and the total ({total}).").format(
            total=inventory.total), field="target_count")


def save_inventory(store: Store, team_id: int, inventory: Inventory, *, target: TargetFilters | None = None,
                   target_count: int | None = None, actor: str) -> int:
    """Store the inventory's counts and chosen target group in one transaction; its id."""
    if inventory.total <= 0:
        raise InvalidInput(_("The inventory has no clients to save. Check the file or the numbers typed."),
                           field="total")
    if inventory.inventory_date > dt.date.today():
        raise InvalidInput(_("The inventory date cannot be in the future."), field="inventory_date")
    _check_target(inventory, target, target_count)
    counts = inventory.to_counts()
    if any(len(category) > CATEGORY_LENGTH for _dimension, category, _sub, _count in counts):
        raise InvalidInput(_("A category name is too long to save."), field="file")
    with store.writing(actor) as session:
        _require_team(session, team_id)
        row = InventoryRow(
            team_id=team_id, inventory_date=inventory.inventory_date, source=inventory.source,
            excluded=inventory.excluded, age_edges=list(inventory.age_edges),
            target_filters=target.as_dict() if target is not None else None,
            target_count=target_count if target is not None else None,
            counts=[InventoryCountRow(team_id=team_id, dimension=dimension, category=category,
                                      subcategory=subcategory, count=count)
                    for dimension, category, subcategory, count in counts],
        )
        session.add(row)
        session.flush()
        return row.id


def _target(row: InventoryRow) -> TargetGroup | None:
    if row.target_filters is None or row.target_count is None:  # the filters and the count are saved together
        return None
    return TargetGroup(row.id, row.inventory_date, TargetFilters.from_dict(row.target_filters), row.target_count)


def _totals(session, team_id: int) -> dict[int, int]:
    from sqlalchemy import func

    query = (select(InventoryCountRow.inventory_id, func.sum(InventoryCountRow.count))
             .where(InventoryCountRow.team_id == team_id, InventoryCountRow.dimension == "age_sex")
             .group_by(InventoryCountRow.inventory_id))
    return dict(session.execute(query).all())


def _newest_first(team_id: int):
    return (select(InventoryRow).where(InventoryRow.team_id == team_id)
            .order_by(InventoryRow.inventory_date.desc(), InventoryRow.id.desc()))


def list_inventories(store: Store, team_id: int) -> list[InventoryListing]:
    """The team's saved inventories, newest first."""
    with store.reading() as session:
        rows = session.scalars(_newest_first(team_id)).all()
        totals = _totals(session, team_id)
        return [InventoryListing(row.id, row.inventory_date, row.source, int(totals.get(row.id, 0)), _target(row))
                for row in rows]


def get_inventory(store: Store, team_id: int, inventory_id: int) -> SavedInventory:
    with store.reading() as session:
        row = session.get(InventoryRow, inventory_id)
        if row is None or row.team_id != team_id:
            raise NotFound(_("The inventory does not exist (it may have been removed)."))
        # In saving order, so categories with equal counts keep their order.
        counts = [(c.dimension, c.category, c.subcategory, c.count)
                  for c in sorted(row.counts, key=attrgetter("id"))]
        inventory = Inventory.from_counts(counts, inventory_date=row.inventory_date, excluded=row.excluded,
                                          source=row.source, age_edges=tuple(row.age_edges))
        return SavedInventory(row.id, inventory, _target(row))


def latest_counts(store: Store, team_id: int, dimensions: tuple[str, ...]) -> SavedCounts | None:
    """The team's latest inventory in ``dimensions`` (one-dimensional ones: the subcategory is left out)."""
    with store.reading() as session:
        row = session.scalars(_newest_first(team_id).limit(1)).first()
        if row is None:
            return None
        counts: dict[str, dict[str, int]] = {dimension: {} for dimension in dimensions}
        for count in sorted(row.counts, key=attrgetter("id")):
            if count.dimension in counts:
                counts[count.dimension][count.category] = count.count
        return SavedCounts(row.id, row.inventory_date, _target(row), counts)


def latest_inventory(store: Store, team_id: int) -> SavedInventory | None:
    with store.reading() as session:
        newest = session.scalars(_newest_first(team_id).limit(1)).first()
    return None if newest is None else get_inventory(store, team_id, newest.id)


def save_mapping_profile(store: Store, team_id: int, mapping: ColumnMapping, *, actor: str) -> None:
    """Keep the confirmed column roles and category choices for the team's next import (column names only)."""
    from workshop.inventory.cases import safe_label

    roles: dict[str, list[str] | dict[str, str]] = {
        role: [safe_label(column) for column in columns] for role, columns in mapping.as_dict().items()
    }
    if mapping.categories:
        roles[CATEGORIES] = dict(mapping.categories)  # one-way keys: the values themselves are never kept
    save_versioned(store, actor, check=lambda session: _require_team(session, team_id),
                   find=lambda session: session.get(InventoryProfileRow, team_id, with_for_update=True),
                   create=lambda: InventoryProfileRow(team_id=team_id, version=0),
                   expected_version=None, values={"roles": roles}, result=lambda _row: None)


def load_mapping_profile(store: Store, team_id: int) -> ColumnMapping | None:
    with store.reading() as session:
        row = session.get(InventoryProfileRow, team_id)
        return None if row is None else ColumnMapping.from_dict(row.roles, row.roles.get(CATEGORIES))


def get_notes(store: Store, team_id: int) -> InventoryNotes:
    with store.reading() as session:
        row = session.get(InventoryNotesRow, team_id)
        return InventoryNotes() if row is None else InventoryNotes(row.expectations, row.notes, row.version)


def _clean_notes(value: str, *, field: str, label: str) -> str:
    """Spacing tidied; line breaks kept, since notes are paragraphs, not names."""
    text = "\n".join(" ".join(line.split()) for line in (value or "").splitlines()).strip()
    clean_text(text.replace("\n", " "), field=field, label=label, required=False, max_length=MAX_NOTES_LENGTH)
    return text


def save_notes(store: Store, team_id: int, notes: InventoryNotes, *, actor: str) -> InventoryNotes:
    """Save expectations and notes; ``notes.version`` is the version the person started from."""
    expectations = _clean_notes(notes.expectations, field="expectations", label=_("Expectations"))
    text = _clean_notes(notes.notes, field="notes", label=_("Notes"))
    return save_versioned(store, actor, check=lambda session: _require_team(session, team_id),
                          find=lambda session: session.get(InventoryNotesRow, team_id, with_for_update=True),
                          create=lambda: InventoryNotesRow(team_id=team_id, version=0),
                          expected_version=notes.version, values={"expectations": expectations, "notes": text},
                          result=lambda row: InventoryNotes(row.expectations, row.notes, row.version))
