"""Saving inventories: counts only, all or nothing, per team; target group and needs for later steps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.inventory import (
    ColumnMapping,
    InventoryNotes,
    Role,
    TargetFilters,
    compare_inventories,
    current_target_group,
    get_inventory,
    get_notes,
    list_inventories,
    load_mapping_profile,
    manual_inventory,
    read_export,
    save_inventory,
    save_mapping_profile,
    save_notes,
    seed_inventory_demo,
    target_group_needs,
)
from workshop.inventory.counting import with_target_reasons
from workshop.store.tables import HistoryRow
from workshop.store.tables.inventory import InventoryCountRow, InventoryRow

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data" / "inventory" / "export_semikolon_cp1252.csv"
YOUNG = TargetFilters(age_min=18, age_max=24)


@pytest.fixture
def cases():
    return read_export(SAMPLE).cases(on=dt.date(2026, 10, 31))


def _rows(store, table, team_id: int = 4) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(table).where(table.team_id == team_id))


def test_an_inventory_is_saved_with_its_target_group_and_read_back(demo_store, cases):
    inventory = cases.summarize()
    inventory_id = save_inventory(demo_store, 4, inventory, target=YOUNG, target_count=cases.count(YOUNG),
                                  actor="team:4")
    saved = get_inventory(demo_store, 4, inventory_id)
    assert saved.inventory.by_age_sex == inventory.by_age_sex
    assert dict(saved.inventory.by_insats) == dict(inventory.by_insats)
    assert saved.target.count == cases.count(YOUNG) and saved.target.filters == YOUNG
    (listed,) = list_inventories(demo_store, 4)
    assert (listed.id, listed.total, listed.source) == (inventory_id, 240, "text")


def test_only_counts_are_stored_never_rows(demo_store, cases):
    save_inventory(demo_store, 4, cases.summarize(), actor="team:4")
    with demo_store.reading() as session:
        dimensions = set(session.scalars(select(InventoryCountRow.dimension).where(InventoryCountRow.team_id == 4)))
    assert dimensions <= {"age_sex", "reason_group", "reason", "duration", "insats", "without_insats",
                          "inflow_month"}
    assert _rows(demo_store, InventoryCountRow) < 240


def test_saving_is_all_or_nothing(demo_store, cases, monkeypatch):
    inventory = cases.summarize()
    broken = [*inventory.to_counts(), ("reason", "sista", "", None)]
    monkeypatch.setattr(type(inventory), "to_counts", lambda self: broken)
    with pytest.raises(IntegrityError):
        save_inventory(demo_store, 4, inventory, actor="team:4")
    assert _rows(demo_store, InventoryRow) == 0 and _rows(demo_store, InventoryCountRow) == 0


def test_a_target_count_outside_the_total_and_a_future_date_are_refused(demo_store, cases):
    inventory = cases.summarize()
    with pytest.raises(InvalidInput):
        save_inventory(demo_store, 4, inventory, target=YOUNG, target_count=241, actor="team:4")
    future = manual_inventory(dt.date.today() + dt.timedelta(days=1), age_sex={("18-24", "man"): 3})
    with pytest.raises(InvalidInput):
        save_inventory(demo_store, 4, future, actor="team:4")
    assert _rows(demo_store, InventoryRow) == 0


def test_another_team_cannot_read_an_inventory(demo_store, cases):
    inventory_id = save_inventory(demo_store, 4, cases.summarize(), actor="team:4")
    with pytest.raises(NotFound):
        get_inventory(demo_store, 2, inventory_id)
    assert list_inventories(demo_store, 2) == []


def test_history_records_the_save_for_the_team(demo_store, cases):
    save_inventory(demo_store, 4, cases.summarize(), actor="team:4")
    with demo_store.reading() as session:
        entries = session.scalars(select(HistoryRow).where(HistoryRow.entity == "inventory",
                                                        HistoryRow.team_id == 4)).all()
    assert [(entry.team_id, entry.actor, entry.action) for entry in entries] == [(4, "team:4", "create")]


def test_two_inventories_are_compared_by_counts_and_shares(demo_store, cases):
    first = save_inventory(demo_store, 4, manual_inventory(dt.date(2025, 10, 1),
                                                           age_sex={("18-24", "man"): 10, ("30-39", "kvinna"): 30}),
                           actor="team:4")
    second = save_inventory(demo_store, 4, cases.summarize(), actor="team:4")
    comparison = compare_inventories(demo_store, 4, first, second)
    young = comparison.tables["by_age_band"]["18-24"]
    assert young.first == 10 and young.first_share == pytest.approx(0.25)
    assert young.second == cases.summarize().by_age_band["18-24"]
    assert young.change == young.second - 10
    assert [listing.id for listing in list_inventories(demo_store, 4)] == [second, first]


def test_the_current_target_group_is_the_one_in_the_latest_inventory(demo_store, cases):
    assert current_target_group(demo_store, 4) is None
    save_inventory(demo_store, 4, manual_inventory(dt.date(2025, 1, 1), age_sex={("18-24", "man"): 4}),
                   target=TargetFilters(sexes=("man",)), target_count=4, actor="team:4")
    latest = save_inventory(demo_store, 4, cases.summarize(), target=YOUNG, target_count=cases.count(YOUNG),
                            actor="team:4")
    target = current_target_group(demo_store, 4)
    assert (target.inventory_id, target.inventory_date, target.count) == (latest, dt.date(2026, 10, 31),
                                                                          cases.count(YOUNG))
    assert target.description == "18–24 år"


def test_the_needs_name_the_categories_present(demo_store, cases):
    save_inventory(demo_store, 4, cases.summarize(), actor="team:4")
    needs = target_group_needs(demo_store, 4)
    assert [need.key for need in needs.reason_groups][:1] == ["unemployment"]
    assert "not_stated" not in {need.key for need in needs.reason_groups}
    assert {need.key for need in needs.insatser} == {"FIA", "Arbetsträning", "Jobbtorg", "Samtalsstöd",
                                                     "Budget- och skuldrådgivning", "Boendestöd"}
    assert needs.target is None
    assert needs.reason_groups[0].label == "Arbetslöshet"
    assert target_group_needs(demo_store, 2) is None


def test_the_target_groups_reasons_are_kept_as_counts_and_read_back(demo_store, cases):
    young = TargetFilters(age_min=18, age_max=24)
    inventory = with_target_reasons(cases.summarize(), cases, young)
    assert sum(inventory.target_by_reason.values()) == cases.count(young)
    inventory_id = save_inventory(demo_store, 4, inventory, target=young, target_count=cases.count(young),
                                  actor="team:4")
    saved = get_inventory(demo_store, 4, inventory_id).inventory
    assert saved.target_by_reason == inventory.target_by_reason
    assert get_inventory(demo_store, 4, save_inventory(demo_store, 4, cases.summarize(),
                                                       actor="team:4")).inventory.target_by_reason is None


def test_the_mapping_profile_is_kept_per_team(demo_store):
    mapping = ColumnMapping.of({Role.OPENED: ["Akt. datum"], Role.INSATS: ["FIA", "Praktik"]})
    save_mapping_profile(demo_store, 4, mapping, actor="team:4")
    assert load_mapping_profile(demo_store, 4) == mapping
    assert load_mapping_profile(demo_store, 2) is None
    save_mapping_profile(demo_store, 4, mapping.with_role(Role.AGE, ["Ålder"]), actor="team:4")
    assert load_mapping_profile(demo_store, 4).column(Role.AGE) == "Ålder"


def test_expectations_and_notes_are_saved_and_a_stale_edit_is_refused(demo_store):
    assert get_notes(demo_store, 4) == InventoryNotes()
    saved = save_notes(demo_store, 4, InventoryNotes("Vi hoppas  lära oss\nmer om unga", "Anteckning"),
                       actor="team:4")
    assert saved.expectations == "Vi hoppas lära oss\nmer om unga" and saved.version == 1
    again = save_notes(demo_store, 4, InventoryNotes("Ny", "Anteckning", saved.version), actor="team:4")
    with pytest.raises(EditConflict):
        save_notes(demo_store, 4, InventoryNotes("Gammal", "", saved.version), actor="team:4")
    assert get_notes(demo_store, 4) == again


def test_the_demo_inventory_chooses_young_adults(demo_store):
    seed_inventory_demo(demo_store, 4)
    target = current_target_group(demo_store, 4)
    assert target.filters.age_min == 18 and target.filters.age_max == 24 and target.count > 0
