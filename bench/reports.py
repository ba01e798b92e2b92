"""Benchmark: building the storyboard (PowerPoint) against a bare python-pptx deck with as many slides.

A synthetic team (FIKTIVA UPPGIFTER) is written through the kit's services into a temporary
SQLite store: aim, purpose, a driver diagram, 4 change ideas, 6 weekly measures of 52 points
each (with a shift, so charts have signals) and 12 PDSA cycles with every part filled in.

Three timings, run in turns so that a busy machine slows them alike; medians are printed:
  snapshot  — ``team_snapshot``: reading the team's work from the store and analysing its charts;
  storyboard — ``build_storyboard(snapshot)``: every slide, table, diagram shape and native chart,
               saved to .pptx bytes (the snapshot is read beforehand, outside the timing);
  floor     — ``Presentation()``, one title-only slide per storyboard slide, saved to bytes.
The ratio storyboard / floor is the goal (≤ 5). Run: ``PYTHONPATH=. python bench/reports.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

from pptx import Presentation

from workshop.aims import AimDetails, PurposeDetails, add_aim, save_purpose
from workshop.collaboratives import create_collaborative
from workshop.i18n import set_language
from workshop.improvement import (
    ChangeIdeaDetails,
    ChartKind,
    Frequency,
    MeasureDetails,
    PreventionLevel,
    add_change_idea,
    add_driver,
    add_measure,
)
from workshop.model import CollaborativeDetails, TeamDetails
from workshop.pdsa import (
    ActPart,
    CycleStatus,
    Decision,
    DoPart,
    PlanPart,
    Question,
    StudyPart,
    create_cycle,
    next_cycle,
    save_act,
    save_do,
    save_plan,
    save_study,
    set_cycle_status,
)
from workshop.reports import team_snapshot
from workshop.reports.pptx.storyboard import build_storyboard
from workshop.results import PointEntry, save_points
from workshop.store import Store
from workshop.teams import add_team

MEASURES = 6
POINTS = 52
CYCLES = 12
REPEATS = 7
ACTOR = "bench"
FIRST_MONDAY = dt.date(2025, 1, 6)
TEXT = ("Vi testade en ny rutin vid nybesöket och följde upp hur den fungerade för klienterna och för "
        "handläggarna. ")


def _team(store: Store) -> int:
    collaborative = create_collaborative(store, CollaborativeDetails(name="Benchmark (fiktiv)"),
                                         facilitator_code="bench-facilitator-1", actor=ACTOR)
    team = add_team(store, collaborative.id, TeamDetails(name="Benchmarkteamet", municipality="Fiktiva kommunen"),
                    code="bench-team-code-1", actor=ACTOR)
    add_aim(store, team.id, AimDetails(what="andelen nybesök med plan", for_whom="unga vuxna", baseline="30",
                                       target="60", unit="%", by_when=dt.date(2026, 6, 30)), actor=ACTOR)
    save_purpose(store, team.id, PurposeDetails(why=TEXT, how=TEXT, what=TEXT), expected_version=0, actor=ACTOR)
    return team.id


def _ideas(store: Store, team_id: int) -> list[int]:
    ideas = []
    for primary_number in range(2):
        primary = add_driver(store, team_id, f"Primär drivkraft {primary_number + 1}", actor=ACTOR)
        for secondary_number in range(2):
            secondary = add_driver(store, team_id, f"Sekundär drivkraft {primary_number + 1}.{secondary_number + 1}",
                                   parent_id=primary.id, actor=ACTOR)
            idea = add_change_idea(store, team_id, ChangeIdeaDetails(
                title=f"Förändringsidé {len(ideas) + 1}", driver_id=secondary.id,
                prevention_level=PreventionLevel.EARLY_SUPPORT), actor=ACTOR)
            ideas.append(idea.id)
    return ideas


def _measures(store: Store, team_id: int) -> None:
    charts = (ChartKind.RUN, ChartKind.I, ChartKind.C)
    for number in range(MEASURES):
        measure = add_measure(store, team_id, MeasureDetails(
            name=f"Mått {number + 1}", frequency=Frequency.WEEK, chart=charts[number % len(charts)],
            target_value=20.0), actor=ACTOR)
        # 26 weeks around 12, then 26 around 18: a shift the rules see.
        entries = [PointEntry(f"v. {week} 2025", value=(12 if week <= 26 else 18) + (week * 7 + number) % 5)
                   for week in range(1, POINTS + 1)]
        save_points(store, team_id, measure.id, entries, actor=ACTOR)


def _cycles(store: Store, team_id: int, ideas: list[int]) -> None:
    per_idea = CYCLES // len(ideas)
    for index, idea in enumerate(ideas):
        cycle = create_cycle(store, team_id, idea, f"Test {index + 1}", actor=ACTOR)
        for step in range(per_idea):
            start = FIRST_MONDAY + dt.timedelta(weeks=4 * (index * per_idea + step))
            cycle = _filled(store, team_id, cycle, start, last=step == per_idea - 1)
            if step < per_idea - 1:
                cycle = next_cycle(store, team_id, cycle.id, actor=ACTOR)


def _filled(store: Store, team_id: int, cycle, start: dt.date, *, last: bool):
    questions = (Question(text="Hinner vi med det inom besökstiden?", prediction="Ja, med tio minuter extra."),
                 Question(text="Hur tar klienterna emot det?", prediction="De flesta positivt."))
    plan = PlanPart(title=cycle.plan.title, owner="Processledaren", start=start, end=start + dt.timedelta(days=13),
                    questions=questions)
    cycle = save_plan(store, team_id, cycle.id, plan, expected_version=cycle.version, actor=ACTOR)
    cycle = save_do(store, team_id, cycle.id, DoPart(what_happened=TEXT, problems="Ett besök blev inställt."),
                    expected_version=cycle.version, actor=ACTOR)
    observed = tuple((question.id, TEXT) for question in cycle.plan.questions)
    cycle = save_study(store, team_id, cycle.id, StudyPart(observations=observed, learned=TEXT),
                       expected_version=cycle.version, actor=ACTOR)
    cycle = save_act(store, team_id, cycle.id, ActPart(decision=Decision.ADAPT, changes=TEXT, next_steps=TEXT),
                     expected_version=cycle.version, actor=ACTOR)
    statuses = (CycleStatus.ONGOING,) if last else (CycleStatus.ONGOING, CycleStatus.TO_STUDY, CycleStatus.DONE)
    for offset, status in enumerate(statuses):
        cycle = set_cycle_status(store, team_id, cycle.id, status, expected_version=cycle.version, actor=ACTOR,
                                 today=start + dt.timedelta(days=14 * offset))
    return cycle


def synthetic_team(store: Store) -> int:
    team_id = _team(store)
    ideas = _ideas(store, team_id)
    _measures(store, team_id)
    _cycles(store, team_id, ideas)
    return team_id


def bare_deck(slides: int) -> bytes:
    presentation = Presentation()
    for number in range(slides):
        slide = presentation.slides.add_slide(presentation.slide_layouts[5])
        slide.shapes.title.text = f"Bild {number + 1}"
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def median_times(functions: dict, repeats: int) -> dict[str, float]:
    """Median time of each function, run in turns."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    set_language("sv")
    with tempfile.TemporaryDirectory(prefix="reports-bench-") as folder:
        store = Store(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        print(f"Writing a synthetic team: {MEASURES} measures × {POINTS} weekly points, {CYCLES} cycles …", flush=True)
        team_id = synthetic_team(store)
        snapshot = team_snapshot(store, team_id)
        assert len(snapshot.measures) == MEASURES and len(snapshot.cycles) == CYCLES
        assert all(len(result.rows) == POINTS for result in snapshot.measures)
        slides = len(Presentation(io.BytesIO(build_storyboard(snapshot))).slides)
        medians = median_times({
            "snapshot": lambda: team_snapshot(store, team_id),
            "storyboard": lambda: build_storyboard(snapshot),
            "floor": lambda: bare_deck(slides),
        }, REPEATS)
        store.close()
    ratio = medians["storyboard"] / medians["floor"]
    rows = (
        ("snapshot read (store → TeamSnapshot, charts analysed)", medians["snapshot"], "  (not in the ratio)"),
        ("storyboard build (TeamSnapshot → .pptx bytes)", medians["storyboard"], ""),
        (f"bare python-pptx, {slides} title-only slides → bytes", medians["floor"], ""),
    )
    print(f"Storyboard of {slides} slides (medians of {REPEATS} runs in turns)")
    for label, seconds, note in rows:
        print(f"  {label:55s} {seconds * 1e3:8.1f} ms{note}")
    print(f"  {'ratio build / bare':55s} {ratio:8.2f}x  (goal ≤ 5)")


if __name__ == "__main__":
    main()
