"""Step 2's status in the navigation follows each save, and the page says what is still missing."""

from __future__ import annotations

from tests.widgets.aims.conftest import TEAM
from tests.widgets.aims.test_driver_editor_view import add
from tests.widgets.aims.test_measure_form_view import fill
from tests.widgets.reading import stepper_statuses
from workshop.improvement import ChartKind, MeasureKind, MeasureUnit, list_measures


def test_the_navigation_shows_done_as_soon_as_the_rule_is_met_without_a_reload(page, demo_store):
    navigation, standing = page.navigation, page.standing
    assert "Klart när ni har ett mål, minst ett resultatmått och en drivkraft." in standing.value

    page.view.aim.fields["what"].value = "fler unga vuxna i arbete"
    assert stepper_statuses(navigation.value)[2] == "◐ Pågår"
    assert "Klart när ni har minst ett resultatmått och en drivkraft." in standing.value

    form = page.view.measures.form
    fill(form, kind=MeasureKind.OUTCOME, unit=MeasureUnit.COUNT, denominator="", target_value="50")
    form.fields["chart"].value = ChartKind.C
    form.save_button.click()
    assert [m.kind for m in list_measures(demo_store, TEAM)] == [MeasureKind.OUTCOME]
    assert "Klart när ni har en drivkraft." in standing.value

    add(page.view.drivers, "Ny primär drivkraft", "Tidig kontakt")
    assert stepper_statuses(navigation.value)[2] == "● Klart"
    assert "Steget är klart." in standing.value
    assert {navigation, standing} <= set(page.widget.children)  # the widgets in the page, updated in place
