"""The program page, the facilitator's view of all teams and the team's Start page, built on the whole demo."""

from __future__ import annotations

import pytest

from tests.widgets.reading import all_widgets, page_text
from widgets.seminars.overview_page import build_overview_page
from widgets.seminars.program_page import build_program_page
from widgets.start.page import build_start_page
from workshop.reports.records.faculty_score import list_faculty_scores
from workshop.seminars import get_program
from workshop.session import join_team, open_as_facilitator

FACILITATOR_CODE = "demo-processledning"


@pytest.fixture
def facilitator(seminar_demo_store):
    return open_as_facilitator(seminar_demo_store, 1, FACILITATOR_CODE)


@pytest.fixture
def overview(seminar_demo_store, facilitator):
    return build_overview_page(facilitator.query(), seminar_demo_store)


def test_the_overview_shows_every_table_with_words_beside_each_sign(overview):
    text = page_text(overview.widget)
    assert "4 av 4 team" in text
    assert "▲</span> <strong>Förbättring</strong>" in text and "▼</span> <strong>Oro</strong>" in text
    for words in ("Inlämnad", "Sen", "Saknas", "Självskattning och processledningens bedömning",
                  "Förändringar i alla team", "Från katalogen"):
        assert words in text, words
    assert overview.messages.text == ""


def test_filtering_to_one_municipality_and_sorting(overview):
    overview.view.municipality.value = "Fiktiva Åby kommun"
    text = page_text(overview.widget)
    assert "1 av 4 team" in text and "Exempelkommun – försörjningsstöd" not in text.split("Processledningens")[0]
    assert overview.state.chosen("overview_municipality") == "Fiktiva Åby kommun"
    overview.view.municipality.value = None
    overview.view.sort.value = "cycles"
    summary = overview.view.children[3].value
    assert summary.index("Exempelkommun") < summary.index("Demoby")  # the team with cycles first


def test_a_faculty_score_is_saved_and_the_team_reads_it(overview, seminar_demo_store):
    form = overview.view.children[8]
    view = overview.view
    team_field, month_field, score, justification, suggestion, save = form.children[2:8]
    team_field.value = 4  # Demoby
    form = overview.view.children[8]
    team_field, month_field, score, justification, suggestion, save = form.children[2:8]
    month_field.value = "2026-10"
    form = overview.view.children[8]
    team_field, month_field, score, justification, suggestion, save = form.children[2:8]
    score.value, justification.value, suggestion.value = 1.0, "Teamet är bildat.", "Gör målgruppsinventeringen."
    save.click()
    assert overview.messages.kind == "success", overview.messages.text
    assert [(s.month, s.score) for s in list_faculty_scores(seminar_demo_store, 4)] == [("2026-10", 1.0)]
    assert view is not overview.view
    team = build_start_page(join_team(seminar_demo_store, 4, "demo-team-demoby").query(), seminar_demo_store)
    text = page_text(team.widget)
    assert "Processledningens bedömning av teamet" in text and "Gör målgruppsinventeringen." in text


def test_a_score_off_the_month_list_is_refused_and_nothing_is_stored(overview, seminar_demo_store):
    form = overview.view.children[8]
    save = form.children[7]
    before = list_faculty_scores(seminar_demo_store, 1)
    save.click()  # no level chosen
    assert overview.messages.kind == "warning" and "Välj teamets nivå på skalan." in overview.messages.text
    assert list_faculty_scores(seminar_demo_store, 1) == before


def test_a_team_link_never_reaches_the_overview(seminar_demo_store):
    team = join_team(seminar_demo_store, 1, "demo-team-exempel")
    page = build_overview_page(team.query(), seminar_demo_store)
    assert page.view is None and "Bara samverkans processledare" in page.messages.text
    assert "Förändringar i alla team" not in page_text(page.widget)


def _button(page, label: str):
    [found] = [widget for widget in all_widgets(page.widget) if getattr(widget, "description", "") == label]
    return found


def test_the_program_lists_every_meeting_and_the_facilitator_changes_one(seminar_demo_store, facilitator):
    page = build_program_page(facilitator.query(), seminar_demo_store)
    text = page_text(page.widget)
    assert text.count("Lärandeseminarium") >= 6 and "Ta med till träffen" in text and "Tvärgrupper" in text
    page.view.place.value = "Stadshuset, sal 2"
    page.view.start.value = "10:00"
    save = _button(page, "Spara träffen")
    save.click()
    assert page.messages.kind == "success", page.messages.text
    first = get_program(seminar_demo_store, 1).meetings[0]
    assert first.place == "Stadshuset, sal 2" and first.start_time.hour == 10
    page.view.end.value = "08:00"
    save = _button(page, "Spara träffen")
    save.click()
    assert page.messages.kind == "warning" and "innan det börjar" in page.messages.text
    assert get_program(seminar_demo_store, 1).meetings[0] == first


def test_a_team_sees_the_program_without_the_facilitators_tools_and_its_next_meeting(seminar_demo_store):
    team = join_team(seminar_demo_store, 1, "demo-team-exempel")
    program = page_text(build_program_page(team.query(), seminar_demo_store).widget)
    assert "Introduktionsträff" in program and "Spara träffen" not in program and "09_tvargrupper" not in program
    start = page_text(build_start_page(team.query(), seminar_demo_store).widget)
    assert "Nästa träff" in start and "07_program.ipynb" in start


def test_the_facilitators_start_links_to_the_facilitators_pages(seminar_demo_store, facilitator):
    text = page_text(build_start_page(facilitator.query(), seminar_demo_store).widget)
    assert "08_oversikt.ipynb?collab=1" in text and "07_program.ipynb?collab=1" in text
    assert "09_tvargrupper.ipynb?collab=1" in text
    assert "09_tvargrupper.ipynb?collab=1" in page_text(build_program_page(facilitator.query(),
                                                                          seminar_demo_store).widget)
