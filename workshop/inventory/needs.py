"""What later steps read from the latest inventory: the target group and the needs it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.inventory.bands import age_label
from workshop.inventory.reasons import ReasonGroup
from workshop.inventory.storage import latest_inventory
from workshop.inventory.target import TargetGroup
from workshop.store import Store


@dataclass(frozen=True)
class NeedCategory:
    key: str
    """Stable key: a ReasonGroup value, an age band such as ``"18-24"``, or an insats name."""
    count: int

    @property
    def label(self) -> str:
        """Readable name in the current language."""
        if self.key in ReasonGroup._value2member_map_:
            return ReasonGroup(self.key).label
        if self.key[:1].isdigit():
            return age_label(self.key)
        return self.key


@dataclass(frozen=True)
class TargetGroupNeeds:
    """What the support map reads from the team's latest inventory, largest first."""

    inventory_id: int
    inventory_date: dt.date
    target: TargetGroup | None
    reason_groups: tuple[NeedCategory, ...]
    """The target group's reasons for the case: its needs. Counted over the target group when it was chosen over
    the cases; else the reasons it was chosen by; else, with no narrower choice, those of the whole inventory."""
    insatser: tuple[NeedCategory, ...]
    """The insatser the clients have now: support that exists, not a need."""


def current_target_group(store: Store, team_id: int) -> TargetGroup | None:
    """The target group chosen in the team's latest saved inventory (None if none was chosen there)."""
    latest = latest_inventory(store, team_id)
    return None if latest is None else latest.target


def _present(series, *, skip: tuple[str, ...] = ()) -> tuple[NeedCategory, ...]:
    ordered = series[series > 0].sort_values(ascending=False, kind="stable")
    return tuple(NeedCategory(str(key), int(count)) for key, count in ordered.items() if key not in skip)


def _target_reasons(inventory, target: TargetGroup | None):
    if inventory.target_by_reason is not None:
        return inventory.target_by_reason
    chosen = target.filters.reason_groups if target is not None else ()
    return inventory.by_reason[list(chosen)] if chosen else inventory.by_reason


def target_group_needs(store: Store, team_id: int) -> TargetGroupNeeds | None:
    latest = latest_inventory(store, team_id)
    if latest is None:
        return None
    inventory = latest.inventory
    return TargetGroupNeeds(
        inventory_id=latest.id,
        inventory_date=inventory.inventory_date,
        target=latest.target,
        reason_groups=_present(_target_reasons(inventory, latest.target), skip=(ReasonGroup.NOT_STATED.value,)),
        insatser=_present(inventory.by_insats),
    )
