"""Counting: bands, reasons, time since opening, insatser, inflow; the target group; typed counts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.inventory.conftest import ON, table_bytes
from workshop.errors import InvalidInput
from workshop.i18n import set_language
from workshop.inventory import InsatsFilter, Role, TargetFilters, manual_inventory, read_export
from workshop.inventory.bands import Bands, age_bands_from_text
from workshop.inventory.reasons import ReasonGroup, reason_group

HEADER = ["Ålder", "Kön", "Aktualiseringsdatum", "Orsak", "Insats"]
ROWS = [
    ["19", "K", "2026-10-15", "Arbetslös – otillräcklig ersättning", "FIA"],
    ["22", "M", "2025-12-01", "Arbetslös – väntar på ersättning", ""],
    ["24", "K", "2025-11-30", "Sjukskriven med läkarintyg", "Samtalsstöd"],
    ["25", "M", "2024-01-10", "Arbetshinder – sociala skäl", ""],
    ["67", "K", "2026-09-01", "Något helt annat", "FIA, Boendestöd"],
    ["40", "", "", "", ""],
]


@pytest.fixture
def cases():
    return read_export(table_bytes([HEADER, *ROWS]), "k.csv").cases(on=ON)


def test_age_bands_by_sex_with_unknown_sex_kept_apart(cases):
    inventory = cases.summarize()
    assert inventory.total == 6
    cells = {(band, sex): count for band, sex, count in inventory.by_age_sex.cells()}
    assert {sex: cells["18-24", sex] for sex in ("kvinna", "man", "?")} == {"kvinna": 2, "man": 1, "?": 0}
    assert cells["40-49", "?"] == 1
    assert inventory.by_age_band["65+"] == 1


def test_age_bands_are_configurable(cases):
    inventory = cases.summarize(Bands((0, 18, 21, 30)))
    assert dict(inventory.by_age_band) == {"0-17": 0, "18-20": 1, "21-29": 3, "30+": 2}


def test_reasons_are_grouped_with_the_code_list_and_unlisted_texts_are_named(cases):
    inventory = cases.summarize()
    assert dict(inventory.by_reason) == {"unemployment": 2, "ill_health": 1, "social": 1, "other": 1,
                                         "not_stated": 1}
    assert [(value.role, value.text, value.suggestion) for value in cases.unrecognised] == [
        (Role.REASON, "Något helt annat", "other")]
    assert inventory.by_reason_text["Sjukskriven med läkarintyg"] == 1
    assert "Något helt annat" not in inventory.by_reason_text


def test_the_code_list_matches_exactly_then_by_keyword():
    assert reason_group("arbetslös - INGET ersättningsberättigande arbete") == (ReasonGroup.UNEMPLOYMENT, True)
    assert reason_group("Långvarigt sjukskriven") == (ReasonGroup.ILL_HEALTH, False)
    assert reason_group("") == (ReasonGroup.NOT_STATED, True)


def test_time_since_opening_in_bands_and_the_long_term_share(cases):
    inventory = cases.summarize()
    # 16 days, 10 months 30 days, 11 months 1 day, 33 months, 1 month 30 days, unknown
    assert dict(inventory.by_duration) == {"0-2": 2, "3-5": 0, "6-9": 0, "10-11": 2, "12-23": 0, "24+": 1, "?": 1}
    assert inventory.long_term_share == pytest.approx(3 / 5)


def test_insatser_and_inflow_per_month(cases):
    inventory = cases.summarize()
    assert dict(inventory.by_insats) == {"FIA": 2, "Samtalsstöd": 1, "Boendestöd": 1}
    assert inventory.without_insats == 3
    inflow = inventory.inflow_by_month
    assert {month: count for month, count in inflow.items() if count} == {
        "2024-01": 1, "2025-11": 1, "2025-12": 1, "2026-09": 1, "2026-10": 1}
    # Every month between is there, with 0 where no case was opened, so the chart's time axis is even.
    assert len(inflow) == 34 and inflow["2024-02"] == 0 and list(inflow)[-1] == "2026-10"


def test_the_target_group_count_follows_the_filters(cases):
    assert cases.count(TargetFilters()) == 6
    assert cases.count(TargetFilters(age_min=18, age_max=24)) == 3
    assert cases.count(TargetFilters(age_min=18, age_max=24, reason_groups=("unemployment",))) == 2
    assert cases.count(TargetFilters(age_min=18, age_max=24, insats=InsatsFilter.WITH)) == 2
    assert cases.count(TargetFilters(sexes=("man",), insats=InsatsFilter.WITHOUT)) == 2
    assert cases.count(TargetFilters(min_months=10)) == 3


def test_the_description_is_readable_in_the_current_language():
    filters = TargetFilters(age_min=18, age_max=24, reason_groups=("unemployment",), insats=InsatsFilter.WITH)
    assert filters.description == "18–24 år, arbetslöshet, med pågående insats"
    set_language("en")
    assert filters.description == "18–24 years, unemployment, with ongoing insats"
    assert TargetFilters().description == "all current clients"


def test_filters_survive_storage_as_plain_data():
    filters = TargetFilters(age_min=18, sexes=("kvinna",), min_months=10, insats=InsatsFilter.WITHOUT)
    assert TargetFilters.from_dict(filters.as_dict()) == filters


def test_counts_survive_the_round_trip_through_stored_rows(cases):
    inventory = cases.summarize()
    again = type(inventory).from_counts(inventory.to_counts(), inventory_date=ON, excluded=0, source="text",
                                        age_edges=inventory.age_edges)
    assert again.by_age_sex == inventory.by_age_sex
    for name in ("by_reason", "by_duration", "by_insats", "inflow_by_month", "by_reason_text"):
        assert dict(getattr(again, name)) == dict(getattr(inventory, name)), name
    assert again.without_insats == inventory.without_insats


def test_typed_counts_make_an_inventory_and_the_rest_is_not_stated():
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 12, ("18-24", "man"): 8,
                                                                ("25-29", "?"): 5},
                                 reasons={"unemployment": 15}, durations={"10-11": 4},
                                 insatser={"FIA": 6}, without_insats=10)
    assert inventory.total == 25 and inventory.source == "manual"
    assert inventory.by_reason["not_stated"] == 10
    assert inventory.by_duration["?"] == 21
    assert dict(inventory.by_insats) == {"FIA": 6}


@pytest.mark.parametrize(("counts", "field"), [
    ({"age_sex": {}}, "age_sex"),
    ({"age_sex": {("18-24", "man"): 3}, "reasons": {"unemployment": 4}}, "reasons"),
    ({"age_sex": {("18-24", "man"): 3}, "insatser": {"FIA": 4}}, "insats"),
    ({"age_sex": {("18-24", "man"): 3}, "without_insats": 9}, "without_insats"),
])
def test_typed_counts_that_do_not_add_up_are_refused(counts, field):
    with pytest.raises(InvalidInput) as refused:
        manual_inventory(ON, **counts)
    assert refused.value.field == field


@pytest.mark.parametrize(("typed", "edges"), [("18, 25, 30", (0, 18, 25, 30)), ("0;18 65", (0, 18, 65)),
                                              (" 20 ", (0, 20))])
def test_age_groups_are_typed_as_their_lowest_ages(typed, edges):
    assert age_bands_from_text(typed).edges == edges


@pytest.mark.parametrize("typed", ["", "18, x", "25, 18", "18, 18", "18, 130", "-5, 18", "1.5",
                                   ", ".join(str(age) for age in range(1, 14))])
def test_age_groups_that_cannot_be_used_are_refused(typed):
    with pytest.raises(InvalidInput) as refused:
        age_bands_from_text(typed)
    assert refused.value.field == "age_bands"
