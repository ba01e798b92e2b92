"""Translation with gettext catalogs read straight from the .po files.

Reading the .po files at run time (instead of compiled .mo files) keeps a
fresh clone usable without a build step; the catalogs are small.

The current language is process-wide: a Voilà kernel serves one visitor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")
LOCALES_DIR = Path(__file__).parent / "locales"

_current = {"language": DEFAULT_LANGUAGE}


def set_language(language: str | None) -> str:
    """Choose the UI language; anything unknown falls back to Swedish."""
    chosen = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _current["language"] = chosen
    return chosen


def get_language() -> str:
    return _current["language"]


@contextmanager
def in_language(language: str) -> Iterator[str]:
    """Translate in ``language`` for a moment (say, to compare a name in every language), then switch back."""
    previous = get_language()
    try:
        yield set_language(language)
    finally:
        set_language(previous)


def catalog_path(language: str) -> Path:
    return LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"


@cache
def _messages(language: str) -> dict[str, str | tuple[str, ...]]:
    from babel.messages.pofile import read_po

    with catalog_path(language).open("rb") as po_file:
        catalog = read_po(po_file)
    return {
        # Plural entries have a tuple of ids and of translated forms.
        (message.id if isinstance(message.id, str) else message.id[0]):
            (message.string if isinstance(message.string, str) else tuple(message.string))
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }


def read_catalog() -> None:
    """Read the default language's catalog now (a tenth of a second): a pooled kernel does it while it waits, so
    that its visitor does not. Most visitors read Swedish; another language is read when it is first asked for."""
    _messages(DEFAULT_LANGUAGE)


def _(message: str) -> str:
    """Translate ``message`` (an English msgid) into the current language."""
    translated = _messages(get_language()).get(message)
    return translated if isinstance(translated, str) and translated else message


def ngettext(singular: str, plural: str, count: int) -> str:
    forms = _messages(get_language()).get(singular)
    if isinstance(forms, tuple) and all(forms):
        # Swedish and English share the plural rule n != 1.
        return forms[0 if count == 1 else 1]
    return singular if count == 1 else plural


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later with :func:`_`."""
    return message
