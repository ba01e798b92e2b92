"""The final report: the whole journey, and the plan for continuing that the team writes for it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.unit.reports.text_reports import EXEMPEL, LONG, PAHITTSTA, TODAY, document_text
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.reports import team_snapshot
from workshop.reports.blocks import Chart, Heading, Paragraph, Table
from workshop.reports.final_report import final_report
from workshop.reports.records.final_plan import FinalPlanDetails, get_final_plan, save_final_plan
from workshop.store.tables import HistoryRow

PLAN = FinalPlanDetails(routines="FIA-samtalet ingår i rutinen för nybesök.\nRutinen ses över i juni.",
                        resources="En halvdag i månaden för processledaren 🙂", owners="Enhetschefen äger rutinen.",
                        spread="Vi berättar på APT hos vuxenenheten.")


def _save(store, details=PLAN, *, team=EXEMPEL, version=0):
    return save_final_plan(store, team, details, expected_version=version, actor=f"team:{team}")


def test_the_final_report_tells_the_whole_journey_in_order(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    document = final_report(snapshot)
    assert document.title == "Slutrapport" and document.subtitle == snapshot.team.name
    sections = [block.text for block in document.blocks if isinstance(block, Heading) and block.level == 1]
    assert sections == ["Det här saknas ännu", "Målgrupp", "Syfte och mål", "Drivkraftsdiagram", "Förändringsidéer",
                        "PGSA-cykler", "Resultat", "Lärdomslogg", "Självskattning månad för månad",
                        "Plan för att hålla i förändringarna", "Vad berättar vi för andra enheter?"]
    text = document_text(document)
    assert snapshot.aim_sentence in text and snapshot.purpose.why in text
    assert all(idea.prevention_level.label in text for idea in snapshot.change_ideas)
    for cycle in snapshot.cycles:
        assert cycle.title in text
        assert all(question.prediction in text for question in cycle.plan.questions)
    assert all(entry.learned in text for entry in snapshot.learning)


def test_results_have_the_verdict_in_words_a_chart_and_the_points(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    document = final_report(snapshot)
    for result in snapshot.measures:
        assert Paragraph(result.judged.headline, strong=True) in document.blocks
    charts = [block for block in document.blocks if isinstance(block, Chart) and block.lines]
    assert [chart.title for chart in charts] == [result.measure.name for result in snapshot.measures if result.rows]
    tables = [block.caption for block in document.blocks if isinstance(block, Table)]
    assert all(f"Mätpunkterna för ”{chart.title}”" in tables for chart in charts)


def test_the_plan_for_continuing_is_shown_once_written(demo_store):
    before = final_report(team_snapshot(demo_store, EXEMPEL, today=TODAY))
    assert "Planen för att hålla i förändringarna är inte skriven ännu (steg 6)." in document_text(before)
    assert Paragraph("Inte skrivet ännu: skriv det på sidan Rapport (steg 6).") in before.blocks
    _save(demo_store)
    document = final_report(team_snapshot(demo_store, EXEMPEL, today=TODAY))
    blocks = document.blocks
    assert blocks[blocks.index(Heading(2, "Vem äger vad från och med nu")) + 1] == Paragraph(PLAN.owners)
    assert blocks[blocks.index(Heading(1, "Vad berättar vi för andra enheter?")) + 1] == Paragraph(PLAN.spread)
    assert Paragraph(PLAN.routines) in blocks and Paragraph(PLAN.resources) in blocks
    assert Heading(1, "Det här saknas ännu") not in blocks, "the demo team has recorded everything else"


def test_a_team_with_nothing_recorded_gets_a_final_report_that_says_so(demo_store):
    snapshot = team_snapshot(demo_store, PAHITTSTA, today=TODAY)
    document = final_report(snapshot)
    text = document_text(document)
    assert all(sentence in text for sentence in snapshot.missing)
    assert not [block for block in document.blocks if isinstance(block, Chart)]


def test_the_plan_is_saved_cleaned_versioned_and_recorded_in_history(demo_store):
    assert get_final_plan(demo_store, EXEMPEL).version == 0
    saved = _save(demo_store, replace(PLAN, owners="  Enhetschefen   äger rutinen.  \r\n"))
    assert (saved.version, saved.owners) == (1, "Enhetschefen äger rutinen.")
    assert get_final_plan(demo_store, EXEMPEL) == saved
    again = _save(demo_store, replace(PLAN, spread=LONG), version=1)
    assert again.version == 2 and again.spread == LONG
    with demo_store.reading() as session:
        entries = session.scalars(select(HistoryRow).where(HistoryRow.entity == "final_plan")
                                  .order_by(HistoryRow.id)).all()
    assert [(entry.action, entry.team_id) for entry in entries] == [("create", EXEMPEL), ("update", EXEMPEL)]
    assert entries[1].changes == {"spread": [PLAN.spread, LONG]}


def test_a_plan_saved_from_an_old_version_is_refused_and_nothing_changes(demo_store):
    first = _save(demo_store)
    _save(demo_store, replace(PLAN, owners="En kollega hann före."), version=first.version)
    with pytest.raises(EditConflict):
        _save(demo_store, replace(PLAN, owners="Vi skrev samtidigt."), version=first.version)
    assert get_final_plan(demo_store, EXEMPEL).owners == "En kollega hann före."


def test_bad_input_leaves_the_plan_as_it_was(demo_store):
    _save(demo_store)
    with pytest.raises(InvalidInput, match="Rutiner"):
        _save(demo_store, replace(PLAN, routines="x" * 20_001), version=1)
    with pytest.raises(InvalidInput):
        _save(demo_store, replace(PLAN, spread="ett\x00tecken"), version=1)
    with pytest.raises(NotFound):
        _save(demo_store, team=999)
    assert get_final_plan(demo_store, EXEMPEL).details == PLAN
