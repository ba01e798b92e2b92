"""The support map: supports with their needs, needs from step 1 or typed, the gaps, and a safe table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sample_data.inventory.generate import REFERENCE
from workshop.errors import DuplicateName, EditConflict, InvalidInput, NotFound
from workshop.i18n import set_language
from workshop.improvement import PreventionLevel
from workshop.inventory import (
    NeedCategory,
    TargetFilters,
    TargetGroupNeeds,
    manual_inventory,
    read_export,
    save_inventory,
)
from workshop.inventory.counting import with_target_reasons
from workshop.inventory.reasons import ReasonGroup
from workshop.progress import step_progress
from workshop.spreadsheet import neutralised
from workshop.support_map import (
    SupportDetails,
    SupportScope,
    add_support,
    add_team_need,
    insatser_not_on_the_map,
    list_supports,
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
SAMPLES = Path(__file__).resolve().parents[3] / "sample_data" / "inventory"


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


def test_needs_from_the_inventory_come_first_and_its_insatser_are_not_needs(demo_store, monkeypatch):
    add_team_need(demo_store, 2, "Typat behov", actor=ACTOR)
    found = TargetGroupNeeds(inventory_id=1, inventory_date=dt.date(2026, 3, 1), target=None,
                             reason_groups=(NeedCategory("unemployment", 12), NeedCategory("ill_health", 3)),
                             insatser=(NeedCategory("Arbetsträning", 4),))
    monkeypatch.setattr(needs_module, "target_group_needs", lambda store, team_id: found)
    needs = team_needs(demo_store, 2)
    assert needs.from_inventory
    assert needs.labels == ("Arbetslöshet", "Ohälsa", "Typat behov")
    monkeypatch.setattr(needs_module, "target_group_needs", lambda store, team_id: None)
    assert team_needs(demo_store, 2).labels == ("Typat behov",)


def _save_sample(store, team_id: int, filters: TargetFilters):
    cases = read_export(SAMPLES / "export_semikolon_cp1252.csv").cases(on=REFERENCE)
    save_inventory(store, team_id, with_target_reasons(cases.summarize(), cases, filters), target=filters,
                   target_count=cases.count(filters), actor="team:4")
    return cases


def test_the_needs_are_the_reasons_of_the_chosen_target_group_not_every_age_band(demo_store):
    young = TargetFilters(age_min=18, age_max=24)
    cases = _save_sample(demo_store, 4, young)
    frame = cases.frame[young.mask(cases.frame, cases.insatser, cases.on)]
    present = frame["reason_group"].value_counts()
    expected = tuple(ReasonGroup(key).label for key, count in present.items()
                     if count and key != ReasonGroup.NOT_STATED.value)
    needs = team_needs(demo_store, 4)
    assert set(needs.labels) == set(expected) and needs.labels
    assert not [label for label in needs.labels if "år" in label]
    assert {"FIA", "Jobbtorg", "Arbetsträning"}.isdisjoint(needs.labels)


def test_a_target_group_chosen_by_reason_has_that_reason_as_its_need(demo_store):
    _save_sample(demo_store, 4, TargetFilters(age_min=18, age_max=24, reason_groups=("ill_health",)))
    assert team_needs(demo_store, 4).labels == ("Ohälsa",)
    typed = manual_inventory(REFERENCE + dt.timedelta(days=1), age_sex={("18-24", "kvinna"): 30},
                             reasons={"unemployment": 20, "social": 10})
    save_inventory(demo_store, 4, typed, target=TargetFilters(reason_groups=("social",)), target_count=10,
                   actor="team:4")
    assert team_needs(demo_store, 4).labels == ("Sociala skäl",)


def test_the_insatser_the_clients_have_are_offered_as_supports_until_they_are_on_the_map(demo_store):
    _save_sample(demo_store, 4, TargetFilters(age_min=18, age_max=24))
    offered = insatser_not_on_the_map(demo_store, 4)
    assert {"FIA", "Jobbtorg", "Arbetsträning"} <= set(offered)
    add_support(demo_store, 4, SupportDetails(" fia "), actor="team:4")
    assert "FIA" not in insatser_not_on_the_map(demo_store, 4)
    assert insatser_not_on_the_map(demo_store, 2) == ()


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
    content = support_csv(support_matrix(demo_store, 2))
    assert content.startswith("\ufeff".encode()) and b";" in content.splitlines()[0]
    assert content.decode("utf-8-sig") == table.to_csv(sep=";", index=False)  # as pandas wrote it


def _labels(needs) -> list[str]:
    return [need.label for need in needs]


def test_the_demo_gives_a_small_support_map_over_typed_and_inventory_needs(demo_store):
    matrix = support_matrix(demo_store, 3)
    assert [support.name for support in matrix.supports] == [
        "Öppenvårdsmottagning för alkohol och droger", "Budget- och skuldrådgivning", "Jobbtorg Åby"]
    covered = {support.name: _labels(matrix.covered(support)) for support in matrix.supports}
    assert covered["Budget- och skuldrådgivning"] == ["Skulder"]
    assert covered["Jobbtorg Åby"] == ["Arbetslöshet"]
    assert {"Ohälsa", "Psykisk ohälsa"} <= set(_labels(matrix.gaps))
    assert {"Riskbruk av alkohol", "Skulder", "Arbetslöshet"}.isdisjoint(_labels(matrix.gaps))


def test_the_first_demo_team_has_a_filled_map_of_needs_not_services(demo_store):
    matrix = support_matrix(demo_store, 1)
    names = [support.name for support in matrix.supports]
    assert len(names) >= 5 and {"FIA", "Jobbtorg"} <= set(names)
    needs = _labels(matrix.needs)
    assert {"Arbetslöshet", "Ohälsa", "Skulder", "Psykisk ohälsa"} <= set(needs)
    assert not [label for label in needs if "år" in label or label in ("FIA", "Jobbtorg", "Arbetsträning")]
    assert all(matrix.covered(support) for support in matrix.supports)
    assert len(matrix.gaps) < len(matrix.needs) / 2


def test_switching_the_language_keeps_the_ticks_and_shows_each_need_once(demo_store):
    debts, work = _typed(demo_store, 3, "Kronofogden", "Arbetslöshet", actor="team:3")
    add_support(demo_store, 3, SupportDetails("Arbetsförmedlingen", needs=("reason:unemployment", work, debts)),
                actor="team:3")
    seen = {}
    for language in ("sv", "en", "sv"):
        set_language(language)
        matrix = support_matrix(demo_store, 3)
        labels = _labels(matrix.needs)
        assert len(labels) == len(set(labels)), labels
        (support,) = [s for s in matrix.supports if s.name == "Arbetsförmedlingen"]
        seen[language] = (_labels(matrix.covered(support)), support_table(demo_store, 3).iloc[-1, 3])
    assert seen["sv"] == (["Arbetslöshet", "Kronofogden"], "Arbetslöshet; Kronofogden")
    assert seen["en"] == (["Unemployment", "Kronofogden"], "Unemployment; Kronofogden")


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


def test_ticks_of_age_bands_and_insatser_are_kept_but_are_not_needs(demo_store):
    support = add_support(demo_store, 3, SupportDetails("FIA-teamet", needs=("insats:FIA", "age:30-39",
                                                                             "reason:unemployment")),
                          actor="team:3")
    assert list_supports(demo_store, 3)[-1].needs == ("insats:FIA", "age:30-39", "reason:unemployment")
    assert _labels(support_matrix(demo_store, 3).covered(support)) == ["Arbetslöshet"]


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
