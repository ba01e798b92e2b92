"""The backup section: a team downloads its workspace; a facilitator saves the collaborative and imports a file
after a preview, choosing "import as a new team" or "cancel" when the team is already there."""

from __future__ import annotations

import base64
import datetime as dt
import random
import re
from dataclasses import replace

import ipywidgets
import pytest

from tests.unit.backup.backup_files import data_of, repacked
from tests.widgets.reading import all_widgets, page_text
from widgets.page import Page
from widgets.reports.backup_view import backup_section
from workshop.backup import Kind, export_collaborative, export_team, read_backup
from workshop.session import join_team, open_as_facilitator
from workshop.teams import get_team, list_teams


def _page(store, session) -> Page:
    return Page(render=lambda page: ipywidgets.VBox([backup_section(page)]),
                step_key="reports",
                query_string=session.query(), store=store)


@pytest.fixture
def as_team(demo_store):
    return _page(demo_store, join_team(demo_store, 1, "demo-team-exempel"))


@pytest.fixture
def as_facilitator(demo_store):
    return _page(demo_store, replace(open_as_facilitator(demo_store, 1, "demo-processledning"), team_id=1))


def _widget(page, kind, description: str):
    return next(w for w in all_widgets(page.widget) if isinstance(w, kind) and w.description == description)


def _click(page, description: str) -> None:
    _widget(page, ipywidgets.Button, description).click()


def _downloaded(page) -> tuple[str, bytes]:
    link = re.search(r'download="([^"]+)" href="data:application/zip;base64,([^"]+)"', page_text(page.widget))
    return link.group(1), base64.b64decode(link.group(2))


def _upload(page, content: bytes, name: str = "sakerhetskopia.genombrott.zip") -> None:
    upload = next(w for w in all_widgets(page.widget) if isinstance(w, ipywidgets.FileUpload))
    upload.value = ({"name": name, "type": "application/zip", "size": len(content), "content": memoryview(content),
                     "last_modified": dt.datetime(2026, 11, 23, tzinfo=dt.UTC)},)
    assert upload.value == ()  # the kernel keeps no copy of the file in a widget


def test_a_team_downloads_its_whole_workspace_and_imports_nothing(as_team):
    text = page_text(as_team.widget)
    assert "Säkerhetskopia" in text and "även de under 5" in text
    assert not any(isinstance(w, ipywidgets.FileUpload) for w in all_widgets(as_team.widget))
    assert "hela samverkan" not in text
    _click(as_team, "Ladda ner säkerhetskopia")
    filename, content = _downloaded(as_team)
    assert filename.startswith("sakerhetskopia-exempelkommun-forsorjningsstod-")
    assert filename.endswith(".genombrott.zip")
    backup = read_backup(content)
    assert backup.kind is Kind.TEAM and backup.root["name"] == "Exempelkommun – försörjningsstöd"


def test_a_facilitator_downloads_the_whole_collaborative(as_facilitator):
    _click(as_facilitator, "Ladda ner säkerhetskopia av hela samverkan")
    filename, content = _downloaded(as_facilitator)
    assert filename.startswith("sakerhetskopia-tidigt-stod-exempelsamverkan-fiktiv-")
    assert len(read_backup(content).rows["team"]) == 4


def test_a_team_that_is_already_there_is_imported_as_a_new_team_or_not_at_all(as_facilitator, demo_store):
    content = export_team(demo_store, 1).content
    _upload(as_facilitator, content)
    text = page_text(as_facilitator.widget)
    assert "En säkerhetskopia av teamet ”Exempelkommun – försörjningsstöd”." in text
    assert "PGSA-cykler: 4" in text and "med version 0.1.0 av verktyget" in text
    assert "Det finns redan ett team som heter ”Exempelkommun – försörjningsstöd” i den här samverkan." \
        in text
    buttons = [w.description for w in all_widgets(as_facilitator.widget) if isinstance(w, ipywidgets.Button)]
    assert "Importera som nytt team" in buttons and "Avbryt" in buttons and "Importera" not in buttons

    _click(as_facilitator, "Avbryt")
    assert "En säkerhetskopia av teamet" not in page_text(as_facilitator.widget)
    assert len(list_teams(demo_store, 1)) == 4

    _upload(as_facilitator, content)
    _click(as_facilitator, "Importera som nytt team")
    assert as_facilitator.messages.kind == "success"
    assert "Teamet ”Exempelkommun – försörjningsstöd (importerad " in as_facilitator.messages.text
    names = [overview.team.name for overview in list_teams(demo_store, 1)]
    assert len(names) == 5 and get_team(demo_store, 1).name in names


def test_a_new_team_is_imported_straight_away_and_its_name_shown_as_text(as_facilitator, demo_store):
    content = export_team(demo_store, 2).content
    data = data_of(content)
    data["team"][0]["name"] = '<img src=x onerror="alert(1)">'
    _upload(as_facilitator, repacked(content, data=data))
    text = page_text(as_facilitator.widget)
    assert "<img src=x" not in text and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in text
    _click(as_facilitator, "Importera")
    assert as_facilitator.messages.kind == "success"
    assert '<img src=x onerror="alert(1)">' in [o.team.name for o in list_teams(demo_store, 1)]


def test_a_collaborative_s_backup_is_offered_as_a_new_collaborative(as_facilitator, demo_store):
    _upload(as_facilitator, export_collaborative(demo_store, 1).content)
    text = page_text(as_facilitator.widget)
    assert "Det finns redan en samverkan som heter ”Tidigt stöd – exempelsamverkan (fiktiv)”." in text
    _click(as_facilitator, "Importera som ny samverkan")
    assert "processledarkod" in as_facilitator.messages.text


@pytest.mark.parametrize(("content", "words"), [
    (random.Random(7).randbytes(3000), "inte en säkerhetskopia från verktyget"),
    (b"PK\x03\x04" + bytes(100), "skadad eller ofullständig"),
])
def test_a_bad_file_is_refused_in_the_section_and_nothing_is_offered(as_facilitator, demo_store, content, words):
    _upload(as_facilitator, content)
    text = page_text(as_facilitator.widget)
    assert words in text
    buttons = [w.description for w in all_widgets(as_facilitator.widget) if isinstance(w, ipywidgets.Button)]
    assert not {"Importera", "Importera som nytt team"} & set(buttons)
    assert len(list_teams(demo_store, 1)) == 4


def test_a_file_over_the_upload_limit_is_refused(as_facilitator, monkeypatch):
    monkeypatch.setenv("WORKSHOP_MAX_UPLOAD_MB", "1")
    _upload(as_facilitator, bytes(2 * 1024 * 1024))
    assert "större än 1 MB" in page_text(as_facilitator.widget)
