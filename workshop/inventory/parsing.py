"""Text cells to values: dates, birth years, ages, sex codes and lists of insatser.

Each parser works on the distinct values of a column (exports repeat a few
values many times), so a large file costs little more than a small one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from workshop.inventory.mapping import normalise

_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "mars": 3,
    "march": 3, "apr": 4, "april": 4, "maj": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7,
    "july": 7, "aug": 8, "augusti": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10,
    "oktober": 10, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
DATE_FORMATS: dict[str, tuple[re.Pattern, str]] = {
    "ÅÅÅÅ-MM-DD": (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$"), "ymd"),
    "ÅÅÅÅMMDD": (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), "ymd"),
    "ÅÅÅÅ/MM/DD": (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), "ymd"),
    "DD.MM.ÅÅÅÅ": (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), "dmy"),
    "DD/MM/ÅÅÅÅ": (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), "dmy"),
    "D månad ÅÅÅÅ": (re.compile(r"^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$", re.I), "dmy"),
}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant", "pågående", "aktuell"})
NO = frozenset({"nej", "n", "no", "0", "false", "falskt", "-", "ingen", "inga", "saknas", "none"})
SEX_CODES = {
    "k": "kvinna", "kv": "kvinna", "kvinna": "kvinna", "kvinnor": "kvinna", "kvinnlig": "kvinna", "f": "kvinna",
    "female": "kvinna", "woman": "kvinna", "2": "kvinna",
    "m": "man", "man": "man", "män": "man", "manlig": "man", "male": "man", "1": "man",
}
SEXES = ("kvinna", "man")
"""Positions 0 and 1 of sex codes; 2 stands for not stated."""
_LIST_SEPARATORS = re.compile(r"\s*[,;|/\n]\s*")


@dataclass(frozen=True)
class DateColumn:
    """Dates read from one column; rows flagged where they could not be read."""

    values: pd.Series  # datetime64, NaT where empty or unreadable
    unreadable: np.ndarray
    other_format: np.ndarray
    formats: tuple[str, ...]  # formats found, most rows first


def _one_date(text: str) -> tuple[dt.date | None, str | None]:
    for name, (pattern, order) in DATE_FORMATS.items():
        found = pattern.match(text)
        if not found:
            continue
        first, middle, last = found.groups()
        if order == "ymd":
            year, month, day = int(first), int(middle), int(last)
        else:
            month_number = _MONTHS.get(middle.casefold()) if not middle.isdigit() else int(middle)
            if month_number is None:
                return None, None
            year, month, day = int(last), month_number, int(first)
        try:
            return dt.date(year, month, day), name
        except ValueError:
            return None, None
    return None, None


def distinct(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """``(codes, texts)``: each row's index into the column's distinct texts, trimmed (cheap on long columns)."""
    codes, uniques = pd.factorize(column)
    return codes, [str(text).strip() for text in uniques]


def parse_dates(column: pd.Series) -> DateColumn:
    codes, uniques = distinct(column)
    parsed = [_one_date(text) if text else (None, "") for text in uniques]
    rows_per_text = np.bincount(codes[codes >= 0], minlength=len(uniques))
    rows_per_format: dict[str, int] = {}
    for (_date, fmt), rows in zip(parsed, rows_per_text, strict=True):
        if fmt:
            rows_per_format[fmt] = rows_per_format.get(fmt, 0) + int(rows)
    formats = tuple(sorted(rows_per_format, key=rows_per_format.__getitem__, reverse=True))
    dominant = formats[0] if formats else None
    missing = np.datetime64("NaT")
    dates = np.array([np.datetime64(date) if date else missing for date, _fmt in parsed] or [missing],
                     dtype="datetime64[ns]")
    unreadable_unique = np.array([fmt is None for _date, fmt in parsed] or [False])
    other_unique = np.array([bool(fmt) and fmt != dominant for _date, fmt in parsed] or [False])
    safe = np.where(codes >= 0, codes, 0)
    valid = codes >= 0
    return DateColumn(
        values=pd.Series(np.where(valid, dates[safe], np.datetime64("NaT")), index=column.index),
        unreadable=valid & unreadable_unique[safe],
        other_format=valid & other_unique[safe],
        formats=formats,
    )


def birth_years(column: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """``(year as float, is-a-year mask)`` for cells holding only a four-digit birth year."""
    text = column.str.strip()
    is_year = text.str.match(_YEAR).to_numpy(dtype=bool)
    years = pd.to_numeric(text.where(is_year), errors="coerce")
    return years, is_year


def parse_numbers(column: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """``(numbers, unreadable mask)``: decimal commas accepted, empty cells are missing, not unreadable."""
    text = column.str.strip().str.replace(",", ".", regex=False).str.replace(" ", "", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    return numbers, (text != "").to_numpy() & numbers.isna().to_numpy()


def parse_sex(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """``(index into SEXES per row: 0 kvinna, 1 man, 2 not stated; unknown-code mask)``."""
    codes, uniques = distinct(column)
    mapped = [SEX_CODES.get(value.casefold(), "?" if value else "") for value in uniques]
    index = np.array([SEXES.index(sex) if sex in SEXES else len(SEXES) for sex in mapped] or [2], dtype=np.int8)
    unknown = np.array([sex == "?" for sex in mapped] or [False])
    return index[codes], unknown[codes]


def _split(text: str) -> list[str]:
    return [part for part in _LIST_SEPARATORS.split(text.strip()) if part and normalise(part) not in NO]


def is_yes_no(column: pd.Series) -> bool:
    return _only_yes_no(column.unique())


def _only_yes_no(texts) -> bool:
    if len(texts) > len(YES | NO):
        return False
    values = {normalise(value) for value in texts if value.strip()}
    return bool(values) and values <= (YES | NO)


def insats_indicators(frame: pd.DataFrame, columns: tuple[str, ...],
                      category: Callable[[str], str] = str) -> pd.DataFrame:
    """One true/false column per insats (named as first written), one row per case.

    A column of yes/no marks is an insats named by its header (the team chose
    it); otherwise its cells hold insats names, one or several separated by
    , ; | or /, each counted under ``category(name)``.
    """
    found: dict[str, np.ndarray] = {}
    spelling: dict[str, str] = {}
    for column in columns:
        codes, uniques = pd.factorize(frame[column])
        yes_no = _only_yes_no(uniques)
        named: dict[str, np.ndarray] = {}
        for index, text in enumerate(uniques):
            names = ([column] if normalise(text) in YES else []) if yes_no else map(category, _split(text))
            for name in names:
                key = normalise(name)
                spelling.setdefault(key, " ".join(name.split()))
                named.setdefault(key, np.zeros(len(uniques) + 1, dtype=bool))[index] = True
        for key, has in named.items():
            rows = has[codes]  # code -1 (missing) reads the last entry, which is False
            found[key] = found[key] | rows if key in found else rows
    return pd.DataFrame({spelling[key]: rows for key, rows in found.items()}, index=frame.index, dtype=bool)
