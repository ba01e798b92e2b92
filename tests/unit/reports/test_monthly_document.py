"""The monthly report as a document: the month's texts, the measures' latest signals and the self-assessment."""

from __future__ import annotations

import pytest

from tests.unit.reports.text_reports import EXEMPEL, NOVEMBER, PAHITTSTA, TODAY, document_text
from workshop.errors import InvalidInput
from workshop.reports import ReportPeriod, team_snapshot
from workshop.reports.blocks import Chart, Heading, Paragraph, Table
from workshop.reports.monthly_document import monthly_document
from workshop.reports.records.assessment_scale import ASSESSMENT_SCALE
from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report


def _save(store, month: str, score: float | None, *, tested: str = "FIA-samtal vid nybesök 🙂") -> None:
    save_monthly_report(store, EXEMPEL, month, MonthlyReportDetails(tested, "Det tar tid.\nMen det går.",
                                                                    "Hela gruppen provar.", score, "Vi ser ingen "
                                                                    "förbättring än."),
                        expected_version=0, actor="team:1", today=TODAY)


def _table(document, first_header: str) -> Table:
    return next(block for block in document.blocks if isinstance(block, Table) and block.header[0] == first_header)


def test_the_month_s_saved_texts_and_the_chosen_level_are_shown(demo_store):
    _save(demo_store, "2026-09", 1.5)
    _save(demo_store, "2026-11", 2.5)
    document = monthly_document(team_snapshot(demo_store, EXEMPEL, NOVEMBER, today=TODAY))
    assert document.title == "Månadsrapport" and document.subtitle.endswith(", nov. 2026")
    blocks = document.blocks
    tested = blocks.index(Heading(2, "Vad testade vi?"))
    assert blocks[tested + 1] == Paragraph("FIA-samtal vid nybesök 🙂")
    assert Paragraph("Det tar tid.\nMen det går.") in blocks
    assert Paragraph("Vår nivå: 2,5 – Förändringar testas men ingen förbättring än", strong=True) in blocks
    assert Paragraph("Vi ser ingen förbättring än.") in blocks
    assert "Rapporten för den här månaden är inte skriven ännu (steg 6)." not in document_text(document)


def test_the_whole_scale_is_shown_with_the_chosen_level_marked_in_words_and_bold(demo_store):
    _save(demo_store, "2026-11", 2.5)
    scale = _table(monthly_document(team_snapshot(demo_store, EXEMPEL, NOVEMBER, today=TODAY)), "Poäng")
    assert [row[0] for row in scale.rows] == [level.score_text for level in ASSESSMENT_SCALE]
    assert [row[2] for row in scale.rows] == [level.definition for level in ASSESSMENT_SCALE]
    chosen = [index for index, row in enumerate(scale.rows) if row[3] == "Vår nivå"]
    assert chosen == [4] and scale.rows[4][0] == "2,5"
    assert scale.strong_rows == frozenset(chosen)


def test_the_scores_so_far_are_a_table_and_a_chart(demo_store):
    _save(demo_store, "2026-09", 1.5)
    _save(demo_store, "2026-10", 2.0)
    _save(demo_store, "2026-11", None)
    document = monthly_document(team_snapshot(demo_store, EXEMPEL, NOVEMBER, today=TODAY))
    history = _table(document, "Månad")
    assert [row[1] for row in history.rows] == ["1,5", "2,0"], "an unscored month is not a score"
    chart = next(block for block in document.blocks if isinstance(block, Chart))
    assert chart.lines[0].values == (1.5, 2.0)
    assert chart.figure() is not None
    assert Paragraph("Teamet har inte valt någon nivå för den här månaden ännu.") in document.blocks


def test_a_later_month_is_not_in_the_history_of_an_earlier_one(demo_store):
    _save(demo_store, "2026-10", 2.0)
    _save(demo_store, "2026-11", 2.5)
    document = monthly_document(team_snapshot(demo_store, EXEMPEL, ReportPeriod.month(2026, 10), today=TODAY))
    assert [row[1] for row in _table(document, "Månad").rows] == ["2,0"]


def test_the_measures_latest_signals_are_listed(demo_store):
    snapshot = team_snapshot(demo_store, EXEMPEL, NOVEMBER, today=TODAY)
    signals = _table(monthly_document(snapshot), "Mått")
    assert [row[0] for row in signals.rows] == [result.measure.name for result in snapshot.measures]
    assert [row[2] for row in signals.rows] == [result.judged.headline for result in snapshot.measures]
    assert signals.rows[0][1] == "57,69 (okt 2026)", "the last point's value, rounded, and its period"
    assert signals.rows[1][1] == "–", "a measure without points has no latest value"


def test_a_month_without_a_report_says_where_to_write_it(demo_store):
    document = monthly_document(team_snapshot(demo_store, PAHITTSTA, NOVEMBER, today=TODAY))
    text = document_text(document)
    assert "Rapporten för den här månaden är inte skriven ännu (steg 6)." in text
    assert "Skriv den på sidan Rapport (steg 6)" in text
    assert "Ingen självskattning är sparad ännu." in text
    assert Heading(1, "Det här saknas ännu") in document.blocks


def test_the_monthly_document_needs_a_month(demo_store):
    with pytest.raises(InvalidInput, match="Välj vilken månad"):
        monthly_document(team_snapshot(demo_store, EXEMPEL, ReportPeriod(), today=TODAY))
