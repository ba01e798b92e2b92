"""Measures and their operational definitions: validation of every bad input, and the team's own rows only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import (
    ChartKind,
    MeasureDetails,
    MeasureKind,
    MeasureUnit,
    add_driver,
    add_measure,
    clean_measure,
    get_measure,
    list_measures,
    measure_hints,
    measures_table,
    set_measure_removed,
    update_measure,
)

TEAM, OTHER = 2, 4
ACTOR = "team:2"
SCREENING = MeasureDetails(
    "Andel nybesök med AUDIT", kind=MeasureKind.PROCESS, unit=MeasureUnit.PERCENT,
    numerator="Nybesök där AUDIT använts", denominator="Alla nybesök med unga vuxna", inclusion="18–24 år",
    exclusion="Akuta ärenden", data_source="Checklista", collector="Handläggarna", frequency="week",
    baseline_period="v. 1–8", baseline_value=20, target_value=80, direction="higher", chart="p",
)


def refusal(details: MeasureDetails) -> InvalidInput:
    with pytest.raises(InvalidInput) as refused:
        clean_measure(details)
    return refused.value


def test_a_full_definition_is_kept(demo_store):
    measure = add_measure(demo_store, TEAM, SCREENING, actor=ACTOR)
    assert get_measure(demo_store, TEAM, measure.id) == measure
    assert (measure.unit, measure.chart, measure.baseline_value, measure.frequency) == (
        MeasureUnit.PERCENT, ChartKind.P, 20.0, "week")


def test_a_percent_without_denominator_is_refused():
    assert refusal(replace(SCREENING, denominator="")).field == "denominator"
    assert clean_measure(replace(SCREENING, denominator="", fixed_denominator=42)).fixed_denominator == 42


def test_a_rate_needs_per_how_many():
    rate = replace(SCREENING, unit=MeasureUnit.RATE, chart="u")
    assert refusal(rate).field == "rate_per"
    assert clean_measure(replace(rate, rate_per=100)).rate_per == 100


@pytest.mark.parametrize("field", ["baseline_value", "target_value"])
def test_a_count_larger_than_the_fixed_denominator_is_refused(field):
    count = replace(SCREENING, unit=MeasureUnit.COUNT, chart="c", fixed_denominator=42, baseline_value=10,
                    target_value=40)
    assert clean_measure(count).target_value == 40
    problem = refusal(replace(count, **{field: 43}))
    assert problem.field == field and "(42)" in problem.message


def test_negative_targets_for_counts_are_refused_but_allowed_for_other_values():
    count = replace(SCREENING, unit=MeasureUnit.COUNT, chart="run")
    assert refusal(replace(count, target_value=-1)).field == "target_value"
    assert refusal(replace(count, baseline_value=-0.5)).field == "baseline_value"
    assert clean_measure(replace(count, unit=MeasureUnit.VALUE, target_value=-3)).target_value == -3


def test_a_share_above_100_percent_is_refused():
    assert refusal(replace(SCREENING, target_value=120)).field == "target_value"


@pytest.mark.parametrize(("unit", "chart"), [("count", "p"), ("percent", "c"), ("value", "u"), ("rate", "p")])
def test_a_chart_that_does_not_fit_the_unit_is_refused(unit, chart):
    problem = refusal(replace(SCREENING, unit=unit, chart=chart, rate_per=100))
    assert problem.field == "chart"


@pytest.mark.parametrize("unit", list(MeasureUnit))
def test_the_run_chart_and_the_suggested_chart_always_fit(unit):
    from workshop.improvement import SUGGESTED_CHART

    for chart in (ChartKind.RUN, SUGGESTED_CHART[unit]):
        clean_measure(replace(SCREENING, unit=unit, chart=chart, rate_per=100))


@pytest.mark.parametrize("name", ["", "   ", "x" * 2000])
def test_names_of_nothing_or_2000_characters_are_refused(demo_store, name):
    assert refusal(replace(SCREENING, name=name)).field == "name"
    with pytest.raises(InvalidInput):
        add_measure(demo_store, TEAM, replace(SCREENING, name=name), actor=ACTOR)
    assert list_measures(demo_store, TEAM) == []


@pytest.mark.parametrize(("field", "value"), [("baseline_value", "tjugo"), ("fixed_denominator", 0),
                                              ("fixed_denominator", 2.5), ("kind", "viktig"),
                                              ("frequency", "daily"), ("collector", "x" * 301)])
def test_other_bad_values_name_their_field(field, value):
    assert refusal(replace(SCREENING, **{field: value})).field == field


def test_html_is_kept_as_text_in_every_text_field(demo_store):
    markup = "<b onclick='x'>fet</b>"
    text_fields = ("name", "numerator", "denominator", "inclusion", "exclusion", "data_source", "collector",
                   "baseline_period")
    measure = add_measure(demo_store, TEAM, replace(SCREENING, **{field: markup for field in text_fields}),
                          actor=ACTOR)
    assert all(getattr(measure, field) == markup for field in text_fields)


def test_update_remove_restore_and_conflict(demo_store):
    driver = add_driver(demo_store, TEAM, "Struktur vid nybesök", actor=ACTOR)
    measure = add_measure(demo_store, TEAM, SCREENING, actor=ACTOR)
    updated = update_measure(demo_store, TEAM, measure.id, replace(SCREENING, target_value=90, driver_id=driver.id),
                             expected_version=1, actor=ACTOR)
    assert (updated.target_value, updated.driver_id, updated.version) == (90.0, driver.id, 2)
    with pytest.raises(EditConflict):
        update_measure(demo_store, TEAM, measure.id, replace(SCREENING, target_value=70), expected_version=1,
                       actor=ACTOR)
    assert get_measure(demo_store, TEAM, measure.id).target_value == 90
    removed = set_measure_removed(demo_store, TEAM, measure.id, True, expected_version=2, actor=ACTOR)
    assert list_measures(demo_store, TEAM) == [] and list_measures(demo_store, TEAM, include_removed=True) == [removed]
    set_measure_removed(demo_store, TEAM, measure.id, False, expected_version=3, actor=ACTOR)
    assert [m.id for m in list_measures(demo_store, TEAM)] == [measure.id]


def test_bad_input_leaves_the_stored_measure_as_it_was(demo_store):
    measure = add_measure(demo_store, TEAM, SCREENING, actor=ACTOR)
    with pytest.raises(InvalidInput):
        update_measure(demo_store, TEAM, measure.id, replace(SCREENING, denominator=""), expected_version=1,
                       actor=ACTOR)
    assert get_measure(demo_store, TEAM, measure.id) == measure


def test_another_teams_measures_and_drivers_are_not_found(demo_store):
    measure = add_measure(demo_store, TEAM, SCREENING, actor=ACTOR)
    driver = add_driver(demo_store, TEAM, "Struktur", actor=ACTOR)
    with pytest.raises(NotFound):
        get_measure(demo_store, OTHER, measure.id)
    with pytest.raises(NotFound):
        update_measure(demo_store, OTHER, measure.id, SCREENING, expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        set_measure_removed(demo_store, OTHER, measure.id, True, expected_version=1, actor="team:4")
    with pytest.raises(NotFound):
        add_measure(demo_store, OTHER, replace(SCREENING, driver_id=driver.id), actor="team:4")
    assert list_measures(demo_store, OTHER) == []


def test_hints_for_missing_outcome_and_balancing_measures(demo_store):
    def codes():
        return [hint.code for hint in measure_hints(list_measures(demo_store, TEAM))]

    assert codes() == ["no_outcome_measure", "no_balancing_measure"]
    add_measure(demo_store, TEAM, replace(SCREENING, kind="outcome"), actor=ACTOR)
    assert codes() == ["no_balancing_measure"]
    add_measure(demo_store, TEAM, replace(SCREENING, name="Väntetid", kind="balancing", unit="value",
                                          chart="i", target_value=10), actor=ACTOR)
    assert codes() == []


def test_measures_as_a_pandas_table(demo_store):
    add_measure(demo_store, TEAM, SCREENING, actor=ACTOR)
    table = measures_table(demo_store, TEAM)
    assert list(table["name"]) == ["Andel nybesök med AUDIT"]
    assert table["unit"][0] == "percent" and table["denominator"][0] == "Alla nybesök med unga vuxna"
