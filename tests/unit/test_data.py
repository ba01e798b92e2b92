"""workshop.data: a team's own data as DataFrames, behind the same codes and links as the pages."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.collaboratives import create_collaborative
from workshop.data import mask_counts, mask_table, open_facilitator, open_link, open_team
from workshop.data.frames import TEAM
from workshop.errors import AccessDenied, AccessRevoked, InvalidInput, NotFound
from workshop.improvement import MeasureDetails, add_measure, list_measures, set_measure_removed
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.results import PointEntry, analyse_series, measure_series, save_points
from workshop.session import join_team
from workshop.teams import add_team, change_team_code

ROOT = Path(__file__).resolve().parents[2]
EXEMPEL, ABY = "Exempelkommun – försörjningsstöd", "Fiktiva Åby – tidigt stöd"
DEMO = "Tidigt stöd – exempelsamverkan (fiktiv)"


def _documented() -> dict[str, list[tuple[str, str]]]:
    """Each frame's (column, dtype) as docs/data.md lists them, after the shared team columns."""
    frames: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in (ROOT / "docs" / "data.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### `data\.(\w+)\(\)`", line)
        if heading:
            current = frames.setdefault(heading.group(1), list(TEAM))
        column = re.match(r"^\| `(\w+)` \| `([^`]+)` \|", line)
        if column and current is not None:
            current.append((column.group(1), column.group(2)))
    return frames


DOCUMENTED = _documented()


def _columns(frame) -> list[tuple[str, str]]:
    return [(name, str(dtype)) for name, dtype in frame.dtypes.items()]


@pytest.fixture
def exempel(demo_store):
    return open_team(EXEMPEL, "demo-team-exempel", store=demo_store)


@pytest.fixture
def facilitator(demo_store):
    return open_facilitator(DEMO, "demo-processledning", store=demo_store)


@pytest.fixture
def other_collaborative(demo_store):
    """A second collaborative whose team has a measure with values: no access of the demo's may reach it."""
    other = create_collaborative(demo_store, CollaborativeDetails("Annan samverkan"), facilitator_code="annan-kod-1",
                                 actor="t")
    team = add_team(demo_store, other.id, TeamDetails("Främling", "Annanstad"), code="fremling-kod", actor="t")
    measure = add_measure(demo_store, team.id, MeasureDetails("Främmande mått"), actor="t")
    save_points(demo_store, team.id, measure.id, [PointEntry("2026-10", value=3), PointEntry("2026-11", value=4)],
                actor="t")
    return team, measure


def test_every_frame_is_documented_and_docs_list_no_other():
    assert set(DOCUMENTED) == {
        "teams", "measures", "points", "phases", "judged", "verdicts", "drivers", "change_ideas", "cycles",
        "cycle_questions", "cycle_tasks", "cycle_measures", "inventories", "inventory_counts", "monthly_reports",
        "scores"}


def test_frames_have_the_documented_columns_and_dtypes_with_data_and_without(demo_store, exempel, facilitator):
    empty_team = add_team(demo_store, 1, TeamDetails("Nytt team", "Nystad"), code="nytt-team-kod", actor="t")
    empty = open_team(empty_team.id, "nytt-team-kod", store=demo_store)
    for name, documented in DOCUMENTED.items():
        for data in (exempel, facilitator, empty):
            assert _columns(getattr(data, name)()) == documented, name
        assert not getattr(facilitator, name)().empty or name in ("phases", "monthly_reports", "scores"), name
        assert getattr(empty, name)().empty or name == "teams", name


def test_frames_hold_the_teams_records(exempel, demo_store):
    measures = exempel.measures()
    assert list(measures["measure"]) == [measure.name for measure in list_measures(demo_store, 1)]
    share = measures[measures["unit"] == "percent"].iloc[0]
    points = exempel.points(share["measure"])
    stored = measure_series(demo_store, 1, int(share["measure_id"])).points
    assert list(points["period"]) == [point.period.key for point in stored]
    first = points.iloc[0]
    assert first["value"] == pytest.approx(first["numerator"] / first["denominator"] * 100)
    cycles = exempel.cycles()
    assert set(cycles["status"]) <= {"planned", "ongoing", "to_study", "done"}
    assert set(exempel.cycle_questions()["cycle_id"]) <= set(cycles["cycle_id"])
    assert not exempel.drivers().empty and not exempel.change_ideas().empty


