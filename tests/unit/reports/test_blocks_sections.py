"""The sections the text reports share, built from a snapshot: each says what is there, or that nothing is yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.unit.reports.text_reports import EXEMPEL, PAHITTSTA, TODAY
from tests.unit.results.blocks import SHIFT_VALUES, weekly_block
from workshop.improvement import ChartKind, list_measures
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.pdsa import CycleStatus
from workshop.reports import team_snapshot
from workshop.reports.blocks import Bullets, Chart, Facts, Heading, Paragraph, Table
from workshop.reports.cycle_sections import cycle_story, open_cycles
from workshop.reports.measure_sections import measure_chart, measure_results, points_table
from workshop.reports.sections import (
    driver_diagram_section,
    front_facts,
    missing_section,
    target_group_facts,
    target_group_tables,
)
from workshop.results import parse_pasted, save_points


def test_the_front_facts_name_team_municipality_collaborative_period_and_day(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    facts = dict(front_facts(snapshot).items)
    assert facts == {"Team": snapshot.team.name, "Kommun": snapshot.team.municipality, "Enhet": snapshot.team.unit,
                     "Samverkan": snapshot.collaborative.name, "Period": "hela arbetet", "Gjord": "23 nov. 2026"}
    without_unit = replace(snapshot, team=replace(snapshot.team, unit=""))
    assert "Enhet" not in dict(front_facts(without_unit).items)


def test_what_is_missing_is_a_section_only_when_something_is(demo_store):
    assert missing_section(()) == ()
    heading, _lead, listed = missing_section(("Inget mål är skrivet ännu (steg 2).",))
    assert heading == Heading(1, "Det här saknas ännu")
    assert listed == Bullets(("Inget mål är skrivet ännu (steg 2).",))


def test_the_target_group_shows_small_counts_masked_with_a_word_on_why(demo_store):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40},
                                 reasons={"unemployment": 41})
    save_inventory(demo_store, PAHITTSTA, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    summary = team_snapshot(demo_store, PAHITTSTA, today=TODAY).target_group
    facts, note = target_group_facts(summary)
    assert dict(facts.items)["Klienter i målgruppen"] == "<5"
    assert note == Paragraph("”<5” = färre än 5 (dolt för att skydda enskilda). ”x” = dolt för att de dolda talen "
                             "inte ska kunna räknas fram.")
    tables = [block for block in target_group_tables(summary) if isinstance(block, Table)]
    assert [table.header[0] for table in tables] == [table.title for table in summary.tables]
    cells = [cell for table in tables for row in table.rows for cell in row]
    assert "<5" in cells and "x" in cells and "3" not in cells and "40" not in cells
    assert all(table.rows[-1] == ("Totalt", shown.total) for table, shown in zip(tables, summary.tables, strict=True))


def test_the_insats_table_ends_with_the_clients_not_a_sum_of_insatser(demo_store):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 20, ("25-29", "man"): 20},
                                 insatser={"FIA": 30, "Jobbtorg": 25}, without_insats=10)
    save_inventory(demo_store, PAHITTSTA, inventory, actor="test")
    summary = team_snapshot(demo_store, PAHITTSTA, today=TODAY).target_group
    tables = {table.header[0]: table for table in target_group_tables(summary) if isinstance(table, Table)}
    assert tables["Pågående insatser"].rows[-1] == ("Klienter (en klient kan ha flera insatser)", "40")
    assert tables["Ålder"].rows[-1] == ("Totalt", "40")


def test_a_team_without_an_inventory_gets_a_sentence_instead_of_tables(demo_store):
    summary = team_snapshot(demo_store, PAHITTSTA, today=TODAY).target_group
    assert target_group_facts(summary) == (Paragraph("Ingen målgruppsinventering är sparad ännu (steg 1)."),)
    assert target_group_tables(summary) == ()


def test_the_driver_diagram_is_a_drawing_for_html_and_a_table_for_everyone(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    drawing, table = driver_diagram_section(snapshot)
    assert isinstance(drawing, Chart) and not drawing.lines and drawing.figure() is not None
    assert [row[2] for row in table.rows] == [idea.title for idea in snapshot.change_ideas]
    assert table.rows[0][:2] == ("Tidig kartläggning av behov", "Strukturerad bedömning vid nybesök")


def test_a_measure_chart_carries_values_centre_limits_target_and_signals_as_lines(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    control = next(result for result in snapshot.measures if result.measure.chart is ChartKind.P and result.rows)
    chart = measure_chart(control)
    roles = {line.role: line for line in chart.lines}
    assert chart.categories == tuple(row.period for row in control.rows)
    assert roles["values"].values == tuple(row.value for row in control.rows)
    assert roles["centre"].name == "Medelvärde"
    assert [line.name for line in chart.lines if line.role == "limit"] == ["Nedre gräns", "Övre gräns"]
    assert set(roles["target"].values) == {control.measure.target_value}
    assert "signal" not in roles, "no point of this chart is part of a signal"
    run = next(result for result in snapshot.measures if result.measure.chart is ChartKind.RUN and result.rows)
    run_chart = measure_chart(run)
    assert {line.role for line in run_chart.lines} <= {"values", "centre", "target", "signal"}
    assert "Nedre gräns" not in points_table(run).header and "Nedre gräns" in points_table(control).header


def test_signal_points_are_a_line_of_their_own_and_named_in_the_table(demo_store):
    counts = next(measure for measure in list_measures(demo_store, EXEMPEL) if measure.chart is ChartKind.RUN)
    save_points(demo_store, EXEMPEL, counts.id, parse_pasted(weekly_block(SHIFT_VALUES), counts), actor="team:1")
    result = next(result for result in team_snapshot(demo_store, EXEMPEL, today=TODAY).measures
                  if result.measure.id == counts.id)
    signals = [row.state == "signal" for row in result.rows]
    assert any(signals), "the shift fires"
    signal = next(line for line in measure_chart(result).lines if line.role == "signal")
    assert signal.values == tuple(row.value if row.state == "signal" else None for row in result.rows)
    statuses = [row[-2] for row in points_table(result).rows]
    assert statuses == ["Signal (del av ett mönster)" if flag else "Punkt" for flag in signals]


def test_results_without_a_chart_say_why(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    blocks = measure_results(snapshot.measures)
    without = next(result for result in snapshot.measures if result.judged.analysis is None)
    at = blocks.index(Heading(2, without.measure.name))
    assert blocks[at + 2] == Paragraph("Inget diagram än: färre än 2 punkter", strong=True)
    assert isinstance(blocks[at + 3], Heading), "no chart and no table follow"
    assert sum(isinstance(block, Chart) for block in blocks) == sum(bool(r.rows) for r in snapshot.measures)


def test_a_cycle_s_story_holds_its_questions_predictions_learning_and_decision(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    done = next(cycle for cycle in snapshot.cycles if cycle.status is CycleStatus.DONE)
    blocks = cycle_story(done)
    questions = next(block for block in blocks if isinstance(block, Table))
    assert questions.rows == tuple((q.text, q.prediction, q.observed) for q in done.plan.questions)
    written = {label: text for block in blocks if isinstance(block, Facts) for label, text in block.items}
    assert written["Vad vi lärde oss"] == done.learned
    assert written["Beslut"] == done.act.decision.label
    assert written["Testansvarig"] == done.plan.owner


def test_open_cycles_leave_out_the_done_ones_and_say_when_none_is_open(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    headings = [block.text for block in open_cycles(snapshot.cycles) if isinstance(block, Heading)]
    assert len(headings) == len(snapshot.open_cycles) == 2
    done = tuple(cycle for cycle in snapshot.cycles if cycle.status is CycleStatus.DONE)
    assert open_cycles(done) == (Paragraph("Ingen cykel pågår: alla cykler i perioden är klara. Planera nästa på "
                                           "sidan PGSA-cykler (steg 4)."),)
    assert open_cycles(()) == (Paragraph("Inga PGSA-cykler under perioden (steg 4)."),)
