"""Team 1's demo measures, by the first word of their names: ``Antal`` (FIA talks, a weekly run chart of
counts), ``Andel`` (a monthly P chart of shares) and ``Dagar`` (monthly values, lower is better)."""

from __future__ import annotations

import json

import pytest

from workshop.improvement import Measure, MeasureDetails, clean_measure, list_measures
from workshop.improvement.demo import DEMO_FILE


@pytest.fixture(scope="session")
def measures() -> dict[str, Measure]:
    """The measures as objects, without a database (for parsing and analysis tests)."""
    team = json.loads(DEMO_FILE.read_text(encoding="utf-8"))["teams"]["Exempelkommun – försörjningsstöd"]
    found = {}
    for number, fields in enumerate(team["measures"], 1):
        details = clean_measure(MeasureDetails(**fields))
        found[details.name.split()[0]] = Measure(**vars(details), id=number, team_id=1)
    return found


@pytest.fixture
def stored(demo_store) -> dict[str, Measure]:
    """The same measures as stored for demo team 1."""
    return {measure.name.split()[0]: measure for measure in list_measures(demo_store, 1)}
