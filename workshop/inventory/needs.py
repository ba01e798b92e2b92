"""What later steps read from the latest inventory: the target group and the needs it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.inventory.bands import age_label
from workshop.inventory.dimensions import INSATS, REASON_GROUP, TARGET_REASON_GROUP
from workshop.inventory.reasons import REASON_GROUPS, ReasonGroup
from workshop.inventory.storage import latest_counts
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
    latest = latest_counts(store, team_id, ())
    return None if latest is None else latest.target


def _present(counts: dict[str, int], *, skip: tuple[str, ...] = ()) -> tuple[NeedCategory, ...]:
    ordered = sorted(((key, count) for key, count in counts.items() if count > 0 and key not in skip),
                     key=lambda item: -item[1])  # stable: equal counts keep their order
    return tuple(NeedCategory(key, count) for key, count in ordered)


def _target_reasons(counts: dict[str, dict[str, int]], target: TargetGroup | None) -> dict[str, int]:
    """By reason group in the groups' own order: of the target group if it was counted, else of the groups it was
    chosen by, else of all."""
    chosen = target.filters.reason_groups if target is not None else ()
    if counts[TARGET_REASON_GROUP]:
        by_reason, groups = counts[TARGET_REASON_GROUP], REASON_GROUPS
    else:
        by_reason, groups = counts[REASON_GROUP], chosen or REASON_GROUPS
    return {group: by_reason.get(group, 0) for group in groups}


def target_group_needs(store: Store, team_id: int) -> TargetGroupNeeds | None:
    latest = latest_counts(store, team_id, (REASON_GROUP, TARGET_REASON_GROUP, INSATS))
    if latest is None:
        return None
    return TargetGroupNeeds(
        inventory_id=latest.id,
        inventory_date=latest.inventory_date,
        target=latest.target,
        reason_groups=_present(_target_reasons(latest.counts, latest.target), skip=(ReasonGroup.NOT_STATED.value,)),
        insatser=_present(latest.counts[INSATS]),
    )
