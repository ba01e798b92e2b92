"""The worksheet: parts save on their own, status rules, ramps, conflicts, long texts and markup."""

from __future__ import annotations

import datetime as dt

import ipywidgets
import pytest

from tests.widgets.pdsa.driving import click, control, create_cycle_in_page
from tests.widgets.reading import all_widgets, page_text, stepper_statuses
from workshop.improvement import list_change_ideas, set_change_idea_removed
from workshop.pdsa import CycleStatus, Decision, DoPart, Scale, get_cycle, list_cycles, save_do

TEAM, ACTOR = 3, "team:3"
START = dt.date(2026, 11, 2)


@pytest.fixture
def worksheet(pdsa_page, demo_store):
    create_cycle_in_page(pdsa_page, list_change_ideas(demo_store, TEAM)[0].title)
    return pdsa_page


def stored(store):
    [cycle] = list_cycles(store, TEAM)
    return cycle


def plan_two_questions(page) -> None:
    click(page, "Lägg till en fråga")
    click(page, "Lägg till en fråga")
    control(page, "Fråga 1").value = "Hinner vi samtalet?"
    control(page, "Förutsägelse för fråga 1").value = "Nej, det tar 20 minuter extra."
    control(page, "Fråga 2").value = "Hur tas det emot?"
    control(page, "Förutsägelse för fråga 2").value = "Väl."
    control(page, "Perioden börjar").value = START.isoformat()
    control(page, "Perioden slutar").value = (START + dt.timedelta(days=7)).isoformat()
    control(page, "Skala").value = Scale.ONE_CLIENT


def test_planera_saves_questions_with_predictions_while_the_other_parts_are_empty(worksheet, demo_store):
    plan_two_questions(worksheet)
    cycle = stored(demo_store)
    assert [(q.text, q.prediction) for q in cycle.plan.questions] == [
        ("Hinner vi samtalet?", "Nej, det tar 20 minuter extra."), ("Hur tas det emot?", "Väl.")]
    assert cycle.plan.scale is Scale.ONE_CLIENT and cycle.do == DoPart() and cycle.act.decision is None
    assert "Sparat kl." in worksheet.view.plan_form.autosave.status.value
    text = page_text(worksheet.widget)
    assert "Vad hände (fråga 2)" in text and "Nej, det tar 20 minuter extra." in text


def test_tasks_and_the_data_plan_are_saved(worksheet, demo_store):
    click(worksheet, "Lägg till en uppgift")
    control(worksheet, "Uppgift 1: vad").value = "Boka 15 minuter extra"
    control(worksheet, "Uppgift 1: vem").value = "Handläggaren"
    measures = control(worksheet, "Mått i dataplanen")
    measures.value = (measures.options[0][1],)
    cycle = stored(demo_store)
    assert cycle.plan.tasks[0].what == "Boka 15 minuter extra" and cycle.plan.measure_ids == (measures.value[0],)
    click(worksheet, "Ta bort uppgift 1")
    assert stored(demo_store).plan.tasks == ()


def test_removing_a_question_renumbers_the_rest_and_saves(worksheet, demo_store):
    plan_two_questions(worksheet)
    click(worksheet, "Ta bort fråga 1")
    assert control(worksheet, "Fråga 1").value == "Hur tas det emot?"
    assert [q.text for q in stored(demo_store).plan.questions] == ["Hur tas det emot?"]


def test_an_end_date_before_the_start_date_is_refused_and_the_input_kept(worksheet, demo_store):
    control(worksheet, "Perioden börjar").value = START.isoformat()
    control(worksheet, "Perioden slutar").value = "2026-11-01"
    status = worksheet.view.plan_form.autosave
    assert status.state == "invalid" and "Perioden slutar innan den börjar" in status.status.value
    assert control(worksheet, "Perioden slutar").value == "2026-11-01"
    assert stored(demo_store).plan.end is None


def test_dates_are_typed_as_yyyy_mm_dd_and_another_form_is_refused_in_swedish(worksheet, demo_store):
    start = control(worksheet, "Perioden börjar")
    assert start.placeholder == "ÅÅÅÅ-MM-DD"
    start.value = "11/02/2026"
    status = worksheet.view.plan_form.autosave
    assert status.state == "invalid"
    assert "Perioden börjar: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-23" in status.status.value
    assert start.value == "11/02/2026" and stored(demo_store).plan.start is None
    start.value = "2026-11-02"
    assert status.state == "saved" and stored(demo_store).plan.start == START


def test_status_moves_with_dates_and_done_is_refused_without_a_decision(worksheet, demo_store):
    click(worksheet, "Flytta till ”Pågår”")
    assert stored(demo_store).status is CycleStatus.ONGOING and stored(demo_store).started_on == dt.date.today()
    click(worksheet, "Flytta till ”Att studera”")
    assert "Skriv ett beslut i Agera innan cykeln kan markeras som klar." in page_text(worksheet.widget)
    click(worksheet, "Flytta till ”Klart”")
    assert "kan inte markeras som klar utan ett beslut i Agera" in worksheet.view.status_messages.text
    assert stored(demo_store).status is CycleStatus.TO_STUDY
    control(worksheet, "Beslut").value = Decision.ADAPT
    click(worksheet, "Flytta till ”Klart”")
    assert stored(demo_store).status is CycleStatus.DONE and "Cykeln är nu ”Klart”." in page_text(worksheet.widget)
    click(worksheet, "Tillbaka till ”Att studera”")
    assert stored(demo_store).status is CycleStatus.TO_STUDY and stored(demo_store).done_on is None


