"""One translation function; complete catalogs; Swedish formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from workshop.i18n import LANGUAGES, _, format_date, format_number, in_language, ngettext, parse_decimal, set_language
from workshop.i18n.translate import catalog_path

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def _source_messages() -> set[str]:
    found = set()
    for package in ("workshop", "widgets"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / package, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _catalog(language: str):
    with catalog_path(language).open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(language):
    catalog = _catalog(language)
    translated = {
        (m.id[0] if isinstance(m.id, tuple) else m.id)
        for m in catalog
        if m.id and not m.fuzzy and (all(m.string) if isinstance(m.string, tuple) else m.string)
    }
    missing = sorted(_source_messages() - translated)
    assert missing == [], f"missing in {language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogs_have_no_stale_entries_and_keep_placeholders(language):
    catalog = _catalog(language)
    source = _source_messages()
    stale = sorted((m.id[0] if isinstance(m.id, tuple) else m.id) for m in catalog if m.id
                   and (m.id[0] if isinstance(m.id, tuple) else m.id) not in source)
    assert stale == []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        placeholders = {part.split("}")[0] for part in ids[-1].split("{")[1:]}
        for string in strings:
            assert {part.split("}")[0] for part in string.split("{")[1:]} == placeholders, message.id


def test_swedish_is_the_default_and_english_the_alternative():
    assert _("Results") == "Resultat"
    set_language("en")
    assert _("Results") == "Results"
    set_language("xx")
    assert _("Results") == "Resultat"


def test_plural_forms():
    assert ngettext("{count} meeting", "{count} meetings", 1).format(count=1) == "1 träff"
    assert ngettext("{count} meeting", "{count} meetings", 8).format(count=8) == "8 träffar"


def test_numbers_and_dates_follow_the_language():
    assert format_number(1234.5) == "1\u00a0234,5"
    assert format_number(0.5, decimals=2) == "0,50"
    assert format_date(dt.date(2026, 11, 23)) == "23 nov. 2026"
    set_language("en")
    assert format_number(1234.5) == "1,234.5"
    assert format_date(dt.date(2026, 11, 23)) == "23 Nov 2026"


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,5", Decimal("1234.5")), ("12,0", Decimal("12.0")), ("3.25", Decimal("3.25")),
     ("\u221212", Decimal("-12")), ("1\u00a0000", Decimal("1000"))],
)
def test_decimal_commas_are_accepted(text, value):
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "nan", "inf", "12 %"])
def test_non_numbers_are_refused(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_translating_in_another_language_for_a_moment_switches_back():
    with in_language("en"):
        assert _("Results") == "Results"
    assert _("Results") == "Resultat"


def _written_ids(lines: list[str]) -> list[str]:
    """Each entry's msgid as written, continuation lines included (obsolete "#~" entries are comments)."""
    ids, current = [], None
    for line in lines:
        if line.startswith("msgid "):
            current = [line]
        elif current is not None and line.startswith('"'):
            current.append(line)
        elif current is not None:
            ids.append("\n".join(current))
            current = None
    return [written for written in ids if written != 'msgid ""']


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_message_stands_once_in_its_catalog(language):
    """A message written twice (as merging two additions can leave it) keeps only one translation at run time."""
    ids = _written_ids(catalog_path(language).read_text(encoding="utf-8").splitlines())
    assert sorted({written for written in ids if ids.count(written) > 1}) == []
