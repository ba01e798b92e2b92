"""The presenter page on the demo: the order and who presents, the way through two teams' slides, the timer's
markup, charts drawn, small counts masked, and a team's link refused."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from jupyter_bokeh import BokehModel

from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import all_widgets, page_text
from widgets.presenter.page import build_presentation_page
from widgets.presenter.plan_view import PlanView
from widgets.presenter.slideshow import SlideShow
from widgets.presenter.timer import clock_text, timer_markup
from widgets.start.page import build_start_page
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.session import join_team, open_as_facilitator

DEMOBY, EXEMPEL, ABY, PAHITTSTA = "Demoby – unga vuxna", "Exempelkommun – försörjningsstöd", \
    "Fiktiva Åby – tidigt stöd", "Påhittsta – vuxenenheten"


@pytest.fixture
def facilitator(demo_store):
    return open_as_facilitator(demo_store, 1, "demo-processledning")


@pytest.fixture
def page(demo_store, facilitator):
    return build_presentation_page(facilitator.query(), demo_store)


def _order(page) -> list[tuple[str, str]]:
    """(number or "Presenterar inte", team) of each row, as the page shows them."""
    return [(row.number.value.split(">")[1].split("<")[0], row.presented.description) for row in page.view.rows]


def _row(page, team: str):
    return next(row for row in page.view.rows if row.presented.description == team)


def _heading(page) -> str:
    return page.view.heading.value


def test_the_teams_stand_by_name_and_move_up_and_down(page):
    assert _order(page) == [("1.", DEMOBY), ("2.", EXEMPEL), ("3.", ABY), ("4.", PAHITTSTA)]
    assert page.view.rows[0].up.disabled and page.view.rows[3].down.disabled
    _row(page, ABY).up.click()
    _row(page, ABY).up.click()
    _row(page, DEMOBY).down.click()
    assert _order(page) == [("1.", ABY), ("2.", EXEMPEL), ("3.", DEMOBY), ("4.", PAHITTSTA)]
    assert page.view.rows[0].up.tooltip == f"Flytta {ABY} upp"


def test_a_team_left_out_shows_so_and_is_not_presented(page):
    _row(page, EXEMPEL).presented.value = False
    _row(page, PAHITTSTA).presented.value = False
    assert _order(page) == [("1.", DEMOBY), ("Presenterar inte", EXEMPEL), ("2.", ABY),
                            ("Presenterar inte", PAHITTSTA)]
    page.view.start.click()
    assert isinstance(page.view, SlideShow) and f"<strong>{DEMOBY}</strong>" in _heading(page)
    assert "Bild 1 av 2 · Team 1 av 2" in _heading(page)


def test_with_nobody_presenting_start_is_refused_in_words(page):
    for row in page.view.rows:
        row.presented.value = False
    page.view.start.click()
    assert isinstance(page.view, PlanView)
    assert page.messages.kind == "warning" and "Välj minst ett team som ska presentera." in page.messages.text


def test_the_slides_go_through_one_team_then_the_next_and_back(page):
    _row(page, ABY).up.click()
    _row(page, ABY).up.click()  # Åby, Demoby, Exempelkommun, Påhittsta
    page.view.start.click()
    show = page.view
    count = int(re.search(r"Bild 1 av (\d+) · Team 1 av 4", _heading(page)).group(1))
    assert show.previous.disabled and count > 4
    first_timer = show.timer.value
    for _slide in range(count - 1):
        show.next.click()
    assert f"<strong>{ABY}</strong><br>Bild {count} av {count}" in _heading(page) and show.timer.value == first_timer
    show.next.click()
    assert f"<strong>{DEMOBY}</strong><br>Bild 1 av 2 · Team 2 av 4" in _heading(page)
    assert show.timer.value != first_timer  # the next team's timer starts anew
    show.previous.click()
    assert f"Bild {count} av {count} · Team 1 av 4" in _heading(page) and show.messages.text == ""


def test_the_last_slide_of_all_ends_the_way_and_esc_s_button_returns_to_the_order(page):
    for row in page.view.rows[1:]:
        row.presented.value = False
    page.view.minutes.value = 7
    page.view.start.click()
    page.view.next.click()
    assert "Bild 2 av 2 · Team 1 av 1" in _heading(page) and page.view.next.disabled
    assert 'data-gk-timer="420"' in page.view.timer.value
    page.view.leave.click()
    assert isinstance(page.view, PlanView) and page.view.minutes.value == 7
    assert _order(page)[1] == ("Presenterar inte", EXEMPEL)


def test_the_timer_counts_from_the_minutes_set_and_says_when_time_is_up_in_words():
    assert clock_text(300) == "05:00" and clock_text(9) == "00:09" and clock_text(-3) == "00:00"
    markup = timer_markup(5, 2)
    assert 'data-gk-timer="300"' in markup and 'data-gk-over="Tiden är ute"' in markup
    assert '<span class="gk-timer-label">Tid kvar</span>' in markup and ">05:00</span>" in markup
    assert timer_markup(5, 3) != markup


def test_a_result_slide_shows_the_verdict_in_words_and_draws_the_chart(page):
    _row(page, EXEMPEL).up.click()
    page.view.start.click()
    while "Resultat:" not in page_text(page.view.slide):
        page.view.next.click()
    text = page_text(page.view.slide)
    assert "Ingen signal: slumpmässig variation" in text
    assert any(isinstance(widget, BokehModel) for widget in all_widgets(page.view.slide))


def test_a_small_target_group_shows_masked_on_its_slide(demo_store, page):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40},
                                 reasons={"unemployment": 41})
    save_inventory(demo_store, 2, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    for row in page.view.rows:
        row.presented.value = row.presented.description == PAHITTSTA
    page.view.start.click()
    page.view.next.click()
    text = page_text(page.view.slide)
    assert "<h2>Målgrupp</h2>" in text and '<td class="gk-num">&lt;5</td>' in text
    assert ">3</td>" not in text


def test_a_team_link_never_reaches_the_presenter(demo_store):
    team = join_team(demo_store, 1, "demo-team-exempel")
    page = build_presentation_page(team.query(), demo_store)
    assert page.view is None and "Bara samverkans processledare" in page.messages.text
    assert "Starta presentationen" not in page_text(page.widget)


def test_the_facilitators_start_links_to_the_presenter(demo_store, facilitator):
    text = page_text(build_start_page(facilitator.query(), demo_store).widget)
    assert "10_presentation.ipynb?collab=1" in text and "Presentera teamens storyboards på en träff" in text


def test_the_plan_opens_without_loading_bokeh(demo_store):
    """The slides' charts load it when the presenting starts."""
    assert "bokeh" not in modules_of_first_render("widgets.presenter.page:build_presentation_page", demo_store,
                                                  "open_as_facilitator(store, 1, 'demo-processledning')")
