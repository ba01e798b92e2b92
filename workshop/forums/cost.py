"""What a forum's meetings cost in working hours, computed as the source document does.

The document (section "Beskrivning av forum") takes 17 forums of 8 people meeting 5 times a year for 2,5 hours:
1 700 hours a year, and 2 380 hours with one hour of preparation and follow-up per person and meeting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

HOURS_PER_WORKING_WEEK = 40.0
"""A full-time week in Swedish working life."""


@dataclass(frozen=True)
class ForumCost:
    people: int
    meetings_per_year: int
    hours_per_meeting: float
    preparation_hours: float

    @property
    def meeting_hours(self) -> float:
        """Hours a year at the table, without preparation."""
        return self.people * self.meetings_per_year * self.hours_per_meeting

    @property
    def hours_with_preparation(self) -> float:
        return self.people * self.meetings_per_year * (self.hours_per_meeting + self.preparation_hours)


@dataclass(frozen=True)
class CostSum:
    meeting_hours: float
    hours_with_preparation: float

    @property
    def meeting_weeks(self) -> float:
        return self.meeting_hours / HOURS_PER_WORKING_WEEK

    @property
    def weeks_with_preparation(self) -> float:
        return self.hours_with_preparation / HOURS_PER_WORKING_WEEK


def cost_of(forum) -> ForumCost:
    """The cost of a :class:`~workshop.forums.model.Forum`: every seat at its table is one person."""
    return ForumCost(len(forum.seats), forum.meetings_per_year, forum.hours_per_meeting, forum.preparation_hours)


def total(costs: Iterable[ForumCost]) -> CostSum:
    costs = list(costs)
    return CostSum(sum(cost.meeting_hours for cost in costs), sum(cost.hours_with_preparation for cost in costs))
