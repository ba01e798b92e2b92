"""Synthetic measurement values for the demo measures (``sample_data/demo_results.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.improvement import list_measures
from workshop.results.model import PointEntry, uses_denominator
from workshop.results.points import add_phase, save_points, set_point_excluded
from workshop.store import Store

DEMO_FILE = Path(__file__).resolve().parents[2] / "sample_data" / "demo_results.json"


def seed_results_demo(store: Store, team_ids_by_name: dict[str, int], *, actor: str = "demo") -> None:
    """Values, notes, exclusions and phases of the demo teams' measures, by team and measure name."""
    demo = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    for team_name, measures in demo["teams"].items():
        team_id = team_ids_by_name[team_name]
        by_name = {measure.name: measure for measure in list_measures(store, team_id)}
        for measure_name, content in measures.items():
            measure = by_name[measure_name]
            entries = [_entry(row, content["notes"].get(row[0]), uses_denominator(measure))
                       for row in content["points"]]
            series = save_points(store, team_id, measure.id, entries, actor=actor).series
            versions = {point.period.key: point.version for point in series.points}
            for period, reason in content["excluded"].items():
                set_point_excluded(store, team_id, measure.id, period, reason, expected_version=versions[period],
                                   actor=actor)
            for phase in content["phases"]:
                add_phase(store, team_id, measure.id, phase["first_period"], phase["reason"], actor=actor)


def _entry(row: list, note: str | None, ratio: bool) -> PointEntry:
    if ratio:
        return PointEntry(row[0], numerator=row[1], denominator=row[2], note=note)
    return PointEntry(row[0], value=row[1], note=note)
