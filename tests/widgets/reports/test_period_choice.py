"""The period choice of the reports page covers the team's work even before a collaborative's later start."""

from __future__ import annotations

import datetime as dt

from widgets.reports.period_choice import PeriodChoice
from workshop.collaboratives import create_collaborative
from workshop.improvement import ChangeIdeaDetails, add_change_idea
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.pdsa import PlanPart, create_cycle, save_plan
from workshop.reports import DOCUMENT_KINDS
from workshop.teams import add_team

KINDS = {kind.key: kind for kind in DOCUMENT_KINDS}


def test_november_is_offered_and_dates_start_there_although_the_collaborative_starts_in_january(demo_store):
    details = CollaborativeDetails("Senare start", period_start=dt.date(2027, 1, 1))
    collaborative = create_collaborative(demo_store, details, facilitator_code="kod-123456", actor="test")
    team = add_team(demo_store, collaborative.id, TeamDetails("Nytt team", "Exempelby"), code="kod-654321",
                    actor="test")
    idea = add_change_idea(demo_store, team.id, ChangeIdeaDetails("Tidig kontakt"), actor="test")
    cycle = create_cycle(demo_store, team.id, idea.id, "Första testet", actor="test")
    save_plan(demo_store, team.id, cycle.id, PlanPart("Första testet", start=dt.date(2026, 11, 9)),
              expected_version=cycle.version, actor="test")

    choice = PeriodChoice(demo_store, team.id, KINDS["monthly"], lambda: None, today=dt.date(2027, 2, 3))
    assert [month for _label, month in choice.month.options] == ["2027-02", "2027-01", "2026-12", "2026-11"]
    choice.show_for(KINDS["final"])
    choice.scope.value = "dates"
    assert choice.start.date == dt.date(2026, 11, 1)
    assert choice.period().start == dt.date(2026, 11, 1)
