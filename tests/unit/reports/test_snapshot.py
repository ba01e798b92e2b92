"""The snapshot every document is built from: the team's whole work, small counts already masked."""

import datetime as dt

from workshop.improvement import list_measures
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.model import StepStatus
from workshop.reports import ReportPeriod, team_snapshot
from workshop.results import measure_series
from workshop.steps import STEPS

EXEMPEL, PAHITTSTA = 1, 2


def test_the_demo_team_s_snapshot_holds_its_whole_work(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL)
    assert snapshot.team.name.startswith("Exempelkommun")
    assert snapshot.collaborative.id == snapshot.team.collaborative_id
    assert snapshot.aim is not None and snapshot.aim_sentence.startswith(snapshot.aim_sentence[0].upper())
    assert snapshot.diagram.drivers and snapshot.change_ideas and snapshot.cycles
    assert [result.measure.id for result in snapshot.measures] == [m.id for m in list_measures(demo_store, EXEMPEL)]
    charted = [result for result in snapshot.measures if result.judged.analysis is not None]
    assert charted, "the demo has measures with enough values for a chart"
    for result in charted:
        stored = measure_series(demo_store, EXEMPEL, result.measure.id)
        assert result.series.points == stored.points
        assert [row.period for row in result.rows] == [point.period.label for point in stored.points]
        assert result.figure() is not None
    assert snapshot.progress["aims"] is not StepStatus.NOT_STARTED
    assert snapshot.target_group is not None and snapshot.target_group.description


def test_the_period_limits_cycles_learning_and_the_points_charted(demo_store):
    whole = team_snapshot(demo_store, EXEMPEL)
    first_point = min(point.period.start for result in whole.measures for point in result.series.points)
    before = ReportPeriod(end=first_point - dt.timedelta(days=1))
    early = team_snapshot(demo_store, EXEMPEL, before)
    assert all(not result.series.points for result in early.measures)
    assert all(result.judged.analysis is None and result.judged.problem for result in early.measures)
    assert len(early.cycles) <= len(whole.cycles)
    assert all(before.overlaps(cycle.plan.start, cycle.plan.end) for cycle in early.cycles)


def test_a_team_with_no_data_gives_a_snapshot_that_says_what_is_missing(demo_store):
    snapshot = team_snapshot(demo_store, PAHITTSTA)
    assert snapshot.aim is None and not snapshot.measures and not snapshot.cycles
    assert "Inget mål är skrivet ännu (steg 2)." in snapshot.missing
    assert "Inga mått är definierade ännu (steg 2)." in snapshot.missing
    assert "Inga PGSA-cykler under perioden (steg 4)." in snapshot.missing


def test_small_counts_from_the_inventory_are_masked(demo_store):
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40},
                                 reasons={"unemployment": 41})
    save_inventory(demo_store, PAHITTSTA, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    summary = team_snapshot(demo_store, PAHITTSTA).target_group
    assert summary.count == "<5" and summary.description
    shown = [count for table in summary.tables for _label, count in table.rows]
    assert "<5" in shown and "3" not in shown
    for table in summary.tables:  # one masked cell next to a shown total and shown cells could be worked out
        masked = [count for _label, count in table.rows if count in ("<5", "x")]
        assert len(masked) != 1 or table.total == "<5", table
    assert dict(summary.tables[0].rows)["25–29 år"] == "x"  # hidden beside the 3, not "<5": it is 40


def test_each_missing_item_names_the_step_where_it_is_done(demo_store):
    missing = team_snapshot(demo_store, PAHITTSTA).missing
    assert {item.step for item in missing} == {"inventory", "aims", "changes", "pdsa"}
    assert all(f"(steg {STEPS[item.step].number})" in item for item in missing)
