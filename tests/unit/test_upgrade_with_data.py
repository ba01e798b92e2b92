"""Upgrading a region's database from an older release: every row written then is there and readable after.

The database is made at an older schema revision with Alembic and filled with SQL of that schema (as the
older release wrote it), then opened by the current kit, which upgrades it to HEAD_REVISION the way
``workshop init`` does. Runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import Connection, create_engine, text

from tests.conftest import emptied_postgres_url
from workshop.access import code_matches, hash_code
from workshop.collaboratives import get_collaborative, list_collaboratives
from workshop.improvement.change_ideas import list_change_ideas
from workshop.improvement.drivers import list_drivers
from workshop.improvement.measures import list_measures
from workshop.model import Member, MemberRole, SeminarKind, TeamDetails
from workshop.pdsa.model import CycleStatus
from workshop.pdsa.reading import list_cycles
from workshop.reports.records.final_plan import get_final_plan, save_final_plan
from workshop.reports.records.monthly import list_monthly_reports
from workshop.results.points import measure_series
from workshop.seminars.services import get_program
from workshop.store import Store
from workshop.store.migrate import HEAD_REVISION, _alembic_config, current_revision
from workshop.teams import add_team, get_team, list_teams, team_code_hash

FIRST_RELEASE = "0001"
BEFORE_FORUMS_AND_PROGRAM = "0009"
TEAM_CODE = "åby-kod-2026"
CREATED = "'2026-01-12 09:30:00'"


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, db_url) -> str:
    return db_url if request.param == "sqlite" else emptied_postgres_url()


def _insert(connection: Connection, table: str, values: dict[str, str]) -> int:
    """One row, written as SQL literals (as the older release's tables took them); its new id."""
    statement = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join(values.values())}) RETURNING id"
    return connection.execute(text(statement)).scalar_one()


def _seed_collaborative(connection: Connection) -> tuple[int, int]:
    """The first release's tables: a collaborative with its seminars, a team with members, its progress."""
    collaborative = _insert(connection, "collaborative", {
        "name": "'Tidigt stöd Norr'", "name_key": "'tidigt stöd norr'", "area": "'both'", "region": "'Norrbotten'",
        "period_start": "'2026-01-01'", "period_end": "'2026-12-31'", "facilitator_code_hash": "'x'",
        "created_at": CREATED, "version": "1"})
    for kind, date in (("kickoff", "2026-01-20"), ("learning_seminar", "2026-03-10"),
                       ("learning_seminar", "2026-06-02"), ("final_meeting", "2026-11-24")):
        _insert(connection, "seminar", {"collaborative_id": str(collaborative), "kind": f"'{kind}'",
                                        "date": f"'{date}'"})
    team = _insert(connection, "team", {
        "collaborative_id": str(collaborative), "name": "'Åby försörjningsstöd'", "name_key": "'åby försörjningsstöd'",
        "municipality": "'Åby'", "unit": "'Vuxenenheten'", "area": "'social_assistance'",
        "code_hash": f"'{hash_code(TEAM_CODE)}'", "created_at": CREATED, "version": "2"})
    for position, (role, name) in enumerate((("process_lead", "Kim"), ("case_worker", ""))):
        _insert(connection, "team_member", {"team_id": str(team), "position": str(position), "role": f"'{role}'",
                                            "name": f"'{name}'"})
    connection.execute(text("INSERT INTO step_progress (team_id, step, status, updated_at, version) "
                            f"VALUES ({team}, 'aims', 'in_progress', {CREATED}, 1)"))
    return collaborative, team


def _team_owned(team: int, position: int) -> dict[str, str]:
    return {"team_id": str(team), "position": str(position), "created_at": CREATED, "version": "1"}


def _seed_team_work(connection: Connection, team: int) -> None:
    """What steps 2–6 of the release before forums and the program stored for the team."""
    driver = _insert(connection, "driver", {**_team_owned(team, 0), "title": "'Tidig kontakt med arbetsgivare'"})
    idea = _insert(connection, "change_idea", {
        **_team_owned(team, 0), "driver_id": str(driver), "title": "'Samtal vid första besöket'",
        "description": "'Tio minuter om arbete'", "impact": "'high'", "effort": "'easy'"})
    measure = _insert(connection, "measure", {
        **_team_owned(team, 0), "name": "'Andel med samtal'", "kind": "'process'", "unit": "'percent'",
        "numerator": "'Besök med samtal'", "denominator": "'Alla första besök'", "inclusion": "''",
        "exclusion": "''", "data_source": "'Verksamhetssystemet'", "collector": "'Kim'", "frequency": "'month'",
        "baseline_period": "'2025'", "baseline_value": "20", "target_value": "60", "direction": "'higher'",
        "chart": "'p'", "driver_id": str(driver)})
    for month, numerator, denominator in (("2026-01", 3, 15), ("2026-02", 6, 14), ("2026-03", 9, 16)):
        _insert(connection, "result_point", {
            "team_id": str(team), "measure_id": str(measure), "period": f"'{month}'",
            "value": str(100 * numerator / denominator), "numerator": str(numerator),
            "denominator": str(denominator), "note": "''", "created_at": CREATED, "version": "1"})
    cycle = _insert(connection, "pdsa_cycle", {
        "team_id": str(team), "change_idea_id": str(idea), "number": "1", "title": "'Samtal med en klient'",
        "owner": "'Kim'", "start_date": "'2026-02-02'", "end_date": "'2026-02-13'", "purpose": "'test'",
        "scale": "'one_client'", "status": "'done'", "started_on": "'2026-02-02'", "study_on": "'2026-02-14'",
        "done_on": "'2026-02-16'", "plan": "'Erbjud samtalet'", "data_collection": "''",
        "what_happened": "'Klienten tackade ja'", "problems": "''", "surprises": "''",
        "learned": "'Tio minuter räcker'", "decision": "'adapt'", "act_changes": "''", "next_steps": "''",
        "created_at": CREATED, "version": "3"})
    connection.execute(text("INSERT INTO pdsa_cycle_measure (cycle_id, measure_id, team_id) "
                            f"VALUES ({cycle}, {measure}, {team})"))
    for month, score in (("2026-02", "1.5"), ("2026-03", "2.0")):
        _insert(connection, "monthly_report", {
            "team_id": str(team), "month": f"'{month}'", "tested": "'Samtalet'", "learned": "'Det fungerar'",
            "next_steps": "'Fler klienter'", "self_score": score, "score_reason": "''", "created_at": CREATED,
            "updated_at": CREATED, "version": "1"})
    connection.execute(text("INSERT INTO final_plan (team_id, routines, resources, owners, spread, version) "
                            f"VALUES ({team}, 'Samtalet vid varje första besök', '', 'Enhetschefen', '', 1)"))


