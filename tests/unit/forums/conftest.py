"""A collaborative opened as facilitator, with a forum of four seats, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from workshop.collaboratives import create_collaborative
from workshop.forums.forums import create_forum
from workshop.forums.model import ForumDetails, Seat
from workshop.model import CollaborativeDetails
from workshop.session import open_as_facilitator

CODE = "samverkan-123"
OTHER_CODE = "annan-samverkan-456"


def forum_details(name: str = "Lokalt samråd för psykiatri", people: int = 4, **changes) -> ForumDetails:
    organisations = ("Region Skåne", "Helsingborgs stad", "Arbetsförmedlingen", "Försäkringskassan")
    table = tuple(Seat(organisations[i % len(organisations)], "Enhetschef") for i in range(people))
    values = dict(name=name, level="strategic", seats=table, meetings_per_year=5, hours_per_meeting="2,5",
                  preparation_hours="1", for_whom="Vuxna med psykisk ohälsa", why="Ingen ska falla mellan stolarna")
    values.update(changes)
    return ForumDetails(**values)


@pytest.fixture
def facilitator(any_store):
    collaborative = create_collaborative(any_store, CollaborativeDetails("Psykiatrisamverkan"), facilitator_code=CODE,
                                         actor="test")
    return open_as_facilitator(any_store, collaborative.id, CODE)


@pytest.fixture
def other_facilitator(any_store):
    collaborative = create_collaborative(any_store, CollaborativeDetails("Annan samverkan"),
                                         facilitator_code=OTHER_CODE, actor="test")
    return open_as_facilitator(any_store, collaborative.id, OTHER_CODE)


@pytest.fixture
def forum(any_store, facilitator):
    return create_forum(any_store, facilitator, forum_details())
