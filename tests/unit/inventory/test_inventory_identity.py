"""Personnummer and samordningsnummer: forms, check digits, century, legal sex."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from sample_data.inventory.generate import identity_number, luhn
from workshop.inventory.identity import contains_identity_number, identity_facts, luhn_check_digit

REFERENCE = dt.date(2026, 11, 23)


def _facts(*values):
    return identity_facts(pd.Series(list(values)), REFERENCE)


def test_the_check_digit_follows_luhn_over_ten_digits():
    assert luhn_check_digit("811218987") == 6
    assert luhn("811218987") == "6"


@pytest.mark.parametrize("text", ["811218-9876", "8112189876", "19811218-9876", "198112189876", " 811218-9876 "])
def test_every_form_gives_the_birth_date_and_legal_sex(text):
    facts = _facts(text).iloc[0]
    assert facts["valid"] and facts["shaped"]
    assert facts["birth_date"] == pd.Timestamp(1981, 12, 18)
    assert facts["sex"] == "man"  # ninth digit 7 is odd


def test_an_even_ninth_digit_is_a_woman():
    number = identity_number(dt.date(1990, 5, 4), 242)
    assert _facts(number).iloc[0]["sex"] == "kvinna"


def test_a_wrong_check_digit_is_recognised_as_a_number_but_not_valid():
    facts = _facts("811218-9875").iloc[0]
    assert facts["shaped"] and not facts["valid"]
    assert pd.isna(facts["birth_date"]) and pd.isna(facts["sex"])


def test_a_samordningsnummer_has_sixty_added_to_the_day():
    number = identity_number(dt.date(1985, 3, 7), 123, coordination=True, form="10")
    assert number.startswith("850367")
    facts = _facts(number).iloc[0]
    assert facts["valid"] and facts["birth_date"] == pd.Timestamp(1985, 3, 7)


def test_plus_means_a_hundred_years_or_more():
    ten = "121212" + "121" + str(luhn_check_digit("121212121"))
    plus, minus = _facts(ten[:6] + "+" + ten[6:], ten[:6] + "-" + ten[6:])["birth_date"]
    assert plus == pd.Timestamp(1912, 12, 12)
    assert minus == pd.Timestamp(2012, 12, 12)


def test_a_ten_digit_number_is_never_placed_in_the_future():
    ten = "301010" + "123" + str(luhn_check_digit("301010123"))
    assert _facts(ten)["birth_date"].iloc[0] == pd.Timestamp(1930, 10, 10)


def test_impossible_dates_and_other_texts_are_not_valid():
    facts = _facts("811318-9870", "811232-9870", "abc", "", "", "19811218-98761", "2026-10-01")
    assert not facts["valid"].any()
    assert list(facts["shaped"]) == [True, True, False, False, False, False, False]
    assert list(facts["filled"]) == [True, True, True, False, False, True, True]


def test_the_same_person_twice_is_a_duplicate_whatever_the_form():
    facts = _facts("811218-9876", "19811218-9876", "8112189876", "121212-1212")
    assert list(facts["duplicate"]) == [False, True, True, False]


def test_identity_numbers_are_found_inside_text():
    assert contains_identity_number("Ring 811218-9876 i morgon")
    assert contains_identity_number("198112189876")
    assert not contains_identity_number("Arbetslös sedan 2024-05-01")
    assert not contains_identity_number("12345")
