"""The support map's small frozen objects: supports, the needs they cover, and the gaps."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import N_
from workshop.improvement.model import PreventionLevel, Stored
from workshop.model import LABELS, Choice


class SupportScope(Choice):
    INTERNAL = "internal"
    EXTERNAL = "external"


LABELS.update({
    SupportScope.INTERNAL: N_("Internal (our organisation)"),
    SupportScope.EXTERNAL: N_("External (another organisation)"),
})


@dataclass(frozen=True)
class SupportDetails:
    """What a team writes about one support or intervention it can offer or refer to."""

    name: str
    provider: str = ""
    scope: SupportScope = SupportScope.INTERNAL
    needs: tuple[str, ...] = ()
    target_groups: str = ""
    prevention_level: PreventionLevel | None = None
    how_to_reach: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Support(SupportDetails, Stored):
    pass


@dataclass(frozen=True)
class Need:
    label: str
    id: int | None = None
    """Set for a need the team typed itself (it can be removed); ``None`` for needs from the inventory."""


@dataclass(frozen=True)
class TeamNeeds:
    needs: tuple[Need, ...]
    from_inventory: bool
    """True when some of the needs come from step 1's target-group inventory."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(need.label for need in self.needs)


@dataclass(frozen=True)
class SupportMatrix:
    """Needs × supports: which supports cover which need; a need no support covers is a gap."""

    needs: tuple[str, ...]
    supports: tuple[Support, ...]

    def covers(self, support: Support, need: str) -> bool:
        return need in support.needs

    def covering(self, need: str) -> tuple[Support, ...]:
        return tuple(support for support in self.supports if self.covers(support, need))

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(need for need in self.needs if not self.covering(need))
