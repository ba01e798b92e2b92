"""A page opened before its code changed: nothing more is saved, it says so and asks for the new code, and
everything typed stays in its fields."""

from __future__ import annotations

from tests.widgets.reading import page_text
from widgets.start.page import build_start_page
from workshop.collaboratives import change_facilitator_code
from workshop.session import open_as_facilitator
from workshop.teams import change_team_code, get_team, list_teams


def test_a_team_page_whose_code_changed_keeps_the_input_and_goes_on_with_the_new_code(team_page, demo_store):
    view = team_page.view
    change_team_code(demo_store, 1, new_code="helt-ny-kod", actor="facilitator:1")
    before = get_team(demo_store, 1)

    view.unit.value = "Skrivet efter bytet"

    assert view.unit.value == "Skrivet efter bytet"
    assert view.autosave.state == "revoked"
    assert "Koden har ändrats efter att sidan öppnades" in view.autosave.status.value
    assert team_page.messages.text.startswith("Koden har ändrats efter att sidan öppnades")
    assert "Traceback" not in page_text(team_page.widget)
    children = team_page.widget.children
    assert team_page.rejoin.widget in children[children.index(team_page.body[0]) - 1].children  # just above the body
    assert "Teamets nya kod" in page_text(team_page.widget)
    assert get_team(demo_store, 1) == before

    team_page.rejoin.code.value = "fel-kod-123"
    team_page.rejoin.button.click()
    assert team_page.messages.text.startswith("Koden stämmer inte.")
    assert get_team(demo_store, 1) == before

    old_key = team_page.session.key
    team_page.rejoin.code.value = "helt-ny-kod"
    team_page.rejoin.button.click()
    assert get_team(demo_store, 1).unit == "Skrivet efter bytet"  # the refused autosave saved again
    assert view.autosave.state == "saved"
    assert "Teamets nya kod" not in page_text(team_page.widget)
    assert team_page.view is view and view.unit.value == "Skrivet efter bytet"
    assert team_page.session.key != old_key and f"key={team_page.session.key}" in page_text(team_page.widget)

    update = team_page.rejoin_box.children[0].children[-1]
    assert update.description == "Uppdatera sidan"
    update.click()
    assert team_page.view is not view and old_key not in page_text(team_page.widget)
    assert team_page.rejoin_box.children == ()


def test_a_facilitator_page_whose_code_changed_keeps_the_new_team_form(facilitator_page, demo_store):
    view = facilitator_page.view
    change_facilitator_code(demo_store, 1, new_code="ny-ledningskod",
                            actor=open_as_facilitator(demo_store, 1, "demo-processledning").actor)
    view.team_name.value = "Nya teamet"
    view.team_municipality.value = "Nykommun"
    view.add_team_button.click()

    assert facilitator_page.messages.text.startswith("Koden har ändrats efter att sidan öppnades")
    assert "Ny processledarkod" in page_text(facilitator_page.widget)
    assert (view.team_name.value, view.team_municipality.value) == ("Nya teamet", "Nykommun")
    assert "Nya teamet" not in [overview.team.name for overview in list_teams(demo_store, 1)]

    facilitator_page.rejoin.code.value = "ny-ledningskod"
    facilitator_page.rejoin.button.click()
    view.add_team_button.click()
    assert "Nya teamet" in [overview.team.name for overview in list_teams(demo_store, 1)]


def test_a_page_opened_with_a_changed_link_still_says_so_and_offers_nothing_to_save(demo_store, team_page):
    query = team_page.session.query()
    change_team_code(demo_store, 1, new_code="helt-ny-kod", actor="facilitator:1")
    reopened = build_start_page(query, demo_store)
    assert reopened.messages.text.startswith("Länken ger inte åtkomst")
