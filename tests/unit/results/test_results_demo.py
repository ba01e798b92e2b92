"""The demo values: realistic, synthetic, and none for the FIA measure that the demo enters itself."""

from __future__ import annotations

from workshop.improvement import list_measures
from workshop.results import analyse_series, measure_series, verdict
from workshop.results.demo import DEMO_FILE


def test_the_demo_measures_have_values_except_the_fia_talks(demo_store):
    assert "fictional" in DEMO_FILE.read_text(encoding="utf-8")
    counts = {}
    for team_id in (1, 3):
        for measure in list_measures(demo_store, team_id):
            series = measure_series(demo_store, team_id, measure.id)
            counts[measure.name.split()[0] + str(team_id)] = len(series.points)
            if series.points:
                verdict(series, analyse_series(series))  # every demo chart can be drawn and judged
    assert counts == {"Andel1": 10, "Antal1": 0, "Dagar1": 10, "Andel3": 36}
    aby = measure_series(demo_store, 3, list_measures(demo_store, 3)[0].id)
    assert [point.period.label for point in aby.points if point.excluded] == ["v. 29 2026"]
    assert verdict(aby, analyse_series(aby)).signal
