"""Form controls made from a declared record: one per field, by kind, read back by field name."""

from __future__ import annotations

import datetime as dt

from widgets.components.fields import DateField
from widgets.components.record_form import RecordForm
from workshop.pdsa import ActPart, Decision, PlanPart, Scale
from workshop.pdsa.records import ACT, PLAN


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
