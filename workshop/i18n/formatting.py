"""Numbers and dates formatted for the UI language (Swedish: ``1 234,5``, ``23 nov. 2026``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from workshop.i18n.translate import DEFAULT_LANGUAGE, get_language

_BABEL_LOCALES = {"sv": "sv_SE", "en": "en_GB"}


def _locale() -> str:
    return _BABEL_LOCALES[get_language()]


def read_locale_data() -> None:
    """Import babel's formatting and read the default language's locale data now (about 50 ms): a pooled kernel
    does it while it waits, so that its visitor does not."""
    import babel.dates  # noqa: F401
    import babel.numbers  # noqa: F401
    from babel.localedata import load

    load(_BABEL_LOCALES[DEFAULT_LANGUAGE])


def format_number(value: float | int | Decimal, decimals: int | None = None) -> str:
    from babel.numbers import format_decimal

    pattern = None if decimals is None else "#,##0." + "0" * decimals if decimals else "#,##0"
    return format_decimal(value, format=pattern, locale=_locale())


def format_date(value: dt.date) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="medium", locale=_locale())


def format_month(value: dt.date) -> str:
    """Month and year for an axis: "okt. 2026", "Oct 2026"."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="LLL yyyy", locale=_locale())


def format_time(value: dt.datetime | dt.time) -> str:
    return value.strftime("%H.%M" if get_language() == "sv" else "%H:%M")


def parse_decimal(text: str) -> Decimal:
    """Read a number typed by a person: decimal comma or point, spaces as thousands separators.

    Raises ``ValueError`` when the text is not a number.
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u2009", "").replace(" ", "")
    cleaned = cleaned.replace("\u2212", "-")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return number
