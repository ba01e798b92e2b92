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
    Field("routines", N_("Routines: how the changes become part of everyday work"),
          placeholder=N_("For example: every new visitor is offered the short conversation; it is part of the "
                         "unit's routine for first visits and of the introduction for new colleagues.")),
    Field("resources", N_("Resources: the time, money and support it takes"),
          placeholder=N_("For example: half an hour a week at the team meeting to follow the measures; the unit "
                         "manager keeps the time for it in the planning.")),
    Field("owners", N_("Who owns what from now on"),
          placeholder=N_("For example: the unit manager owns the routine; one social worker keeps the measures up "
                         "to date every month; the team meets once a quarter.")),
    Field("spread", N_("What do we tell other units?"),
          placeholder=N_("For example: we present the results at the department's spring meeting and invite the "
                         "unit for young adults to test the conversation with us.")),
))
_TEXTS = TeamTexts(FinalPlanRow, FINAL_PLAN, FinalPlan)

get_final_plan = _TEXTS.get
"""The team's plan; an empty one (version 0) before the team has written any."""

save_final_plan = _TEXTS.save
"""Save the plan; ``expected_version`` is 0 for the first save, else the version the person read."""