def test_a_wrong_code_is_refused_in_swedish_and_an_unknown_team_is_named(demo_store):
    with pytest.raises(AccessDenied) as wrong:
        open_team(EXEMPEL, "demo-team-aby", store=demo_store)
    assert wrong.value.message.startswith("Koden stämmer inte.")
    with pytest.raises(AccessDenied):
        open_facilitator(DEMO, "demo-team-exempel", store=demo_store)
    with pytest.raises(NotFound) as unknown:
        open_team("Finns inte", "demo-team-exempel", store=demo_store)
    assert "Det finns inget team som heter ”Finns inte”" in unknown.value.message


def test_a_team_name_used_in_two_collaboratives_needs_the_collaborative(demo_store):
    other = create_collaborative(demo_store, CollaborativeDetails("Annan samverkan"), facilitator_code="annan-kod-1",
                                 actor="t")
    add_team(demo_store, other.id, TeamDetails(EXEMPEL, "Annanstad"), code="annan-team-kod", actor="t")
    with pytest.raises(InvalidInput) as several:
        open_team(EXEMPEL, "demo-team-exempel", store=demo_store)
    assert "ange samverkan" in several.value.message
    assert open_team(EXEMPEL, "demo-team-exempel", collaborative=DEMO, store=demo_store).teams()["team_id"].tolist() \
        == [1]


def test_a_team_code_reads_that_team_only(exempel, demo_store, other_collaborative):
    stranger, foreign_measure = other_collaborative
    aby_measure = list_measures(demo_store, 3)[0]
    for name in DOCUMENTED:
        assert set(getattr(exempel, name)()["team_id"]) <= {1}, name
    for measure in (aby_measure.id, aby_measure.name, foreign_measure.id, foreign_measure.name):
        with pytest.raises(NotFound):
            exempel.points(measure)
        with pytest.raises(NotFound):
            exempel.chart(measure)


def test_a_changed_link_never_reaches_another_team(demo_store):
    link = join_team(demo_store, 1, "demo-team-exempel").query()
    assert open_link(f"http://127.0.0.1:8866/voila/render/05_resultat.ipynb?{link}", store=demo_store).teams()[
        "team_id"].tolist() == [1]
    with pytest.raises(AccessDenied):
        open_link(link.replace("team=1", "team=3"), store=demo_store)
    with pytest.raises(AccessDenied) as visitor:
        open_link("lang=sv", store=demo_store)
    assert "ger ingen tillgång" in visitor.value.message


def test_the_facilitator_reads_every_team_of_its_collaborative_and_no_other(facilitator, other_collaborative):
    stranger, _measure = other_collaborative
    assert set(facilitator.teams()["team_id"]) == {1, 2, 3, 4}
    assert set(facilitator.points()["team"]) == {EXEMPEL, ABY}
    for name in DOCUMENTED:
        assert stranger.id not in set(getattr(facilitator, name)()["team_id"]), name
    with pytest.raises(AccessDenied):
        facilitator.team_id  # noqa: B018 - the facilitator saves no team's work through this access


def test_a_changed_code_ends_reading_and_saving(demo_store, exempel):
    measure = list_measures(demo_store, 1)[0]
    change_team_code(demo_store, 1, new_code="en-helt-ny-kod", actor="t")
    with pytest.raises(AccessDenied) as reading:
        exempel.points()
    assert "Koden har ändrats" in reading.value.message
    before = measure_series(demo_store, 1, measure.id)
    with pytest.raises(AccessRevoked):
        save_points(demo_store, exempel.session.team_id, measure.id,
                    [PointEntry("2026-12", numerator=1, denominator=2)], actor=exempel.actor)
    assert measure_series(demo_store, 1, measure.id) == before


def test_saving_goes_through_the_services_with_the_teams_actor(demo_store, exempel):
    measure = add_measure(demo_store, exempel.team_id, MeasureDetails("Eget mått"), actor=exempel.actor)
    save_points(demo_store, exempel.team_id, measure.id, [PointEntry("2026-11", value=5)], actor=exempel.actor)
    assert exempel.points("Eget mått")["value"].tolist() == [5.0]


def test_a_removed_measure_is_not_found_in_swedish_but_listed_when_asked(demo_store, exempel):
    measure = list_measures(demo_store, 1)[0]
    set_measure_removed(demo_store, 1, measure.id, True, expected_version=measure.version, actor="t")
    with pytest.raises(NotFound) as removed:
        exempel.points(measure.id)
    assert removed.value.message == "Måttet finns inte (det kan ha tagits bort)."
    assert measure.id not in set(exempel.measures()["measure_id"])
    listed = exempel.measures(include_removed=True)
    assert listed.loc[listed["measure_id"] == measure.id, "removed"].tolist() == [True]


