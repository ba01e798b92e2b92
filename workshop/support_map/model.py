"""The support map's small frozen objects: supports, the needs they cover, and the gaps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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
    """Keys of the needs it covers (``reason:unemployment``, ``typed:4``; see :mod:`workshop.support_map.keys`)."""
    target_groups: str = ""
    prevention_level: PreventionLevel | None = None
    how_to_reach: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Support(SupportDetails, Stored):
    pass


@dataclass(frozen=True)
class Need:
    key: str
    """Stable key (see :mod:`workshop.support_map.keys`); supports store it, never the label."""
    label: str
    """Name in the page's language (a typed need keeps the words the team wrote)."""
    id: int | None = None
    """Set for a need the team typed itself (it can be removed); ``None`` for needs from the inventory."""


@dataclass(frozen=True)
class TeamNeeds:
    needs: tuple[Need, ...]
    from_inventory: bool
    """True when some of the needs come from step 1's target-group inventory."""
    aliases: Mapping[str, str] = field(default_factory=dict)
    """Typed needs named like an inventory category (in any language) → that category's key."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(need.label for need in self.needs)

    def canonical(self, key: str) -> str:
        return self.aliases.get(key, key)

    def covered(self, keys: tuple[str, ...]) -> tuple[Need, ...]:
        """The listed needs among ``keys``, in list order; keys of needs no longer listed are left out."""
        canonical = {self.canonical(key) for key in keys}
        return tuple(need for need in self.needs if need.key in canonical)

    def unlisted(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """The keys among ``keys`` whose need is not listed now (removed, or gone from the latest inventory)."""
        listed = {need.key for need in self.needs}
        return tuple(key for key in keys if self.canonical(key) not in listed)


@dataclass(frozen=True)
class SupportMatrix:
    """Needs × supports: which supports cover which need; a need no support covers is a gap."""

    team_needs: TeamNeeds
    supports: tuple[Support, ...]

    @property
    def needs(self) -> tuple[Need, ...]:
        return self.team_needs.needs

    def covered(self, support: Support) -> tuple[Need, ...]:
        return self.team_needs.covered(support.needs)

    def covers(self, support: Support, need: Need) -> bool:
        return need in self.covered(support)

    def covering(self, need: Need) -> tuple[Support, ...]:
        return tuple(support for support in self.supports if self.covers(support, need))

    @property
    def gaps(self) -> tuple[Need, ...]:
        return tuple(need for need in self.needs if not self.covering(need))
