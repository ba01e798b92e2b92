"""Forums of a collaborative: created and changed by its facilitator, bad input refused with nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.unit.forums.conftest import forum_details
from workshop.errors import AccessDenied, DuplicateName, EditConflict, InvalidInput, NotFound
from workshop.forums.forums import create_forum, get_forum, list_forums, update_forum
from workshop.forums.model import ForumLevel, Seat
from workshop.session import Session
from workshop.store.tables.forums import ForumRow


def _forums(store) -> int:
    with store.reading() as db:
        return db.scalar(select(func.count()).select_from(ForumRow))


def test_a_forum_keeps_its_table_object_and_purpose_in_order(any_store, facilitator, forum):
    read = get_forum(any_store, facilitator, forum.id)
    assert read.level is ForumLevel.STRATEGIC
    assert read.hours_per_meeting == 2.5 and read.preparation_hours == 1.0 and read.meetings_per_year == 5
    assert read.organisations == ("Region Skåne", "Helsingborgs stad", "Arbetsförmedlingen", "Försäkringskassan")
    assert read.for_whom == "Vuxna med psykisk ohälsa" and read.why == "Ingen ska falla mellan stolarna"
    assert read.min_answers == 3


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"meetings_per_year": 0}, "meetings_per_year", "Möten per år måste vara mer än 0"),
    ({"meetings_per_year": "-2"}, "meetings_per_year", "Möten per år måste vara mer än 0"),
    ({"meetings_per_year": "2,5"}, "meetings_per_year", "heltal"),
    ({"hours_per_meeting": "0"}, "hours_per_meeting", "Timmar per möte måste vara mer än 0"),
    ({"hours_per_meeting": "-1,5"}, "hours_per_meeting", "Timmar per möte måste vara mer än 0"),
    ({"hours_per_meeting": "två"}, "hours_per_meeting", "skriv ett tal"),
    ({"preparation_hours": "-1"}, "preparation_hours", "kan inte vara negativt"),
    ({"seats": ()}, "seats", "Lägg till minst en organisation"),
    ({"seats": (Seat("  ", "  "),)}, "seats", "Lägg till minst en organisation"),
    ({"min_answers": 2}, "min_answers", "måste vara minst 3"),
    ({"name": " "}, "name", "Fyll i"),
    ({"level": "global"}, "level", "Välj"),
])
def test_bad_input_is_refused_in_swedish_and_nothing_is_stored(any_store, facilitator, changes, field, words):
    with pytest.raises(InvalidInput) as refused:
        create_forum(any_store, facilitator, forum_details(**changes))
    assert refused.value.field == field
    assert words in refused.value.message
    assert _forums(any_store) == 0


def test_a_refused_change_leaves_the_forum_as_it_was(any_store, facilitator, forum):
    with pytest.raises(InvalidInput):
        update_forum(any_store, facilitator, forum.id, forum_details(meetings_per_year=-1), expected_version=1)
    assert get_forum(any_store, facilitator, forum.id) == forum


def test_a_change_is_saved_once_and_a_stale_one_is_refused(any_store, facilitator, forum):
    changed = update_forum(any_store, facilitator, forum.id, forum_details(meetings_per_year=6), expected_version=1)
    assert changed.meetings_per_year == 6 and changed.version == 2
    with pytest.raises(EditConflict):
        update_forum(any_store, facilitator, forum.id, forum_details(meetings_per_year=4), expected_version=1)


def test_two_forums_of_a_collaborative_cannot_share_a_name(any_store, facilitator, forum):
    with pytest.raises(DuplicateName):
        create_forum(any_store, facilitator, forum_details(name="lokalt SAMRÅD för psykiatri"))


def test_another_collaboratives_facilitator_cannot_see_or_change_the_forum(any_store, forum, other_facilitator):
    with pytest.raises(NotFound):
        get_forum(any_store, other_facilitator, forum.id)
    with pytest.raises(NotFound):
        update_forum(any_store, other_facilitator, forum.id, forum_details(), expected_version=1)
    assert list_forums(any_store, other_facilitator) == []


def test_only_a_facilitator_session_manages_forums(any_store, forum):
    with pytest.raises(AccessDenied):
        list_forums(any_store, Session())
