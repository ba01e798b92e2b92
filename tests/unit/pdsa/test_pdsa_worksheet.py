"""The worksheet: each part saves on its own, bad input changes nothing, conflicts are refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.unit.pdsa.setting import ACTOR, TEAM, TODAY
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import list_measures, set_change_idea_removed
from workshop.pdsa import (
    CycleStatus,
    Decision,
    DoPart,
    PlanPart,
    Question,
    Scale,
    StudyPart,
    Task,
    create_cycle,
    get_cycle,
    list_cycles,
    save_do,
    save_plan,
    save_study,
)
from workshop.store.tables import HistoryRow


def test_a_new_cycle_is_planned_numbered_per_change_idea_and_empty(demo_store, idea, other_idea, cycle):
    second = create_cycle(demo_store, TEAM, idea.id, "Andra testet", actor=ACTOR)
    elsewhere = create_cycle(demo_store, TEAM, other_idea.id, "Annan idé", actor=ACTOR)
    assert (cycle.number, second.number, elsewhere.number) == (1, 2, 1)
    assert cycle.status is CycleStatus.PLANNED and cycle.change_idea_title == idea.title
    assert cycle.plan.questions == () and cycle.do == DoPart() and cycle.learned == "" and cycle.act.decision is None


def test_each_part_saves_on_its_own_while_the_others_stay_empty(demo_store, cycle):
    done = save_do(demo_store, TEAM, cycle.id, DoPart("Vi genomförde testet."), expected_version=cycle.version,
                   actor=ACTOR)
    assert done.do.what_happened == "Vi genomförde testet." and done.plan.questions == ()
    studied = save_study(demo_store, TEAM, cycle.id, StudyPart(learned="Det tar tid."),
                         expected_version=done.version, actor=ACTOR)
    assert get_cycle(demo_store, TEAM, cycle.id).learned == "Det tar tid."
    assert studied.do == done.do and studied.act.decision is None


def test_planera_keeps_questions_predictions_tasks_and_the_data_plan(demo_store, planned, measure):
    assert [(q.text, q.prediction) for q in planned.plan.questions] == [("Hinner vi?", "Nej"),
                                                                      ("Hur tas det emot?", "Väl")]
    assert planned.plan.measure_ids == (measure.id,) and planned.plan.scale is Scale.ONE_CLIENT
    tasks = (Task("Boka tid", "Kim", "måndag"), Task("  ", "", ""))
    saved = save_plan(demo_store, TEAM, planned.id, replace(planned.plan, tasks=tasks),
                      expected_version=planned.version, actor=ACTOR)
    assert saved.plan.tasks == (Task("Boka tid", "Kim", "måndag"),)


def test_editing_questions_keeps_what_studera_wrote_for_them(demo_store, planned):
    first, second = planned.plan.questions
    studied = save_study(demo_store, TEAM, planned.id, StudyPart(((first.id, "Ja, knappt."),)),
                         expected_version=planned.version, actor=ACTOR)
    questions = (replace(first, text="Hinner vi inom besökstiden?"), Question("Ny fråga", "Kanske"))
    saved = save_plan(demo_store, TEAM, planned.id, replace(studied.plan, questions=questions),
                      expected_version=studied.version, actor=ACTOR)
    assert [(q.text, q.observed) for q in saved.plan.questions] == [("Hinner vi inom besökstiden?", "Ja, knappt."),
                                                                   ("Ny fråga", "")]
    assert second.id not in {q.id for q in saved.plan.questions}


@pytest.mark.parametrize(("change", "field"), [
    ({"start": TODAY, "end": TODAY - dt.timedelta(days=1)}, "period_end"),
    ({"title": " "}, "title"),
    ({"questions": (Question("", "En förutsägelse utan fråga"),)}, "questions"),
    ({"tasks": (Task("", "Kim", "måndag"),)}, "tasks"),
    ({"scale": "hela världen"}, "scale"),
    ({"measure_ids": (10_000,)}, None),
])
def test_bad_planera_is_refused_and_changes_nothing(demo_store, planned, change, field):
    with pytest.raises((InvalidInput, NotFound)) as refused:
        save_plan(demo_store, TEAM, planned.id, replace(planned.plan, **change), expected_version=planned.version,
                  actor=ACTOR)
    assert refused.value.field == field
    assert get_cycle(demo_store, TEAM, planned.id) == planned


def test_the_end_date_before_the_start_date_says_why(demo_store, cycle):
    plan = PlanPart("Test", start=TODAY, end=TODAY - dt.timedelta(days=3))
    with pytest.raises(InvalidInput, match="Perioden slutar innan den börjar"):
        save_plan(demo_store, TEAM, cycle.id, plan, expected_version=cycle.version, actor=ACTOR)


def test_another_teams_measure_cannot_be_in_the_data_plan(demo_store, cycle):
    foreign = list_measures(demo_store, 1)[0]
    with pytest.raises(NotFound):
        save_plan(demo_store, TEAM, cycle.id, PlanPart("Test", measure_ids=(foreign.id,)),
                  expected_version=cycle.version, actor=ACTOR)


def test_very_long_texts_and_markup_are_kept_exactly(demo_store, cycle):
    long_text = "Lång text. " * 1500
    markup = '<script>alert("x")</script> <b>fet</b>'
    saved = save_do(demo_store, TEAM, cycle.id, DoPart(long_text.strip(), markup), expected_version=cycle.version,
                    actor=ACTOR)
    assert saved.do.what_happened == long_text.strip() and saved.do.problems == markup


def test_two_members_editing_the_same_cycle_get_a_conflict_not_an_overwrite(demo_store, cycle):
    first = save_do(demo_store, TEAM, cycle.id, DoPart("Kollegans text"), expected_version=cycle.version,
                    actor=ACTOR)
    with pytest.raises(EditConflict):
        save_study(demo_store, TEAM, cycle.id, StudyPart(learned="Min text"), expected_version=cycle.version,
                   actor=ACTOR)
    assert get_cycle(demo_store, TEAM, cycle.id) == first


def test_another_teams_cycle_is_not_found(demo_store, cycle):
    with pytest.raises(NotFound):
        get_cycle(demo_store, 1, cycle.id)
    with pytest.raises(NotFound):
        save_do(demo_store, 1, cycle.id, DoPart("x"), expected_version=cycle.version, actor="team:1")


def test_a_removed_change_idea_gets_no_new_cycles_but_its_cycles_are_kept_and_marked(demo_store, idea, cycle):
    set_change_idea_removed(demo_store, TEAM, idea.id, True, expected_version=idea.version, actor=ACTOR)
    with pytest.raises(InvalidInput, match="borttagen"):
        create_cycle(demo_store, TEAM, idea.id, "Nytt test", actor=ACTOR)
    kept = get_cycle(demo_store, TEAM, cycle.id)
    assert kept.change_idea_removed and kept.change_idea_title == idea.title
    assert [c.id for c in list_cycles(demo_store, TEAM)] == [cycle.id]
    saved = save_do(demo_store, TEAM, cycle.id, DoPart("Vi skrev ändå."), expected_version=kept.version, actor=ACTOR)
    assert saved.do.what_happened == "Vi skrev ändå."


def test_every_save_is_recorded_in_the_history(demo_store, planned):
    with demo_store.reading() as session:
        entities = set(session.scalars(select(HistoryRow.entity).where(HistoryRow.team_id == TEAM)))
    assert {"pdsa_cycle", "pdsa_question", "pdsa_cycle_measure"} <= entities


def test_decision_labels_are_the_swedish_words():
    assert [d.label for d in Decision] == ["Anta", "Anpassa", "Överge"]
