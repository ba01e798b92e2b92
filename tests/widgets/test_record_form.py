"""Form controls made from a declared record: one per field, by kind, read back by field name."""

from __future__ import annotations

import datetime as dt

import ipywidgets
import pytest

from widgets.components.fields import SENTENCE, DateField
from widgets.components.record_form import RecordForm
from workshop.errors import InvalidInput
from workshop.improvement import ChartKind, MeasureDetails, MeasureUnit
from workshop.improvement.records import MEASURE
from workshop.pdsa import ActPart, Decision, PlanPart, Scale
from workshop.pdsa.records import ACT, PLAN
from workshop.support_map import SupportDetails
from workshop.support_map.records import SUPPORT


def test_each_field_gets_the_control_of_its_kind_with_its_label_and_help():
    form = RecordForm(PLAN, PlanPart(title="Test", start=dt.date(2026, 11, 2)), changed=lambda _change: None)
    assert form["title"].description == "Cykelns titel" and form["title"].value == "Test"
    assert isinstance(form["start"], DateField) and form["start"].date == dt.date(2026, 11, 2)
    assert form["scale"].options[0] == ("– välj –", None) and form["scale"].value is None
    plan_with_help = form.shown("plan")[0]
    assert plan_with_help.children[0] is form["plan"] and "Vem gör vad" in plan_with_help.children[1].value


def test_what_is_typed_comes_back_as_the_record_and_every_edit_is_noticed():
    edits = []
    form = RecordForm(ACT, ActPart(), changed=edits.append)
    form["decision"].value = Decision.ADAPT
    form["changes"].value = "Boka tid från början."
    form["next_scale"].value = Scale.GROUP
    assert form.value() == ActPart(decision=Decision.ADAPT, changes="Boka tid från början.", next_scale=Scale.GROUP)
    assert len(edits) == 3
    assert form["decision"].options[0] == ("– inget beslut ännu –", None)


def test_numbers_are_typed_with_a_decimal_comma_and_a_form_can_show_another_record():
    form = RecordForm(MEASURE, MeasureDetails(name="", baseline_value=12.5, catalog_entry="kort"))
    assert form["baseline_value"].value == "12,5" and form["baseline_value"].description == "Värde vid utgångsläget"
    assert "catalog_entry" not in form.controls
    assert [option for _label, option in form["chart"].options] == list(ChartKind)  # required: nothing unchosen
    form["fixed_denominator"].value = "40"
    form["unit"].value = MeasureUnit.PERCENT
    typed = form.value()
    assert (typed.fixed_denominator, typed.unit, typed.catalog_entry) == (40, MeasureUnit.PERCENT, "kort")
    form["rate_per"].value = "2,5"
    with pytest.raises(InvalidInput, match="heltal") as refused:
        form.value()
    assert refused.value.field == "rate_per"
    form.show(MeasureDetails(name="Nytt", target_value=80))
    assert (form["name"].value, form["target_value"].value, form["rate_per"].value) == ("Nytt", "80", "")
    assert form.value().catalog_entry is None


def test_a_sentence_gets_a_box_that_wraps_it_and_a_name_a_one_line_field():
    form = RecordForm(SUPPORT, SupportDetails(name="Budgetrådgivning"))
    assert isinstance(form["how_to_reach"], ipywidgets.Textarea) and SENTENCE in form["how_to_reach"]._dom_classes
    assert form["how_to_reach"].placeholder == "t.ex. drop-in på tisdagar, remiss"
    assert isinstance(form["name"], ipywidgets.Text) and isinstance(form["contact"], ipywidgets.Text)
    plan = RecordForm(PLAN, PlanPart(title="Trepartsmöte"))
    assert isinstance(plan["title"], ipywidgets.Textarea) and SENTENCE in plan["title"]._dom_classes
    assert isinstance(plan["owner"], ipywidgets.Text)
    assert form["prevention_level"].options[0] == ("Inte angiven", None)
