"""The monthly report form on demo team 1: draft, self-assessment, saving, history, conflicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import ipywidgets
import pytest
from jupyter_bokeh import BokehModel

from tests.widgets.reading import all_widgets, page_text
from tests.widgets.reports.forms import TEAM, control, team_page
from tests.widgets.reports.forms import autosave_status as status
from widgets.page import Page
from widgets.reports.monthly_form import monthly_form
from workshop.pdsa import list_cycles
from workshop.reports.period_months import months_to_report
from workshop.reports.records.assessment_scale import ASSESSMENT_SCALE
from workshop.reports.records.monthly import (
    MonthlyReportDetails,
    get_monthly_report,
    month_key,
    save_monthly_report,
)
from workshop.session import join_team

THIS_MONTH = month_key(dt.date.today())


def build_page(store) -> Page:
    return team_page(store, monthly_form)


@pytest.fixture
def page(demo_store):
    return build_page(demo_store)


def test_a_new_month_opens_prefilled_from_the_cycles_with_the_whole_scale(page, demo_store):
    third_cycle = list_cycles(demo_store, TEAM)[2]
    assert control(page, "Månad").value == THIS_MONTH
    assert f"{third_cycle.change_idea_title}, cykel 3: {third_cycle.title}" in control(page, "Vad testade vi?").value
    assert control(page, "Vad planerar vi härnäst?").value
    assert "Förifyllt från era PGSA-cykler" in page_text(page.widget)
    scale = control(page, "Självskattning")
    assert isinstance(scale, ipywidgets.RadioButtons) and scale.value == ""
    labels = [label for label, _value in scale.options]
    assert labels[0] == "Ingen självskattning den här månaden"
    for label, level in zip(labels[1:], ASSESSMENT_SCALE, strict=True):
        assert label.startswith(level.score_text) and level.label in label and level.definition in label
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH) is None  # a draft is not saved until the team acts


def test_every_control_is_labelled(page):
    controls = [w for w in all_widgets(page.widget)
                if isinstance(w, (ipywidgets.Textarea, ipywidgets.RadioButtons, ipywidgets.Dropdown,
                                  ipywidgets.Button))]
    assert len(controls) >= 7
    assert all(control.description.strip() for control in controls)


def test_typing_choosing_a_level_and_saving_is_shown_again_after_a_re_render(page, demo_store):
    control(page, "Vad testade vi?").value = "FIA-samtal med alla nybesök 🙂"
    control(page, "Vad lärde vi oss?").value = "Det går om blanketten är digital."
    control(page, "Självskattning").value = 2.5
    control(page, "Varför den här nivån?").value = "Vi testar men ser ingen förbättring än."
    control(page, "Spara månadsrapporten").click()

    assert "Sparat kl." in status(page)
    saved = get_monthly_report(demo_store, TEAM, THIS_MONTH)
    assert (saved.tested, saved.self_score) == ("FIA-samtal med alla nybesök 🙂", 2.5)
    months = dict((value, label) for label, value in control(page, "Månad").options)
    assert months[THIS_MONTH].endswith("(sparad)") and control(page, "Månad").value == THIS_MONTH
    assert '<td class="gk-num">2,5</td><td>Förändringar testas men ingen förbättring än</td>' in page_text(page.widget)

    page.render()
    assert control(page, "Vad testade vi?").value == "FIA-samtal med alla nybesök 🙂"
    assert control(page, "Självskattning").value == 2.5
    assert control(page, "Varför den här nivån?").value == "Vi testar men ser ingen förbättring än."
    assert "Förifyllt" not in page_text(page.widget)


def test_the_button_saves_the_draft_as_it_is(page, demo_store):
    draft = control(page, "Vad testade vi?").value
    control(page, "Spara månadsrapporten").click()
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH).tested == draft


def test_bad_input_is_explained_and_what_was_typed_stays(page, demo_store):
    too_long = "x" * 20_001
    control(page, "Varför den här nivån?").value = too_long
    assert "får vara högst 20000 tecken" in status(page)
    assert control(page, "Varför den här nivån?").value == too_long
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH) is None


def test_a_colleagues_save_in_between_is_a_conflict_and_my_text_stays(demo_store):
    mine, theirs = build_page(demo_store), build_page(demo_store)
    control(theirs, "Vad lärde vi oss?").value = "Kollegans lärdom"
    control(mine, "Vad lärde vi oss?").value = "Min lärdom"
    assert "Någon annan har sparat ändringar här" in status(mine)
    assert control(mine, "Vad lärde vi oss?").value == "Min lärdom"
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH).learned == "Kollegans lärdom"

    control(mine, "Spara min version i stället för deras").click()
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH).learned == "Min lärdom"
    assert "Sparat kl." in status(mine)


def test_after_a_conflict_the_colleagues_version_can_be_shown(demo_store):
    mine, theirs = build_page(demo_store), build_page(demo_store)
    control(theirs, "Självskattning").value = 3.0
    control(mine, "Självskattning").value = 1.0
    control(mine, "Visa deras version (min tas bort)").click()
    assert control(mine, "Självskattning").value == 3.0
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH).self_score == 3.0


def test_a_team_without_cycles_is_not_told_its_empty_form_was_prefilled(demo_store):
    query = join_team(demo_store, 2, "demo-team-pahittsta").query()
    page = Page(render=lambda page: ipywidgets.VBox([monthly_form(page, page.store, page.session.team_id)]),
                step_key="reports",
                query_string=query, store=demo_store)
    assert control(page, "Vad testade vi?").value == ""
    assert "Förifyllt" not in page_text(page.widget)


def test_choosing_another_month_opens_its_own_report(page, demo_store):
    control(page, "Vad testade vi?").value = "Den här månaden"
    earlier = months_to_report(demo_store, TEAM)[1]
    control(page, "Månad").value = earlier
    assert control(page, "Vad testade vi?").value != "Den här månaden"
    assert "Förifyllt" in page_text(page.widget)
    control(page, "Vad testade vi?").value = "Förra månaden"
    assert get_monthly_report(demo_store, TEAM, earlier).tested == "Förra månaden"
    assert get_monthly_report(demo_store, TEAM, THIS_MONTH).tested == "Den här månaden"
    control(page, "Månad").value = THIS_MONTH
    assert control(page, "Vad testade vi?").value == "Den här månaden"


def test_the_history_has_a_table_and_a_chart_once_two_months_are_scored(demo_store):
    later, earlier = months_to_report(demo_store, TEAM)[1:3]
    assert not [w for w in all_widgets(build_page(demo_store).widget) if isinstance(w, BokehModel)]
    for month, score in ((earlier, 1.0), (later, 2.0)):
        save_monthly_report(demo_store, TEAM, month, MonthlyReportDetails(self_score=score), expected_version=0,
                            actor="team:1")
    page = build_page(demo_store)
    assert [w for w in all_widgets(page.widget) if isinstance(w, BokehModel)]
    text = page_text(page.widget)
    assert '<td class="gk-num">1,0</td><td>Team och uppdrag finns</td>' in text
    assert '<td class="gk-num">2,0</td><td>Aktivitet men inga förändringar</td>' in text
    assert text.index('<td class="gk-num">2,0</td>') < text.index('<td class="gk-num">1,0</td>')  # newest first


def test_text_typed_with_markup_stays_text(page, demo_store):
    save_monthly_report(demo_store, TEAM, THIS_MONTH,
                        replace(MonthlyReportDetails(), tested="<script>alert(1)</script>", self_score=0.5),
                        expected_version=0, actor="team:1")
    page.render()
    assert control(page, "Vad testade vi?").value == "<script>alert(1)</script>"
    assert "<script>" not in "".join(w.value for w in all_widgets(page.widget) if isinstance(w, ipywidgets.HTML))
