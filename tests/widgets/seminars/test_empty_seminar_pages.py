"""A new collaborative without teams or meetings: the program and the view of all teams say what to do first, and
the program's first date is given on the page itself."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.widgets.reading import all_widgets, page_text
from widgets.seminars.overview_page import build_overview_page
from widgets.seminars.program_page import build_program_page
from workshop.collaboratives import create_collaborative
from workshop.model import CollaborativeDetails
from workshop.seminars import get_program
from workshop.session import open_as_facilitator

CODE = "ny-processledare-1"


@pytest.fixture
def facilitator(store):
    collaborative = create_collaborative(store, CollaborativeDetails("Ny samverkan"), facilitator_code=CODE,
                                         actor="test")
    return open_as_facilitator(store, collaborative.id, CODE)


def _widget(page, description: str):
    [found] = [widget for widget in all_widgets(page.widget) if getattr(widget, "description", "") == description]
    return found


def test_the_view_of_all_teams_without_teams_points_to_the_start_page(store, facilitator):
    page = build_overview_page(facilitator.query(), store)
    text = page_text(page.widget)
    assert "Samverkan har inga team än" in text and "00_start.ipynb" in text
    assert "0 av 0 team" not in text and "Spara bedömningen" not in text and page.messages.text == ""


def test_the_program_without_a_period_asks_for_the_first_date_and_fills_from_it(store, facilitator):
    page = build_program_page(facilitator.query(), store)
    assert "ange datum för den första träffen" in page_text(page.widget)
    _widget(page, "Fyll i programmet som i piloten").click()
    assert page.messages.kind == "warning" and "Ange datum för första träffen" in page.messages.text
    assert get_program(store, facilitator.collaborative_id).meetings == ()
    _widget(page, "Första träffen").value = "2027-13-01"
    _widget(page, "Fyll i programmet som i piloten").click()
    assert page.messages.kind == "warning" and get_program(store, facilitator.collaborative_id).meetings == ()
    _widget(page, "Första träffen").value = "2027-02-11"
    _widget(page, "Fyll i programmet som i piloten").click()
    assert page.messages.kind == "success", page.messages.text
    meetings = get_program(store, facilitator.collaborative_id).meetings
    assert len(meetings) == 8 and meetings[0].date == dt.date(2027, 2, 11)
    assert meetings[1].date == dt.date(2027, 3, 18)
    assert "Programpunkter och listor för Introduktionsträff" in page_text(page.widget)
