"""The learning log across cycles, filtered by change idea, and its CSV export."""

from __future__ import annotations

import csv
import io

import pytest

from tests.unit.pdsa.setting import ACTOR, TEAM
from workshop.pdsa import Decision, StudyPart, create_cycle, learning_log, learning_log_csv, save_study
from workshop.spreadsheet import neutralised


def learned(store, cycle, text):
    return save_study(store, TEAM, cycle.id, StudyPart(learned=text), expected_version=cycle.version, actor=ACTOR)


def test_every_what_we_learned_in_one_list_filterable_by_idea(demo_store, cycle, other_idea, decide):
    decide(learned(demo_store, cycle, "Boka tid från början."), Decision.ADOPT)
    other = create_cycle(demo_store, TEAM, other_idea.id, "Annat test", actor=ACTOR)
    learned(demo_store, other, "Ring dagen före.")
    create_cycle(demo_store, TEAM, other_idea.id, "Inget lärt ännu", actor=ACTOR)
    log = learning_log(demo_store, TEAM)
    assert [(e.change_idea_title, e.learned) for e in log] == [(cycle.change_idea_title, "Boka tid från början."),
                                                              (other_idea.title, "Ring dagen före.")]
    assert log[0].decision is Decision.ADOPT
    assert [e.learned for e in learning_log(demo_store, TEAM, change_idea_id=other_idea.id)] == ["Ring dagen före."]


def test_the_export_is_semicolon_csv_with_the_log(demo_store, cycle):
    learned(demo_store, cycle, "Rad ett\nrad två; med semikolon")
    rows = list(csv.reader(io.StringIO(learning_log_csv(learning_log(demo_store, TEAM))), delimiter=";"))
    assert rows[0] == ["Förändringsidé", "Cykel", "Cykelns titel", "Start", "Slut", "Beslut", "Vad vi lärde oss"]
    assert rows[1][1:3] == ["1", "Test med en klient"] and rows[1][6] == "Rad ett\nrad två; med semikolon"


@pytest.mark.parametrize("formula", ["=1+1", "+46 70", "-2", "@SUM(A1)", "=HYPERLINK(\"http://x\")"])
def test_cells_that_look_like_formulas_are_neutralised(demo_store, cycle, formula):
    learned(demo_store, cycle, formula)
    rows = list(csv.reader(io.StringIO(learning_log_csv(learning_log(demo_store, TEAM))), delimiter=";"))
    assert rows[1][6] == "'" + formula


def test_ordinary_text_is_kept_and_control_characters_at_the_start_are_neutralised():
    assert neutralised("Vi lärde oss = mycket") == "Vi lärde oss = mycket"
    assert neutralised("\tx") == "'\tx" and neutralised("\r=1") == "'\r=1"
