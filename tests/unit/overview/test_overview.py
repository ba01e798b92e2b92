"""The cross-team overview: what each table says about a small collaborative, who may read it, and its frames."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.overview.building import add_measure, cycle, faculty, idea, report, team
from workshop.errors import AccessDenied
from workshop.model import StepStatus
from workshop.overview import ReportStatus, SignalKind, collaborative_overview
from workshop.session import Role, Session

TODAY = dt.date(2026, 12, 6)
SHIFT = [5.0] * 10 + [9.0] * 10
RANDOM = [5.0, 7.0, 4.0, 8.0, 6.5, 5.0, 7.5, 4.5, 8.0, 5.5, 7.0, 4.0, 8.5, 5.0, 7.0, 4.5, 8.0, 5.5, 7.5, 4.0]


@pytest.fixture
def overview(store, facilitator):
    cid = facilitator.collaborative_id
    with store.writing("test") as session:
        aby, oby = team(cid, "Åby"), team(cid, "Öby", "Öby kommun")
        session.add_all([aby, oby])
        session.flush()
        add_measure(session, aby.id, "Fler i arbete", SHIFT)
        add_measure(session, aby.id, "Väntetid", SHIFT, direction="lower")
        add_measure(session, aby.id, "Samtal", RANDOM)
        add_measure(session, oby.id, "Nybesök", [3.0, 4.0, 5.0])
        fia, own = idea(aby.id, "FIA", "fia", "early_support"), idea(aby.id, "Broschyr vid första besöket")
        session.add_all([fia, own, idea(oby.id, "FIA i Öby", "fia", "early_support")])
        session.flush()
        session.add_all([
            cycle(aby.id, fia.id, 1, status="done", learned="Det fungerar.", decision="adapt"),
            cycle(aby.id, fia.id, 2, status="done", learned="Nu bättre.", decision="adopt"),
            cycle(aby.id, own.id, 1, end=dt.date(2026, 11, 30)),  # ended, nothing in Studera
            cycle(aby.id, own.id, 2, end=dt.date(2026, 11, 30), learned="Vi lärde oss."),
            cycle(aby.id, own.id, 3, end=dt.date(2026, 12, 31)),  # not ended yet
            report(aby.id, "2026-09", dt.date(2026, 10, 5), 1.5),
            report(aby.id, "2026-10", dt.date(2026, 11, 20), 2.5),  # after the 10th: late
            report(oby.id, "2026-11", dt.date(2026, 12, 1)),
            faculty(aby.id, "2026-10", 2.0),
            faculty(oby.id, "2026-09", 1.0),
        ])
    return collaborative_overview(store, facilitator, today=TODAY)


def test_teams_and_their_steps(overview):
    assert [(line.name, line.municipality) for line in overview.teams] == [("Åby", "Åby kommun"),
                                                                            ("Öby", "Öby kommun")]
    aby = overview.teams[0].team_id
    steps = {cell.step: cell.status for cell in overview.steps if cell.team_id == aby}
    assert steps["pdsa"] is StepStatus.DONE and steps["inventory"] is StepStatus.NOT_STARTED
    assert len(overview.steps) == 2 * 6


def test_each_measures_latest_verdict_reads_its_direction(overview):
    verdicts = {cell.measure: (cell.signal, cell.points) for cell in overview.measures}
    assert verdicts == {"Fler i arbete": (SignalKind.IMPROVEMENT, 20), "Väntetid": (SignalKind.CONCERN, 20),
                        "Samtal": (SignalKind.NO_SIGNAL, 20), "Nybesök": (SignalKind.TOO_FEW, 3)}
    labels = {cell.measure: f"{cell.signal.symbol} {cell.signal.label}" for cell in overview.measures}
    assert labels["Fler i arbete"] == "▲ Förbättring" and labels["Väntetid"] == "▼ Oro"


def test_pdsa_counts_and_cycles_ended_without_study(overview):
    aby, oby = (line.team_id for line in overview.teams)
    lines = {line.team_id: line for line in overview.pdsa}
    assert (lines[aby].cycles, lines[aby].open, lines[aby].ended_without_study) == (5, 3, 1)
    assert (lines[aby].adopted, lines[aby].adapted, lines[aby].abandoned) == (1, 1, 0)
    assert lines[oby].cycles == 0


def test_monthly_reports_per_month(overview):
    aby, oby = (line.team_id for line in overview.teams)
    assert overview.months == ("2026-09", "2026-10", "2026-11", "2026-12")
    status = {(cell.team_id, cell.month): cell.status for cell in overview.reports}
    assert [status[(aby, month)] for month in overview.months] == [
        ReportStatus.SUBMITTED, ReportStatus.LATE, ReportStatus.NOT_DUE, ReportStatus.NOT_DUE]
    assert [status[(oby, month)] for month in overview.months] == [
        ReportStatus.MISSING, ReportStatus.MISSING, ReportStatus.SUBMITTED, ReportStatus.NOT_DUE]


def test_self_and_faculty_scores_with_their_gap(overview):
    aby, oby = (line.team_id for line in overview.teams)
    scores = {(cell.team_id, cell.month): (cell.self_score, cell.faculty_score, cell.gap) for cell in overview.scores}
    assert scores == {(aby, "2026-09"): (1.5, None, None), (aby, "2026-10"): (2.5, 2.0, -0.5),
                      (oby, "2026-09"): (None, 1.0, None)}


def test_changes_across_teams_with_their_cycles(overview):
    aby, oby = (line.team_id for line in overview.teams)
    changes = {(line.team_id, line.title): (line.catalog_entry, line.cycles, line.adopted, line.adapted)
               for line in overview.changes}
    assert changes == {(aby, "FIA"): ("fia", 2, 1, 1), (aby, "Broschyr vid första besöket"): (None, 3, 0, 0),
                       (oby, "FIA i Öby"): ("fia", 0, 0, 0)}
    assert overview.teams_trying("fia") == [aby, oby]
    assert overview.teams_trying("broschyr vid första besöket") == [aby]


def test_every_table_is_a_dataframe(overview):
    frames = overview.frames()
    assert set(frames) == set(overview.TABLES)
    assert len(frames["measures"]) == 4 and set(frames["measures"]["signal"]) == {
        "improvement", "concern", "no_signal", "too_few"}
    assert frames["scores"]["gap"].dropna().tolist() == [-0.5]


def test_a_team_or_visitor_session_never_reads_the_overview(store, facilitator):
    for session in (Session(role=Role.TEAM, collaborative_id=facilitator.collaborative_id, team_id=1),
                    Session()):
        with pytest.raises(AccessDenied):
            collaborative_overview(store, session, today=TODAY)
