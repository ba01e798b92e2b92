"""Where each team stands on each step of its journey, computed from what the team has recorded.

The rules live here and nowhere else: a step is done when every requirement of
its rule is met, in progress when anything of the step is recorded, otherwise
not started. Statuses are computed when read, never stored, so a save changes
the status at once and no page has to remember to mark a step.

>>> states = step_states(store, team_id)
>>> states["aims"].status, states["aims"].done_when
(StepStatus.IN_PROGRESS, 'Klart när ni har minst ett resultatmått och en drivkraft.')

Later pages read the same states, so the navigation, the team's journey and the
facilitator's list of teams always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from workshop.i18n import N_, _
from workshop.model import StepStatus
from workshop.store import Store
from workshop.store.tables.aims import AimRow, PurposeRow
from workshop.store.tables.changes import SupportNeedRow, SupportRow
from workshop.store.tables.improvement import ChangeIdeaRow, DriverRow, MeasureRow
from workshop.store.tables.inventory import InventoryNotesRow, InventoryProfileRow, InventoryRow
from workshop.store.tables.pdsa import PdsaCycleRow
from workshop.store.tables.reports import FinalPlanRow, MonthlyReportRow
from workshop.store.tables.results import ResultPointRow

Fact = Callable[[], Select]
"""A query of (team_id, count) rows: how many of something each team has recorded."""


def _count(table: type[Any], *conditions: ColumnElement[bool]) -> Fact:
    return lambda: select(table.team_id, func.count()).where(*conditions).group_by(table.team_id)


def _kept(table: type[Any], *conditions: ColumnElement[bool]) -> Fact:
    """Rows that are not removed (drivers, ideas, measures and supports are removed softly)."""
    return _count(table, table.removed_at.is_(None), *conditions)


def _filled(table: type[Any], *columns: InstrumentedAttribute[str]) -> Fact:
    return _count(table, or_(*(column != "" for column in columns)))


_OUTCOME = MeasureRow.kind == "outcome"
_FACTS: dict[str, Fact] = {
    "inventory": _count(InventoryRow),
    "target_group": _count(InventoryRow, InventoryRow.target_count.is_not(None)),
    "expectations": _filled(InventoryNotesRow, InventoryNotesRow.expectations),
    "inventory_notes": _filled(InventoryNotesRow, InventoryNotesRow.notes),
    "column_roles": _count(InventoryProfileRow),
    "aim": _count(AimRow, AimRow.active.is_(True), AimRow.what != ""),
    "any_aim": _count(AimRow),
    "purpose": _filled(PurposeRow, PurposeRow.why, PurposeRow.how, PurposeRow.what, PurposeRow.for_whom,
                       PurposeRow.need, PurposeRow.goal),
    "outcome_measure": _kept(MeasureRow, _OUTCOME),
    "measure": _kept(MeasureRow),
    "driver": _kept(DriverRow),
    "change_idea": _kept(ChangeIdeaRow),
    "idea_on_driver": _kept(ChangeIdeaRow, ChangeIdeaRow.driver_id.is_not(None)),
    "catalog_idea": _kept(ChangeIdeaRow, ChangeIdeaRow.catalog_entry.is_not(None)),
    "support": _kept(SupportRow),
    "support_need": _kept(SupportNeedRow),
    "cycle": _count(PdsaCycleRow),
    "cycle_done": _count(PdsaCycleRow, PdsaCycleRow.status == "done"),
    "point": lambda: select(ResultPointRow.team_id, func.count()).group_by(ResultPointRow.team_id),
    "outcome_point": lambda: (select(ResultPointRow.team_id, func.count())
                              .join(MeasureRow, MeasureRow.id == ResultPointRow.measure_id)
                              .where(MeasureRow.removed_at.is_(None), _OUTCOME).group_by(ResultPointRow.team_id)),
    "monthly_report": _count(MonthlyReportRow),
    "final_plan": _filled(FinalPlanRow, FinalPlanRow.routines, FinalPlanRow.resources, FinalPlanRow.owners,
                          FinalPlanRow.spread),
}


@dataclass(frozen=True)
class Requirement:
    fact: str
    msgid: str
    """What the team needs, to follow "Klart när ni har …": "ett mål"."""


@dataclass(frozen=True)
class Rule:
    requirements: tuple[Requirement, ...]
    started_by: tuple[str, ...] = ()
    """Facts that show work on the step besides its requirements (a draft aim, a typed need)."""


# What "Klart" means for each step (WORKFLOW.md): the smallest set of records that lets the next step build on it.
RULES: dict[str, Rule] = {
    "inventory": Rule((Requirement("inventory", N_("a saved inventory")),
                       Requirement("target_group", N_("a chosen target group")),
                       Requirement("expectations", N_("your expectations written down"))),
                      started_by=("column_roles", "inventory_notes")),
    "aims": Rule((Requirement("aim", N_("an aim")),
                  Requirement("outcome_measure", N_("at least one outcome measure")),
                  Requirement("driver", N_("a driver"))),
                 started_by=("any_aim", "purpose", "measure", "change_idea")),
    "changes": Rule((Requirement("idea_on_driver", N_("a change idea tied to a driver")),
                     Requirement("support", N_("at least one support in the support map"))),
                    started_by=("catalog_idea", "support_need")),
    "pdsa": Rule((Requirement("cycle_done", N_("a finished PDSA cycle with a decision in Act")),),
                 started_by=("cycle",)),
    "results": Rule((Requirement("outcome_point", N_("measurements of an outcome measure")),),
                    started_by=("point",)),
    "reports": Rule((Requirement("monthly_report", N_("a monthly report")),
                     Requirement("final_plan", N_("a plan for continuing"))),),
}


@dataclass(frozen=True)
class StepState:
    step: str
    status: StepStatus
    missing: tuple[str, ...]
    """The msgids of what the step still needs for "Klart"."""

    @property
    def done_when(self) -> str:
        """One sentence for the step page: what is still missing for "Klart", or that the step is done."""
        if not self.missing:
            return _("This step is done.")
        return _("Done when you have {requirements}.").format(requirements=spoken_list(_(m) for m in self.missing))


def spoken_list(items: Iterable[str]) -> str:
    """"a, b and c" in the page's language."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _state(step: str, rule: Rule, counts: dict[str, int]) -> StepState:
    missing = tuple(req.msgid for req in rule.requirements if not counts.get(req.fact))
    if not missing:
        status = StepStatus.DONE
    elif len(missing) < len(rule.requirements) or any(counts.get(fact) for fact in rule.started_by):
        status = StepStatus.IN_PROGRESS
    else:
        status = StepStatus.NOT_STARTED
    return StepState(step, status, missing)


def teams_step_states(store: Store, team_ids: Iterable[int]) -> dict[int, dict[str, StepState]]:
    """Every step's state for each of ``team_ids``, with one query per fact whatever the number of teams."""
    team_ids = list(team_ids)
    counts: dict[int, dict[str, int]] = {team_id: {} for team_id in team_ids}
    if team_ids:
        with store.reading() as session:
            for name, fact in _FACTS.items():
                query = fact()
                team_column = query.selected_columns[0]
                for team_id, count in session.execute(query.where(team_column.in_(team_ids))):
                    counts[team_id][name] = count
    return {team_id: {step: _state(step, rule, counts[team_id]) for step, rule in RULES.items()}
            for team_id in team_ids}


def step_states(store: Store, team_id: int) -> dict[str, StepState]:
    return teams_step_states(store, [team_id])[team_id]


def step_progress(store: Store, team_id: int) -> dict[str, StepStatus]:
    """Status per step key."""
    return {step: state.status for step, state in step_states(store, team_id).items()}
