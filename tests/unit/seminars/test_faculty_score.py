"""The faculty's score of a team: saved by the collaborative's facilitator only, read by the team; bad input
stores nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from workshop.errors import AccessDenied, EditConflict, InvalidInput, NotFound
from workshop.reports.records.faculty_score import FacultyScoreDetails, list_faculty_scores, save_faculty_score

TODAY = dt.date(2026, 11, 23)
DETAILS = FacultyScoreDetails("2,5", "Mätningar finns men ingen förändring syns än.", "Studera cykel 2 i december.")


def save(store, session, team_id, month="2026-11", details=DETAILS, version=0):
    return save_faculty_score(store, session, team_id, month, details, expected_version=version, today=TODAY)


def test_the_facilitator_scores_and_the_team_reads_it(store, facilitator, team):
    saved = save(store, facilitator, team.id)
    assert (saved.score, saved.level.label) == (2.5, "Förändringar testas men ingen förbättring än")
    assert list_faculty_scores(store, team.id) == [saved]
    again = save(store, facilitator, team.id, details=replace(DETAILS, score=3.0), version=saved.version)
    assert list_faculty_scores(store, team.id) == [again] and again.score == 3.0
    with pytest.raises(EditConflict):
        save(store, facilitator, team.id, details=replace(DETAILS, score=4.0), version=saved.version)
    assert list_faculty_scores(store, team.id) == [again]


@pytest.mark.parametrize(("month", "details", "field", "message"), [
    ("2026-11", replace(DETAILS, score="5,5"), "score", "Välj en av skalans nivåer, från 0,5 till 5,0"),
    ("2026-11", replace(DETAILS, score="2,3"), "score", "Välj en av skalans nivåer"),
    ("2026-11", replace(DETAILS, score="bra"), "score", "Välj en av skalans nivåer"),
    ("2026-11", replace(DETAILS, score=""), "score", "Välj teamets nivå på skalan."),
    ("2026-12", DETAILS, "month", "dec. 2026 har inte börjat än: processledningen bedömer denna månad"),
    ("2026-13", DETAILS, "month", "Välj en månad"),
])
def test_bad_input_is_refused_in_swedish_and_nothing_is_stored(store, facilitator, team, month, details, field,
                                                              message):
    with pytest.raises(InvalidInput) as refused:
        save(store, facilitator, team.id, month, details)
    assert refused.value.field == field and refused.value.message.startswith(message)
    assert list_faculty_scores(store, team.id) == []


def test_a_team_of_another_collaborative_is_refused(store, facilitator, other_team):
    with pytest.raises(NotFound, match="Teamet hör inte till den här samverkan."):
        save(store, facilitator, other_team.id)
    assert list_faculty_scores(store, other_team.id) == []


def test_a_team_cannot_score_itself_here(store, team_session, team):
    with pytest.raises(AccessDenied, match="Bara samverkans processledare"):
        save(store, team_session, team.id)
    assert list_faculty_scores(store, team.id) == []
