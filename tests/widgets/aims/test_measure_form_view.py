"""The measures form: every field of the definition, validation messages that keep the input, conflicts."""

from __future__ import annotations

from dataclasses import replace

import ipywidgets
import pytest

from tests.widgets.aims.conftest import TEAM, find
from tests.widgets.reading import all_widgets, page_text
from workshop.improvement import (
    ChartKind,
    MeasureKind,
    MeasureUnit,
    add_driver,
    get_measure,
    list_measures,
    remove_driver,
    update_measure,
)


def fill(form, **values) -> None:
    defaults = dict(name="Andel nybesök med AUDIT", kind=MeasureKind.PROCESS, unit=MeasureUnit.PERCENT,
                    numerator="Nybesök där AUDIT använts", denominator="Alla nybesök med unga vuxna",
                    inclusion="18–24 år", exclusion="Akuta ärenden", data_source="Checklista",
                    collector="Handläggarna", baseline_period="v. 1–8", baseline_value="20",
                    target_value="80")
    for name, value in {**defaults, **values}.items():
        form.fields[name].value = value


def test_a_measure_with_its_full_definition_is_added(page, demo_store):
    form = page.view.measures.form
    fill(form, baseline_value="12,5")
    form.fields["chart"].value = ChartKind.P
    form.save_button.click()
    [saved] = list_measures(demo_store, TEAM)
    assert (saved.name, saved.unit, saved.chart, saved.baseline_value, saved.target_value, saved.exclusion) == (
        "Andel nybesök med AUDIT", MeasureUnit.PERCENT, ChartKind.P, 12.5, 80.0, "Akuta ärenden")
    assert "Måttet ”Andel nybesök med AUDIT” är sparat." in page.messages.text
    assert "Andel nybesök med AUDIT" in page_text(page.view.measures.list_box)
    assert form.fields["name"].value == "" and form.measure is None


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"denominator": ""}, "denominator", "En andel eller ett tal per X behöver en nämnare"),
    ({"unit": MeasureUnit.COUNT, "fixed_denominator": "42", "target_value": "50"}, "target_value", "(42)"),
    ({"unit": MeasureUnit.COUNT, "target_value": "-3"}, "target_value", "kan inte vara negativ"),
    ({"name": ""}, "name", "Fyll i måttets namn."),
    ({"name": "x" * 2000}, "name", "högst 300 tecken"),
    ({"baseline_value": "ungefär tjugo"}, "baseline_value", "måste vara ett tal"),
    ({"fixed_denominator": "4,5"}, "fixed_denominator", "heltal"),
])
def test_bad_input_is_explained_and_kept_and_nothing_is_saved(page, demo_store, values, field, message):
    form = page.view.measures.form
    fill(form, **values)
    form.save_button.click()
    assert message in form.status.text
    assert list_measures(demo_store, TEAM) == []
    assert all(form.fields[name].value == value for name, value in values.items())


def test_typed_markup_is_shown_as_text_in_the_list(page, demo_store):
    form = page.view.measures.form
    fill(form, name="<b>Fet</b> mått")
    form.save_button.click()
    markup = [item.value for item in all_widgets(page.view.measures.list_box) if isinstance(item, ipywidgets.HTML)]
    assert "&lt;b&gt;Fet&lt;/b&gt; mått" in markup[0] and "<b>Fet</b>" not in "".join(markup)


def test_the_chart_suggestion_follows_the_unit(page):
    form = page.view.measures.form
    form.fields["unit"].value = MeasureUnit.PERCENT
    form.fields["chart"].value = ChartKind.P
    form.fields["unit"].value = MeasureUnit.COUNT
    assert form.fields["chart"].value is ChartKind.RUN
    assert "C-diagram (antal)" in form.chart_hint.value
    form.fields["unit"].value = MeasureUnit.RATE
    assert "U-diagram" in form.chart_hint.value


def test_hints_for_missing_outcome_and_balancing_measures(page):
    section = page.view.measures
    assert 'data-hint="no_outcome_measure"' in section.hints.value
    assert 'data-hint="no_balancing_measure"' in section.hints.value
    fill(section.form, kind=MeasureKind.OUTCOME)
    section.form.save_button.click()
    assert "no_outcome_measure" not in section.hints.value and "no_balancing_measure" in section.hints.value


def test_without_a_target_group_no_count_is_offered(page):
    assert page.view.measures.form.target_group_button.layout.display == "none"


