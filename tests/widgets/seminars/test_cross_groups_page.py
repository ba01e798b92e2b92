"""The cross-groups page on the whole demo: the facilitator draws, draws again and saves; bad input is told in
Swedish with everything typed kept and nothing stored; a team's link never reaches the page."""

from __future__ import annotations

import pytest

import widgets.groups.view as view_module
from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import page_text
from widgets.groups.page import build_groups_page
from widgets.groups.view import DRAWS, LISTS
from workshop.groups import earlier_groups, group_counts, meeting_groups
from workshop.seminars import get_program, next_meeting
from workshop.session import join_team, open_as_facilitator

EXEMPEL, PAHITTSTA, ABY, DEMOBY = 1, 2, 3, 4


@pytest.fixture
def facilitator(seminar_demo_store):
    return open_as_facilitator(seminar_demo_store, 1, "demo-processledning")


@pytest.fixture
def page(seminar_demo_store, facilitator):
    return build_groups_page(facilitator.query(), seminar_demo_store)


def shown_names(page) -> list[list[str]]:
    return [[person.label for person in group] for group in page.state.chosen("groups_drawn")[page.view.meeting.id]
            .groups]


def test_draw_again_and_save_the_next_meeting_s_groups(page, seminar_demo_store, facilitator):
    view = page.view
    upcoming = next_meeting(seminar_demo_store, 1)
    assert view.meeting.id == upcoming.id and view.choice.value == upcoming.id
    # The lists of the last saved meeting are filled in, so the same people need not be typed again.
    assert view.lists[EXEMPEL].value == "Anna*\nBo\nCecilia" and view.lists[ABY].value == "3"
    assert "Inga grupper är sparade för den här träffen än." in page_text(page.widget)
    assert view.save_button.disabled and view.draw_button.description == "Dra grupper"

    view.draw_button.click()
    first = shown_names(page)
    text = page_text(page.widget)
    assert page.messages.text.startswith("Grupperna är dragna.")
    assert "3 grupper, 12 personer" in text and "(jämfört med 2 sparade träffar)" in text
    earlier = [saved.groups for saved in earlier_groups(seminar_demo_store, facilitator, upcoming.id)]
    drawn = page.state.chosen("groups_drawn")[upcoming.id].groups
    repeated = group_counts(drawn, earlier=earlier).repeated
    assert repeated >= 1  # 4 teams of 3 cannot meet a third time in groups of 4 without a pair meeting again
    assert f"{repeated} par har träffats på en tidigare träff" in text
    assert "0 par från samma kommun" in text
    assert "Grupp 1" in text and "Anna</strong>" in text and "värd" in text
    assert "Fiktiva Åby – tidigt stöd, person 2" in text
    assert "Grupp 1\n" in text and 'data-gk-print' in text and 'download="tvargrupper-' in text

    page.view.draw_button.click()
    assert page.view.draw_button.description == "Dra om" and page.state.chosen(DRAWS) == 2
    second = shown_names(page)
    assert sorted(map(sorted, first)) != sorted(map(sorted, second)) or first != second  # a new draw was made
    assert meeting_groups(seminar_demo_store, facilitator, upcoming.id) is None  # nothing saved by drawing

    page.view.save_button.click()
    assert page.messages.text == "Grupperna för Lärandeseminarium 3 sparades."
    saved = meeting_groups(seminar_demo_store, facilitator, upcoming.id)
    assert [[person.label for person in group] for group in saved.groups] == second
    assert page.view.save_button.disabled

    again = build_groups_page(facilitator.query(), seminar_demo_store)  # the meeting opened again
    text = page_text(again.widget)
    assert "Grupperna för den här träffen sparades" in text and "Grupp 3" in text


def test_the_lists_and_the_draw_are_kept_when_another_meeting_is_chosen(page):
    view = page.view
    view.lists[DEMOBY].value = "Gustav\nHanna*\nIsak\nJonna"
    view.amount.value = "3"
    view.draw_button.click()
    upcoming = page.view.meeting.id
    page.view.choice.value = page.view.choice.options[0][1]  # another meeting
    assert page.view.lists[DEMOBY].value == "Gustav\nHanna*\nIsak\nJonna" and page.view.amount.value == "3"
    page.view.choice.value = upcoming
    assert upcoming in page.state.chosen("groups_drawn") and not page.view.save_button.disabled


