"""Checks on what people type; each failure is a Swedish message naming the field."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from enum import Enum
from typing import Literal, TypeVar, overload

from workshop.errors import InvalidInput
from workshop.i18n import _

_Choice = TypeVar("_Choice", bound=Enum)

MAX_NAME_LENGTH = 120


def clean_text(value: str | None, *, field: str, label: str, required: bool = True,
               max_length: int = MAX_NAME_LENGTH) -> str:
    """``value`` with surrounding and repeated whitespace removed, or :class:`InvalidInput`."""
    return _checked(" ".join((value or "").split()), field=field, label=label, required=required,
                    max_length=max_length)


def _checked(text: str, *, field: str, label: str, required: bool, max_length: int, allowed: str = "") -> str:
    """``text`` (already tidied) if it has no control characters but ``allowed``, is there when required,
    and is not too long; else :class:`InvalidInput`."""
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in text):
        raise InvalidInput(_("{label} contains characters that cannot be used.").format(label=label), field=field)
    if required and not text.strip():
        raise InvalidInput(_("Fill in {label}.").format(label=label.lower()), field=field)
    if len(text) > max_length:
        raise InvalidInput(
            _("{label} can be at most {limit} characters long (now {length}).").format(
                label=label, limit=max_length, length=len(text)
            ),
            field=field,
        )
    return text


def name_key(name: str) -> str:
    """The form of a name used to find duplicates: case and spacing do not count."""
    return " ".join(name.casefold().split())


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: str | None, *, field: str, label: str) -> dt.date | None:
    """A date typed as ÅÅÅÅ-MM-DD (whatever the browser's language), ``None`` when left empty."""
    text = (value or "").strip()
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise InvalidInput(_("{label}: write the date as YYYY-MM-DD, for example 2026-11-23 (now “{text}”).").format(
            label=label, text=text), field=field)
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise InvalidInput(_("{label}: the date {text} does not exist. Check the month and the day.").format(
            label=label, text=text), field=field) from None


def check_period(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise InvalidInput(_("The period ends before it starts. Check the dates."), field="period_end")


MAX_TEXT_LENGTH = 20_000


def clean_paragraphs(value: str | None, *, field: str, label: str, required: bool = False,
                     max_length: int = MAX_TEXT_LENGTH) -> str:
    """Free text with its line breaks kept; spaces within each line tidied as in :func:`clean_text`."""
    lines = (value or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = "\n".join(" ".join(line.split()) for line in lines).strip("\n")
    return _checked(text, field=field, label=label, required=required, max_length=max_length, allowed="\n")


def clean_whole(value: object, *, field: str, label: str) -> int | None:
    """A whole number greater than 0, ``None`` when empty, else :class:`InvalidInput`."""
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value) or value <= 0:
        raise InvalidInput(_("{label} must be a whole number greater than 0.").format(label=label), field=field)
    return int(value)


def clean_number(value: object, *, field: str, label: str) -> float | None:
    """A finite number, ``None`` when empty, else :class:`InvalidInput`."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(_("{label} must be a number.").format(label=label), field=field)
    return float(value)


@overload
def clean_choice(kind: type[_Choice], value: object, *, field: str, required: Literal[True] = True) -> _Choice: ...
@overload
def clean_choice(kind: type[_Choice], value: object, *, field: str, required: bool) -> _Choice | None: ...
def clean_choice(kind: type[_Choice], value: object, *, field: str, required: bool = True) -> _Choice | None:
    """``value`` as a member of the choice ``kind``; empty is ``None`` unless the choice is required."""
    if value in (None, "") and not required:
        return None
    try:
        return kind(value)
    except ValueError:
        raise InvalidInput(_("Choose one of the alternatives."), field=field) from None
