"""The needs a support map is read against: from step 1's inventory, and those the team typed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.errors import DuplicateName
from workshop.i18n import _
from workshop.inventory import target_group_needs
from workshop.store import Store
from workshop.store.records import next_position, owned_row, set_removed, team_must_exist
from workshop.store.tables.changes import NEED_LENGTH, SupportNeedRow
from workshop.support_map.keys import (
    NeedKind,
    category_label,
    category_names,
    need_key,
    parse_need_key,
    typed_key,
)
from workshop.support_map.model import Need, TeamNeeds
from workshop.validation import clean_text, name_key


def _inventory_needs(store: Store, team_id: int) -> tuple[Need, ...]:
    """The target group's reasons for the case in step 1's latest inventory, in the page's language.

    Age bands describe who is in the target group and insatser are support it already gets: neither is a need.
    """
    needs = target_group_needs(store, team_id)
    if needs is None:
        return ()
    return tuple(Need(need_key(NeedKind.REASON, category.key), category_label(NeedKind.REASON, category.key))
                 for category in needs.reason_groups)


def _typed_rows(session: Session, team_id: int) -> list[SupportNeedRow]:
    """The team's typed needs, removed ones too (a support may still cover them)."""
    return list(session.scalars(select(SupportNeedRow).where(SupportNeedRow.team_id == team_id)
                                .order_by(SupportNeedRow.position, SupportNeedRow.id)))


def _typed_needs(store: Store, team_id: int) -> tuple[Need, ...]:
    with store.reading() as session:
        return tuple(Need(typed_key(row.id), row.label, row.id)
                     for row in _typed_rows(session, team_id) if row.removed_at is None)


def team_needs(store: Store, team_id: int) -> TeamNeeds:
    """The needs the inventory shows first, then those the team typed (an inventory never shows, e.g., debts).

    A typed need named like an inventory category in either language is that category: it is listed once, and a
    support that covers the typed need covers the category.
    """
    inventory = _inventory_needs(store, team_id)
    names = {name: need.key for need in inventory for name in category_names(*parse_need_key(need.key))}
    typed, aliases = [], {}
    for need in _typed_needs(store, team_id):
        same = names.get(name_key(need.label))
        if same is None:
            typed.append(need)
        else:
            aliases[need.key] = same
    return TeamNeeds((*inventory, *typed), from_inventory=bool(inventory), aliases=aliases)


def need_missing() -> str:
    return _("The need does not exist (it may have been removed).")


def add_team_need(store: Store, team_id: int, label: str, *, actor: str) -> Need:
    """Add a typed need; a need removed earlier under the same name comes back, with the supports that cover it."""
    label = clean_text(label, field="need", label=_("Need"), max_length=NEED_LENGTH)
    with store.writing(actor) as session:
        team_must_exist(session, team_id)
        row = next((row for row in _typed_rows(session, team_id) if name_key(row.label) == name_key(label)), None)
        if row is None:
            row = SupportNeedRow(team_id=team_id, label=label, position=next_position(session, SupportNeedRow, team_id))
            session.add(row)
        elif row.removed_at is None:
            raise DuplicateName(_("The need “{label}” is already in the list.").format(label=label), field="need")
        else:
            set_removed(row, False, expected_version=row.version)
            row.label = label
        session.flush()
        return Need(typed_key(row.id), row.label, row.id)


def remove_team_need(store: Store, team_id: int, need_id: int, *, actor: str) -> None:
    """Remove a typed need from the list; supports keep its key, so adding it again restores the column."""
    with store.writing(actor) as session:
        row = owned_row(session, SupportNeedRow, team_id, need_id, missing=need_missing(), for_update=True)
        set_removed(row, True, expected_version=row.version)


def owned_typed_ids(session: Session, team_id: int, ids: set[int]) -> set[int]:
    """Those of ``ids`` that are typed needs of this team (removed ones included)."""
    if not ids:
        return set()
    return set(session.scalars(select(SupportNeedRow.id).where(SupportNeedRow.team_id == team_id,
                                                               SupportNeedRow.id.in_(ids))))
