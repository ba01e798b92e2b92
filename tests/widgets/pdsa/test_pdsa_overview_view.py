"""The PGSA overview: a new cycle, the ramps, nudges, the timeline with its table, the learning log."""

from __future__ import annotations

import base64
import datetime as dt

from jupyter_bokeh import BokehModel

from tests.widgets.pdsa.driving import click, control, create_cycle_in_page
from tests.widgets.reading import all_widgets, page_text
from widgets.pdsa.worksheet import WorksheetView
from workshop.improvement import list_change_ideas
from workshop.model import StepStatus
from workshop.pdsa import PlanPart, StudyPart, create_cycle, list_cycles, save_plan, save_study
from workshop.progress import step_progress

TEAM, ACTOR = 3, "team:3"


def _ideas(store):
    return list_change_ideas(store, TEAM)


def _cycle_with(store, idea, *, days_ago: int, learned: str = "", title: str = "Test med en klient"):
    cycle = create_cycle(store, TEAM, idea.id, title, actor=ACTOR)
    start = dt.date.today() - dt.timedelta(days=days_ago)
    cycle = save_plan(store, TEAM, cycle.id, PlanPart(title, start=start, end=start + dt.timedelta(days=7)),
                      expected_version=cycle.version, actor=ACTOR)
    if learned:
        cycle = save_study(store, TEAM, cycle.id, StudyPart(learned=learned), expected_version=cycle.version,
                           actor=ACTOR)
    return cycle


def test_creating_a_cycle_opens_its_worksheet_and_marks_the_step_started(pdsa_page, demo_store):
    idea = _ideas(demo_store)[0]
    create_cycle_in_page(pdsa_page, idea.title)
    assert isinstance(pdsa_page.view, WorksheetView)
    assert "Cykel 1 är skapad. Fyll i Planera först." in pdsa_page.messages.text
    [cycle] = list_cycles(demo_store, TEAM)
    assert (cycle.change_idea_id, cycle.title) == (idea.id, "Test med en klient")
    assert step_progress(demo_store, TEAM)["pdsa"] is StepStatus.IN_PROGRESS
    click(pdsa_page, "Tillbaka till alla cykler")
    assert "Test med en klient" in page_text(pdsa_page.widget)


def test_a_cycle_needs_a_change_idea_and_a_title(pdsa_page, demo_store):
    click(pdsa_page, "Skapa cykeln")
    assert pdsa_page.messages.text == "Välj förändringsidén som ska testas."
    create_cycle_in_page(pdsa_page, _ideas(demo_store)[0].title, title="  ")
    assert "Fyll i cykelns titel." in pdsa_page.messages.text
    assert list_cycles(demo_store, TEAM) == []


def test_an_overdue_cycle_is_flagged_and_opens_from_the_flag(pdsa_page, demo_store):
    idea = _ideas(demo_store)[1]
    overdue = _cycle_with(demo_store, idea, days_ago=30)
    pdsa_page.render()
    text = page_text(pdsa_page.widget)
    assert "Att följa upp" in text and "men Studera är tom. Vad lärde ni er?" in text
    click(pdsa_page, f"Följ upp cykel 1 av ”{idea.title}”")
    assert pdsa_page.view.cycle.id == overdue.id


def test_the_timeline_has_a_table_beside_it_and_the_learning_log_exports(pdsa_page, demo_store):
    first, second = _ideas(demo_store)[:2]
    _cycle_with(demo_store, first, days_ago=30, learned="=SUMMA(A1) lärde vi oss")
    _cycle_with(demo_store, second, days_ago=10, learned="Ring dagen före.", title="Påminnelse")
    pdsa_page.render()
    assert any(isinstance(widget, BokehModel) for widget in all_widgets(pdsa_page.widget))
    text = page_text(pdsa_page.widget)
    assert "<caption>Alla cykler per förändringsidé</caption>" in text and "Cykel 1: planerad" in text
    link = next(w.value for w in all_widgets(pdsa_page.widget) if "lardomslogg.csv" in str(getattr(w, "value", "")))
    encoded = link.split("base64,")[1].split('"')[0]
    csv_text = base64.b64decode(encoded).decode("utf-8-sig")
    assert "'=SUMMA(A1) lärde vi oss" in csv_text and "Ring dagen före." in csv_text
    control(pdsa_page, "Visa lärdomar från").value = second.id
    shown = page_text(pdsa_page.widget)
    assert "Ring dagen före." in shown and "SUMMA" not in shown.split("Lärdomslogg")[1]


def test_without_change_ideas_the_page_points_to_the_earlier_steps(demo_store):
    from widgets.pdsa.page import build_pdsa_page
    from workshop.session import join_team

    page = build_pdsa_page(join_team(demo_store, 2, "demo-team-pahittsta").query(), demo_store)
    text = page_text(page.widget)
    assert "Ni har inga förändringsidéer ännu." in text and "03_forandringar.ipynb?team=2" in text
    assert "Inga cykler ännu." in text and "Cyklerna visas på tidslinjen när de har en period." in text
