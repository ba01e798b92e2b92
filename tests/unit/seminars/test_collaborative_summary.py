"""The collaborative's summary as Word and as PowerPoint: every team with its masked target group as in its own
documents, the changes by prevention level, results with verdicts, both scores and the meetings' notes and
questions; only the facilitator makes it."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tests.office import pdf_text, to_pdf
from workshop.errors import AccessDenied
from workshop.inventory import TargetFilters, manual_inventory, save_inventory
from workshop.reports.collaborative_summary import collaborative_summary, summary_deck
from workshop.reports.snapshot import team_snapshot
from workshop.reports.text.docx_writer import docx_bytes
from workshop.seminars import get_program
from workshop.seminars.notes import MeetingNotesDetails, save_meeting_notes
from workshop.seminars.questions import ask_question
from workshop.session import join_team, open_as_facilitator, team_link_sessions
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


def _deck_text(data: bytes) -> str:
    from pptx import Presentation

    texts = []
    for slide in Presentation(io.BytesIO(data)).slides:
        for shape in slide.shapes:
            texts += [shape.text_frame.text] if shape.has_text_frame else []
            texts += [cell.text for row in shape.table.rows for cell in row.cells] if shape.has_table else []
    return "\n".join(texts)


PAHITTSTA = 2
LEARNED = "Korta cykler ger snabbare lärande."
FOR_EXPERTS = "Hur mäter vi återaktualisering?"
ASKED = "Hur får vi med socialsekreterarna?"


@pytest.fixture
def summary(seminar_demo_store, demo_data):
    """The summary with a meeting's notes, a team's question and a team whose target group is 3 clients."""
    store = seminar_demo_store
    facilitator = open_as_facilitator(store, 1, demo_data["facilitator_code"])
    meetings = get_program(store, 1).meetings
    save_meeting_notes(store, facilitator, meetings[1].id, MeetingNotesDetails(LEARNED, FOR_EXPERTS),
                       expected_version=0)
    last = meetings[-1]
    ask_question(store, team_link_sessions(store, facilitator)[PAHITTSTA], last.id, ASKED, today=last.date)
    inventory = manual_inventory(dt.date(2026, 9, 1), age_sex={("18-24", "kvinna"): 3, ("25-29", "man"): 40},
                                 reasons={"unemployment": 41})
    save_inventory(store, PAHITTSTA, inventory, target=TargetFilters(18, 24), target_count=3, actor="test")
    return collaborative_summary(store, facilitator)


def test_word_and_powerpoint_hold_the_notes_the_questions_and_the_masked_counts(summary, tmp_path):
    team = "Påhittsta – vuxenenheten"
    word, deck = _text(docx_bytes(summary)), _deck_text(summary_deck(summary))
    for text in (word, deck):
        for words in ("Träffarna", "Lärandeseminarium 1, 8 okt. 2026", "Vad samverkan lärde sig", LEARNED,
                      "Frågor till sakkunniga", FOR_EXPERTS, team, ASKED, "Klienter i målgruppen: <5",
                      suppression_legend()):
            assert words in text, words
        assert "Klienter i målgruppen: 3" not in text  # the team's own page shows 3; nothing else does
    shown = pdf_text(to_pdf(summary_deck(summary), "pptx", tmp_path))
    assert "Samverkans sammanfattning" in shown and "Teamens frågor inför träffen" in shown


def test_a_team_cannot_make_the_summary(seminar_demo_store):
    with pytest.raises(AccessDenied):
        collaborative_summary(seminar_demo_store, join_team(seminar_demo_store, 1, "demo-team-exempel"))
