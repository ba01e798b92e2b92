"""Check typed, pasted or imported points before anything is saved.

Every problem names where it is (the row, or the period) so a person can find
and fix it, and all of them are told at once ("Rad 3: …; Rad 7: …"): a pasted
block is not fixed one row per try. Nothing is saved until all entries are sound.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workshop.errors import InvalidInput
from workshop.i18n import _, format_number, parse_decimal
from workshop.improvement import Measure, MeasureUnit
from workshop.results.model import PointEntry, uses_denominator
from workshop.results.periods import Period, parse_period
from workshop.validation import clean_paragraphs

NOTE_LENGTH = 500
PROBLEMS_LISTED = 10
"""Problems named one by one; the rest are counted."""


@dataclass(frozen=True)
class CleanEntry:
    period: Period
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    note: str | None = None


def clean_entries(measure: Measure, entries: list[PointEntry]) -> list[CleanEntry]:
    """``entries`` checked and read as numbers, or every problem in one :class:`InvalidInput`."""
    cleaned: list[CleanEntry] = []
    problems: list[InvalidInput] = []
    first_seen: dict[Period, str] = {}
    for entry in entries:
        try:
            cleaned.append(_clean_one(measure, entry, first_seen))
        except InvalidInput as problem:
            problems.append(problem)
    if problems:
        raise all_problems(problems)
    return cleaned


def all_problems(problems: list[InvalidInput]) -> InvalidInput:
    """One error telling every problem: "Rad 3: …; Rad 7: …" (the first few, then how many more)."""
    shown = [problem.message.rstrip(".") for problem in problems[:PROBLEMS_LISTED]]
    if len(problems) > PROBLEMS_LISTED:
        shown.append(_("and {count} more rows with problems").format(count=len(problems) - PROBLEMS_LISTED))
    return InvalidInput("; ".join(shown) + ".", field=problems[0].field)


def _clean_one(measure: Measure, entry: PointEntry, first_seen: dict[Period, str]) -> CleanEntry:
    try:
        period = parse_period(str(entry.period or ""), measure.frequency)
    except InvalidInput as problem:
        raise _located(entry.where, problem.message, "period") from None
    where = entry.where or period.label
    if period in first_seen:
        raise InvalidInput(
            _("{period} appears twice ({first} and {second}). Keep one of them.").format(
                period=period.label, first=first_seen[period], second=where),
            field="period",
        )
    first_seen[period] = where
    return _clean(measure, entry, period, where)


def _located(where: str, message: str, field: str) -> InvalidInput:
    if not where:
        return InvalidInput(message, field=field)
    return InvalidInput(_("{where}: {problem}").format(where=where, problem=message), field=field)


def _clean(measure: Measure, entry: PointEntry, period: Period, where: str) -> CleanEntry:
    note = None
    if entry.note is not None:
        note = clean_paragraphs(entry.note, field="note", label=_("Annotation"), max_length=NOTE_LENGTH)
    if not uses_denominator(measure):
        value = _number(entry.value, where, _("the value"))
        if measure.unit is MeasureUnit.COUNT and value < 0:
            raise _located(where, _("a count cannot be negative ({value}).").format(value=format_number(value)),
                           "value")
        return CleanEntry(period, value=value, note=note)
    numerator = _number(entry.numerator, where, _("the numerator"))
    denominator = _number(entry.denominator, where, _("the denominator"))
    if numerator < 0:
        raise _located(where, _("the numerator cannot be negative ({value}).").format(
            value=format_number(numerator)), "numerator")
    if denominator <= 0:
        raise _located(where, _("the denominator must be greater than 0 (now {value}).").format(
            value=format_number(denominator)), "denominator")
    if measure.unit is MeasureUnit.PERCENT and numerator > denominator:
        raise _located(where, _("the numerator ({numerator}) is larger than the denominator ({denominator}): "
                                "a share cannot be more than 100 %.").format(
            numerator=format_number(numerator), denominator=format_number(denominator)), "numerator")
    return CleanEntry(period, numerator=numerator, denominator=denominator, note=note)


def _number(raw: str | float | None, where: str, label: str) -> float:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise _located(where, _("{label} is missing.").format(label=label), "value")
    if isinstance(raw, str):
        try:
            return float(parse_decimal(raw))
        except ValueError:
            raise _located(where, _("“{text}” is not a number.").format(text=raw.strip()), "value") from None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise _located(where, _("{label} is not a number.").format(label=label), "value")
    return float(raw)
