"""The team's supports: add, change, remove (softly) and list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlalchemy.orm import Session

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.store import Store
from workshop.store.records import TeamRecords
from workshop.store.tables.changes import SupportRow
from workshop.support_map.keys import parse_need_key, typed_id
from workshop.support_map.model import Support, SupportDetails
from workshop.support_map.needs import need_missing, owned_typed_ids
from workshop.support_map.records import SUPPORT
from workshop.validation import name_key


def _need_keys(values: Iterable[str]) -> tuple[str, ...]:
    """Each key checked, once, in the order given."""
    for value in values:
        parse_need_key(value)
    return tuple(dict.fromkeys(values))


def _typed_needs_must_be_the_teams(session: Session, team_id: int, keys: tuple[str, ...]) -> None:
    ids = {need_id for need_id in map(typed_id, keys) if need_id is not None}
    if ids - owned_typed_ids(session, team_id, ids):
        raise InvalidInput(need_missing(), field="needs")


def clean_support(details: SupportDetails) -> SupportDetails:
    """``details`` tidied and checked, or :class:`InvalidInput` naming the field to fix."""
    return replace(SUPPORT.clean(details), needs=_need_keys(details.needs))


def _apply(row: SupportRow, details: SupportDetails) -> None:
    SUPPORT.write(row, details)
    row.need_keys = list(details.needs)


def support_missing() -> str:
    return _("The support does not exist (it may have been removed).")


_SUPPORTS = TeamRecords(SupportRow, SUPPORT, Support, support_missing,
                        others=lambda row: {"needs": tuple(row.need_keys)})


def _writer(team_id: int, details: SupportDetails) -> Callable[[Session, SupportRow], None]:
    def write(session: Session, row: SupportRow) -> None:
        _typed_needs_must_be_the_teams(session, team_id, details.needs)
        _apply(row, details)

    return write


def add_support(store: Store, team_id: int, details: SupportDetails, *, actor: str) -> Support:
    details = clean_support(details)
    return _SUPPORTS.add(store, team_id, _writer(team_id, details), actor=actor)


def update_support(store: Store, team_id: int, support_id: int, details: SupportDetails, *,
                   expected_version: int, actor: str) -> Support:
    details = clean_support(details)
    return _SUPPORTS.update(store, team_id, support_id, _writer(team_id, details),
                            expected_version=expected_version, actor=actor)


def set_support_removed(store: Store, team_id: int, support_id: int, removed: bool, *,
                        expected_version: int, actor: str) -> Support:
    """Remove a support from the map, or undo the removal."""
    return _SUPPORTS.set_removed(store, team_id, support_id, removed, expected_version=expected_version,
                                 actor=actor)


def list_supports(store: Store, team_id: int, *, include_removed: bool = False) -> list[Support]:
    return _SUPPORTS.list(store, team_id, include_removed=include_removed)


def insatser_not_on_the_map(store: Store, team_id: int) -> tuple[str, ...]:
    """The insatser step 1's latest inventory shows the clients have now that the map does not list as supports
    yet: support that exists, to be put on the map (never a need)."""
    from workshop.inventory import target_group_needs

    found = target_group_needs(store, team_id)
    if found is None:
        return ()
    listed = {name_key(support.name) for support in list_supports(store, team_id)}
    return tuple(insats.key for insats in found.insatser if name_key(insats.key) not in listed)
