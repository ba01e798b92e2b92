"""The support map: supports with their needs, needs from step 1 or typed, the gaps, and a safe table."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.errors import DuplicateName, EditConflict, InvalidInput, NotFound
from workshop.improvement import PreventionLevel
from workshop.inventory import NeedCategory, TargetGroupNeeds
from workshop.progress import step_progress
from workshop.support_map import (
    SupportDetails,
    SupportScope,
    add_support,
    add_team_need,
    list_supports,
    neutralised,
    remove_team_need,
    set_support_removed,
    support_csv,
    support_matrix,
    support_table,
    team_needs,
    update_support,
)
from workshop.support_map import needs as needs_module

ACTOR = "team:2"


def test_a_support_is_saved_tidied_and_marks_the_step_in_progress(demo_store):
    support = add_support(demo_store, 2, SupportDetails("  Budget-  och skuldrådgivning ", provider="Kommunen",
                                                        scope="external", needs=("Skulder", "Skulder", " Skulder")),
                          actor=ACTOR)
    assert (support.name, support.scope, support.needs) == ("Budget- och skuldrådgivning", SupportScope.EXTERNAL,
                                                            ("Skulder",))
    assert list_supports(demo_store, 2) == [support]
    assert step_progress(demo_store, 2)["changes"].value == "in_progress"


@pytest.mark.parametrize(("details", "field"), [
    (SupportDetails(""), "name"),
    (SupportDetails("   "), "name"),
    (SupportDetails("Stöd", scope="annat"), "scope"),
    (SupportDetails("Stöd", prevention_level="tertiary"), "prevention_level"),
    (SupportDetails("Stöd", contact="x" * 301), "contact"),
])
def test_bad_input_names_the_field_and_saves_nothing(demo_store, details, field):
    with pytest.raises(InvalidInput) as failure:
        add_support(demo_store, 2, details, actor=ACTOR)
    assert failure.value.field == field
    assert list_supports(demo_store, 2) == []


def test_changes_are_guarded_by_version_and_kept_within_the_team(demo_store):
    support = add_support(demo_store, 2, SupportDetails("Öppenvården"), actor=ACTOR)
    changed = update_support(demo_store, 2, support.id, SupportDetails("Öppenvården", needs=("Riskbruk",),
                             prevention_level=PreventionLevel.EARLY_SUPPORT), expected_version=support.version,
                             actor=ACTOR)
    assert changed.needs == ("Riskbruk",) and changed.prevention_level is PreventionLevel.EARLY_SUPPORT
    with pytest.raises(EditConflict):
        update_support(demo_store, 2, support.id, SupportDetails("Gammal"), expected_version=support.version,
                       actor=ACTOR)
    with pytest.raises(NotFound):
        update_support(demo_store, 1, support.id, SupportDetails("Annat team"), expected_version=changed.version,
                       actor="team:1")
    removed = set_support_removed(demo_store, 2, support.id, True, expected_version=changed.version, actor=ACTOR)
    assert list_supports(demo_store, 2) == [] and list_supports(demo_store, 2, include_removed=True) == [removed]


def test_typed_needs_are_used_when_the_inventory_has_none(demo_store):
    skulder = add_team_need(demo_store, 2, "Skulder", actor=ACTOR)
    add_team_need(demo_store, 2, "Psykisk ohälsa", actor=ACTOR)
    with pytest.raises(DuplicateName):
        add_team_need(demo_store, 2, " skulder ", actor=ACTOR)
    assert team_needs(demo_store, 2).labels == ("Skulder", "Psykisk ohälsa")
    assert not team_needs(demo_store, 2).from_inventory
    remove_team_need(demo_store, 2, skulder.id, actor=ACTOR)
    assert team_needs(demo_store, 2).labels == ("Psykisk ohälsa",)
    with pytest.raises(NotFound):
        remove_team_need(demo_store, 1, skulder.id, actor="team:1")


def test_needs_from_the_inventory_come_first(demo_store, monkeypatch):
    add_team_need(demo_store, 2, "Typat behov", actor=ACTOR)
    found = TargetGroupNeeds(inventory_id=1, inventory_date=dt.date(2026, 3, 1),
                             reason_groups=(NeedCategory("unemployment", 12),), age_bands=(NeedCategory("18-24", 9),),
                             insatser=(NeedCategory("Arbetsträning", 4),))
    monkeypatch.setattr(needs_module, "target_group_needs", lambda store, team_id: found)
    needs = team_needs(demo_store, 2)
    assert needs.from_inventory
    assert needs.labels == tuple(category.label for category in (*found.reason_groups, *found.age_bands,
                                                                 *found.insatser)) + ("Typat behov",)
    assert "Arbetsträning" in needs.labels and len(needs.labels) == 4
    monkeypatch.setattr(needs_module, "target_group_needs", lambda store, team_id: None)
    assert team_needs(demo_store, 2).labels == ("Typat behov",)


def test_the_matrix_shows_which_needs_no_support_covers(demo_store):
    for need in ("Skulder", "Psykisk ohälsa", "Arbetslöshet"):
        add_team_need(demo_store, 2, need, actor=ACTOR)
    budget = add_support(demo_store, 2, SupportDetails("Budgetrådgivning", needs=("Skulder",)), actor=ACTOR)
    add_support(demo_store, 2, SupportDetails("Vårdcentralen", needs=("Psykisk ohälsa", "Skulder")), actor=ACTOR)
    matrix = support_matrix(demo_store, 2)
    assert matrix.gaps == ("Arbetslöshet",)
    assert [s.name for s in matrix.covering("Skulder")] == ["Budgetrådgivning", "Vårdcentralen"]
    assert matrix.covers(budget, "Skulder") and not matrix.covers(budget, "Arbetslöshet")


@pytest.mark.parametrize(("value", "shown"), [
    ("=SUM(A1)", "'=SUM(A1)"), ("+46 8 123", "'+46 8 123"), ("-1", "'-1"), ("@cmd", "'@cmd"), ("Växeln", "Växeln"),
])
def test_cells_that_would_start_a_formula_are_neutralised(value, shown):
    assert neutralised(value) == shown


def test_the_table_has_one_row_per_support_in_swedish_and_the_csv_reads_in_excel(demo_store):
    add_support(demo_store, 2, SupportDetails("=cmd|' /C calc'!A0", contact="+46 8 123 45", needs=("A", "B")),
                actor=ACTOR)
    table = support_table(demo_store, 2)
    assert list(table.columns)[:3] == ["Stöd", "Vem ger stödet", "Internt eller externt"]
    assert table.iloc[0]["Stöd"].startswith("'=") and table.iloc[0]["Kontakt"] == "'+46 8 123 45"
    assert table.iloc[0]["Behov som täcks"] == "A; B"
    content = support_csv(demo_store, 2)
    assert content.startswith("\ufeff".encode()) and b";" in content.splitlines()[0]


def test_the_demo_gives_a_small_support_map_over_typed_and_inventory_needs(demo_store):
    matrix = support_matrix(demo_store, 3)
    assert len(matrix.supports) == 2
    assert {"Arbetslöshet", "Ohälsa"} <= set(matrix.gaps)
    assert {"Riskbruk av alkohol", "Skulder"} <= set(matrix.needs) - set(matrix.gaps)
    assert "Psykisk ohälsa" in matrix.gaps
