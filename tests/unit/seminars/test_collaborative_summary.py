"""The collaborative's summary as Word: every team with its masked target group as in its own documents, the
changes by prevention level, results with verdicts and both scores; only the facilitator makes it."""

from __future__ import annotations

import io

import pytest

from workshop.errors import AccessDenied
from workshop.reports.collaborative_summary import collaborative_summary
from workshop.reports.snapshot import team_snapshot
from workshop.reports.text.docx_writer import docx_bytes
from workshop.session import join_team, open_as_facilitator
from workshop.suppression import suppression_legend


def _text(data: bytes) -> str:
    import docx

    word = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in word.paragraphs] + cells)


def test_the_summary_covers_every_team_with_the_team_documents_masking(seminar_demo_store, demo_data):
    facilitator = open_as_facilitator(seminar_demo_store, 1, demo_data["facilitator_code"])
    told = []
    document = collaborative_summary(seminar_demo_store, facilitator, progress=lambda done, total: told.append(
        (done, total)))
    assert told == [(1, 4), (2, 4), (3, 4), (4, 4)]
    text = _text(docx_bytes(document))
    for heading in ("Samverkans sammanfattning", "Prövade förändringar per preventionsnivå", "Resultat",
                    "Självskattning och processledningens bedömning", "▼ Oro", "▲ Förbättring"):
        assert heading in text, heading
    for team in demo_data["teams"]:
        assert team["name"] in text
    for team_id in range(1, 5):
        summary = team_snapshot(seminar_demo_store, team_id).target_group
        if summary is not None:  # the same masked strings as in the team's own documents
            assert f"{summary.count}" in text and f"{summary.total}" in text
    assert suppression_legend() in text


def test_a_team_cannot_make_the_summary(seminar_demo_store):
    with pytest.raises(AccessDenied):
        collaborative_summary(seminar_demo_store, join_team(seminar_demo_store, 1, "demo-team-exempel"))
