"""The support map: supports with their needs, needs from step 1 or typed, the gaps, and a safe table."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.errors import DuplicateName, EditConflict, InvalidInput, NotFound
from workshop.i18n import set_language
from workshop.improvement import PreventionLevel
from workshop.inventory import NeedCategory, TargetGroupNeeds
from workshop.progress import step_progress
from workshop.support_map import (
    SupportDetails,
    SupportScope,
    add_support,
    add_team_need,
    list_supports,
    remove_team_need,
    set_support_removed,
    support_csv,
    support_matrix,
    support_table,
    team_needs,
    update_support,
)
from workshop.spreadsheet import neutralised
from workshop.support_map import needs as needs_module

ACTOR = "team:2"


def _typed(store, team_id, *labels, actor=ACTOR) -> tuple[str, ...]:
    return tuple(add_team_need(store, team_id, label, actor=actor).key for label in labels)


def test_a_support_is_saved_tidied_and_marks_the_step_in_progress(demo_store):
    (debts,) = _typed(demo_store, 2, "Skulder")
    support = add_support(demo_store, 2, SupportDetails("  Budget-  och skuldrådgivning ", provider="Kommunen",
                                                        scope="external", needs=(debts, "reason:unemployment", debts)),
                          actor=ACTOR)
    assert (support.name, support.scope, support.needs) == ("Budget- och skuldrådgivning", SupportScope.EXTERNAL,
                                                            (debts, "reason:unemployment"))
    assert list_supports(demo_store, 2) == [support]
    assert step_progress(demo_store, 2)["changes"].value == "in_progress"


@pytest.mark.parametrize(("details", "field"), [
    (SupportDetails(""), "name"),
    (SupportDetails("   "), "name"),
    (SupportDetails("Stöd", scope="annat"), "scope"),
    (SupportDetails("Stöd", prevention_level="tertiary"), "prevention_level"),
    (SupportDetails("Stöd", contact="x" * 301), "contact"),
    (SupportDetails("Stöd", needs=("Skulder",)), "needs"),
    (SupportDetails("Stöd", needs=("typed:sju",)), "needs"),
    (SupportDetails("Stöd", needs=("feeling:sad",)), "needs"),
    (SupportDetails("Stöd", needs=("typed:999",)), "needs"),
])
def test_bad_input_names_the_field_and_saves_nothing(demo_store, details, field):
    with pytest.raises(InvalidInput) as failure:
        add_support(demo_store, 2, details, actor=ACTOR)
    assert failure.value.field == field
    assert list_supports(demo_store, 2) == []


def test_changes_are_guarded_by_version_and_kept_within_the_team(demo_store):
    support = add_support(demo_store, 2, SupportDetails("Öppenvården"), actor=ACTOR)
    risky_use = _typed(demo_store, 2, "Riskbruk")
    changed = update_support(demo_store, 2, support.id, SupportDetails("Öppenvården", needs=risky_use,
                             prevention_level=PreventionLevel.EARLY_SUPPORT), expected_version=support.version,
                             actor=ACTOR)
    assert changed.needs == risky_use and changed.prevention_level is PreventionLevel.EARLY_SUPPORT
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
    debts, health, _work = _typed(demo_store, 2, "Skulder", "Psykisk ohälsa", "Arbetslöshet")
    budget = add_support(demo_store, 2, SupportDetails("Budgetrådgivning", needs=(debts,)), actor=ACTOR)
    add_support(demo_store, 2, SupportDetails("Vårdcentralen", needs=(health, debts)), actor=ACTOR)
    matrix = support_matrix(demo_store, 2)
    debts_need, _health_need, work_need = matrix.needs
    assert [need.label for need in matrix.gaps] == ["Arbetslöshet"]
    assert [s.name for s in matrix.covering(debts_need)] == ["Budgetrådgivning", "Vårdcentralen"]
    assert matrix.covers(budget, debts_need) and not matrix.covers(budget, work_need)


@pytest.mark.parametrize(("value", "shown"), [
    ("=SUM(A1)", "'=SUM(A1)"), ("+46 8 123", "'+46 8 123"), ("-1", "'-1"), ("@cmd", "'@cmd"), ("Växeln", "Växeln"),
])
def test_cells_that_would_start_a_formula_are_neutralised(value, shown):
    assert neutralised(value) == shown


def test_the_table_has_one_row_per_support_in_swedish_and_the_csv_reads_in_excel(demo_store):
    add_support(demo_store, 2, SupportDetails("=cmd|' /C calc'!A0", contact="+46 8 123 45",
                                              needs=_typed(demo_store, 2, "A", "B")), actor=ACTOR)
    table = support_table(demo_store, 2)
    assert list(table.columns)[:3] == ["Stöd", "Vem ger stödet", "Internt eller externt"]
    assert table.iloc[0]["Stöd"].startswith("'=") and table.iloc[0]["Kontakt"] == "'+46 8 123 45"
    assert table.iloc[0]["Behov som täcks"] == "A; B"
    content = support_csv(demo_store, 2)
    assert content.startswith("\ufeff".encode()) and b";" in content.splitlines()[0]


def _labels(needs) -> list[str]:
    return [need.label for need in needs]


def test_the_demo_gives_a_small_support_map_over_typed_and_inventory_needs(demo_store):
    matrix = support_matrix(demo_store, 3)
    assert [support.name for support in matrix.supports] == [
        "Öppenvårdsmottagning för alkohol och droger", "Budget- och skuldrådgivning", "Jobbtorg Åby"]
    covered = {support.name: _labels(matrix.covered(support)) for support in matrix.supports}
    assert covered["Budget- och skuldrådgivning"] == ["Budget- och skuldrådgivning", "Skulder"]
    assert covered["Jobbtorg Åby"] == ["Arbetslöshet", "25–29 år", "18–24 år", "Arbetsträning", "Jobbtorg"]
    assert {"Ohälsa", "Psykisk ohälsa", "65 år och äldre"} <= set(_labels(matrix.gaps))
    assert {"Riskbruk av alkohol", "Skulder", "Arbetslöshet"}.isdisjoint(_labels(matrix.gaps))


def test_switching_the_language_keeps_the_ticks_and_shows_each_need_once(demo_store):
    debts, work = _typed(demo_store, 3, "Kronofogden", "Arbetslöshet", actor="team:3")
    add_support(demo_store, 3, SupportDetails("Arbetsförmedlingen", needs=("reason:unemployment", "age:18-24", work,
                                                                          debts)), actor="team:3")
    seen = {}
    for language in ("sv", "en", "sv"):
        set_language(language)
        matrix = support_matrix(demo_store, 3)
        labels = _labels(matrix.needs)
        assert len(labels) == len(set(labels)), labels
        (support,) = [s for s in matrix.supports if s.name == "Arbetsförmedlingen"]
        seen[language] = (_labels(matrix.covered(support)), support_table(demo_store, 3).iloc[-1, 3])
    assert seen["sv"] == (["Arbetslöshet", "18–24 år", "Kronofogden"], "Arbetslöshet; 18–24 år; Kronofogden")
    assert seen["en"] == (["Unemployment", "18–24 years", "Kronofogden"], "Unemployment; 18–24 years; Kronofogden")


def test_a_typed_need_named_like_an_inventory_category_in_any_language_is_that_category(demo_store):
    (typed,) = _typed(demo_store, 3, " unemployment ", actor="team:3")
    support = add_support(demo_store, 3, SupportDetails("Praktik", needs=(typed,)), actor="team:3")
    for language in ("sv", "en"):
        set_language(language)
        matrix = support_matrix(demo_store, 3)
        assert [need.key for need in matrix.covered(support)] == ["reason:unemployment"]
        assert "unemployment" not in _labels(matrix.needs)


def test_a_removed_typed_need_leaves_the_map_and_comes_back_with_its_ticks(demo_store):
    need = add_team_need(demo_store, 2, "Skulder", actor=ACTOR)
    support = add_support(demo_store, 2, SupportDetails("Budgetrådgivning", needs=(need.key,)), actor=ACTOR)
    remove_team_need(demo_store, 2, need.id, actor=ACTOR)
    matrix = support_matrix(demo_store, 2)
    assert matrix.needs == () and matrix.covered(support) == ()
    assert support_table(demo_store, 2).iloc[0]["Behov som täcks"] == ""
    assert list_supports(demo_store, 2)[0].needs == (need.key,)
    again = add_team_need(demo_store, 2, "skulder", actor=ACTOR)
    assert again.key == need.key
    assert _labels(support_matrix(demo_store, 2).covered(support)) == ["skulder"]


def test_inventory_needs_are_stored_by_kind_and_key(demo_store):
    set_language("en")
    support = add_support(demo_store, 3, SupportDetails("FIA-teamet", needs=("insats:FIA", "age:30-39")),
                          actor="team:3")
    assert list_supports(demo_store, 3)[-1].needs == ("insats:FIA", "age:30-39")
    assert _labels(support_matrix(demo_store, 3).covered(support)) == ["30–39 years", "FIA"]


def test_a_team_cannot_tick_another_teams_typed_need(demo_store):
    (other,) = _typed(demo_store, 2, "Skulder")
    with pytest.raises(InvalidInput) as failure:
        add_support(demo_store, 3, SupportDetails("Lånat behov", needs=(other,)), actor="team:3")
    assert failure.value.field == "needs"
    mine = add_support(demo_store, 3, SupportDetails("Eget"), actor="team:3")
    with pytest.raises(InvalidInput):
        update_support(demo_store, 3, mine.id, SupportDetails("Eget", needs=(other,)), expected_version=mine.version,
                       actor="team:3")
    assert list_supports(demo_store, 3)[-1] == mine
    assert [support.name for support in list_supports(demo_store, 3)][-2:] == ["Jobbtorg Åby", "Eget"]
