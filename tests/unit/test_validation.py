"""Cleaning of names and dates people type."""

from workshop.validation import clean_text, name_key


def test_whitespace_is_tidied_and_names_compare_without_case_or_spacing():
    assert clean_text("  Tidigt \t stöd\n", field="name", label="Namn") == "Tidigt stöd"
    assert name_key("Tidigt  STÖD") == name_key("tidigt stöd")
    assert clean_text("", field="unit", label="Enhet", required=False) == ""


def test_dates_are_read_as_yyyy_mm_dd_whatever_the_browser_language():
    import datetime as dt

    import pytest

    from workshop.errors import InvalidInput
    from workshop.i18n import set_language
    from workshop.validation import parse_date

    set_language("sv")
    assert parse_date(" 2026-11-23 ", field="end", label="Slutdatum") == dt.date(2026, 11, 23)
    assert parse_date("2026-1-5", field="end", label="Slutdatum") == dt.date(2026, 1, 5)
    assert parse_date("  ", field="end", label="Slutdatum") is None
    with pytest.raises(InvalidInput, match="Slutdatum: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-23") as wrong:
        parse_date("11/23/2026", field="end", label="Slutdatum")
    assert wrong.value.field == "end"
    with pytest.raises(InvalidInput, match="datumet 2026-02-30 finns inte"):
        parse_date("2026-02-30", field="end", label="Slutdatum")
