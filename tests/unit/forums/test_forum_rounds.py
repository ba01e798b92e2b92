"""Self-assessment through members' own links: anonymous, replaced on a second answer, shown from 3 answers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop.errors import AccessDenied, AccessRevoked, EditConflict, InvalidInput, NotFound
from workshop.forums.forums import renew_member_links
from workshop.forums.links import answer, member_links, member_view, resolve_member
from workshop.forums.model import ActDetails
from workshop.forums.rounds import list_rounds, record_act, result_of, start_round
from workshop.store.tables import HistoryRow
from workshop.store.tables.forums import ForumAnswerRow

AGENDA, WHY = "before.agenda_shared", "purpose.why"


@pytest.fixture
def links(any_store, facilitator, forum):
    start_round(any_store, facilitator, forum.id)
    return member_links(any_store, facilitator, forum.id)


def _latest(store, facilitator, forum):
    current = list_rounds(store, facilitator, forum.id)[-1]
    return current, result_of(store, facilitator, forum.id, current.id)


def test_every_seat_gets_its_own_link_that_opens_only_its_forum(any_store, links, forum):
    assert len(links) == 4 and len({link.key for link in links}) == 4
    assert resolve_member(any_store, links[2].query()) == links[2]


@pytest.mark.parametrize("change", [
    lambda query: query.replace("member=1", "member=2"),
    lambda query: query.replace("member=1", "member=5"),
    lambda query: query.replace("key=", "key=x"),
    lambda query: query + "&member=2",
])
def test_a_tampered_link_is_refused_in_swedish(any_store, links, change):
    with pytest.raises((AccessDenied, NotFound)) as refused:
        resolve_member(any_store, change(links[0].query()))
    assert "länk" in refused.value.message.lower()


def test_a_link_cannot_be_moved_to_another_forum(any_store, facilitator, links):
    from tests.unit.forums.conftest import forum_details
    from workshop.forums.forums import create_forum

    other = create_forum(any_store, facilitator, forum_details(name="Styrgrupp CM"))
    moved = links[0].query().replace(f"forum={links[0].forum_id}", f"forum={other.id}")
    with pytest.raises(AccessDenied):
        resolve_member(any_store, moved)


def test_no_result_with_two_answers_and_a_result_after_the_third(any_store, facilitator, forum, links):
    answer(any_store, links[0], {AGENDA: 2, WHY: 4})
    answer(any_store, links[1], {AGENDA: 4, WHY: 4})
    current, result = _latest(any_store, facilitator, forum)
    assert current.answers == 2 and not result.ready and result.statements == ()
    answer(any_store, links[2], {AGENDA: 5, WHY: 3})
    current, result = _latest(any_store, facilitator, forum)
    assert result.ready
    shown = {one.statement.key: one for one in result.statements if one.shown}
    assert set(shown) == {AGENDA, WHY}
    assert (shown[AGENDA].median, shown[AGENDA].lowest, shown[AGENDA].highest) == (4.0, 2, 5)


def test_the_same_link_answering_twice_replaces_its_answer(any_store, facilitator, forum, links):
    answer(any_store, links[0], {AGENDA: 1})
    answer(any_store, links[0], {AGENDA: 5, WHY: None})
    assert member_view(any_store, links[0]).own_ratings == {AGENDA: 5}
    assert list_rounds(any_store, facilitator, forum.id)[-1].answers == 1


def test_a_member_reads_only_their_own_answer(any_store, links):
    answer(any_store, links[0], {AGENDA: 1})
    answer(any_store, links[1], {AGENDA: 5})
    assert member_view(any_store, links[0]).own_ratings == {AGENDA: 1}
    assert member_view(any_store, links[2]).own_ratings == {}


def test_answers_name_no_member_or_link_even_in_history(any_store, links):
    answer(any_store, links[0], {AGENDA: 3})
    with any_store.reading() as db:
        respondent = db.scalars(select(ForumAnswerRow.respondent)).one()
        actors = set(db.scalars(select(HistoryRow.actor).where(HistoryRow.entity == "forum_answer")))
    assert links[0].key not in respondent and respondent not in {"1", "member:1"}
    assert actors == {"forum member"}


@pytest.mark.parametrize(("ratings", "words"), [
    ({}, "minst ett påstående"),
    ({AGENDA: None}, "minst ett påstående"),
    ({AGENDA: 6}, "från 1 till 5"),
    ({AGENDA: 0}, "från 1 till 5"),
    ({"made.up": 3}, "inte finns"),
])
def test_a_bad_answer_is_refused_and_the_earlier_one_kept(any_store, links, ratings, words):
    answer(any_store, links[0], {AGENDA: 2})
    with pytest.raises(InvalidInput) as refused:
        answer(any_store, links[0], ratings)
    assert words in refused.value.message
    assert member_view(any_store, links[0]).own_ratings == {AGENDA: 2}


def test_renewed_links_stop_old_pages_from_saving(any_store, facilitator, forum, links):
    renew_member_links(any_store, facilitator, forum.id)
    with pytest.raises(AccessRevoked):
        answer(any_store, links[0], {AGENDA: 2})
    fresh = member_links(any_store, facilitator, forum.id)[0]
    answer(any_store, fresh, {AGENDA: 2})


def test_members_answer_nothing_before_a_round_is_started(any_store, facilitator, forum):
    link = member_links(any_store, facilitator, forum.id)[0]
    assert member_view(any_store, link).round_number is None
    with pytest.raises(NotFound):
        answer(any_store, link, {AGENDA: 2})


def test_a_new_round_takes_the_answers_and_keeps_the_old_rounds(any_store, facilitator, forum, links):
    for link, rating in zip(links[:3], (2, 2, 3), strict=True):
        answer(any_store, link, {AGENDA: rating})
    second = start_round(any_store, facilitator, forum.id)
    assert second.number == 2 and member_view(any_store, links[0]).own_ratings == {}
    answer(any_store, links[0], {AGENDA: 5})
    first, latest = list_rounds(any_store, facilitator, forum.id)
    assert (first.answers, latest.answers) == (3, 1)


def test_a_decision_is_recorded_on_the_round_and_checked(any_store, facilitator, forum, links):
    current = list_rounds(any_store, facilitator, forum.id)[-1]
    saved = record_act(any_store, facilitator, forum.id, current.id,
                       ActDetails("Agendan tas fram gemensamt", "Ordförande", "2027-03-01"),
                       expected_version=current.version)
    assert saved.act.what == "Agendan tas fram gemensamt" and saved.act.by_when.isoformat() == "2027-03-01"
    with pytest.raises(EditConflict):
        record_act(any_store, facilitator, forum.id, current.id, ActDetails("Annat"), expected_version=current.version)
    with pytest.raises(InvalidInput):
        record_act(any_store, facilitator, forum.id, current.id, ActDetails(" "), expected_version=saved.version)
    with pytest.raises(InvalidInput):
        record_act(any_store, facilitator, forum.id, current.id, ActDetails("Ok", by_when="1 mars"),
                   expected_version=saved.version)
    assert list_rounds(any_store, facilitator, forum.id)[-1].act == saved.act


def test_another_collaborative_cannot_read_the_forums_results(any_store, forum, links, other_facilitator):
    with pytest.raises(NotFound):
        list_rounds(any_store, other_facilitator, forum.id)
    with pytest.raises(NotFound):
        member_links(any_store, other_facilitator, forum.id)
