"""What later steps read from the latest inventory: the target group and the needs it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.inventory.bands import UNKNOWN, age_label
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
    """Categories present (count above zero) in the team's latest inventory, largest first."""

    inventory_id: int
    inventory_date: dt.date
    reason_groups: tuple[NeedCategory, ...]
    age_bands: tuple[NeedCategory, ...]
    insatser: tuple[NeedCategory, ...]


def current_target_group(store: Store, team_id: int) -> TargetGroup | None:
    """The target group chosen in the team's latest saved inventory (None if none was chosen there)."""
    latest = latest_inventory(store, team_id)
    return None if latest is None else latest.target


def _present(series, *, skip: tuple[str, ...] = ()) -> tuple[NeedCategory, ...]:
    ordered = series[series > 0].sort_values(ascending=False, kind="stable")
    return tuple(NeedCategory(str(key), int(count)) for key, count in ordered.items() if key not in skip)


def target_group_needs(store: Store, team_id: int) -> TargetGroupNeeds | None:
    latest = latest_inventory(store, team_id)
    if latest is None:
        return None
    inventory = latest.inventory
    return TargetGroupNeeds(
        inventory_id=latest.id,
        inventory_date=inventory.inventory_date,
        reason_groups=_present(inventory.by_reason, skip=(ReasonGroup.NOT_STATED.value,)),
        age_bands=_present(inventory.by_age_band, skip=(UNKNOWN,)),
        insatser=_present(inventory.by_insats),
    )