def test_the_whole_cycle_then_the_next_cycle_from_agera(worksheet, demo_store):
    plan_two_questions(worksheet)
    click(worksheet, "Flytta till ”Pågår”")
    control(worksheet, "Vad hände").value = "Vi genomförde samtalet med en klient."
    control(worksheet, "Vad hände (fråga 1)").value = "Det tog 15 minuter extra."
    control(worksheet, "Vad vi lärde oss").value = "Boka tid från början."
    control(worksheet, "Beslut").value = Decision.ADAPT
    control(worksheet, "Större skala nästa gång?").value = Scale.ONE_CASE_WORKER
    click(worksheet, "Planera nästa cykel")
    first, second = list_cycles(demo_store, TEAM)
    assert first.do.what_happened.startswith("Vi genomförde") and first.plan.questions[0].observed
    assert first.learned == "Boka tid från början." and first.act.decision is Decision.ADAPT
    assert worksheet.view.cycle.id == second.id and second.number == 2
    assert second.plan.scale is Scale.ONE_CASE_WORKER and len(second.plan.questions) == 2
    assert control(worksheet, "Fråga 1").value == "Hinner vi samtalet?"
    assert control(worksheet, "Förutsägelse för fråga 1").value == ""
    click(worksheet, "Föregående cykel")
    assert worksheet.view.cycle.id == first.id


def test_a_cycle_with_all_four_parts_written_suggests_mark_as_done(worksheet, demo_store):
    plan_two_questions(worksheet)
    control(worksheet, "Vad hände").value = "Vi genomförde samtalet med en klient."
    control(worksheet, "Vad vi lärde oss").value = "Boka tid från början."
    assert "Markera som klar" not in [getattr(w, "description", "") for w in all_widgets(worksheet.widget)]
    control(worksheet, "Beslut").value = Decision.ADOPT
    assert "Planera, Göra, Studera och Agera är ifyllda. Är cykeln klar?" in page_text(worksheet.widget)
    assert stepper_statuses(worksheet.navigation.value)[4] == "◐ Pågår"
    click(worksheet, "Markera som klar")
    cycle = stored(demo_store)
    assert cycle.status is CycleStatus.DONE
    assert cycle.started_on == cycle.study_on == cycle.done_on == dt.date.today()
    assert "Markera som klar" not in [getattr(w, "description", "") for w in all_widgets(worksheet.widget)]
    assert stepper_statuses(worksheet.navigation.value)[4] == "● Klart"


def test_next_cycle_without_a_decision_says_why_in_agera(worksheet, demo_store):
    click(worksheet, "Planera nästa cykel")
    assert "Besluta i Agera" in worksheet.view.act_form.messages.text
    assert len(list_cycles(demo_store, TEAM)) == 1


def test_a_colleagues_save_gives_a_conflict_and_keeps_what_was_typed(worksheet, demo_store):
    cycle = stored(demo_store)
    save_do(demo_store, TEAM, cycle.id, DoPart("Kollegans text"), expected_version=cycle.version, actor=ACTOR)
    control(worksheet, "Överraskningar").value = "Min text"
    autosave = worksheet.view.parts[1].autosave
    assert autosave.state == "conflict" and "Någon annan har sparat" in autosave.status.value
    assert control(worksheet, "Överraskningar").value == "Min text"
    assert stored(demo_store).do == DoPart("Kollegans text")


def test_long_texts_and_markup_are_saved_and_shown_as_wrapped_text(worksheet, demo_store):
    long_question = "Hur " + "mycket " * 800 + "?"
    click(worksheet, "Lägg till en fråga")
    control(worksheet, "Fråga 1").value = long_question
    control(worksheet, "Förutsägelse för fråga 1").value = "<script>alert(1)</script><b>fet</b>"
    assert stored(demo_store).plan.questions[0].text == long_question.replace("  ", " ")
    markup = "\n".join(w.value for w in all_widgets(worksheet.widget) if isinstance(w, ipywidgets.HTML))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;fet&lt;/b&gt;" in markup and "<script>" not in markup
    assert 'class="gk-typed"' in markup
    control(worksheet, "Cykelns titel").value = "<i>Titel</i>"
    assert "&lt;i&gt;Titel&lt;/i&gt;" in worksheet.view.heading.value


def test_a_cycle_of_a_removed_change_idea_is_kept_and_marked(worksheet, demo_store):
    idea = list_change_ideas(demo_store, TEAM)[0]
    set_change_idea_removed(demo_store, TEAM, idea.id, True, expected_version=idea.version, actor=ACTOR)
    click(worksheet, "Tillbaka till alla cykler")
    assert f"{idea.title} (borttagen)" in page_text(worksheet.widget)
    click(worksheet, "Öppna cykel 1")
    assert "Förändringsidén är borttagen. Cykeln finns kvar som den är" in worksheet.view.heading.value
    control(worksheet, "Vad hände").value = "Vi skrev ändå."
    assert get_cycle(demo_store, TEAM, worksheet.view.cycle.id).do.what_happened == "Vi skrev ändå."
