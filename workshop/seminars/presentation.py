"""A meeting's round of storyboards: the teams in the order the facilitator sets, the minutes each has, and the way
through their slides, one team after the other. Plain values, replaced on every change (the presenter page keeps
them in its state). Only the facilitator's session reads them, and a team's slides only for a team it leads.

>>> plan = presentation_plan(store, facilitator)                  # every team, by name, 5 minutes each
>>> plan = plan.moved(team_id, -1).with_team(other_id, presented=False).with_minutes(7)
>>> slides = team_slides(store, facilitator, plan.presented[0].team_id)
>>> next_position(Position(0, len(slides) - 1), slide_count, len(plan.presented))   # the next team's first slide
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.reports.presenter import Slide, storyboard_slides
from workshop.session import Session, led_collaborative
from workshop.store import Store
from workshop.teams import get_team, list_teams

DEFAULT_MINUTES = 5
MINUTE_CHOICES = (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30)
"""The minutes a team can be given; a seminar's round is rarely shorter or longer."""


@dataclass(frozen=True)
class PresentedTeam:
    team_id: int
    name: str


@dataclass(frozen=True)
class PresentationPlan:
    teams: tuple[PresentedTeam, ...]
    """Every team of the collaborative, in the order they present; those left out keep their place."""
    left_out: frozenset[int] = frozenset()
    minutes: int = DEFAULT_MINUTES

    @property
    def presented(self) -> tuple[PresentedTeam, ...]:
        return tuple(team for team in self.teams if team.team_id not in self.left_out)

    def moved(self, team_id: int, places: int) -> PresentationPlan:
        """The team ``places`` earlier (negative) or later in the order; at either end it stays."""
        place = self._place(team_id)
        teams = list(self.teams)
        team = teams.pop(place)
        teams.insert(min(max(place + places, 0), len(teams)), team)
        return replace(self, teams=tuple(teams))

    def with_team(self, team_id: int, *, presented: bool) -> PresentationPlan:
        self._place(team_id)
        left_out = self.left_out - {team_id} if presented else self.left_out | {team_id}
        return replace(self, left_out=frozenset(left_out))

    def with_minutes(self, minutes: int) -> PresentationPlan:
        if minutes not in MINUTE_CHOICES:
            raise InvalidInput(_("Choose the minutes per team from the list."), field="minutes")
        return replace(self, minutes=minutes)

    def _place(self, team_id: int) -> int:
        for place, team in enumerate(self.teams):
            if team.team_id == team_id:
                return place
        raise NotFound(_("The team is no longer in the collaborative. Open the page again."))


def presentation_plan(store: Store, facilitator: Session, earlier: PresentationPlan | None = None) -> PresentationPlan:
    """Every team of the collaborative the facilitator leads, by name (a team's session is refused). ``earlier``, the
    plan set before, stays as it was while the collaborative has the same teams; otherwise only its minutes stay."""
    teams = tuple(PresentedTeam(overview.team.id, overview.team.name)
                  for overview in list_teams(store, led_collaborative(facilitator)))
    if earlier is not None and set(earlier.teams) == set(teams):
        return earlier
    return PresentationPlan(teams, minutes=earlier.minutes if earlier is not None else DEFAULT_MINUTES)


def team_slides(store: Store, facilitator: Session, team_id: int) -> tuple[Slide, ...]:
    """The team's storyboard as slides, read now, with counts masked as in its documents."""
    from workshop.reports.snapshot import team_snapshot

    if get_team(store, team_id).collaborative_id != led_collaborative(facilitator):
        raise NotFound(_("The team is no longer in the collaborative. Open the page again."))
    return storyboard_slides(team_snapshot(store, team_id))


@dataclass(frozen=True)
class Position:
    team: int
    """The place among the plan's presented teams (0 presents first)."""
    slide: int


def next_position(at: Position, slide_count: Callable[[int], int], teams: int) -> Position:
    """The next slide, after a team's last the next team's first; the last slide of all stays where it is."""
    if at.slide + 1 < slide_count(at.team):
        return Position(at.team, at.slide + 1)
    return Position(at.team + 1, 0) if at.team + 1 < teams else at


def previous_position(at: Position, slide_count: Callable[[int], int]) -> Position:
    """The slide before, before a team's first the previous team's last; the first slide of all stays."""
    if at.slide > 0:
        return Position(at.team, at.slide - 1)
    return Position(at.team - 1, slide_count(at.team - 1) - 1) if at.team > 0 else at