def test_judging_a_period_analyses_only_its_points(demo_store, facilitator):
    aby = list_measures(demo_store, 3)[0]
    series = measure_series(demo_store, 3, aby.id)
    start = series.points[12].period.start
    judged = facilitator.judged(aby.name, start=start)
    assert judged["start"].min().date() == start
    assert facilitator.judged(aby.name, start=start.isoformat()).equals(judged)
    with pytest.raises(InvalidInput) as not_a_day:
        facilitator.judged(aby.name, start="i höstas")
    assert "är inte ett datum" in not_a_day.value.message
    expected = analyse_series(type(series)(series.measure, series.points[12:], series.phases))
    assert judged["centre_line"].tolist() == pytest.approx(list(expected.centre_line))
    assert facilitator.verdicts(aby.name, start=start)["points"].tolist() == [len(series.points) - 12]
    assert facilitator.chart(aby.name, end=dt.date(2000, 1, 1)) is None


def test_inventory_counts_are_masked_unless_the_team_reads_its_own(exempel, facilitator):
    masked, own = exempel.inventory_counts(), exempel.inventory_counts(own_counts=True)
    hidden = masked[masked["count"].isna()]
    assert set(hidden["shown"]) == {"<5", "x"}
    assert own["count"].notna().all()
    assert (own.loc[hidden.index, "count"] < 5).any()
    shown = masked["count"].notna()
    assert masked.loc[shown, "count"].tolist() == own.loc[shown, "count"].tolist()
    assert facilitator.inventory_counts()["count"].isna().any()
    with pytest.raises(AccessDenied) as refused:
        facilitator.inventory_counts(own_counts=True)
    assert "Bara teamet självt" in refused.value.message
    with pytest.raises(AccessDenied):
        facilitator.inventories(own_counts=True)


def test_masking_helpers_hide_small_counts_as_the_reports_do():
    import pandas as pd

    table = mask_table(pd.DataFrame({"kvinna": [3, 10], "man": [12, 20]}, index=["18–24", "25–29"]))
    assert table.loc["18–24", "kvinna"] == "<5"
    assert "x" in table.to_numpy()
    counts = mask_counts(pd.Series({"a": 2, "b": 30, "c": 40}))
    assert counts["a"] == "<5" and counts.index[-1] == "Totalt"


def test_importing_the_data_api_leaves_ipywidgets_and_bokeh_out():
    code = ("import sys, workshop.data; "
            "print(sorted(m for m in ('ipywidgets', 'widgets', 'bokeh') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_frames_read_alike_on_sqlite_and_postgresql(any_store):
    from workshop.reports.records.monthly import MonthlyReportDetails, save_monthly_report

    collaborative = create_collaborative(any_store, CollaborativeDetails("Samverkan", period_start=dt.date(2026, 9, 1)),
                                         facilitator_code="samverkan-kod", actor="t")
    team = add_team(any_store, collaborative.id, TeamDetails("Teamet", "Stad"), code="teamets-kod", actor="t")
    data = open_team("Teamet", "teamets-kod", store=any_store)
    measure = add_measure(any_store, data.team_id, MeasureDetails("Besök"), actor=data.actor)
    save_points(any_store, team.id, measure.id, [PointEntry("2026-10", value=3), PointEntry("2026-11", value=5)],
                actor=data.actor)
    save_monthly_report(any_store, team.id, "2026-10", MonthlyReportDetails(tested="Samtal", self_score="2,5"),
                        expected_version=0, actor=data.actor, today=dt.date(2026, 11, 15))
    assert data.points()["value"].tolist() == [3.0, 5.0]
    reports = data.monthly_reports()
    assert _columns(reports) == DOCUMENTED["monthly_reports"]
    assert reports["score_label"].tolist() == ["Förändringar testas men ingen förbättring än"]
    assert data.scores()["self_score"].tolist() == [2.5]
    assert open_facilitator("Samverkan", "samverkan-kod", store=any_store).teams()["team_id"].tolist() == [team.id]


def test_in_a_notebook_a_wrong_code_shows_its_message_without_a_traceback():
    code = ("from IPython.core.interactiveshell import InteractiveShell\n"
            "shell = InteractiveShell.instance()\n"
            "result = shell.run_cell(\"from workshop.data import open_team\\n"
            "open_team('Exempelkommun – försörjningsstöd', 'fel-kod-123')\")\n"
            "print('failed' if result.error_in_exec is not None else 'ran')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "Koden stämmer inte." in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.strip().endswith("failed")