def _database_at(url: str, revision: str, seed) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)
            return seed(connection)
    finally:
        engine.dispose()


def _upgraded(url: str) -> Store:
    upgraded = Store(url)  # what ``workshop init`` and every kernel do: migrate once, under a lock
    with upgraded.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
    return upgraded


def _check_collaborative(store: Store, collaborative: int, team: int) -> None:
    assert list_collaboratives(store) == [(collaborative, "Tidigt stöd Norr")]
    assert get_collaborative(store, collaborative).period_end == dt.date(2026, 12, 31)
    [overview] = list_teams(store, collaborative)
    assert overview.team.name == "Åby försörjningsstöd"
    assert get_team(store, team).members == (Member(MemberRole.PROCESS_LEAD, "Kim"), Member(MemberRole.CASE_WORKER))
    assert code_matches(team_code_hash(store, team)[1], TEAM_CODE)
    meetings = get_program(store, collaborative).meetings  # seminars gained their program columns in between
    assert [(meeting.kind, meeting.date, meeting.number, meeting.place, meeting.version) for meeting in meetings] == [
        (SeminarKind.KICKOFF, dt.date(2026, 1, 20), 0, "", 1),
        (SeminarKind.LEARNING_SEMINAR, dt.date(2026, 3, 10), 1, "", 1),
        (SeminarKind.LEARNING_SEMINAR, dt.date(2026, 6, 2), 2, "", 1),
        (SeminarKind.FINAL_MEETING, dt.date(2026, 11, 24), 0, "", 1)]


def _check_still_writable(store: Store, collaborative: int) -> None:
    added = add_team(store, collaborative, TeamDetails("Böle", "Åby"), code="böle-kod-2026", actor="test")
    assert added.id in {overview.team.id for overview in list_teams(store, collaborative)}


def test_a_database_of_the_release_before_forums_and_the_program_keeps_every_row(empty_url):
    def seed(connection: Connection) -> tuple[int, int]:
        collaborative, team = _seed_collaborative(connection)
        _seed_team_work(connection, team)
        return collaborative, team

    collaborative, team = _database_at(empty_url, BEFORE_FORUMS_AND_PROGRAM, seed)
    store = _upgraded(empty_url)
    try:
        _check_collaborative(store, collaborative, team)
        [driver] = list_drivers(store, team)
        [idea] = list_change_ideas(store, team)
        assert (driver.title, idea.title, idea.driver_id) == ("Tidig kontakt med arbetsgivare",
                                                              "Samtal vid första besöket", driver.id)
        [measure] = list_measures(store, team)
        assert (measure.name, measure.chart, measure.target_value) == ("Andel med samtal", "p", 60)
        series = measure_series(store, team, measure.id)
        assert [(point.period.key, point.numerator, point.denominator) for point in series.points] == [
            ("2026-01", 3, 15), ("2026-02", 6, 14), ("2026-03", 9, 16)]
        [cycle] = list_cycles(store, team)
        assert (cycle.title, cycle.status, cycle.change_idea_title, cycle.learned, cycle.version) == (
            "Samtal med en klient", CycleStatus.DONE, "Samtal vid första besöket", "Tio minuter räcker", 3)
        assert [(report.month, report.self_score) for report in list_monthly_reports(store, team)] == [
            ("2026-02", 1.5), ("2026-03", 2.0)]
        plan = get_final_plan(store, team)
        assert (plan.routines, plan.owners, plan.version) == ("Samtalet vid varje första besök", "Enhetschefen", 1)
        saved = save_final_plan(store, team, plan.details, expected_version=plan.version, actor="test")
        assert saved.version == 2
        _check_still_writable(store, collaborative)
    finally:
        store.close()


def test_a_database_of_the_first_release_keeps_every_row(empty_url):
    collaborative, team = _database_at(empty_url, FIRST_RELEASE, _seed_collaborative)
    store = _upgraded(empty_url)
    try:
        _check_collaborative(store, collaborative, team)
        _check_still_writable(store, collaborative)
    finally:
        store.close()
