"""Start page for a facilitator: teams with their progress and links, adding teams, editing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.widgets.reading import page_text
from workshop.collaboratives import get_collaborative, update_collaborative
from workshop.errors import AccessDenied
from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report
from workshop.session import join_team, resolve
from workshop.teams import list_teams


def test_facilitator_sees_every_team_with_progress_and_links(facilitator_page):
    text = page_text(facilitator_page.widget)
    assert "Team (4)" in text
    assert "Fiktiva Åby – tidigt stöd" in text
    assert "2 av 6 steg klara · Arbetar med: 2. Mål och mått" in text
    assert "5 av 6 steg klara" in text
    assert text.count("Teamets egen länk") == 4
    assert "collab=1&amp;team=3&amp;key=" in text
    assert text.count("Senaste självskattning: –") == 4


def test_facilitator_sees_each_teams_latest_self_assessment(facilitator_page, demo_store):
    for month, details in (("2026-09", MonthlyReportDetails(self_score=1.5)),
                           ("2026-10", MonthlyReportDetails(self_score=2.5)),
                           ("2026-11", MonthlyReportDetails(tested="Inte skattad den här månaden"))):
        save_monthly_report(demo_store, 1, month, details, expected_version=0, actor="team:1",
                            today=dt.date(2026, 11, 23))
    facilitator_page.render()
    text = page_text(facilitator_page.widget)
    [row] = [item for item in text.split("<li>") if "Exempelkommun" in item]
    assert "Senaste självskattning: 2,5 (okt. 2026)" in row
    assert "1,5" not in row
    assert text.count("Senaste självskattning: –") == 3


def test_adding_a_team_shows_its_code_and_lists_it(facilitator_page, demo_store):
    view = facilitator_page.view
    view.team_name.value = "Norrby – mottagningen"
    view.team_municipality.value = "Norrby kommun"
    code = view.team_code.value
    view.add_team_button.click()
    assert facilitator_page.messages.kind == "success"
    assert code in facilitator_page.messages.text
    assert "Norrby – mottagningen" in [o.team.name for o in list_teams(demo_store, 1)]
    assert "Team (5)" in page_text(facilitator_page.widget)


def test_bad_team_input_is_refused_and_nothing_is_stored(facilitator_page, demo_store):
    view = facilitator_page.view
    cases = [
        ("", "Kommun", "team-kod-1", "Fyll i teamets namn."),
        ("Exempelkommun – försörjningsstöd", "Kommun", "team-kod-1", "finns redan"),
        ("Nytt team", "", "team-kod-1", "Fyll i kommun."),
        ("Nytt team", "Kommun", "team kod", "mellanslag"),
    ]
    for name, municipality, code, message in cases:
        view.team_name.value, view.team_municipality.value, view.team_code.value = name, municipality, code
        view.add_team_button.click()
        assert message in facilitator_page.messages.text
    assert len(list_teams(demo_store, 1)) == 4


def test_team_names_are_shown_as_text_never_as_markup(facilitator_page):
    view = facilitator_page.view
    view.team_name.value = '<img src=x onerror="alert(1)">'
    view.team_municipality.value = "<b>Kommun</b>"
    view.add_team_button.click()
    text = page_text(facilitator_page.widget)
    assert "<img src=x" not in text and "<b>Kommun</b>" not in text
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in text


def test_saving_the_collaborative(facilitator_page, demo_store):
    facilitator_page.view.edit_form.region.value = "Ny region"
    facilitator_page.view.save_button.click()
    assert facilitator_page.messages.text == "Samverkan är sparad."
    assert get_collaborative(demo_store, 1).region == "Ny region"


def test_a_stale_edit_of_the_collaborative_is_refused_and_input_kept(facilitator_page, demo_store):
    current = get_collaborative(demo_store, 1)
    update_collaborative(demo_store, 1, replace(current.details, region="Ändrad av någon annan"),
                         expected_version=current.version, actor="other")
    facilitator_page.view.edit_form.region.value = "Min ändring"
    facilitator_page.view.save_button.click()
    assert "Någon annan har sparat" in facilitator_page.messages.text
    assert facilitator_page.view.edit_form.region.value == "Min ändring"
    assert get_collaborative(demo_store, 1).region == "Ändrad av någon annan"


def test_changing_a_teams_code_stops_old_links(facilitator_page, demo_store):
    old_link = join_team(demo_store, 2, "demo-team-pahittsta")
    view = facilitator_page.view
    view.change_code_button.click()
    assert facilitator_page.messages.text == "Välj teamet först."
    view.code_team.value = 2
    view.new_code.value = "ny kod"
    view.change_code_button.click()
    assert "mellanslag" in facilitator_page.messages.text
    view.new_code.value = "helt-ny-kod-2"
    view.change_code_button.click()
    assert facilitator_page.messages.kind == "success"
    assert "helt-ny-kod-2" in facilitator_page.messages.text
    with pytest.raises(AccessDenied):
        resolve(demo_store, old_link.query())
    assert join_team(demo_store, 2, "helt-ny-kod-2").team_id == 2


def test_facilitator_sees_recent_wrong_codes_per_team(demo_store, monkeypatch):
    from widgets.start.page import build_start_page
    from workshop import guessing
    from workshop.session import open_as_facilitator

    monkeypatch.setattr(guessing, "hold", lambda _duration: None)
    for _attempt in range(3):
        with pytest.raises(AccessDenied):
            join_team(demo_store, 2, "gissad-kod-1")
    with pytest.raises(AccessDenied):
        join_team(demo_store, 3, "gissad-kod-1")
    page = build_start_page(open_as_facilitator(demo_store, 1, "demo-processledning").query(), demo_store)
    text = page_text(page.widget)
    assert "3 felaktiga koder har skrivits för teamet det senaste dygnet" in text
    assert "1 felaktig kod har skrivits för teamet det senaste dygnet" in text
    assert text.count("har skrivits för teamet det senaste dygnet") == 2


def test_facilitator_changes_their_own_code_and_goes_on_with_a_new_link(facilitator_page, demo_store):
    from workshop.session import open_as_facilitator

    old_query = facilitator_page.session.query()
    view = facilitator_page.view
    view.new_facilitator_code.value = "ny-ledningskod-1"
    view.change_facilitator_code_button.click()
    assert facilitator_page.messages.text.startswith("Processledarkoden är nu ny-ledningskod-1.")
    assert resolve(demo_store, facilitator_page.session.query()).collaborative_id == 1
    with pytest.raises(AccessDenied):
        resolve(demo_store, old_query)
    with pytest.raises(AccessDenied):
        open_as_facilitator(demo_store, 1, "demo-processledning")
