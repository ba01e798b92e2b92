"""Checkbox groups: each option a labelled checkbox; the value is the chosen options, as a multi-select's."""

from __future__ import annotations

from widgets.components.choices import CheckboxGroup

OPTIONS = [("Kvinnor", "kvinna"), ("Män", "man"), ("Okänt", "")]


def test_ticking_boxes_gives_the_chosen_values_in_option_order_and_tells_observers():
    group = CheckboxGroup("Kön", OPTIONS)
    seen = []
    group.observe(lambda change: seen.append(change["new"]), names="value")
    group.boxes[1].value = True
    group.boxes[0].value = True
    assert group.value == ("kvinna", "man")
    assert seen == [("man",), ("kvinna", "man")]
    assert [box.description for box in group.boxes] == ["Kvinnor", "Män", "Okänt"]
    assert group.label.value == "Kön"


def test_a_value_set_from_code_ticks_the_boxes_and_unticks_the_rest():
    group = CheckboxGroup("Kön", OPTIONS, value=("kvinna",))
    assert [box.value for box in group.boxes] == [True, False, False]
    group.value = ("", "man")
    assert [box.value for box in group.boxes] == [False, True, True]
    assert group.value == ("man", "")
