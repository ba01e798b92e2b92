"""Personnummer and samordningsnummer: recognised, checked, turned into birth date and legal sex.

The numbers themselves are never kept: the reader calls :func:`identity_facts`
on the column and drops it at once (docs/integritet.md, "Never stored"). Forms accepted:
``YYMMDD-NNNC``, ``YYMMDD+NNNC`` (100 years or older), ``YYMMDDNNNC``,
``YYYYMMDD-NNNC`` and ``YYYYMMDDNNNC``. A samordningsnummer has 60 added to the
day of birth. The last digit is a Luhn check digit over the ten-digit form.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

# A number inside any text: used to keep identity numbers out of anything stored.
_EMBEDDED = re.compile(r"(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")
_WIDTH = 16
_LUHN_WEIGHTS = np.array([2, 1, 2, 1, 2, 1, 2, 1, 2], dtype=np.int16)
# Positions of the ten digits YYMMDDNNNC and of the century digits, by length of the text.
_SHAPES = {
    10: (tuple(range(10)), None, None),
    11: ((0, 1, 2, 3, 4, 5, 7, 8, 9, 10), None, 6),
    12: (tuple(range(2, 12)), (0, 1), None),
    13: ((2, 3, 4, 5, 6, 7, 9, 10, 11, 12), (0, 1), 8),
}
_LONGEST = max(_SHAPES)
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_DASH, _PLUS = ord("-"), ord("+")


_SHAPED = re.compile(r"^\s*(\d{2})?\d{6}[-+]?\d{4}\s*$")


def is_shaped(text: str) -> bool:
    """Whether ``text`` is, as a whole, shaped like an identity number (check digit or not)."""
    return bool(_SHAPED.match(text))


def contains_identity_number(text: str) -> bool:
    """Whether ``text`` holds something shaped like an identity number (check digit or not)."""
    return bool(_EMBEDDED.search(text))


def luhn_check_digit(nine_digits: str) -> int:
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


def identity_facts(values: pd.Series, reference: dt.date) -> pd.DataFrame:
    """Per text (missing ones as empty strings): ``filled``, ``shaped`` (looks like an identity number),
    ``valid``, ``duplicate``, ``birth_date`` and ``sex``.

    ``sex`` is ``"man"`` or ``"kvinna"`` (legal sex: the ninth digit is odd for
    men); ``birth_date`` is NaT and ``sex`` missing where the number is not valid.
    The century of a ten-digit number is the one that makes the person younger
    than 100 at ``reference``, or 100 or older with ``+``.
    """
    texts = np.char.strip(values.to_numpy(dtype=f"U{_WIDTH}"))
    count = len(texts)
    codes = texts.view(np.uint32).reshape(count, _WIDTH)[:, :_LONGEST]
    lengths = np.char.str_len(texts)
    # One row per character position (sums over positions are then fast); digits as themselves, others 99
    # (characters below "0" wrap around to large numbers in the unsigned subtraction).
    digits = np.minimum(codes - np.uint32(ord("0")), 99).astype(np.int16).T.copy()
    shaped = np.zeros(count, dtype=bool)
    core = np.zeros((10, count), dtype=np.int16)
    century = np.full(count, -1, dtype=np.int16)
    plus = np.zeros(count, dtype=bool)
    for length, (positions, century_positions, separator) in _SHAPES.items():
        rows = np.flatnonzero(lengths == length)
        if not rows.size:
            continue
        picked = digits[list(positions)][:, rows]
        ok = picked.max(axis=0) < 10
        if separator is not None:
            mark = codes[rows, separator]
            ok &= (mark == _DASH) | (mark == _PLUS)
            plus[rows] = mark == _PLUS
        if century_positions is not None:
            hundreds = digits[list(century_positions)][:, rows]
            ok &= hundreds.max(axis=0) < 10
            century[rows] = hundreds[0] * 10 + hundreds[1]
        shaped[rows] = ok
        core[:, rows] = picked * ok
    facts = _facts(core, century, plus, shaped, reference)
    facts.insert(0, "filled", lengths > 0)
    # The same person twice: the same ten digits (separators and century do not count).
    key = np.zeros(count, dtype=np.int64)
    for digit in core:
        key = key * 10 + digit
    facts["duplicate"] = pd.Series(np.where(shaped, key, -1)).duplicated(keep="first").to_numpy() & shaped
    return facts


def _facts(core: np.ndarray, century: np.ndarray, plus: np.ndarray, shaped: np.ndarray,
           reference: dt.date) -> pd.DataFrame:
    """Validity, birth date and legal sex from the ten digits (one row per digit position)."""
    products = core[:9] * _LUHN_WEIGHTS[:, None]
    luhn_sum = (products - 9 * (products > 9)).sum(axis=0, dtype=np.int16)
    check_ok = (10 - luhn_sum % 10) % 10 == core[9]
    two_digit_year = core[0] * 10 + core[1]
    month = core[2] * 10 + core[3]
    day = core[4] * 10 + core[5]
    day = np.where(day > 60, day - 60, day)  # samordningsnummer
    guessed = (reference.year // 100) * 100 + two_digit_year.astype(np.int64)
    guessed = np.where(guessed > reference.year, guessed - 100, guessed)
    guessed = np.where(plus, guessed - 100, guessed)
    year = np.where(century >= 0, century.astype(np.int64) * 100 + two_digit_year, guessed)
    birth, real_date = _dates(year, month.astype(np.int64), day.astype(np.int64))
    valid = shaped & real_date & (birth <= np.datetime64(reference)) & check_ok
    return pd.DataFrame({
        "shaped": shaped,
        "valid": valid,
        "birth_date": np.where(valid, birth, np.datetime64("NaT")).astype("datetime64[ns]"),
        "sex": pd.Categorical.from_codes(np.where(valid, core[8] % 2, -1), categories=["kvinna", "man"]),
    })


def _dates(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(dates, is-a-real-date)`` from parts, in integer arithmetic (fast on a large file).

    Impossible parts (month 13, 31 April, 29 February 2023) are not real dates. Days are counted
    with Howard Hinnant's days-from-civil algorithm.
    """
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    last_day = _MONTH_DAYS[np.clip(month, 1, 12)] + (leap & (month == 2))
    real = (month >= 1) & (month <= 12) & (day >= 1) & (day <= last_day)
    shifted = year - (month <= 2)
    era = np.floor_divide(shifted, 400)
    year_of_era = shifted - era * 400
    day_of_year = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    days = era * 146097 + day_of_era - 719468
    return np.where(real, days, 0).astype("datetime64[D]"), real
