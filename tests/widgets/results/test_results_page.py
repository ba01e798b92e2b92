"""The Results page without a browser: paste, chart and verdict, bad input, exclusions, phases, autosave."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.results.blocks import SHIFT_VALUES, weekly_block
from tests.widgets.reading import page_text
from widgets.results.page import build_results_page
from workshop.improvement import list_measures
from workshop.model import StepStatus
from workshop.progress import step_progress
from workshop.results import measure_series
from workshop.session import join_team


@pytest.fixture
def view(demo_store):
    page = build_results_page(join_team(demo_store, 1, "demo-team-exempel").query(), demo_store)
    fia = next(measure for measure in page.view.measures if measure.name == "Antal FIA-samtal vid nybesök")
    page.view.chooser.value = fia.id
    return page.view


def _paste(view, text):
    view.panel.entry.paste_area.value = text
    view.panel.entry.paste_button.click()


def _stored(view):
    return measure_series(view.page.store, 1, view.chooser.value)


def test_the_page_lists_every_measure_and_says_what_each_needs(view):
    text = page_text(view.page.widget)
    assert "Alla mått" in text and "Inget diagram än: färre än 2 punkter" in text
    assert [option[0] for option in view.chooser.options] == [measure.name for measure in view.measures]
    assert "Skriv in minst 2 punkter för att se diagrammet" in page_text(view.panel.widget)


def test_pasting_weeks_draws_the_chart_with_a_swedish_verdict_and_marks_progress(view, demo_store):
    _paste(view, weekly_block(SHIFT_VALUES))
    assert view.panel.messages.text == "24 nya punkter sparade och 0 uppdaterade."
    assert view.panel.entry.paste_area.value == ""
    verdict = page_text(view.panel.chart.widget)
    assert "12 punkter i rad över medianen – gränsen är 8 för 24 användbara punkter" in verdict
    assert "Förändringen går åt det bättre hållet" in verdict
    assert "Ett varaktigt skift syns från v. 48 2026" in page_text(view.panel.chart.widget)
    assert view.panel.chart.phase_period.value == "2026-W48"
    assert "Visa diagrammet som tabell" in page_text(view.panel.chart.widget)
    assert len(view.panel.entry.rows) == 24
    assert step_progress(demo_store, 1)["results"] is StepStatus.DONE
    assert "Tecken på verklig förändring, åt det bättre hållet" in page_text(view.overview_box)


def test_a_pasted_block_with_bad_cells_is_refused_in_swedish_and_nothing_is_saved(view):
    _paste(view, weekly_block(SHIFT_VALUES))
    before = _stored(view)
    _paste(view, "Vecka\tAntal\nv. 1 2027\t3\nv. 2 2027\t4")
    assert view.panel.messages.kind == "warning" and "Första raden ser ut som rubriker" in view.panel.messages.text
    assert view.panel.entry.paste_area.value.startswith("Vecka")  # the text is kept for fixing
    _paste(view, "v. 1 2027\t3\nv. 2 2027\ttre")
    assert view.panel.messages.text == "Rad 2: ”tre” är inte ett tal."
    assert _stored(view) == before


def test_team_text_in_the_table_and_verdict_is_escaped(view):
    _paste(view, weekly_block(SHIFT_VALUES))
    view.panel.entry.rows["2026-W36"].note.value = "<img src=x onerror=alert(1)>"
    table = page_text(view.panel.chart.widget)
    assert "&lt;img src=x onerror=alert(1)&gt;" in table and "<img src=x" not in table


def test_grid_edits_save_by_themselves_and_bad_ones_are_kept_out(view):
    _paste(view, weekly_block(SHIFT_VALUES))
    row = view.panel.entry.rows["2026-W36"]
    row.value.value = "7,5"
    row.note.value = "Två handläggare sjuka"
    assert "Sparat kl." in view.panel.entry.autosave.status.value
    first = _stored(view).points[0]
    assert (first.value, first.note) == (7.5, "Två handläggare sjuka")
    row.value.value = ""
    assert view.panel.entry.autosave.state == "invalid"
    assert "v. 36 2026: värdet saknas." in view.panel.entry.autosave.status.value
    assert _stored(view).points[0].value == 7.5


def test_excluding_a_point_needs_a_reason_then_shows_it(view):
    _paste(view, weekly_block(SHIFT_VALUES))
    entry = view.panel.entry
    entry.exclude_period.value = "2026-W39"
    entry.exclude_button.click()
    assert "Fyll i varför punkten är exkluderad" in view.panel.messages.text
    entry.exclude_reason.value = "Systemet låg nere"
    entry.exclude_button.click()
    assert view.panel.messages.text == "Punkten är exkluderad."
    assert _stored(view).points[3].exclusion_reason == "Systemet låg nere"
    assert "Exkluderad: Systemet låg nere" in page_text(view.panel.entry.rows["2026-W39"].widget)
    view.panel.entry.rows["2026-W39"].widget.children[-2].click()  # "Räkna med v. 39 2026 igen"
    assert not _stored(view).points[3].excluded


def test_a_new_phase_is_offered_and_started_only_with_a_reason(view):
    _paste(view, weekly_block(SHIFT_VALUES))
    chart = view.panel.chart
    text = page_text(chart.widget)
    assert "Vet ni vad förändringen beror på?" in text and "Starta den nya fasen" in text
    chart.phase_button.click()
    assert "Fyll i varför en ny fas börjar" in view.panel.messages.text and _stored(view).phases == ()
    chart.phase_reason.value = "FIA-samtal i alla nybesök"
    chart.phase_button.click()
    assert [phase.reason for phase in _stored(view).phases] == ["FIA-samtal i alla nybesök"]
    text = page_text(view.panel.chart.widget)
    assert "Ny fas från v. 48 2026" in text and "Fas 2 (från v. 48 2026)" in text


def test_a_csv_file_is_imported(view):
    upload = view.panel.entry.upload
    content = b"Vecka;Antal\nv. 1 2027;3\nv. 2 2027;4,5\n"
    upload.set_trait("value", ({"name": "fia.csv", "type": "text/csv", "size": len(content),
                                "last_modified": dt.datetime(2026, 11, 23), "content": memoryview(content)},))
    view.panel.entry.import_button.click()
    assert view.panel.messages.text == "2 nya punkter sparade och 0 uppdaterade."
    assert [point.value for point in _stored(view).points] == [3, 4.5]


def test_one_point_is_added_with_the_next_period_suggested(view):
    _paste(view, weekly_block([2, 3]))
    entry = view.panel.entry
    assert entry.new_period.value == "v. 38 2026"
    entry.new_value.value = "4"
    entry.add_button.click()
    assert [point.value for point in _stored(view).points] == [2, 3, 4]


def test_a_team_without_measures_is_sent_to_step_2(demo_store):
    page = build_results_page(join_team(demo_store, 2, "demo-team-pahittsta").query(), demo_store)
    assert list_measures(demo_store, 2) == []
    assert "Teamet har inga mått än" in page_text(page.widget)
    assert "02_mal_och_matt.ipynb?team=2" in page_text(page.widget)


def test_the_value_table_names_its_numerator_and_denominator_columns_in_a_heading_row(demo_store):
    page = build_results_page(join_team(demo_store, 3, "demo-team-aby").query(), demo_store)
    view = page.view
    share = next(measure for measure in view.measures if measure.name.startswith("Andel"))
    view.chooser.value = share.id
    entry = view.panel.entry
    headings, first_row = entry.grid.children[:2]
    assert [cell.value for cell in headings.children] == [
        '<span class="gk-column-heading">Period</span>', '<span class="gk-column-heading">Täljare</span>',
        '<span class="gk-column-heading">Nämnare</span>', '<span class="gk-column-heading">Anteckning</span>']
    row = next(iter(entry.rows.values()))
    assert first_row is row.widget
    period = row.point.period.label
    assert [row.numerator.description, row.denominator.description, row.note.description] == [
        period, f"Nämnare, {period}", f"Anteckning, {period}"]
