"""The final report's own texts: how the team keeps the changes going, and what it tells other units.

The rest of the final report comes from what the team has recorded in steps
1–5; these four texts exist only for it. One plan per team; each save checks
the version the person started from, so two members never overwrite each other.

>>> plan = get_final_plan(store, team_id)           # version 0 before the first save
>>> save_final_plan(store, team_id, replace(plan.details, owners="Enhetschefen äger rutinen."),
...                 expected_version=plan.version, actor="team:1")
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import N_
from workshop.store.records import Field, Record, TeamTexts
from workshop.store.tables.reports import FinalPlanRow


@dataclass(frozen=True)
class FinalPlanDetails:
    routines: str = ""
    resources: str = ""
    owners: str = ""
    spread: str = ""


@dataclass(frozen=True)
class FinalPlan(FinalPlanDetails):
    team_id: int = 0
    version: int = 0
    """0 while the team has not saved a plan yet."""

    @property
    def details(self) -> FinalPlanDetails:
        return FINAL_PLAN.part(self)


FINAL_PLAN = Record(FinalPlanDetails, (
    Field("routines", N_("Routines: how the changes become part of everyday work")),
    Field("resources", N_("Resources: the time, money and support it takes")),
    Field("owners", N_("Who owns what from now on")),
    Field("spread", N_("What do we tell other units?")),
))
_TEXTS = TeamTexts(FinalPlanRow, FINAL_PLAN, FinalPlan)

get_final_plan = _TEXTS.get
"""The team's plan; an empty one (version 0) before the team has written any."""

save_final_plan = _TEXTS.save
"""Save the plan; ``expected_version`` is 0 for the first save, else the version the person read."""
