"""A round's figures: median, spread, disagreement, weakest areas and the change from the previous round."""

from __future__ import annotations

import pytest

from workshop.forums.results import area_changes, disagreement, round_result, statement_changes
from workshop.forums.statements import AREAS, STATEMENTS

AGENDA, WHY, USERS = "before.agenda_shared", "purpose.why", "user_influence.decided"


@pytest.mark.parametrize(("ratings", "expected"), [
    ([3, 3, 3], 0.0),
    ([1, 5, 1, 5], 2.0),
    ([1, 5, 5], 4 / 3),
    ([2, 3, 4], 2 / 3),
])
def test_disagreement_is_the_mean_distance_from_the_median(ratings, expected):
    assert disagreement(ratings) == pytest.approx(expected)


def test_no_figures_from_fewer_answers_than_the_minimum():
    result = round_result([{AGENDA: 1}, {AGENDA: 5}], min_answers=3)
    assert not result.ready and result.statements == () and result.weakest_areas() == ()
    assert round_result([{AGENDA: 1}, {AGENDA: 5}, {AGENDA: 3}], min_answers=4).statements == ()


def test_a_statement_rated_by_too_few_members_shows_no_figures():
    result = round_result([{AGENDA: 2, WHY: 4}, {AGENDA: 3}, {AGENDA: 4}], min_answers=3)
    why = next(one for one in result.statements if one.statement.key == WHY)
    assert why.rated == 1 and not why.shown and why.median is None


def test_the_most_divided_statements_are_highlighted_most_divided_first():
    answers = [{AGENDA: 1, WHY: 1, USERS: 3}, {AGENDA: 5, WHY: 3, USERS: 3}, {AGENDA: 5, WHY: 5, USERS: 3}]
    result = round_result(answers, min_answers=3)
    assert [one.statement.key for one in result.most_disagreement()] == [AGENDA, WHY]


def test_discussion_questions_come_from_the_weakest_areas():
    answers = [{AGENDA: 1, WHY: 2, USERS: 5}, {AGENDA: 2, WHY: 3, USERS: 5}, {AGENDA: 1, WHY: 3, USERS: 4}]
    weakest = round_result(answers, min_answers=3).weakest_areas()
    assert [area.area.key for area in weakest] == ["before", "purpose"]
    assert all(area.area.questions for area in weakest)


def test_the_change_from_the_previous_round_per_statement_and_area():
    before = round_result([{AGENDA: 2, WHY: 4}] * 3, min_answers=3)
    now = round_result([{AGENDA: 4, WHY: 4}, {AGENDA: 5}, {AGENDA: 4}], min_answers=3)
    changes = statement_changes(before, now)
    assert changes[AGENDA].difference == 2 and WHY not in changes
    assert area_changes(before, now)["before"].difference == 2


def test_every_statement_belongs_to_an_area_with_a_source_and_questions():
    assert len(STATEMENTS) == sum(len(area.statements) for area in AREAS)
    assert all(area.source and area.questions for area in AREAS)
