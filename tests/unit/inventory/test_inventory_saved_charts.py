"""A saved inventory read back from its stored counts draws the same charts and tables as before saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workshop.inventory import TargetFilters, charts, get_inventory, manual_inventory, read_export, save_inventory

SAMPLES = Path(__file__).resolve().parents[3] / "sample_data" / "inventory"
ON = dt.date(2026, 10, 31)
ROWS = (charts.age_rows, charts.sex_rows, charts.reason_rows, charts.duration_rows, charts.insats_rows,
        charts.inflow_rows)


def _shown(inventory) -> dict[str, tuple]:
    """Everything the page shows of an inventory, as labelled counts."""
    return {make.__name__: make(inventory).rows for make in ROWS}


@pytest.mark.parametrize("name", ["export_semikolon_cp1252.csv", "export_utf8_fodelsear.csv",
                                  "export_titelrad_tva_blad.xlsx", "export_alder.ods"])
def test_the_counts_shown_from_a_saved_inventory_equal_those_saved(demo_store, name):
    cases = read_export(SAMPLES / name).cases(on=ON)
    young = TargetFilters(age_min=18, age_max=24, reason_groups=("unemployment",))
    before = cases.summarize()
    inventory_id = save_inventory(demo_store, 4, before, target=young, target_count=cases.count(young),
                                  actor="team:4")

    saved = get_inventory(demo_store, 4, inventory_id)

    after = saved.inventory
    assert _shown(after) == _shown(before)
    assert after.by_age_sex == before.by_age_sex
    assert (after.inventory_date, after.total, after.excluded) == (ON, 240, 0)
    assert after.long_term_share == pytest.approx(before.long_term_share)
    assert saved.target.count == cases.count(young) > 0
    assert saved.target.description == "18–24 år, arbetslöshet"


def test_an_insats_nobody_has_and_ties_keep_their_place_in_the_saved_chart(demo_store):
    typed = manual_inventory(dt.date(2026, 1, 15), age_sex={("18-24", "kvinna"): 6, ("25-29", "man"): 4},
                             insatser={"Praktik": 3, "FIA": 3, "Jobbtorg": 0}, without_insats=4)
    inventory_id = save_inventory(demo_store, 4, typed, actor="team:4")

    rows = charts.insats_rows(get_inventory(demo_store, 4, inventory_id).inventory).rows

    assert rows == (("Praktik", 3), ("FIA", 3), ("Jobbtorg", 0), ("Ingen pågående insats", 4))


def test_an_inventory_saved_without_a_target_group_reads_back_without_one(demo_store):
    typed = manual_inventory(dt.date(2026, 1, 15), age_sex={("18-24", "kvinna"): 6})
    saved = get_inventory(demo_store, 4, save_inventory(demo_store, 4, typed, actor="team:4"))
    assert saved.target is None and saved.inventory.total == 6
    assert charts.inflow_rows(saved.inventory).rows == ()


def test_the_inflow_chart_labels_a_few_months_in_swedish_so_the_labels_never_overlap():
    months = [f"{year}-{month:02}" for year in (2023, 2024, 2025, 2026) for month in range(1, 13)][:47]
    rows = charts.Rows("Nya aktualiseringar per månad", tuple((month, 3) for month in months), 141)
    plot = charts.inflow_figure(rows)
    labels = plot.xaxis[0].major_label_overrides
    assert list(labels.values()) == ["jan. 2023", "jan. 2024", "jan. 2025", "jan. 2026"]
    assert plot.xaxis[0].ticker.ticks == [0, 12, 24, 36]
    # 12 pt labels are about 9 px a character: upright, side by side, they fit under the plot.
    assert sum(9 * len(label) for label in labels.values()) < plot.width - 80
    assert plot.xaxis[0].major_label_orientation == "horizontal"


def test_a_short_inflow_labels_every_month():
    rows = charts.Rows("Nya aktualiseringar per månad", (("2026-08", 2), ("2026-09", 0), ("2026-10", 5)), 7)
    assert list(charts.inflow_figure(rows).xaxis[0].major_label_overrides.values()) == [
        "aug. 2026", "sep. 2026", "okt. 2026"]
