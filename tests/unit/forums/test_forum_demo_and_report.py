"""The demo's two forums with two rounds each, and the Word documents of a round and of all forums."""

from __future__ import annotations

import io

import pytest

from workshop.forums.forums import list_forums
from workshop.forums.report import overview_file, round_report_file
from workshop.forums.results import area_changes
from workshop.forums.rounds import forum_statuses, list_rounds, result_of
from workshop.i18n import _
from workshop.session import open_as_facilitator


@pytest.fixture
def demo_facilitator(demo_store, demo_data):
    return open_as_facilitator(demo_store, 1, demo_data["facilitator_code"])


def _text(generated) -> str:
    import docx

    document = docx.Document(io.BytesIO(generated.content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def test_the_demo_has_two_forums_with_two_rounds_each_and_a_change(demo_store, demo_facilitator):
    statuses = forum_statuses(demo_store, demo_facilitator)
    assert len(statuses) == 2
    for status in statuses:
        assert [one.number for one in status.rounds] == [1, 2]
        assert status.rounds[0].act.what and status.latest.ready and status.previous.ready
        assert any(change.difference > 0 for change in area_changes(status.previous, status.latest).values())


def test_the_round_report_shows_figures_questions_and_the_decision(demo_store, demo_facilitator):
    forum = list_forums(demo_store, demo_facilitator)[0]
    first, latest = list_rounds(demo_store, demo_facilitator, forum.id)
    generated = round_report_file(demo_store, demo_facilitator, forum.id, 2)
    assert generated.filename.endswith(".docx")
    text = _text(generated)
    assert forum.name in text and "Självskattning, omgång 2" in text
    weakest = result_of(demo_store, demo_facilitator, forum.id, latest.id).weakest_areas()
    assert weakest and all(_(question) in text for area in weakest for question in area.area.questions)
    assert "Förändring" in text and "+2,0" in text
    assert "Beslut efter omgång 1" in text and first.act.what in text  # what round 2 follows up
    assert "Inget beslut har skrivits in för den här omgången än." in text
    assert "Beslut efter omgång" not in _text(round_report_file(demo_store, demo_facilitator, forum.id, 1))


def test_the_overview_sums_the_hours_and_compares_the_forums(demo_store, demo_facilitator):
    text = _text(overview_file(demo_store, demo_facilitator, "Demo"))
    # 8 people × 5 × 2,5 = 100 and 8 × 5 × 3,5 = 140; 6 × 10 × 2 = 120 and 6 × 10 × 3 = 180.
    assert "220" in text and "320" in text
    assert "Självskattning sida vid sida" in text
    assert all(forum.name in text for forum in list_forums(demo_store, demo_facilitator))
    # Each forum's latest decision, also when the round after it has none yet.
    assert all(status.rounds[0].act.what in text for status in forum_statuses(demo_store, demo_facilitator))
