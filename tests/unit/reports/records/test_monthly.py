"""The monthly report: validation, versions, the draft from the PDSA cycles, history and the facilitator's view."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from workshop.collaboratives import create_collaborative
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import ChangeIdeaDetails, add_change_idea, list_change_ideas
from workshop.model import CollaborativeDetails, StepStatus, TeamDetails
from workshop.pdsa import (
    ActPart,
    Decision,
    PlanPart,
    create_cycle,
    list_cycles,
    save_act,
    save_plan,
    set_cycle_status,
)
from workshop.progress import step_progress
from workshop.reports.period_months import months_to_report
from workshop.reports.records import monthly
from workshop.reports.records.final_plan import FinalPlanDetails, save_final_plan
from workshop.reports.records.monthly import (
    MonthlyReportDetails,
    collaborative_scores,
    get_monthly_report,
    list_monthly_reports,
    month_key,
    monthly_draft,
    save_monthly_report,
)
from workshop.store.tables import Base, HistoryRow
from workshop.teams import add_team

TEAM, ACTOR = 1, "team:1"
TODAY = dt.date(2026, 11, 23)
DETAILS = MonthlyReportDetails("FIA-samtal vid nybesök 🙂", "Det tar tid.\nMen det går.", "Hela gruppen.", 2.5,
                               "Vi har testat men ser ingen förbättring än.")


def save(store, month="2026-11", details=DETAILS, *, team=TEAM, version=0, actor=ACTOR):
    return save_monthly_report(store, team, month, details, expected_version=version, actor=actor, today=TODAY)


def table_contents(store) -> dict[str, list]:
    with store.reading() as session:
        return {table.name: [tuple(row) for row in session.execute(select(table)).all()]
                for table in Base.metadata.sorted_tables}


def test_a_saved_report_is_read_back_and_listed_oldest_first(demo_store):
    later = save(demo_store, "2026-11")
    earlier = save(demo_store, "2026-09", replace(DETAILS, self_score=1.0))
    assert (later.month, later.version, later.team_id) == ("2026-11", 1, TEAM)
    assert later.details == DETAILS
    assert later.level.score == 2.5
    assert get_monthly_report(demo_store, TEAM, "2026-11") == later
    assert get_monthly_report(demo_store, TEAM, "2026-10") is None
    assert list_monthly_reports(demo_store, TEAM) == [earlier, later]


def test_texts_are_tidied_and_keep_their_line_breaks(demo_store):
    saved = save(demo_store, details=MonthlyReportDetails(tested="  ett   test \r\nnästa  rad  ", learned="ÅÄÖ 😀👍🏽"))
    assert saved.tested == "ett test\nnästa rad"
    assert saved.learned == "ÅÄÖ 😀👍🏽"
    assert saved.self_score is None and saved.level is None


@pytest.mark.parametrize(("typed", "score"), [("2,5", 2.5), (" 3 ", 3.0), ("4.5", 4.5), ("0,50", 0.5), (5, 5.0),
                                              ("", None), ("  ", None), (None, None)])
def test_the_score_is_read_from_numbers_and_typed_text(demo_store, typed, score):
    assert save(demo_store, details=replace(DETAILS, self_score=typed)).self_score == score


def test_a_later_save_needs_the_version_read_and_is_recorded_in_history(demo_store):
    first = save(demo_store)
    second = save(demo_store, details=replace(DETAILS, self_score="3,0"), version=first.version, actor="team:1")
    assert second.version == first.version + 1 and second.self_score == 3.0
    with demo_store.reading() as session:
        entries = session.scalars(select(HistoryRow).where(HistoryRow.entity == "monthly_report")
                                  .order_by(HistoryRow.id)).all()
    assert [(entry.action, entry.actor, entry.team_id) for entry in entries] == [("create", ACTOR, TEAM),
                                                                                 ("update", ACTOR, TEAM)]
    assert entries[0].changes["tested"] == [None, DETAILS.tested]
    assert entries[1].changes == {"self_score": [2.5, 3.0]}


def test_a_monthly_report_begins_the_reports_step_and_a_plan_for_continuing_completes_it(demo_store):
    assert step_progress(demo_store, TEAM)["reports"] is StepStatus.NOT_STARTED
    save(demo_store)
    assert step_progress(demo_store, TEAM)["reports"] is StepStatus.IN_PROGRESS
    save_final_plan(demo_store, TEAM, FinalPlanDetails(routines="FIA vid nybesök"), expected_version=0, actor=ACTOR)
    assert step_progress(demo_store, TEAM)["reports"] is StepStatus.DONE


@pytest.mark.parametrize(("month", "details", "field"), [
    ("2026-13", DETAILS, "month"),
    ("2026-00", DETAILS, "month"),
    ("2026-1", DETAILS, "month"),
    ("nov 2026", DETAILS, "month"),
    ("", DETAILS, "month"),
    (None, DETAILS, "month"),
    (202611, DETAILS, "month"),
    ("2026-12", DETAILS, "month"),
    ("2027-01", DETAILS, "month"),
    ("2026-11", replace(DETAILS, self_score=0), "self_score"),
    ("2026-11", replace(DETAILS, self_score=5.5), "self_score"),
    ("2026-11", replace(DETAILS, self_score=2.3), "self_score"),
    ("2026-11", replace(DETAILS, self_score="två"), "self_score"),
    ("2026-11", replace(DETAILS, self_score="2,5,0"), "self_score"),
    ("2026-11", replace(DETAILS, self_score="NaN"), "self_score"),
    ("2026-11", replace(DETAILS, self_score=float("inf")), "self_score"),
    ("2026-11", replace(DETAILS, self_score=True), "self_score"),
    ("2026-11", replace(DETAILS, tested="x" * 20_001), "tested"),
    ("2026-11", replace(DETAILS, learned="bra\x07"), "learned"),
    ("2026-11", replace(DETAILS, next_steps="y" * 20_001), "next_steps"),
    ("2026-11", replace(DETAILS, score_reason="z" * 20_001), "score_reason"),
])
def test_bad_input_is_refused_and_leaves_the_store_exactly_as_it_was(demo_store, month, details, field):
    saved = save(demo_store, "2026-10")
    before = table_contents(demo_store)
    attempts = [(month, 0)] if field == "month" else [(month, 0), ("2026-10", saved.version)]
    for attempt_month, version in attempts:
        with pytest.raises(InvalidInput) as refused:
            save(demo_store, attempt_month, details, version=version)
        assert refused.value.field == field
    assert table_contents(demo_store) == before


def test_messages_say_what_to_do_in_swedish(demo_store):
    with pytest.raises(InvalidInput, match="dec. 2026") as future:
        save(demo_store, "2026-12")
    assert "har inte börjat än" in future.value.message
    with pytest.raises(InvalidInput, match=r"från 0,5 till 5,0 i steg om 0,5"):
        save(demo_store, details=replace(DETAILS, self_score="6"))
    with pytest.raises(InvalidInput, match=r"Vad testade vi\? får vara högst 20000 tecken"):
        save(demo_store, details=replace(DETAILS, tested="x" * 20_001))


def test_a_stale_version_is_a_conflict_and_the_colleagues_report_stays(demo_store):
    opened = save(demo_store)
    colleague = save(demo_store, details=replace(DETAILS, learned="Kollegans lärdom"), version=opened.version,
                     actor="team:1")
    before = table_contents(demo_store)
    mine = replace(DETAILS, learned="Min lärdom")
    with pytest.raises(EditConflict):
        save(demo_store, details=mine, version=opened.version)
    assert table_contents(demo_store) == before
    assert get_monthly_report(demo_store, TEAM, "2026-11") == colleague
    # Saving over theirs is a choice: with the version now read, mine is saved as typed.
    assert save(demo_store, details=mine, version=colleague.version).learned == "Min lärdom"


def test_two_members_starting_the_same_new_month_do_not_overwrite_each_other(demo_store):
    first = save(demo_store, details=replace(DETAILS, tested="Först"))
    with pytest.raises(EditConflict):
        save(demo_store, details=replace(DETAILS, tested="Sedan"), version=0)
    assert get_monthly_report(demo_store, TEAM, "2026-11") == first


def test_a_first_version_saved_at_the_same_moment_is_a_conflict_not_a_duplicate(demo_store, monkeypatch):
    save(demo_store)
    before = table_contents(demo_store)
    # As if the colleague's insert landed after this save looked for the month's row.
    monkeypatch.setattr(monthly, "_row", lambda *args, **kwargs: None)
    with pytest.raises(EditConflict):
        save(demo_store, details=replace(DETAILS, tested="Samtidigt"))
    assert table_contents(demo_store) == before


def test_another_teams_reports_are_out_of_reach(demo_store):
    ours = save(demo_store)
    assert get_monthly_report(demo_store, 2, "2026-11") is None
    assert list_monthly_reports(demo_store, 2) == []
    with pytest.raises(EditConflict):  # our version does not open a row for team 2
        save(demo_store, team=2, version=ours.version)
    theirs = save(demo_store, details=replace(DETAILS, tested="Påhittsta testade"), team=2)
    assert theirs.team_id == 2 and theirs.version == 1
    assert get_monthly_report(demo_store, TEAM, "2026-11") == ours


def test_a_team_that_does_not_exist_is_refused(demo_store):
    before = table_contents(demo_store)
    with pytest.raises(NotFound):
        save(demo_store, team=999)
    with pytest.raises(NotFound):
        months_to_report(demo_store, 999, today=TODAY)
    assert table_contents(demo_store) == before


def _line(cycle, text):
    return f"{cycle.change_idea_title}, cykel {cycle.number}: {text}"


def test_the_draft_lists_the_months_cycles_what_they_learned_and_the_open_cycles(demo_store):
    first, second, third, brochure = list_cycles(demo_store, TEAM)
    month = month_key(first.plan.start)
    draft = monthly_draft(demo_store, TEAM, month)
    assert _line(first, first.title) in draft.tested.splitlines()
    assert _line(first, first.learned) in draft.learned.splitlines()
    assert _line(third, third.title) not in draft.tested.splitlines()
    # The first cycle's next steps became the second cycle, so the open cycles are what lies ahead.
    assert _line(first, first.act.next_steps) not in draft.next_steps
    assert draft.self_score is None and draft.score_reason == ""

    now = monthly_draft(demo_store, TEAM, month_key(dt.date.today()))
    assert _line(third, third.title) in now.tested.splitlines()
    assert now.next_steps.splitlines() == [_line(third, third.title), _line(brochure, brochure.title)]
    assert first.learned not in now.learned


def test_the_draft_is_empty_for_a_team_or_month_without_cycles(demo_store):
    assert monthly_draft(demo_store, 2, "2026-11", today=TODAY) == MonthlyReportDetails()
    assert monthly_draft(demo_store, TEAM, "2020-01", today=TODAY).tested == ""


def test_the_draft_keeps_next_steps_decided_in_the_month_that_have_no_cycle_yet(demo_store):
    team, idea = 3, list_change_ideas(demo_store, 3)[0]
    cycle = create_cycle(demo_store, team, idea.id, "Test med en klient", actor="team:3")
    cycle = save_plan(demo_store, team, cycle.id, PlanPart("Test med en klient", start=dt.date(2026, 10, 5),
                                                           end=dt.date(2026, 10, 16)),
                      expected_version=cycle.version, actor="team:3")
    cycle = save_act(demo_store, team, cycle.id, ActPart(Decision.ADAPT, next_steps="Prova med två klienter."),
                     expected_version=cycle.version, actor="team:3")
    for status in ("ongoing", "to_study", "done"):
        cycle = set_cycle_status(demo_store, team, cycle.id, status, expected_version=cycle.version,
                                 actor="team:3", today=dt.date(2026, 10, 20))
    draft = monthly_draft(demo_store, team, "2026-10", today=TODAY)
    assert draft.next_steps == f"{idea.title}, cykel 1: Prova med två klienter."
    assert monthly_draft(demo_store, team, "2026-11", today=TODAY).next_steps == ""


def test_the_draft_refuses_a_month_that_has_not_begun(demo_store):
    with pytest.raises(InvalidInput):
        monthly_draft(demo_store, TEAM, "2026-12", today=TODAY)


def test_the_months_offered_run_from_the_collaboratives_start_to_now(demo_store):
    assert months_to_report(demo_store, TEAM, today=TODAY) == ["2026-11", "2026-10", "2026-09"]


def _team_in_collaborative_from(store, period_start):
    other = create_collaborative(store, CollaborativeDetails("Senare start", period_start=period_start),
                                 facilitator_code="kod-123456", actor="test")
    return add_team(store, other.id, TeamDetails("Nytt team", "Exempelby"), code="kod-654321", actor="test")


def test_work_recorded_before_a_later_collaborative_start_keeps_its_months(demo_store):
    team = _team_in_collaborative_from(demo_store, dt.date(2027, 1, 1))
    idea = add_change_idea(demo_store, team.id, ChangeIdeaDetails("Tidig kontakt"), actor="test")
    cycle = create_cycle(demo_store, team.id, idea.id, "Första testet", actor="test")
    save_plan(demo_store, team.id, cycle.id, PlanPart("Första testet", start=dt.date(2026, 11, 9)),
              expected_version=cycle.version, actor="test")
    today = dt.date(2027, 2, 3)
    assert months_to_report(demo_store, team.id, today=today) == ["2027-02", "2027-01", "2026-12", "2026-11"]
    saved = save_monthly_report(demo_store, team.id, "2026-11", DETAILS, expected_version=0, actor="test",
                                today=today)
    assert saved.month == "2026-11"


def test_a_month_before_the_work_began_or_in_the_future_is_refused_and_nothing_is_stored(demo_store):
    team = _team_in_collaborative_from(demo_store, dt.date(2026, 9, 1))
    before = table_contents(demo_store)
    with pytest.raises(InvalidInput) as early:
        save_monthly_report(demo_store, team.id, "2026-08", DETAILS, expected_version=0, actor="test", today=TODAY)
    assert early.value.message == ("aug. 2026 är före starten av ert arbete. En månadsrapport kan skrivas från "
                                   "sep. 2026 till den här månaden.")
    with pytest.raises(InvalidInput) as future:
        save_monthly_report(demo_store, team.id, "2026-12", DETAILS, expected_version=0, actor="test", today=TODAY)
    assert "har inte börjat än" in future.value.message
    assert table_contents(demo_store) == before


def test_the_facilitator_sees_each_teams_scores_of_the_collaborative_only(demo_store):
    save(demo_store, "2026-09", replace(DETAILS, self_score=1.0))
    save(demo_store, "2026-10", replace(DETAILS, self_score="1,5"))
    save(demo_store, "2026-11", replace(DETAILS, self_score=None))
    save(demo_store, "2026-11", replace(DETAILS, self_score=2.0), team=3)
    other = create_collaborative(demo_store, CollaborativeDetails("Annan samverkan"), facilitator_code="kod-123456",
                                 actor="test")
    outside = add_team(demo_store, other.id, TeamDetails("Annat team", "Annanstad"), code="kod-654321", actor="test")
    save(demo_store, details=replace(DETAILS, self_score=5.0), team=outside.id)

    scores = collaborative_scores(demo_store, 1)
    assert set(scores) == {1, 2, 3, 4}
    assert scores[TEAM] == [("2026-09", 1.0), ("2026-10", 1.5)]
    assert scores[3] == [("2026-11", 2.0)]
    assert scores[2] == scores[4] == []
    assert collaborative_scores(demo_store, other.id) == {outside.id: [("2026-11", 5.0)]}
