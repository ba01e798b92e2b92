"""What step 1's target group gives step 2: "for whom" in the aim and purpose, and a fixed denominator."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.inventory import TargetGroup

from dataclasses import replace

from workshop.aims.model import AimDetails, PurposeDetails
from workshop.store import Store


def team_target_group(store: Store, team_id: int) -> TargetGroup | None:
    """The target group the team chose in step 1 (``.description``, ``.count``, ``.inventory_date``), or None."""
    from workshop.inventory import current_target_group

    return current_target_group(store, team_id)


def with_target_group(details: AimDetails | PurposeDetails, target_group: TargetGroup | None
                      ) -> AimDetails | PurposeDetails:
    """``details`` with "for whom" taken from the target group when the team has not written it yet."""
    if target_group is None or details.for_whom.strip():
        return details
    return replace(details, for_whom=target_group.description)
