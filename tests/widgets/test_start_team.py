"""Start page for a team: the journey, and the team's details saved automatically."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.widgets.reading import page_text
from widgets.start.page import build_start_page
from widgets.start.team import TeamView
from workshop.improvement import list_change_ideas
from workshop.model import MemberRole
from workshop.pdsa import PlanPart, create_cycle, save_plan
from workshop.session import join_team, open_as_facilitator
from workshop.steps import JOURNEY
from workshop.teams import get_team, update_team


def test_team_sees_its_journey_with_status_and_coming_steps(team_page):
    text = page_text(team_page.widget)
    assert "Exempelkommun – försörjningsstöd" in text
    for step in JOURNEY:
        assert f"{step.number}. {step.title}" in text
    assert "● Klart" in text.replace('<span aria-hidden="true">●</span>', "●")
    assert text.count("Kommer i en senare version") == sum(not step.available for step in JOURNEY)
    assert "Spara länken (som bokmärke)" in text


def test_step_links_keep_the_team_context(team_page):
    text = page_text(team_page.widget)
    assert f"00_start.ipynb?team=1&amp;key={team_page.session.key}&amp;lang=sv" in text


def test_editing_details_and_members_saves_automatically(team_page, demo_store):
    view = team_page.view
    view.unit.value = "Nya mottagningen"
    assert "Sparat kl." in view.autosave.status.value
    view.add_member_button.click()
    view.member_rows[-1][0].value = MemberRole.OTHER
    view.member_rows[-1][1].value = "Sam"
    view.member_rows[0][1].value = "Alex"
    saved = get_team(demo_store, 1)
    assert saved.unit == "Nya mottagningen"
    assert saved.members[-1].role is MemberRole.OTHER and saved.members[-1].name == "Sam"
    assert saved.members[0].name == "Alex"
    view._redraw_members()
    removed_index = len(view.member_rows) - 1
    view.members_box.children[removed_index].children[2].click()
    assert len(get_team(demo_store, 1).members) == len(saved.members) - 1


def test_invalid_details_are_not_saved_and_say_why(team_page, demo_store):
    before = get_team(demo_store, 1)
    team_page.view.municipality.value = ""
    assert team_page.view.autosave.state == "invalid"
    assert "Fyll i kommun." in team_page.view.autosave.status.value
    assert get_team(demo_store, 1) == before


def test_a_conflicting_save_is_reported_and_not_overwritten(team_page, demo_store):
    current = get_team(demo_store, 1)
    update_team(demo_store, 1, replace(current.details, unit="Ändrad av kollega"), expected_version=current.version,
                actor="team:1")
    team_page.view.unit.value = "Min ändring"
    assert team_page.view.autosave.state == "conflict"
    assert "Någon annan har sparat" in team_page.view.autosave.status.value
    assert get_team(demo_store, 1).unit == "Ändrad av kollega"


def test_facilitator_can_open_a_team_page(demo_store):
    facilitator = open_as_facilitator(demo_store, 1, "demo-processledning")
    page = build_start_page(replace(facilitator, team_id=3).query(), demo_store)
    assert isinstance(page.view, TeamView)
    assert "Du ser teamets sida som processledare." in page_text(page.widget)


def test_an_overdue_pdsa_cycle_is_flagged_with_a_link_to_the_pgsa_page(demo_store):
    idea = list_change_ideas(demo_store, 3)[0]
    cycle = create_cycle(demo_store, 3, idea.id, "Samtal med en klient", actor="team:3")
    start = dt.date.today() - dt.timedelta(days=20)
    save_plan(demo_store, 3, cycle.id, PlanPart("Samtal med en klient", start=start, end=start + dt.timedelta(days=7)),
              expected_version=cycle.version, actor="team:3")
    page = build_start_page(join_team(demo_store, 3, "demo-team-aby").query(), demo_store)
    text = page_text(page.widget)
    assert "Att följa upp" in text and "cykel 1 ”Samtal med en klient”: perioden slutade" in text
    assert "04_pgsa.ipynb?team=3" in text


def test_no_follow_up_section_when_no_cycle_is_overdue(demo_store):
    page = build_start_page(join_team(demo_store, 3, "demo-team-aby").query(), demo_store)
    assert "Att följa upp" not in page_text(page.widget)


def test_each_step_of_the_journey_says_what_it_still_needs(demo_store):
    page = build_start_page(join_team(demo_store, 4, "demo-team-demoby").query(), demo_store)
    text = page_text(page.view.children[-2])
    assert "Klart när ni har ett mål, minst ett resultatmått och en drivkraft." in text
    assert "Klart när ni har en månadsrapport och en plan för fortsättningen." in text



def test_member_rows_fit_one_line_without_narrowing_the_other_fields(team_page):
    role, name = team_page.view.member_rows[0]
    assert (role.layout.width, name.layout.width) == ("420px", "480px")
    assert team_page.view.municipality.layout.width == "640px"
