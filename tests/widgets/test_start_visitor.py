"""Start page for a visitor: join a team, open as facilitator, create a collaborative."""

from __future__ import annotations

from tests.widgets.reading import page_text
from widgets.start.facilitator import FacilitatorView
from widgets.start.page import build_start_page
from widgets.start.team import TeamView
from widgets.start.visitor import VisitorView
from workshop.collaboratives import get_collaborative, list_collaboratives
from workshop.model import SeminarKind
from workshop.session import Role


def _choose_team(view, team_name):
    view.join.collaborative.value = 1
    view.join.team.value = dict(view.join.team.options)[team_name]


def test_visitor_sees_swedish_start_with_three_ways_in(visitor_page):
    text = page_text(visitor_page.widget)
    assert isinstance(visitor_page.view, VisitorView)
    for expected in ("Gå till ditt team", "Processledare: öppna en samverkan", "Starta en ny samverkan", "Språk"):
        assert expected in text


def test_teams_are_listed_after_choosing_the_collaborative(visitor_page):
    view = visitor_page.view
    assert [label for label, _ in view.join.team.options] == ["– välj samverkan först –"]
    view.join.collaborative.value = 1
    assert len(view.join.team.options) == 5


def test_wrong_code_is_refused_with_a_swedish_message_and_the_page_stays(visitor_page):
    view = visitor_page.view
    _choose_team(view, "Påhittsta – vuxenenheten")
    view.join.code.value = "demo-team-exempel"
    view.join.button.click()
    assert visitor_page.messages.kind == "warning"
    assert "Koden stämmer inte" in visitor_page.messages.text
    assert visitor_page.view is view and view.join.code.value == "demo-team-exempel"


def test_joining_without_choosing_a_team_asks_for_it(visitor_page):
    visitor_page.view.join.button.click()
    assert visitor_page.messages.text == "Välj samverkan och team först."


def test_right_code_opens_the_team_view_with_its_journey(visitor_page):
    view = visitor_page.view
    _choose_team(view, "Påhittsta – vuxenenheten")
    view.join.code.value = " demo-team-pahittsta "
    view.join.button.click()
    assert isinstance(visitor_page.view, TeamView)
    assert visitor_page.session.role is Role.TEAM and visitor_page.session.team_id == 2
    assert "Påhittsta – vuxenenheten" in page_text(visitor_page.widget)


def test_facilitator_opens_with_the_facilitator_code(visitor_page):
    view = visitor_page.view
    view.open_collaborative.value = 1
    view.open_code.value = "fel-kod-123"
    view.open_button.click()
    assert "Koden stämmer inte" in visitor_page.messages.text
    view.open_code.value = "demo-processledning"
    view.open_button.click()
    assert isinstance(visitor_page.view, FacilitatorView)


def test_the_creation_form_opens_on_request(visitor_page):
    assert "Samverkans namn" not in page_text(visitor_page.widget)
    visitor_page.view.show_create_button.click()
    assert "Samverkans namn" in page_text(visitor_page.widget)


def test_an_empty_installation_shows_the_creation_form_at_once(store):
    assert "Samverkans namn" in page_text(build_start_page("", store).widget)


def test_creating_a_collaborative_opens_it_as_facilitator(visitor_page, demo_store):
    visitor_page.view.show_create_button.click()
    form = visitor_page.view.create_form
    form.name.value = "Tidigt stöd i Norrby"
    form.region.value = "RSS Norr"
    form.period_start.value = "2027-01-01"
    form.period_end.value = "2027-12-31"
    form.seminars.add_button.click()
    form.seminars.rows[0][1].value = "2027-01-20"
    visitor_page.view.create_code.value = "norrby-kod-1"
    visitor_page.view.create_button.click()
    assert visitor_page.messages.kind == "success"
    assert isinstance(visitor_page.view, FacilitatorView)
    created = get_collaborative(demo_store, visitor_page.session.collaborative_id)
    assert (created.name, created.region, [s.kind for s in created.seminars]) == (
        "Tidigt stöd i Norrby", "RSS Norr", [SeminarKind.KICKOFF])


def test_bad_collaborative_input_is_refused_and_nothing_is_stored(visitor_page, demo_store):
    before = list_collaboratives(demo_store)
    view = visitor_page.view
    view.show_create_button.click()
    cases = [
        ("", "kod-123456", "Fyll i samverkans namn."),
        ("N" * 130, "kod-123456", "högst 120 tecken"),
        ("Tidigt stöd – exempelsamverkan (fiktiv)", "kod-123456", "finns redan"),
        ("Ny samverkan", "kod med mellanslag", "mellanslag"),
    ]
    for name, code, message in cases:
        view.create_form.name.value = name
        view.create_code.value = code
        view.create_button.click()
        assert message in visitor_page.messages.text
        assert isinstance(visitor_page.view, VisitorView)
    view.create_form.name.value = "Ny samverkan"
    view.create_code.value = "kod-123456"
    view.create_form.seminars.add_button.click()
    view.create_button.click()
    assert "Träff 1 saknar datum" in visitor_page.messages.text
    assert list_collaboratives(demo_store) == before
