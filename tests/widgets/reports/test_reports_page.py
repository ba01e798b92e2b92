"""The Reports page without a browser: choose a document, format and period, preview, create and download."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import re
import zipfile

import pytest

from tests.widgets.reading import page_text
from widgets.components import download
from widgets.components.download import download_label
from widgets.reports.page import ReportsView, build_reports_page
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.reports import DOCUMENT_KINDS, GeneratedFile
from workshop.session import join_team

_DATA_URL = re.compile(r'download="([^"]+)" href="data:([^;"]+)[^,"]*;base64,([^"]+)">([^<]+)</a>')
_MONTH = dt.date.today().strftime("%Y-%m")
_ALL_FORMATS = [(kind.key, fmt) for kind in DOCUMENT_KINDS for fmt in kind.formats]


def _page(store, team_id: int, code: str):
    return build_reports_page(join_team(store, team_id, code).query(), store)


@pytest.fixture
def view(demo_store):
    return _page(demo_store, 1, "demo-team-exempel").view


@pytest.fixture
def empty_view(demo_store):
    return _page(demo_store, 2, "demo-team-pahittsta").view


def _choose(view, key: str, fmt: str) -> None:
    view.chooser.document.value = key
    view.chooser.format.value = fmt


def _download(view) -> tuple[str, str, bytes, str]:
    """The link's file name, media type, the file's bytes and the link's text."""
    match = _DATA_URL.search(view.maker.link.value)
    assert match, view.maker.link.value
    filename, media_type, encoded, label = match.groups()
    return filename, media_type, base64.b64decode(encoded), label


def test_every_document_is_offered_with_its_summary_and_its_formats_in_words(view):
    assert [label for label, _key in view.chooser.document.options] == [kind.title for kind in DOCUMENT_KINDS]
    shown = {}
    for kind in DOCUMENT_KINDS:
        view.chooser.document.value = kind.key
        assert kind.summary in view.chooser.summary.value
        shown[kind.key] = [label for label, _fmt in view.chooser.format.options]
    assert shown == {"storyboard": ["PowerPoint"], "monthly": ["Word", "Webbsida (HTML)"],
                     "final": ["Word", "Webbsida (HTML)"], "handover": ["Word", "Webbsida (HTML)"],
                     "export": ["Excel"]}


def test_the_monthly_report_covers_a_month_and_the_others_the_whole_work_or_two_dates(view):
    period = view.period
    assert period.widget.children == (period.scope,) and period.period().slug == ""
    period.scope.value = "dates"
    assert period.widget.children == (period.scope, period.start, period.end)
    assert (period.start.date, period.end.date) == (dt.date(2026, 9, 1), dt.date.today())
    assert period.period().start == dt.date(2026, 9, 1)

    view.chooser.document.value = "monthly"
    assert period.widget.children == (period.month,)
    assert period.month.value == _MONTH and period.month.options[-1][1] == "2026-09"
    assert period.period().slug == _MONTH and period.period().is_month


def test_the_preview_tells_what_the_document_will_hold_without_making_it(view):
    view.preview_button.click()
    preview = view.preview.value
    assert "Det här kommer med i ”Storyboard" in preview
    assert "Exempelkommun – försörjningsstöd" in preview and "Hela arbetet" in preview
    assert "18–24 år: 24 personer (inventering från 31 okt. 2026)" in preview
    assert "3 mått, 2 med diagram" in preview and "4 cykler, 2 inte avslutade" in preview
    assert "Inget saknas" in preview
    assert view.maker.link.value == ""


def test_a_masked_target_group_size_in_the_preview_comes_with_the_legend(demo_store, view):
    legend = "”<5” = färre än 5 (dolt för att skydda enskilda). ”x” = dolt för att de dolda talen"
    view.preview_button.click()
    assert legend not in html.unescape(view.preview.value)  # 24 people: nothing masked in the preview
    small = manual_inventory(dt.date(2026, 10, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40})
    save_inventory(demo_store, 2, small, target=TargetFilters(18, 24), target_count=3, actor="team:2")
    small_view = _page(demo_store, 2, "demo-team-pahittsta").view
    small_view.preview_button.click()
    shown = html.unescape(small_view.preview.value)
    assert "18–24 år: <5 personer" in shown and legend in shown


def test_the_monthly_preview_says_whether_the_months_report_is_written(view):
    view.chooser.document.value = "monthly"
    view.preview_button.click()
    assert "Månadsrapport</th><td>Inte skriven ännu för" in view.preview.value


