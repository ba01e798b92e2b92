"""The text reports as one standalone HTML file: offline, escaped, headings in order, accessible tables."""

from __future__ import annotations

from html.parser import HTMLParser
from itertools import pairwise

from markupsafe import escape

from tests.office import pdf_text, to_pdf
from tests.unit.reports.text_reports import (
    EMOJI,
    EXEMPEL,
    HOSTILE,
    LONG,
    NOVEMBER,
    PAHITTSTA,
    TODAY,
    hostile_team,
)
from workshop.i18n import in_language
from workshop.reports import build_document, team_snapshot
from workshop.reports.handover import handover
from workshop.reports.monthly_document import monthly_document
from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report
from workshop.reports.text.html_writer import html_bytes


class Page(HTMLParser):
    """The tags, attributes and visible text of a page, as a browser's parser reads them."""

    def __init__(self, content: bytes) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(content.decode("utf-8"))

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if not self._in_script:
            self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    @property
    def headings(self) -> list[int]:
        return [int(name[1]) for name, _attrs in self.tags if name in ("h1", "h2", "h3", "h4", "h5", "h6")]

    @property
    def visible(self) -> str:
        return "".join(self.text)


def _monthly_with_scores(store) -> bytes:
    for month, score in (("2026-10", 2.0), ("2026-11", 2.5)):
        save_monthly_report(store, EXEMPEL, month, MonthlyReportDetails("Test", self_score=score),
                            expected_version=0, actor="team:1", today=TODAY)
    return html_bytes(monthly_document(team_snapshot(store, EXEMPEL, NOVEMBER, today=TODAY)))


def test_the_file_names_no_outside_address_and_inlines_styles_and_scripts(demo_store):
    page = Page(_monthly_with_scores(demo_store))
    for _tag, attrs in page.tags:
        for name in ("src", "href", "action", "data"):
            assert not (attrs.get(name) or "").lower().startswith(("http:", "https:", "//")), attrs
    assert not page.named("link") and not page.named("img") and not page.named("iframe")
    assert all("src" not in attrs for attrs in page.named("script"))
    assert page.named("style")
    assert page.named("html") == [{"lang": "sv"}]


def test_charts_are_interactive_bokeh_charts_with_bokeh_inline(demo_store):
    content = _monthly_with_scores(demo_store)
    page = Page(content)
    roots = [attrs for attrs in page.named("div") if "data-root-id" in attrs]
    assert len(roots) == 1, "the self-assessment per month"
    assert b"Bokeh.embed" in content and b"BokehJS" in content
    assert "Samma siffror finns i tabellen nedanför." in page.visible


def test_what_a_person_typed_is_shown_as_text_never_as_markup(demo_store):
    hostile_team(demo_store)
    save_monthly_report(demo_store, PAHITTSTA, "2026-11", MonthlyReportDetails(HOSTILE[1], LONG, EMOJI),
                        expected_version=0, actor="team:2", today=TODAY)
    for document in (handover(team_snapshot(demo_store, PAHITTSTA, today=TODAY)),
                     monthly_document(team_snapshot(demo_store, PAHITTSTA, NOVEMBER, today=TODAY))):
        content = html_bytes(document)
        page = Page(content)
        assert not page.named("img") and all("onerror" not in attrs for _tag, attrs in page.tags)
        assert not [attrs for attrs in page.named("script") if not attrs], "no script but bokeh's"
        assert HOSTILE[0].encode() not in content and HOSTILE[1].encode() not in content
        assert str(escape(HOSTILE[1])).encode() in content
        assert HOSTILE[1] in page.visible and EMOJI in page.visible
    assert LONG in page.visible, "the monthly report's lesson"
    handover_page = Page(html_bytes(handover(team_snapshot(demo_store, PAHITTSTA, today=TODAY))))
    assert HOSTILE[0] in handover_page.visible, "in the aim, the cycle and the members"


def test_headings_go_down_one_level_at_a_time_and_tables_have_header_cells(demo_store):
    page = Page(html_bytes(handover(team_snapshot(demo_store, EXEMPEL, today=TODAY))))
    levels = page.headings
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels)), levels
    headers = page.named("th")
    assert headers and all(attrs.get("scope") in ("col", "row") for attrs in headers)
    assert len(page.named("caption")) >= 1


def test_the_page_speaks_the_document_s_language(demo_store):
    with in_language("en"):
        page = Page(html_bytes(handover(team_snapshot(demo_store, EXEMPEL, today=TODAY))))
    assert page.named("html") == [{"lang": "en"}]
    assert "Start here" in page.visible


def test_libreoffice_opens_every_html_report_of_the_demo_team_and_of_a_team_without_data(demo_store, tmp_path):
    for team_id in (EXEMPEL, PAHITTSTA):
        for key, period in (("handover", None), ("monthly", NOVEMBER), ("final", None)):
            made = build_document(demo_store, team_id, key, "html", period, today=TODAY)
            assert made.filename.endswith(".html") and made.media_type.startswith("text/html")
            folder = tmp_path / f"{key}-{team_id}"
            folder.mkdir()
            text = " ".join(pdf_text(to_pdf(made.content, "html", folder)).split())
            assert "Exempelkommun" in text or "Påhittsta" in text
            assert team_id == EXEMPEL or "Dokumentet visar det som teamet har sparat" in text


def test_masked_counts_come_with_the_legend_of_both_markers_in_swedish_and_english(demo_store):
    # Demo team 1 has "Sociala skäl" hidden as "x" beside "Orsak saknas" as "<5".
    from workshop.reports.final_report import final_report

    snapshot = team_snapshot(demo_store, EXEMPEL, today=TODAY)
    for document in (final_report(snapshot), handover(snapshot)):
        assert ("”<5” = färre än 5 (dolt för att skydda enskilda). ”x” = dolt för att de dolda talen inte ska "
                "kunna räknas fram.") in Page(html_bytes(document)).visible
    with in_language("en"):
        page = Page(html_bytes(final_report(team_snapshot(demo_store, EXEMPEL, today=TODAY))))
    cells = [text.strip() for text in page.text]
    assert "x" in cells and "<5" in cells
    assert ("“<5” = fewer than 5 (hidden to protect individuals). “x” = hidden so that the hidden numbers cannot "
            "be worked out.") in page.visible
