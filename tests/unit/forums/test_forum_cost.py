"""The cost of forums in working hours, as the source document computes it."""

from __future__ import annotations

import pytest

from tests.unit.forums.conftest import forum_details
from workshop.forums.cost import ForumCost, cost_of, total
from workshop.forums.forums import clean_forum


def test_the_source_documents_17_forums_cost_1700_hours_and_2380_with_preparation():
    # "Beskrivning av forum": 17 forums, 8 people, 5 meetings a year, 2,5 hours; one hour of preparation added.
    forum = clean_forum(forum_details(people=8, meetings_per_year="5", hours_per_meeting="2,5", preparation_hours="1"))
    summed = total([cost_of(forum)] * 17)
    assert summed.meeting_hours == 1700
    assert summed.hours_with_preparation == 2380
    assert summed.meeting_weeks == pytest.approx(42.5)
    assert summed.weeks_with_preparation == pytest.approx(59.5)


def test_one_forum_counts_every_seat_as_a_person():
    cost = ForumCost(people=6, meetings_per_year=6, hours_per_meeting=2.0, preparation_hours=0.5)
    assert cost.meeting_hours == 72
    assert cost.hours_with_preparation == 90


def test_no_forums_cost_nothing():
    assert total([]).meeting_hours == 0
