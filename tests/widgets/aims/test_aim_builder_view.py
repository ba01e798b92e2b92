"""The page's frame, purpose and aim builder: live sentence, friendly hints, autosave with history."""

from __future__ import annotations

import datetime as dt

from tests.widgets.aims.conftest import TEAM, find
from tests.widgets.first_render import modules_of_first_render
from tests.widgets.reading import page_text
from widgets.aims.page import build_aims_page
from workshop.aims import active_aim, get_purpose, list_aims
from workshop.model import StepStatus
from workshop.progress import step_progress


def test_without_a_team_link_the_page_asks_for_the_team_and_links_to_start(demo_store):
    page = build_aims_page("", demo_store)
    text = page_text(page.widget)
    assert "Den här sidan hör till ett förbättringsteam" in text
    assert "00_start.ipynb" in text and "Mål och mått" in text


def test_the_page_follows_the_three_questions_with_examples(page):
    text = page_text(page.widget)
    for question in ("1. Vad vill vi åstadkomma?", "2. Hur vet vi att en förändring är en förbättring?",
                     "3. Vilka förändringar kan vi göra som leder till förbättring?"):
        assert question in text
    assert "AUDIT och DUDIT" in text and "Exempel:" in text


def test_the_aim_sentence_is_assembled_live_and_saved(page, demo_store):
    builder = page.view.aim
    builder.fields["what"].value = "andelen nybesök där AUDIT används"
    builder.fields["for_whom"].value = "unga vuxna"
    builder.fields["baseline"].value = "20"
    builder.fields["target"].value = "80"
    builder.fields["unit"].value = "%"
    builder.fields["by_when"].value = "2099-05-31"
    assert "Andelen nybesök där AUDIT används för unga vuxna ska öka från 20\u00a0% till 80\u00a0% senast " \
           "31 maj 2099." in builder.sentence.value
    assert builder.hints.value == ""
    assert builder.autosave.state == "saved"
    saved = active_aim(demo_store, TEAM)
    assert (saved.what, saved.target, saved.by_when) == ("andelen nybesök där AUDIT används", "80",
                                                         dt.date(2099, 5, 31))
    assert step_progress(demo_store, TEAM)["aims"] is StepStatus.IN_PROGRESS


def test_a_vague_aim_gets_hints_and_is_still_saved(page, demo_store):
    builder = page.view.aim
    builder.fields["what"].value = "fler screeningar"
    builder.fields["target"].value = "några"
    hints = builder.hints.value
    assert "”några” är inget tal" in hints and "Några är inget tal" in hints
    assert "Snart är ingen tidpunkt" in hints and "Ingen målgrupp ännu" in hints
    builder.fields["by_when"].value = "2020-01-01"
    assert "Datumet har redan passerat" in builder.hints.value
    builder.fields["baseline"].value = "5"
    builder.fields["target"].value = "5"
    assert "Målvärdet är detsamma som utgångsläget" in builder.hints.value
    assert active_aim(demo_store, TEAM).target == "5"


def test_typed_markup_is_shown_as_text(page):
    page.view.aim.fields["what"].value = "<script>alert(1)</script>"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.view.aim.sentence.value
    assert "<script>" not in page.view.aim.sentence.value


def test_a_too_long_aim_is_not_saved_and_the_text_stays(page, demo_store):
    page.view.aim.fields["what"].value = "x" * 2000
    assert page.view.aim.autosave.state == "invalid"
    assert "högst 300 tecken" in page.view.aim.autosave.status.value
    assert page.view.aim.fields["what"].value == "x" * 2000
    assert list_aims(demo_store, TEAM) == []


def test_a_new_aim_keeps_the_earlier_one_which_can_be_made_active_again(page, demo_store):
    page.view.aim.fields["what"].value = "första målet"
    page.view.aim.new_aim_button.click()
    assert page.view.aim.fields["what"].value == ""
    assert "Första målet för … ska förändras" in page_text(page.view.aim.widget)
    page.view.aim.fields["what"].value = "andra målet"
    find(page.view.aim.widget, "Gör detta till det aktiva målet").click()
    assert page.view.aim.fields["what"].value == "första målet"
    assert active_aim(demo_store, TEAM).what == "första målet"
    assert [aim.what for aim in list_aims(demo_store, TEAM)] == ["andra målet", "första målet"]


def test_the_target_group_prefills_for_whom(page_with_target_group, demo_store):
    view = page_with_target_group.view
    assert view.aim.fields["for_whom"].value == "Unga vuxna 18–24 år"
    assert view.purpose.fields["for_whom"].value == "Unga vuxna 18–24 år"
    assert "Ingen målgrupp" not in view.aim.hints.value


def test_the_purpose_is_saved_why_first(page, demo_store):
    purpose = page.view.purpose
    labels = [field.description for field in purpose.fields.controls.values()]
    assert labels[:3] == ["Varför? (skälet, först)", "Hur? (hur ni arbetar)", "Vad? (vad ni gör)"]
    purpose.fields["why"].value = "Unga vuxna ska <b>inte</b> fastna i biståndet.\nTidigt stöd."
    purpose.fields["need"].value = "Snabb plan"
    assert purpose.autosave.state == "saved"
    saved = get_purpose(demo_store, TEAM)
    assert saved.why == "Unga vuxna ska <b>inte</b> fastna i biståndet.\nTidigt stöd." and saved.need == "Snabb plan"


def test_a_purpose_saved_elsewhere_meanwhile_is_a_conflict_and_the_text_stays(page, demo_store):
    from workshop.aims import PurposeDetails, save_purpose

    save_purpose(demo_store, TEAM, PurposeDetails(why="kollegans"), expected_version=0, actor="team:2")
    page.view.purpose.fields["why"].value = "mitt"
    assert page.view.purpose.autosave.state == "conflict"
    assert page.view.purpose.fields["why"].value == "mitt"
    assert get_purpose(demo_store, TEAM).why == "kollegans"


def test_the_page_opens_without_loading_pandas(demo_store):
    """The target group is read from the latest inventory's row, not its counts as a DataFrame."""
    assert "pandas" not in modules_of_first_render("widgets.aims.page:build_aims_page", demo_store,
                                                   "join_team(store, 3, 'demo-team-aby')")
