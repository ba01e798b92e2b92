"""The plan for continuing on demo team 1: typing, saving, conflicts, long texts, and the final report."""

from __future__ import annotations

import io

import docx
import ipywidgets
import pytest

from tests.widgets.reading import all_widgets, page_text
from tests.widgets.reports.forms import TEAM, autosave_status, control, team_page
from widgets.reports.final_plan_form import final_plan_form
from widgets.reports.page import build_reports_page
from workshop.model import StepStatus
from workshop.progress import step_progress
from workshop.reports import build_document
from workshop.reports.records.final_plan import FinalPlanDetails, get_final_plan, save_final_plan
from workshop.session import join_team

ROUTINES = "Rutiner: hur förändringarna blir en del av vardagen"
RESOURCES = "Resurser: den tid, de pengar och det stöd som behövs"
OWNERS = "Vem äger vad från och med nu"
SPREAD = "Vad berättar vi för andra enheter?"
LONG = ("Åsa och Östen äger rutinen för nybesök 🙂 😀👍🏽. " * 250)[:10_000]


def build_page(store):
    return team_page(store, final_plan_form)


@pytest.fixture
def page(demo_store):
    return build_page(demo_store)


def test_the_section_explains_the_plan_and_asks_four_questions_with_examples(page):
    text = page_text(page.widget)
    assert "Plan för att fortsätta (till slutrapporten)" in text
    assert "slutrapport" in text and "bjuda in" in text
    areas = [w for w in all_widgets(page.widget) if isinstance(w, ipywidgets.Textarea)]
    assert [area.description for area in areas] == [ROUTINES, RESOURCES, OWNERS, SPREAD]
    assert all(area.value == "" and area.placeholder.startswith("Till exempel:") for area in areas)
    assert len({area.placeholder for area in areas}) == 4


def test_every_control_is_labelled_also_when_a_conflict_offers_choices(demo_store):
    mine, theirs = build_page(demo_store), build_page(demo_store)
    control(theirs, OWNERS).value = "Kollegans text"
    control(mine, OWNERS).value = "Min text"
    controls = [w for w in all_widgets(mine.widget) if isinstance(w, (ipywidgets.Textarea, ipywidgets.Button))]
    assert len(controls) == 7  # four texts, save, and the conflict's two choices
    assert all(control.description.strip() for control in controls)


def test_typing_saves_and_a_re_render_shows_the_plan(page, demo_store):
    assert step_progress(demo_store, TEAM)["reports"] is StepStatus.NOT_STARTED
    control(page, ROUTINES).value = "Samtalet ingår i rutinen för nybesök."
    control(page, SPREAD).value = "Vi berättar på förvaltningens vårmöte."
    assert "Sparat kl." in autosave_status(page)
    assert get_final_plan(demo_store, TEAM).details == FinalPlanDetails(
        routines="Samtalet ingår i rutinen för nybesök.", spread="Vi berättar på förvaltningens vårmöte.")
    assert step_progress(demo_store, TEAM)["reports"] is StepStatus.IN_PROGRESS

    control(page, OWNERS).value = "Enhetschefen"
    control(page, "Spara planen").click()
    page.render()
    assert control(page, ROUTINES).value == "Samtalet ingår i rutinen för nybesök."
    assert control(page, OWNERS).value == "Enhetschefen"
    assert control(page, RESOURCES).value == ""


def test_a_text_of_10_000_characters_with_emoji_is_kept_whole(page, demo_store):
    control(page, RESOURCES).value = LONG
    assert "Sparat kl." in autosave_status(page)
    assert get_final_plan(demo_store, TEAM).resources == LONG
    page.render()
    assert control(page, RESOURCES).value == LONG


def test_too_long_a_text_is_explained_and_what_was_typed_stays(page, demo_store):
    too_long = "x" * 20_001
    control(page, SPREAD).value = too_long
    assert "får vara högst 20000 tecken" in autosave_status(page)
    assert control(page, SPREAD).value == too_long
    assert get_final_plan(demo_store, TEAM).version == 0


def test_a_colleagues_save_in_between_is_a_conflict_and_my_text_stays(demo_store):
    mine, theirs = build_page(demo_store), build_page(demo_store)
    control(theirs, OWNERS).value = "Kollegans text"
    control(mine, OWNERS).value = "Min text"
    assert "Någon annan har sparat ändringar här" in autosave_status(mine)
    assert control(mine, OWNERS).value == "Min text"
    assert get_final_plan(demo_store, TEAM).owners == "Kollegans text"

    control(mine, "Spara min version i stället för deras").click()
    assert get_final_plan(demo_store, TEAM).owners == "Min text"
    assert "Sparat kl." in autosave_status(mine)
    assert not [w for w in all_widgets(mine.widget) if getattr(w, "description", "").startswith("Visa deras")]


def test_after_a_conflict_the_colleagues_version_can_be_shown_and_edited(demo_store):
    mine, theirs = build_page(demo_store), build_page(demo_store)
    control(theirs, ROUTINES).value = "Kollegans rutin"
    control(mine, ROUTINES).value = "Min rutin"
    control(mine, "Visa deras version (min tas bort)").click()
    assert control(mine, ROUTINES).value == "Kollegans rutin"
    control(mine, ROUTINES).value = "Kollegans rutin, och min tanke"
    assert "Sparat kl." in autosave_status(mine)
    assert get_final_plan(demo_store, TEAM).routines == "Kollegans rutin, och min tanke"


def test_text_typed_with_markup_stays_text(page, demo_store):
    save_final_plan(demo_store, TEAM, FinalPlanDetails(spread='<script>alert(1)</script><img src=x onerror="x">'),
                    expected_version=0, actor="team:1")
    page.render()
    assert control(page, SPREAD).value == '<script>alert(1)</script><img src=x onerror="x">'
    markup = "".join(w.value for w in all_widgets(page.widget) if isinstance(w, ipywidgets.HTML))
    assert "<script>" not in markup and "<img" not in markup


def test_the_reports_page_holds_the_plan_and_the_final_report_shows_what_was_typed(demo_store):
    page = build_reports_page(join_team(demo_store, TEAM, "demo-team-exempel").query(), demo_store)
    text = page_text(page.widget)
    assert text.index("Månadsrapport") < text.index("Plan för att fortsätta (till slutrapporten)")
    typed = {ROUTINES: "Samtalet ingår i rutinen för nybesök 🙂", RESOURCES: LONG,
             OWNERS: "Enhetschefen äger rutinen; Åsa håller mätningen",
             SPREAD: "Vi bjuder in enheten för unga vuxna"}
    for label, value in typed.items():
        control(page, label).value = value

    content = build_document(demo_store, TEAM, "final", "docx").content
    report = "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs)
    for label, value in typed.items():
        assert label in report and value in report
    assert "Inte skrivet ännu" not in report and "är inte skriven ännu" not in report