def test_the_preview_lists_what_is_missing_with_a_link_to_each_step(empty_view):
    empty_view.preview_button.click()
    preview = empty_view.preview.value
    assert "Det här saknas ännu" in preview
    items = re.findall(r"<li>(.*?)</li>", preview)
    assert len(items) == 6
    session = empty_view.page.session
    assert (f'Ingen målgruppsinventering är sparad ännu (steg 1). '
            f'<a href="{session.link("01_malgrupp.ipynb").replace("&", "&amp;")}">Steg 1: Målgruppsinventering</a>'
            in items[0])
    assert all(re.search(r'<a href="0\d_\w+\.ipynb\?', item) for item in items)
    assert "0 mått, 0 med diagram" in preview and "Ingen inventering sparad ännu" in preview


def test_a_period_that_ends_before_it_starts_is_refused_in_swedish_without_a_document(view):
    view.period.scope.value = "dates"
    view.period.start.value = "2026-11-01"
    view.period.end.value = "2026-10-01"
    view.maker.create_button.click()
    assert view.messages.text == "Perioden slutar innan den börjar. Kontrollera datumen."
    assert view.maker.link.value == "" and view.maker.progress.children == ()
    view.preview_button.click()
    assert view.preview.value == "" and view.messages.kind == "warning"


def test_a_new_choice_clears_the_preview_and_the_message(view):
    view.period.scope.value = "dates"
    view.period.end.value = "2026-01-01"
    view.preview_button.click()
    assert view.messages.text
    view.period.end.date = dt.date.today()
    assert view.messages.text == ""
    view.preview_button.click()
    assert view.preview.value
    view.chooser.document.value = "handover"
    assert view.preview.value == ""


@pytest.mark.parametrize(("key", "fmt"), _ALL_FORMATS)
def test_each_document_is_made_and_offered_as_a_download_that_opens(view, demo_store, key, fmt):
    _choose(view, key, fmt)
    view.maker.create_button.click()
    assert view.messages.text == ""
    filename, media_type, content, label = _download(view)
    stem = next(kind.file_stem for kind in DOCUMENT_KINDS if kind.key == key)
    period = f"-{_MONTH}" if key == "monthly" else ""
    assert filename == f"{stem}-exempelkommun-forsorjningsstod{period}.{fmt}"
    assert media_type == view.maker.made.media_type.split(";")[0] and content == view.maker.made.content
    assert re.fullmatch(rf"Ladda ner {re.escape(filename)} \((\d+ kB|\d,\d MB)\)", label)
    if fmt == "html":
        assert content.lstrip().lower().startswith(b"<!doctype html") and b"Exempelkommun" in content
    else:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            assert package.testzip() is None and "[Content_Types].xml" in package.namelist()
    assert view.maker.bar.value == view.maker.bar.max == 4
    assert "Del 4 av 4: Klart" in view.maker.status.value


def test_the_storyboard_opens_in_powerpoint_and_names_the_team(view):
    from pptx import Presentation

    view.maker.create_button.click()
    deck = Presentation(io.BytesIO(_download(view)[2]))
    title_slide = " ".join(shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame)
    assert "Exempelkommun – försörjningsstöd" in title_slide


def test_the_link_names_the_size_in_kilobytes_or_megabytes():
    assert download_label(GeneratedFile("a.pptx", "", bytes(84_870))) == "Ladda ner a.pptx (83 kB)"
    assert download_label(GeneratedFile("b.html", "", bytes(3_983_000))) == "Ladda ner b.html (3,8 MB)"


def test_a_document_too_large_for_the_link_is_refused_in_words(view, monkeypatch):
    monkeypatch.setattr(download, "LARGEST_LINK", 1000)
    _choose(view, "export", "xlsx")
    view.maker.create_button.click()
    assert view.messages.text.startswith("Dokumentet är för stort för att laddas ner här (")
    assert view.maker.link.value == "" and view.maker.progress.children == ()


def test_a_new_choice_takes_the_old_download_away(view):
    _choose(view, "export", "xlsx")
    view.maker.create_button.click()
    assert view.maker.link.value
    view.chooser.document.value = "storyboard"
    assert view.maker.link.value == "" and view.maker.progress.children == ()


def test_without_a_team_the_page_asks_which_team(demo_store):
    page = build_reports_page("", demo_store)
    assert not isinstance(page.view, ReportsView)
    assert "Öppna teamets sida" in page_text(page.widget)
