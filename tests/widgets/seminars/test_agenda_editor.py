"""The facilitator edits a meeting's agenda and its two lists on the program page, on the whole demo."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.widgets.reading import page_text
from widgets.seminars.program_page import build_program_page
from workshop.seminars import AgendaKind, get_program
from workshop.session import join_team, open_as_facilitator


@pytest.fixture
def page(seminar_demo_store):
    facilitator = open_as_facilitator(seminar_demo_store, 1, "demo-processledning")
    return build_program_page(facilitator.query(), seminar_demo_store)


def _first(store):
    return get_program(store, 1).meetings[0]


def test_an_added_agenda_item_past_the_end_is_saved_and_flagged(page, seminar_demo_store):
    editor = page.view.agenda_editor
    editor.agenda.add()
    start, end, title, kind = editor.agenda.lines[-1]
    start.value, end.value, title.value, kind.value = "15.30", "16:15", "Mingel", AgendaKind.BREAK
    editor.save.click()
    assert page.messages.kind == "success", page.messages.text
    saved = _first(seminar_demo_store).agenda[-1]
    assert (saved.start, saved.end, saved.title, saved.kind) == (dt.time(15, 30), dt.time(16, 15), "Mingel",
                                                                 AgendaKind.BREAK)
    assert "Programmet drar över träffens sluttid" in page_text(page.widget)


def test_lines_are_changed_moved_and_removed_and_saved_in_their_new_order(page, seminar_demo_store):
    before = _first(seminar_demo_store)
    assert len(before.bring) == 2
    editor = page.view.agenda_editor
    editor.bring.move(1, -1)  # the second line first
    editor.bring.move(0, -1)  # at the top: nothing moves
    editor.next_time.add()
    text, step = editor.next_time.lines[-1]
    text.value, step.value = "Läs kunskapssammanställningen", "changes"
    editor.next_time.remove(0)
    editor.agenda.remove(0)
    editor.agenda.lines[0][2].value = "Tvärgrupper i nya grupper"
    editor.save.click()
    assert page.messages.kind == "success", page.messages.text
    after = _first(seminar_demo_store)
    assert after.bring == (before.bring[1], before.bring[0])
    assert [(task.text, task.step) for task in after.next_time] == [("Läs kunskapssammanställningen", "changes")]
    assert [item.title for item in after.agenda] == ["Tvärgrupper i nya grupper",
                                                     *(item.title for item in before.agenda[2:])]
    team = join_team(seminar_demo_store, 1, "demo-team-exempel")
    assert "Läs kunskapssammanställningen" in page_text(build_program_page(team.query(), seminar_demo_store).widget)


@pytest.mark.parametrize(("line", "message"), [
    (("14:00", "13:00", "Bakvänd"), "innan det börjar"),
    (("9-30", "10:00", "Fel tid"), "skriv tiden som TT:MM"),
    (("", "10:00", "Utan start"), "Fyll i programpunkt"),
    (("09:30", "10:00", "   "), "Fyll i"),
])
def test_a_wrong_agenda_line_is_refused_in_swedish_and_nothing_is_stored(page, seminar_demo_store, line, message):
    before = _first(seminar_demo_store)
    editor = page.view.agenda_editor
    editor.bring.lines[0][0].value = "Ändrad rad som inte ska sparas"
    editor.agenda.add()
    start, end, title, _kind = editor.agenda.lines[-1]
    start.value, end.value, title.value = line
    editor.save.click()
    assert page.messages.kind == "warning" and message in page.messages.text, page.messages.text
    assert "Traceback" not in page.messages.text
    assert _first(seminar_demo_store) == before


def test_the_editor_follows_the_chosen_meeting_and_a_team_never_sees_it(page, seminar_demo_store):
    second = get_program(seminar_demo_store, 1).meetings[1]
    page.view.choice.value = second.id
    assert page.view.agenda_editor.meeting.id == second.id
    assert "Programpunkter och listor för Lärandeseminarium 1" in page_text(page.widget)
    team = join_team(seminar_demo_store, 1, "demo-team-exempel")
    assert "Lägg till en programpunkt" not in page_text(build_program_page(team.query(), seminar_demo_store).widget)
