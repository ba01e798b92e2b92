"""Step progress: each step's status follows from what the team has recorded, by one rule per step."""

from workshop.aims.model import AimDetails
from workshop.aims.services import add_aim
from workshop.improvement.drivers import add_driver
from workshop.improvement.measures import add_measure, set_measure_removed
from workshop.improvement.model import MeasureDetails, MeasureKind
from workshop.model import StepStatus
from workshop.progress import RULES, spoken_list, step_progress, step_states, teams_step_states
from workshop.results.model import PointEntry
from workshop.results.points import save_points
from workshop.steps import STEP_KEYS

EMPTY_TEAM = 4  # Demoby: nothing recorded in the demo data
ACTOR = "team:4"
OUTCOME = MeasureDetails("Andel unga vuxna i arbete", kind=MeasureKind.OUTCOME, chart="c")


def test_every_step_has_a_rule_and_a_team_that_recorded_nothing_has_started_none(demo_store):
    assert set(RULES) == set(STEP_KEYS)
    assert step_progress(demo_store, EMPTY_TEAM) == dict.fromkeys(STEP_KEYS, StepStatus.NOT_STARTED)


def test_aims_are_done_with_an_aim_an_outcome_measure_and_a_driver_and_say_what_is_missing(demo_store):
    assert step_states(demo_store, EMPTY_TEAM)["aims"].done_when == (
        "Klart när ni har ett mål, minst ett resultatmått och en drivkraft.")

    add_aim(demo_store, EMPTY_TEAM, AimDetails(what="Fler unga vuxna i arbete"), actor=ACTOR)
    aims = step_states(demo_store, EMPTY_TEAM)["aims"]
    assert aims.status is StepStatus.IN_PROGRESS
    assert aims.done_when == "Klart när ni har minst ett resultatmått och en drivkraft."

    measure = add_measure(demo_store, EMPTY_TEAM, OUTCOME, actor=ACTOR)
    add_driver(demo_store, EMPTY_TEAM, "Tidig kontakt", actor=ACTOR)
    aims = step_states(demo_store, EMPTY_TEAM)["aims"]
    assert (aims.status, aims.missing, aims.done_when) == (StepStatus.DONE, (), "Steget är klart.")

    # A removed measure no longer counts: the step is back in progress.
    set_measure_removed(demo_store, EMPTY_TEAM, measure.id, True, expected_version=measure.version, actor=ACTOR)
    assert step_states(demo_store, EMPTY_TEAM)["aims"].done_when == "Klart när ni har minst ett resultatmått."


def test_a_process_measure_alone_starts_the_step_but_does_not_finish_it(demo_store):
    add_measure(demo_store, EMPTY_TEAM, MeasureDetails("Andel med AUDIT", kind=MeasureKind.PROCESS, chart="c"),
                actor=ACTOR)
    aims = step_states(demo_store, EMPTY_TEAM)["aims"]
    assert aims.status is StepStatus.IN_PROGRESS
    assert "minst ett resultatmått" in aims.done_when


def test_results_are_done_with_values_of_an_outcome_measure_not_of_a_process_measure(demo_store):
    process = add_measure(demo_store, EMPTY_TEAM, MeasureDetails("Andel med AUDIT", kind=MeasureKind.PROCESS,
                                                                 chart="c"), actor=ACTOR)
    save_points(demo_store, EMPTY_TEAM, process.id, [PointEntry("2026-11", 3)], actor=ACTOR)
    assert step_states(demo_store, EMPTY_TEAM)["results"].status is StepStatus.IN_PROGRESS
    outcome = add_measure(demo_store, EMPTY_TEAM, OUTCOME, actor=ACTOR)
    save_points(demo_store, EMPTY_TEAM, outcome.id, [PointEntry("2026-11", 2)], actor=ACTOR)
    assert step_states(demo_store, EMPTY_TEAM)["results"].status is StepStatus.DONE


def test_the_demo_teams_statuses_follow_from_their_records(demo_store):
    states = teams_step_states(demo_store, [1, EMPTY_TEAM])
    example = {step: state.status for step, state in states[1].items()}
    assert example["aims"] is StepStatus.DONE  # aim, outcome measure and drivers in the demo
    assert example["pdsa"] is not StepStatus.NOT_STARTED
    assert example["results"] is not StepStatus.NOT_STARTED
    assert {state.status for state in states[EMPTY_TEAM].values()} == {StepStatus.NOT_STARTED}


def test_a_list_reads_as_a_sentence():
    assert spoken_list(["ett mål"]) == "ett mål"
    assert spoken_list(["a", "b", "c"]) == "a, b och c"
