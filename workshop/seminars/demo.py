"""The demo collaborative's program, monthly reports, faculty scores, a change from the catalog, a measure that
signals a concern, the latest held meeting's notes, a team's question for the next one and the cross-groups of
earlier meetings (``sample_data/demo_seminars.json``), so that the facilitator's pages have something in each of
their tables."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import update

from workshop.groups import TeamList, draw_groups, participants_of, save_groups
from workshop.improvement import ChangeIdeaDetails, MeasureDetails, add_change_idea, add_measure
from workshop.reports.period_months import month_key
from workshop.reports.records.faculty_score import FacultyScoreDetails, save_faculty_score
from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report
from workshop.results import PointEntry, period_from_key, save_points
from workshop.seminars.notes import MeetingNotesDetails, save_meeting_notes
from workshop.seminars.questions import ask_question
from workshop.seminars.services import apply_default_program, get_program
from workshop.session import Session, led_collaborative, team_link_sessions
from workshop.store import Store
from workshop.store.tables.reports import MonthlyReportRow
from workshop.teams import list_teams

DEMO_FILE = Path(__file__).resolve().parents[2] / "sample_data" / "demo_seminars.json"


def seed_seminars_demo(store: Store, facilitator: Session, team_ids: dict[str, int], *, actor: str,
                       today: dt.date | None = None) -> None:
    """The pilot's program on the demo's meetings, then the reports and scores of the months that have begun."""
    today = today or dt.date.today()
    demo = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    apply_default_program(store, facilitator)
    _seed_cross_groups(store, facilitator, demo["cross_groups"], today=today)
    _seed_signal(store, team_ids[demo["signals"]["team"]], demo["signals"], actor=actor)
    for change in demo["catalog_changes"]:
        add_change_idea(store, team_ids[change["team"]], ChangeIdeaDetails(
            title=change["title"], catalog_entry=change["catalog_entry"], prevention_level=change["prevention_level"]),
            actor=actor)
    begun = month_key(today)
    for entry in demo["monthly_reports"]:
        if entry["month"] <= begun:
            _seed_report(store, team_ids[entry["team"]], entry, actor=actor, today=today)
    for entry in demo["faculty_scores"]:
        if entry["month"] <= begun:
            save_faculty_score(store, facilitator, team_ids[entry["team"]], entry["month"], FacultyScoreDetails(
                entry["score"], entry["justification"], entry["suggestion"]), expected_version=0, today=today)
    _seed_meeting(store, facilitator, team_ids, demo, today=today)


def _seed_meeting(store: Store, facilitator: Session, team_ids: dict[str, int], demo: dict, *,
                  today: dt.date) -> None:
    """Notes of the latest meeting held by ``today`` and a team's question for the next one, where there are."""
    meetings = get_program(store, led_collaborative(facilitator)).meetings
    held = [meeting for meeting in meetings if meeting.date is not None and meeting.date < today]
    coming = [meeting for meeting in meetings if meeting.date is not None and meeting.date >= today]
    if held:
        save_meeting_notes(store, facilitator, held[-1].id, MeetingNotesDetails(**demo["meeting_notes"]),
                           expected_version=0)
    if coming:
        question = demo["team_question"]
        team = team_link_sessions(store, facilitator)[team_ids[question["team"]]]
        ask_question(store, team, coming[0].id, question["text"], today=today)


def _seed_report(store: Store, team_id: int, entry: dict, *, actor: str, today: dt.date) -> None:
    details = MonthlyReportDetails(tested=entry["tested"], learned=entry["learned"], next_steps=entry["next_steps"],
                                   self_score=entry["self_score"], score_reason=entry["score_reason"])
    save_monthly_report(store, team_id, entry["month"], details, expected_version=0, actor=actor, today=today)
    # Dated as if the team saved it then, so that the view shows reports in time and late (demo only).
    saved = dt.datetime.combine(dt.date.fromisoformat(entry["saved_on"]), dt.time(12), dt.UTC)
    with store.writing(actor) as session:
        session.execute(update(MonthlyReportRow).where(MonthlyReportRow.team_id == team_id,
                                                       MonthlyReportRow.month == entry["month"])
                        .values(created_at=saved, updated_at=saved))


def _seed_signal(store: Store, team_id: int, signal: dict, *, actor: str) -> None:
    measure = add_measure(store, team_id, MeasureDetails(**signal["measure"]), actor=actor)
    period, entries = period_from_key(signal["first_week"]), []
    for value in signal["values"]:
        entries.append(PointEntry(period.key, value=value))
        period = period.next()
    save_points(store, team_id, measure.id, entries, actor=actor)


def _seed_cross_groups(store: Store, facilitator: Session, cross_groups: dict, *, today: dt.date) -> None:
    """Each listed meeting that has taken place gets groups drawn with the earlier ones as history, as on the page."""
    assert facilitator.collaborative_id is not None
    program = get_program(store, facilitator.collaborative_id)
    meetings = {meeting.date.isoformat(): meeting for meeting in program.meetings if meeting.date is not None}
    municipalities = {overview.team.name: overview.team.municipality
                      for overview in list_teams(store, facilitator.collaborative_id)}
    people, _left_out = participants_of([TeamList(team, municipalities[team], text)
                                         for team, text in cross_groups["lists"].items()])
    earlier: list = []
    for number, date in enumerate(cross_groups["meetings"]):
        if dt.date.fromisoformat(date) >= today:
            break
        groups = draw_groups(people, size=cross_groups["size"], earlier=earlier, seed=number)
        save_groups(store, facilitator, meetings[date].id, groups, size=cross_groups["size"], expected_version=0)
        earlier.append(groups)