def test_the_target_group_count_is_offered_as_denominator(page_with_target_group):
    form = page_with_target_group.view.measures.form
    assert form.target_group_button.description == "Använd målgruppen som nämnare (42)"
    form.fields["denominator"].value = ""
    form.target_group_button.click()
    assert (form.fields["fixed_denominator"].value, form.fields["denominator"].value) == ("42", "Unga vuxna 18–24 år")


def test_a_measure_links_to_the_aim_or_a_driver(page, demo_store):
    driver = add_driver(demo_store, TEAM, "Struktur vid nybesök", actor="team:2")
    page.view.drivers.refresh()
    form = page.view.measures.form
    assert form.fields["driver_id"].options == (("Målet", None), ("Struktur vid nybesök", driver.id))
    fill(form)
    form.fields["driver_id"].value = driver.id
    form.save_button.click()
    assert list_measures(demo_store, TEAM)[0].driver_id == driver.id


def test_a_measure_tied_to_a_removed_driver_keeps_it_when_changed(page, demo_store):
    driver = add_driver(demo_store, TEAM, "Struktur vid nybesök", actor="team:2")
    page.view.drivers.refresh()
    form = page.view.measures.form
    fill(form)
    form.fields["driver_id"].value = driver.id
    form.save_button.click()
    remove_driver(demo_store, TEAM, driver.id, expected_version=driver.version, actor="team:2")
    page.view.drivers.refresh()
    find(page.view.measures.list_box, "Ändra ”Andel nybesök med AUDIT”").click()
    assert form.fields["driver_id"].options == (("Målet", None), ("(borttagen drivkraft)", driver.id))
    assert form.fields["driver_id"].value == driver.id
    form.fields["collector"].value = "Enhetschefen"
    form.save_button.click()
    [saved] = list_measures(demo_store, TEAM)
    assert (saved.collector, saved.driver_id) == ("Enhetschefen", driver.id)


@pytest.fixture
def editing(page, demo_store):
    """The form showing a saved measure, which a colleague then changes."""
    form = page.view.measures.form
    fill(form)
    form.save_button.click()
    [measure] = list_measures(demo_store, TEAM)
    find(page.view.measures.list_box, "Ändra ”Andel nybesök med AUDIT”").click()
    assert form.measure == measure and form.save_button.description == "Spara måttet"
    update_measure(demo_store, TEAM, measure.id, replace(measure, target_value=70), expected_version=measure.version,
                   actor="team:2")
    form.fields["target_value"].value = "90"
    form.fields["collector"].value = "Enhetschefen"
    form.save_button.click()
    return form, measure


def test_two_people_editing_the_same_measure_get_a_conflict_and_nothing_is_lost(editing, demo_store):
    form, measure = editing
    assert "Någon annan har sparat" in form.status.text
    assert (form.fields["target_value"].value, form.fields["collector"].value) == ("90", "Enhetschefen")
    assert get_measure(demo_store, TEAM, measure.id).target_value == 70


def test_after_a_conflict_the_person_can_keep_their_version(editing, demo_store):
    form, measure = editing
    find(form.conflict_box, "Spara min version i stället för deras").click()
    saved = get_measure(demo_store, TEAM, measure.id)
    assert (saved.target_value, saved.collector) == (90, "Enhetschefen")


def test_after_a_conflict_the_person_can_see_the_colleagues_version(editing, demo_store):
    form, measure = editing
    find(form.conflict_box, "Visa deras version (min tas bort)").click()
    assert form.fields["target_value"].value == "70" and form.fields["collector"].value == "Handläggarna"
    assert form.conflict_box.children == ()


def test_remove_a_measure_and_undo(page, demo_store):
    fill(page.view.measures.form)
    page.view.measures.form.save_button.click()
    find(page.view.measures.list_box, "Ta bort ”Andel nybesök med AUDIT”").click()
    assert list_measures(demo_store, TEAM) == []
    assert "Måttet ”Andel nybesök med AUDIT” är borttaget." in page_text(page.view.measures.undo_box)
    find(page.view.measures.undo_box, "Ångra").click()
    assert [m.name for m in list_measures(demo_store, TEAM)] == ["Andel nybesök med AUDIT"]


def test_the_saved_message_goes_away_when_the_person_does_the_next_thing(page):
    form = page.view.measures.form
    fill(form)
    form.save_button.click()  # saving also empties the form, which is part of the same action
    assert page.messages.kind == "success" and "Måttet ”Andel nybesök med AUDIT” är sparat" in page.messages.text
    form.fields["unit"].value = MeasureUnit.COUNT
    assert page.messages.kind is None and page.messages.text == ""