def test_a_number_of_groups_instead_of_a_size(page):
    page.view.split.value = "count"
    page.view.amount.value = "4"
    page.view.draw_button.click()
    assert "4 grupper, 12 personer" in page_text(page.widget)
    page.view.amount.value = "7"
    page.view.draw_button.click()
    assert page.messages.text == "12 deltagare räcker till högst 6 grupper om två eller fler."
    assert "4 grupper, 12 personer" in page_text(page.widget)  # the groups drawn before stay


@pytest.mark.parametrize(("team", "typed", "amount", "message"), [
    (EXEMPEL, "Anna\nBo\nanna", "4", "Exempelkommun – försörjningsstöd: anna står två gånger. Lägg till en initial"),
    (EXEMPEL, "Anna\nBo\nCecilia", "13", "Grupper om 13 behöver minst 13 deltagare; nu deltar 12."),
    (EXEMPEL, "Anna\nBo\nCecilia", "1", "En grupp behöver minst två personer."),
    (EXEMPEL, "Anna\nBo\nCecilia", "fyra", "Antal måste vara ett tal."),
    (EXEMPEL, "Anna\nBo\nCecilia", "0", "Skriv antalet: ett heltal större än 0."),
    (PAHITTSTA, "Dina*\nErik*\nFatima*", "4", "5 gruppvärdar kan inte fördelas en per grupp på 3 grupper."),
])
def test_bad_input_is_told_in_swedish_keeps_what_was_typed_and_stores_nothing(page, seminar_demo_store, facilitator,
                                                                              team, typed, amount, message):
    page.view.lists[team].value = typed
    page.view.amount.value = amount
    page.view.draw_button.click()
    assert page.messages.text.startswith(message), page.messages.text
    assert page.view.lists[team].value == typed and page.view.amount.value == amount
    assert page.state.chosen("groups_drawn") is None and page.view.save_button.disabled
    assert meeting_groups(seminar_demo_store, facilitator, page.view.meeting.id) is None


def test_blank_lines_are_left_out_and_a_team_without_participants_is_named(page):
    page.view.lists[EXEMPEL].value = "\nAnna*\n\n  \nBo\n"
    page.view.lists[ABY].value = "\n\n"
    page.view.amount.value = "3"
    page.view.draw_button.click()
    assert "Fiktiva Åby – tidigt stöd har inga deltagare listade och är inte med i grupperna." in page.messages.text
    text = page_text(page.widget)
    assert "3 grupper, 8 personer" in text and "Fiktiva Åby" not in text.split("Grupp 1")[1].split("Till grupprum")[0]
    assert page.state.chosen(LISTS)[EXEMPEL] == "\nAnna*\n\n  \nBo\n"


def test_a_team_link_never_reaches_the_page(seminar_demo_store):
    team = join_team(seminar_demo_store, ABY, "demo-team-aby")
    page = build_groups_page(team.query(), seminar_demo_store)
    assert page.messages.text.startswith("Bara samverkans processledare kan göra detta.")
    assert page.view is None and "Anna" not in page_text(page.widget)


def test_the_draw_keeps_pairs_apart_for_the_meetings_still_to_come(page, seminar_demo_store, monkeypatch):
    asked = []
    real_draw = view_module.draw_groups
    monkeypatch.setattr(view_module, "draw_groups", lambda *args, **kwargs: asked.append(kwargs["ahead"])
                        or real_draw(*args, **kwargs))
    this = page.view.meeting
    later = [meeting for meeting in get_program(seminar_demo_store, 1).meetings if meeting.date > this.date]
    page.view.draw_button.click()
    assert asked == [len(later)] and len(later) >= 1


def test_the_page_opens_without_loading_numpy(seminar_demo_store):
    """The search that draws groups needs numpy; the saved groups and their counts do not."""
    assert "numpy" not in modules_of_first_render("widgets.groups.page:build_groups_page", seminar_demo_store,
                                                  "open_as_facilitator(store, 1, 'demo-processledning')")
