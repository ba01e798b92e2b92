"""The target group: filters over the cases, their count, and a readable description."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from workshop.i18n import N_, _
from workshop.inventory.dimensions import sex_label
from workshop.inventory.reasons import ReasonGroup
from workshop.model import LABELS, Choice


class InsatsFilter(Choice):
    ANY = "any"
    WITH = "with"
    WITHOUT = "without"


LABELS.update({
    InsatsFilter.ANY: N_("With or without ongoing insats"),
    InsatsFilter.WITH: N_("With ongoing insats"),
    InsatsFilter.WITHOUT: N_("Without ongoing insats"),
})


@dataclass(frozen=True)
class TargetFilters:
    """Who belongs to the target group; an empty choice means everyone."""

    age_min: int | None = None
    age_max: int | None = None
    sexes: tuple[str, ...] = ()
    reason_groups: tuple[str, ...] = ()
    min_months: int | None = None
    """At least this many months since case opening."""
    insats: InsatsFilter = InsatsFilter.ANY

    def mask(self, frame, insatser, on: dt.date):
        """Which cases (rows of ``Cases.frame``) belong to the target group."""
        import numpy as np

        from workshop.inventory.datemath import full_months

        keep = np.ones(len(frame), dtype=bool)
        ages = frame["age"].to_numpy(dtype=float)
        if self.age_min is not None:
            keep &= ages >= self.age_min
        if self.age_max is not None:
            keep &= ages <= self.age_max
        if self.sexes:
            keep &= frame["sex"].isin(self.sexes).to_numpy()
        if self.reason_groups:
            keep &= frame["reason_group"].isin(self.reason_groups).to_numpy()
        if self.min_months is not None:
            keep &= full_months(frame["opened"].to_numpy(), on) >= self.min_months
        if self.insats is not InsatsFilter.ANY:
            has = insatser.any(axis=1).to_numpy() if insatser.shape[1] else np.zeros(len(frame), dtype=bool)
            keep &= has if self.insats is InsatsFilter.WITH else ~has
        return keep

    @property
    def description(self) -> str:
        """A readable definition in the current language, e.g. "18–24 år, arbetslöshet, med pågående insats"."""
        parts = [part for part in (self._ages(), self._sexes(), self._reasons(), self._duration()) if part]
        if self.insats is not InsatsFilter.ANY:
            parts.append(self.insats.label.lower())
        return ", ".join(parts) if parts else _("all current clients")

    def _ages(self) -> str:
        if self.age_min is not None and self.age_max is not None:
            return _("{low}–{high} years").format(low=self.age_min, high=self.age_max)
        if self.age_min is not None:
            return _("{low}+ years").format(low=self.age_min)
        if self.age_max is not None:
            return _("up to {high} years").format(high=self.age_max)
        return ""

    def _sexes(self) -> str:
        return _(" or ").join(sex_label(sex).lower() for sex in self.sexes)

    def _reasons(self) -> str:
        return _(" or ").join(ReasonGroup(group).label.lower() for group in self.reason_groups)

    def _duration(self) -> str:
        if self.min_months is None:
            return ""
        return _("opened at least {months} months ago").format(months=self.min_months)

    def as_dict(self) -> dict:
        stored = asdict(self)
        stored["sexes"], stored["reason_groups"] = list(self.sexes), list(self.reason_groups)
        stored["insats"] = self.insats.value
        return stored

    @classmethod
    def from_dict(cls, stored: Mapping) -> TargetFilters:
        return cls(
            age_min=stored.get("age_min"), age_max=stored.get("age_max"), sexes=tuple(stored.get("sexes", ())),
            reason_groups=tuple(stored.get("reason_groups", ())), min_months=stored.get("min_months"),
            insats=InsatsFilter(stored.get("insats", InsatsFilter.ANY)),
        )


@dataclass(frozen=True)
class TargetGroup:
    """The target group a team chose in an inventory; step 2 uses it for "for whom" and as denominator."""

    inventory_id: int
    inventory_date: dt.date
    filters: TargetFilters
    count: int

    @property
    def description(self) -> str:
        return self.filters.description
