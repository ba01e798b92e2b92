"""Cleaning of names people type."""

from workshop.validation import clean_text, name_key


def test_whitespace_is_tidied_and_names_compare_without_case_or_spacing():
    assert clean_text("  Tidigt \t stöd\n", field="name", label="Namn") == "Tidigt stöd"
    assert name_key("Tidigt  STÖD") == name_key("tidigt stöd")
    assert clean_text("", field="unit", label="Enhet", required=False) == ""
