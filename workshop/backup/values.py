"""A column's value in a backup's JSON, and back, checked against the column.

Dates and times are ISO text (times in UTC, so SQLite and PostgreSQL write the
same file); a value that does not fit its column is refused, so nothing in a
file can make the database fail half-way through an import.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, String, Time

_INT32 = 2**31
_NUL = "\x00"


class WrongValue(ValueError):
    """A value from a file does not fit its column."""


def encoded(column: Column, value: object) -> object:
    """``value`` as read from the database, in the form a backup stores it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime) and isinstance(value, dt.datetime):
        return _utc(value).isoformat()
    if isinstance(kind, Date) and isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(kind, Time) and isinstance(value, dt.time):
        return value.isoformat()
    return value


def decoded(column: Column, value: object) -> object:
    """The value to write to ``column``, or :class:`WrongValue`."""
    if value is None:
        if not column.nullable:
            raise WrongValue("empty")
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return _utc(_parsed(dt.datetime.fromisoformat, value))
    if isinstance(kind, Date):
        return _parsed(dt.date.fromisoformat, value)
    if isinstance(kind, Time):
        return _parsed(dt.time.fromisoformat, value)
    if isinstance(kind, Boolean):
        return _typed(value, bool)
    if isinstance(kind, Integer):
        number = _typed(value, int)
        if not -_INT32 <= number < _INT32:
            raise WrongValue("out of range")
        return number
    if isinstance(kind, Float):
        return float(_typed(value, (int, float)))
    if isinstance(kind, String):
        return _text(value, kind.length)
    if isinstance(kind, JSON):
        return value
    raise TypeError(f"no backup form for {kind!r} ({column})")


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite gives back naive times; the kit always writes UTC.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _parsed(parse, value: object):
    if not isinstance(value, str):
        raise WrongValue("not ISO text")
    try:
        return parse(value)
    except ValueError:
        raise WrongValue("not ISO text") from None


def _typed(value: object, kinds):
    if isinstance(value, bool) and kinds is not bool or not isinstance(value, kinds):
        raise WrongValue("wrong type")
    return value


def _text(value: object, length: int | None) -> str:
    if not isinstance(value, str) or _NUL in value or (length is not None and len(value) > length):
        raise WrongValue("not text of this length")
    return value
