"""The needs a support map is read against: from step 1's inventory, and those the team typed."""

from __future__ import annotations

from sqlalchemy import select

from workshop.errors import DuplicateName
from workshop.i18n import _
from workshop.improvement.rows import next_position, owned_row, set_removed, team_must_exist
from workshop.inventory import target_group_needs
from workshop.store import Store
from workshop.store.tables.changes import NEED_LENGTH, SupportNeedRow
from workshop.support_map.model import Need, TeamNeeds
from workshop.validation import clean_text, name_key


def _inventory_labels(store: Store, team_id: int) -> list[str]:
    """Reason groups, age bands and insatser present in step 1's latest inventory, in the page's language."""
    needs = target_group_needs(store, team_id)
    if needs is None:
        return []
    categories = (*needs.reason_groups, *needs.age_bands, *needs.insatser)
    return list(dict.fromkeys(category.label for category in categories))


def _typed_needs(store: Store, team_id: int) -> tuple[Need, ...]:
    with store.reading() as session:
        rows = session.scalars(select(SupportNeedRow).where(SupportNeedRow.team_id == team_id,
                                                            SupportNeedRow.removed_at.is_(None))
                               .order_by(SupportNeedRow.position, SupportNeedRow.id))
        return tuple(Need(row.label, row.id) for row in rows)


def team_needs(store: Store, team_id: int) -> TeamNeeds:
    """The needs the inventory shows first, then those the team typed (an export never shows, e.g., debts)."""
    from_inventory = tuple(Need(label) for label in _inventory_labels(store, team_id))
    known = {name_key(need.label) for need in from_inventory}
    typed = tuple(need for need in _typed_needs(store, team_id) if name_key(need.label) not in known)
    return TeamNeeds(from_inventory + typed, from_inventory=bool(from_inventory))


def need_missing() -> str:
    return _("The need does not exist (it may have been removed).")


def add_team_need(store: Store, team_id: int, label: str, *, actor: str) -> Need:
    label = clean_text(label, field="need", label=_("Need"), max_length=NEED_LENGTH)
    if name_key(label) in {name_key(need.label) for need in _typed_needs(store, team_id)}:
        raise DuplicateName(_("The need “{label}” is already in the list.").format(label=label), field="need")
    with store.writing(actor) as session:
        team_must_exist(session, team_id)
        row = SupportNeedRow(team_id=team_id, label=label, position=next_position(session, SupportNeedRow, team_id))
        session.add(row)
        session.flush()
        return Need(row.label, row.id)


def remove_team_need(store: Store, team_id: int, need_id: int, *, actor: str) -> None:
    """Remove a typed need; supports keep the need in their list, so adding it again restores the column."""
    with store.writing(actor) as session:
        row = owned_row(session, SupportNeedRow, team_id, need_id, missing=need_missing(), for_update=True)
        set_removed(row, True, expected_version=row.version)
