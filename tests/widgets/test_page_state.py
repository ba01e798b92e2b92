"""The page state: choices kept across redraws, subscribers told of the keys they follow, stale views forgotten."""

from __future__ import annotations

from widgets.page_state import SESSION, PageState
from workshop.session import Session


def test_a_choice_is_kept_and_told_only_to_those_who_follow_its_key():
    state, heard = PageState(Session("sv")), []
    state.subscribe(lambda: heard.append("cycle"), "cycle_id")
    state.subscribe(lambda: heard.append("filter"), "area")
    state.choose(cycle_id=3)
    assert state.chosen("cycle_id") == 3 and heard == ["cycle"]
    state.choose(cycle_id=3)  # no change, nobody told
    assert heard == ["cycle"]


def test_keeping_a_choice_tells_nobody():
    state, heard = PageState(Session("sv")), []
    state.subscribe(lambda: heard.append("cycle"), "cycle_id")
    state.keep(cycle_id=5)
    assert state.chosen("cycle_id") == 5 and heard == []


def test_views_replaced_by_a_page_redraw_are_not_told():
    state, heard = PageState(Session("sv")), []

    def redraw_page() -> None:
        heard.append("page")
        state.forget_views()
        state.subscribe(lambda: heard.append("new view"), "cycle_id")

    state.subscribe(redraw_page, "cycle_id", page=True)
    state.subscribe(lambda: heard.append("old view"), "cycle_id")
    state.choose(cycle_id=1)
    assert heard == ["page"]
    state.forget_views()
    state.choose(cycle_id=2)
    assert heard == ["page", "page"]


def test_a_new_session_is_told_to_the_page_and_versions_are_remembered():
    state, heard = PageState(Session("sv")), []
    state.subscribe(lambda: heard.append(state.session.language), SESSION, page=True)
    state.change_session(Session("en"))
    state.remember_version(("measure", 4), 7)
    assert heard == ["en"] and state.version(("measure", 4)) == 7 and state.version(("measure", 5)) is None
