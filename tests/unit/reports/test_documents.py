import pytest

from workshop.errors import InvalidInput
from workshop.reports import DOCUMENT_KINDS, DOCUMENTS, ReportPeriod, build_document


def test_every_document_has_a_swedish_title_a_summary_and_formats():
    assert [kind.key for kind in DOCUMENT_KINDS] == ["storyboard", "monthly", "final", "handover", "export"]
    assert DOCUMENTS["storyboard"].title == "Storyboard till seminariet"
    assert all(kind.summary and kind.formats for kind in DOCUMENT_KINDS)


@pytest.mark.parametrize(("key", "fmt"), [("storyboard", "docx"), ("export", "html"), ("nonsense", "pptx")])
def test_a_document_in_a_format_it_does_not_have_is_refused(demo_store, key, fmt):
    with pytest.raises(InvalidInput, match="kan inte skapas i det formatet"):
        build_document(demo_store, 1, key, fmt)


def test_the_monthly_report_needs_a_month(demo_store):
    with pytest.raises(InvalidInput, match="Välj vilken månad"):
        build_document(demo_store, 1, "monthly", "docx", ReportPeriod())
