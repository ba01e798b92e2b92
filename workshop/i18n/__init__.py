"""One translation function and locale-aware formatting, Swedish first.

Every user-visible string goes through :func:`_` (or :func:`N_` where the
string is defined before the language is known). Catalogs live in
``locales/<lang>/LC_MESSAGES/messages.po``; a test keeps them complete.
"""

from workshop.i18n.formatting import (
    format_date,
    format_month,
    format_number,
    format_time,
    parse_decimal,
    read_locale_data,
)
from workshop.i18n.translate import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    N_,
    _,
    get_language,
    in_language,
    ngettext,
    read_catalog,
    set_language,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "_",
    "format_date",
    "format_month",
    "format_number",
    "format_time",
    "get_language",
    "in_language",
    "ngettext",
    "read_catalog",
    "read_locale_data",
    "parse_decimal",
    "set_language",
]
