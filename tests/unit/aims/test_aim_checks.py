"""Aim checks: friendly hints that never block a draft, and the sentence assembled from the parts."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.aims import AimDetails, aim_hints, aim_sentence
from workshop.i18n import set_language

TODAY = dt.date(2026, 11, 23)
CLEAR = AimDetails("andelen nybesök där AUDIT och DUDIT används", "unga vuxna 18–24 år", "20", "80", "%",
                   dt.date(2027, 5, 31))


def codes(aim: AimDetails, *, has_target_group: bool = True) -> list[str]:
    return [hint.code for hint in aim_hints(aim, today=TODAY, has_target_group=has_target_group)]


def test_a_clear_aim_has_no_hints():
    assert codes(CLEAR) == []


def test_an_empty_aim_gets_every_hint_in_the_order_of_the_sentence():
    assert codes(AimDetails()) == ["what_missing", "no_target_group", "baseline_not_number", "target_not_number",
                                   "no_date"]


def test_some_is_not_a_number():
    hints = aim_hints(AimDetails(**{**CLEAR.__dict__, "target": "några fler"}), today=TODAY, has_target_group=True)
    assert [hint.code for hint in hints] == ["target_not_number"]
    assert hints[0].message == "”några fler” är inget tal: skriv målvärdet (hur mycket) som ett tal, till exempel 20."


def test_a_missing_number_says_some_is_not_a_number():
    message = aim_hints(AimDetails(**{**CLEAR.__dict__, "baseline": ""}), today=TODAY, has_target_group=True)[0]
    assert message.message.startswith("Några är inget tal")


def test_decimal_comma_is_a_number():
    assert codes(AimDetails(**{**CLEAR.__dict__, "baseline": "12,5", "target": "8"})) == []


def test_soon_is_not_a_time():
    hints = aim_hints(AimDetails(**{**CLEAR.__dict__, "by_when": None}), today=TODAY, has_target_group=True)
    assert [hint.code for hint in hints] == ["no_date"]
    assert hints[0].message.startswith("Snart är ingen tidpunkt")


def test_date_in_the_past():
    assert codes(AimDetails(**{**CLEAR.__dict__, "by_when": dt.date(2026, 11, 22)})) == ["date_in_past"]
    assert codes(AimDetails(**{**CLEAR.__dict__, "by_when": TODAY})) == []


def test_target_equal_to_baseline():
    assert codes(AimDetails(**{**CLEAR.__dict__, "baseline": "20", "target": "20,0"})) == ["target_equals_baseline"]


@pytest.mark.parametrize(("has_target_group", "start"), [(True, "Skriv för vem"), (False, "Ingen målgrupp ännu")])
def test_no_target_group(has_target_group, start):
    hints = aim_hints(AimDetails(**{**CLEAR.__dict__, "for_whom": "  "}), today=TODAY,
                      has_target_group=has_target_group)
    assert [hint.code for hint in hints] == ["no_target_group"]
    assert hints[0].message.startswith(start)


def test_the_sentence_is_assembled_in_swedish():
    assert aim_sentence(CLEAR) == ("Andelen nybesök där AUDIT och DUDIT används för unga vuxna 18–24 år ska öka "
                                   "från 20\u00a0% till 80\u00a0% senast 31 maj 2027.")


def test_the_sentence_says_decrease_and_formats_decimals():
    aim = AimDetails("antal dagar till första besök", "nya sökande", "12,5", "8", "dagar", dt.date(2027, 3, 1))
    assert aim_sentence(aim) == ("Antal dagar till första besök för nya sökande ska minska från 12,5\u00a0dagar "
                                 "till 8\u00a0dagar senast 1 mars 2027.")


def test_the_sentence_shows_gaps_and_vague_words_as_typed():
    aim = AimDetails("fler screeningar", "", "", "några", "")
    assert aim_sentence(aim) == "Fler screeningar för … ska förändras från … till några senast …."


def test_the_sentence_in_english():
    set_language("en")
    assert aim_sentence(CLEAR) == ("Andelen nybesök där AUDIT och DUDIT används for unga vuxna 18–24 år will "
                                   "increase from 20\u00a0% to 80\u00a0% by 31 May 2027.")
