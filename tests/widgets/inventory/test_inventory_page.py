"""The inventory page without a kernel: upload, confirm columns, read, choose, save; typed counts; notes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import ipywidgets
import pytest
from jupyter_bokeh import BokehModel

from sample_data.inventory.generate import synthetic_cases, write
from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import all_widgets, page_text, stepper_statuses
from widgets.inventory.page import build_inventory_page
from workshop.inventory import current_target_group, get_notes, list_inventories, load_mapping_profile
from workshop.model import StepStatus
from workshop.progress import step_progress
from workshop.session import join_team

SAMPLES = Path(__file__).resolve().parents[3] / "sample_data" / "inventory"


def _upload(view, data: bytes, name: str) -> None:
    view.upload.upload.value = ({"name": name, "type": "", "size": len(data), "content": memoryview(data),
                                 "last_modified": dt.datetime(2026, 11, 1, tzinfo=dt.UTC)},)


@pytest.fixture
def page(demo_store):
    return build_inventory_page(join_team(demo_store, 4, "demo-team-demoby").query(), demo_store)


def test_without_a_team_link_the_page_asks_for_the_team_and_shows_no_inventory(demo_store):
    page = build_inventory_page("", demo_store)
    text = page_text(page.widget)
    assert "Gå till ditt team" in text and 'href="00_start.ipynb?lang=sv"' in text
    assert "Läs in ett utdrag" not in text


def test_a_team_without_an_inventory_opens_the_page_without_pandas_numpy_or_bokeh(demo_store):
    """They load when a file is read or an inventory shown."""
    loaded = modules_of_first_render("widgets.inventory.page:build_inventory_page", demo_store,
                                     "join_team(store, 4, 'demo-team-demoby')")
    assert not loaded & {"pandas", "numpy", "bokeh"}


def test_a_team_coming_back_sees_its_saved_inventory_drawn_without_pandas(demo_store):
    """The saved counts are shown as stored; pandas is for reading an export only."""
    loaded = modules_of_first_render("widgets.inventory.page:build_inventory_page", demo_store,
                                     "join_team(store, 1, 'demo-team-exempel')", shown=True)
    assert "bokeh" in loaded  # its charts were drawn
    assert "pandas" not in loaded


def test_a_team_reads_an_export_confirms_columns_chooses_young_adults_and_saves(page, demo_store):
    view = page.view
    _upload(view, (SAMPLES / "export_semikolon_cp1252.csv").read_bytes(), "export.csv")
    (read,) = view.upload.upload.value  # the button counts "(1)": one file read
    assert len(read["content"]) == 0 and read["name"] == ""  # its bytes and name are not kept in a widget
    assert view.upload.progress.value == 1.0 and view.upload.progress.layout.display == "none"
    text = page_text(page.widget)
    assert "Kolumnen ”Personnummer” togs bort: personnummer" in text
    assert "Kolumnen ”Namn” togs bort" in text
    assert view.wizard.fields["opened"].value == "Aktualiseringsdatum"
    view.wizard.confirm.click()
    assert load_mapping_profile(demo_store, 4).column("opened") == "Aktualiseringsdatum"
    assert step_progress(demo_store, 4)["inventory"] is StepStatus.IN_PROGRESS
    assert any(isinstance(widget, BokehModel) for widget in all_widgets(page.widget))
    assert "<caption>Ålder</caption>" in page_text(page.widget)
    view.target.young_adults.click()
    view.target.reasons.value = ("unemployment",)
    expected = view.cases.count(view.target.filters)
    assert f"<strong>{expected}</strong> i målgruppen" in view.target.count_label.value
    view.save_button.click()
    assert page.messages.kind == "success"
    target = current_target_group(demo_store, 4)
    assert target.count == expected and target.description == "18–24 år, arbetslöshet"
    assert step_progress(demo_store, 4)["inventory"] is StepStatus.IN_PROGRESS
    assert "Klart när ni har skrivit ner era förväntningar." in page.standing.value
    view.notes.expectations.value = "Att förstå unga vuxnas behov"
    assert step_progress(demo_store, 4)["inventory"] is StepStatus.DONE
    assert stepper_statuses(page.navigation.value)[1] == "● Klart"

    again = build_inventory_page(join_team(demo_store, 4, "demo-team-demoby").query(), demo_store)
    assert "18–24 år, arbetslöshet" in page_text(again.widget)


def _headings(widget) -> list[str]:
    return re.findall(r"<h2>(.*?)</h2>", page_text(widget))


def test_the_target_group_is_chosen_above_the_charts_with_checkboxes_not_ctrl_click_lists(page):
    view = page.view
    _upload(view, (SAMPLES / "export_semikolon_cp1252.csv").read_bytes(), "export.csv")
    assert view.wizard.fields["insats"].value == ("Pågående insatser",)
    view.wizard.confirm.click()
    assert _headings(view.results_box) == ["Kontroll av raderna", "Målgrupp", "Det här visar inventeringen"]
    assert not any(isinstance(widget, ipywidgets.SelectMultiple) for widget in all_widgets(page.widget))
    unemployment = next(box for box in view.target.reasons.boxes if box.description == "Arbetslöshet")
    unemployment.value = True
    assert view.target.filters.reason_groups == ("unemployment",)
    assert "arbetslöshet" in view.target.count_label.value


def test_after_saving_the_page_shows_the_saved_inventory_once(page, demo_store):
    view = page.view
    _upload(view, (SAMPLES / "export_semikolon_cp1252.csv").read_bytes(), "export.csv")
    view.wizard.confirm.click()
    view.save_button.click()
    assert page.messages.kind == "success"
    assert view.results_box.children == () and view.wizard_box.children == ()
    charts = [widget for widget in all_widgets(page.widget) if isinstance(widget, BokehModel)]
    assert len(charts) == 5 and all(any(chart is widget for widget in all_widgets(view.saved_box))
                                    for chart in charts)
    assert page_text(page.widget).count("<caption>Ålder</caption>") == 1


def test_rows_with_problems_must_be_left_out_before_saving(page, demo_store):
    view = page.view
    data = "Ålder;Kön;Aktualiseringsdatum\n30;K;2026-01-01\n140;M;2026-01-02\n25;X;2030-01-01\n".encode()
    _upload(view, data, "fel.csv")
    view.wizard.confirm.click()
    text = page_text(page.widget)
    assert "Ålder under 0 eller över 120 – kolumnen ”Ålder”, 1 rad: rad 3" in text
    assert "rad 4" in text
    view.save_button.click()
    assert page.messages.kind == "warning" and list_inventories(demo_store, 4) == []
    view.exclude.value = True
    view.save_button.click()
    (saved,) = list_inventories(demo_store, 4)
    assert saved.total == 1


def test_an_unusable_file_gives_a_message_and_saves_nothing(page, demo_store):
    _upload(page.view, b"%PDF-1.4 fake", "export.xlsx")
    assert page.messages.kind == "warning" and "är en PDF" in page.messages.text
    assert page.view.upload.upload.value == ()  # the button counts "(0)": no file was read
    assert list_inventories(demo_store, 4) == []


def test_a_workbook_with_two_sheets_offers_the_other_sheet(page):
    view = page.view
    _upload(view, (SAMPLES / "export_titelrad_tva_blad.xlsx").read_bytes(), "export.xlsx")
    assert view.upload.sheet.layout.display == "" and view.upload.sheet.value == "Klienter"
    view.upload.sheet.value = "Om utdraget"
    assert view.export.sheet == "Om utdraget" and view.export.columns == ("Information",)


def test_identity_numbers_never_reach_a_widget(page, tmp_path):
    path = tmp_path / "export.csv"
    write("semicolon", path, 400, seed=5)
    numbers = list(synthetic_cases(400, seed=5)["Personnummer"])
    _upload(page.view, path.read_bytes(), "export.csv")
    page.view.wizard.confirm.click()
    page.view.save_button.click()
    shown = page_text(page.widget) + "".join(str(getattr(widget, "options", "")) for widget in
                                             all_widgets(page.widget))
    for number in numbers:
        digits = re.sub(r"\D", "", number)
        assert number not in shown and digits not in shown and f"{digits[2:8]}-{digits[8:]}" not in shown


def test_typed_counts_are_saved_with_a_typed_target_group(page, demo_store):
    view = page.view
    view.show_manual.click()
    assert view.manual.widget.layout.display == ""
    manual = view.manual
    manual.age_sex["18-24", "kvinna"].value = "12"
    manual.age_sex["18-24", "man"].value = "8"
    manual.age_sex["30-39", "?"].value = "1 000"
    manual.reasons["unemployment"].value = "15"
    manual.insatser[0][0].value = "FIA"
    manual.insatser[0][1].value = "6"
    manual.target.young_adults.click()
    manual.target.typed_count.value = "20"
    manual.save.click()
    assert page.messages.kind == "success"
    (saved,) = list_inventories(demo_store, 4)
    assert saved.total == 1020 and saved.source == "manual" and saved.target.count == 20


def test_typed_counts_that_are_not_numbers_are_refused(page, demo_store):
    page.view.manual.age_sex["18-24", "man"].value = "tolv"
    page.view.manual.save.click()
    assert page.messages.kind == "warning" and "skriv ett heltal" in page.messages.text
    assert list_inventories(demo_store, 4) == []


def test_expectations_and_notes_save_as_the_team_types(page, demo_store):
    page.view.notes.expectations.value = "Att förstå unga vuxnas behov"
    assert "Sparat kl." in page.view.notes.autosave.status.value
    assert get_notes(demo_store, 4).expectations == "Att förstå unga vuxnas behov"
    assert step_progress(demo_store, 4)["inventory"] is StepStatus.IN_PROGRESS


def test_two_saved_inventories_are_compared_side_by_side(page, demo_store):
    view = page.view
    for name in ("export_semikolon_cp1252.csv", "export_alder.ods"):
        _upload(view, (SAMPLES / name).read_bytes(), name)
        view.wizard.confirm.click()
        view.save_button.click()
    saved = view.saved_box.children[0]
    section = next(widget for widget in all_widgets(saved) if hasattr(widget, "on_click")
                   and widget.description == "Jämför de två")
    section.click()
    text = page_text(saved)
    assert "<caption>Ålder</caption>" in text and "Förändring" in text


def test_the_team_chooses_its_own_age_groups_and_keeps_its_target_group(page, demo_store):
    view = page.view
    _upload(view, (SAMPLES / "export_semikolon_cp1252.csv").read_bytes(), "export.csv")
    view.wizard.confirm.click()
    view.target.young_adults.click()
    assert view.age_bands_field.value == "18, 25, 30, 40, 50, 65"
    view.age_bands_field.value = "18, 21, 25, 65"
    [use] = [widget for widget in all_widgets(view.results_box) if getattr(widget, "description", "") ==
             "Använd de här åldersgrupperna"]
    use.click()
    text = page_text(view.charts_box)
    assert "21–24 år" in text and "30–39 år" not in text
    assert view.target.filters.age_min == 18  # the choice made before stays
    view.age_bands_field.value = "30, 18"
    use.click()
    assert "stiga från grupp till grupp" in page.messages.text and "21–24 år" in page_text(view.charts_box)
    view.save_button.click()
    saved = list_inventories(demo_store, 4)[0]
    assert saved is not None and "21–24 år" in page_text(page.widget)


def test_the_upload_button_counts_the_file_read_and_reads_the_next_one(page):
    upload = page.view.upload.upload
    _upload(page.view, (SAMPLES / "export_alder.ods").read_bytes(), "export.ods")
    # The browser labels the button with the description and the number of files in the value.
    assert len(upload.get_state()["value"]) == 1 and upload.get_state()["value"][0]["size"] == 0
    first = page.view.export
    _upload(page.view, (SAMPLES / "export_utf8_fodelsear.csv").read_bytes(), "export.csv")
    assert page.view.export is not first and "Födelseår" in page.view.export.columns
    assert len(upload.value) == 1


def test_values_the_kit_does_not_know_are_sorted_once_by_the_team_and_never_shown_in_the_charts(page, demo_store):
    view = page.view
    name = "Xerxesina1 Fjärilsdotter"
    data = ("Ålder;Kön;Aktualiseringsdatum;Försörjningshinder;Pågående insatser\n"
            f"30;K;2026-01-01;Arbetslös hos {name};Praktik hos {name}, FIA\n"
            "40;M;2026-02-01;Sjukskriven med läkarintyg;Jobbtorg\n").encode()
    _upload(view, data, "export.csv")
    view.wizard.confirm.click()
    assert view.cases is None and view.results_box.children == ()  # nothing counted before the team decides
    fields = {field.description: field for field in view.wizard.sorting.values()}
    assert set(fields) == {f"Arbetslös hos {name}", f"Praktik hos {name}"}
    assert fields[f"Arbetslös hos {name}"].value == "unemployment"  # suggested from the word "arbetslös"
    assert "Värden som verktyget inte känner igen" in page_text(page.widget)
    fields[f"Praktik hos {name}"].value = "Praktik"
    view.wizard.use_categories.click()
    assert page.messages.kind == "success"
    assert dict(view.cases.summarize().by_insats) == {"FIA": 1, "Praktik": 1, "Jobbtorg": 1}
    charts = page_text(view.results_box)
    assert "Praktik" in charts and name not in charts

    _upload(view, data, "export.csv")  # the same kind of export again: nothing new to decide
    view.wizard.confirm.click()
    assert view.wizard.sorting == {} and view.cases.unrecognised == ()
    assert view.cases.summarize().by_insats["Praktik"] == 1
