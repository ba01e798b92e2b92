"""Frames of a team's driver diagram, change ideas and measures (step 2 and 3), from the services that read them."""

from __future__ import annotations

from typing import Any

from workshop.data.frames import schema
from workshop.improvement import ChangeIdea, Driver, Measure, list_change_ideas, list_drivers, list_measures
from workshop.store import Store

MEASURES = schema(
    ("measure_id", "int64"), ("measure", "string"), ("kind", "string"), ("unit", "string"),
    ("frequency", "string"), ("direction", "string"), ("chart", "string"), ("numerator", "string"),
    ("denominator", "string"), ("rate_per", "Int64"), ("fixed_denominator", "Int64"),
    ("baseline_value", "float64"), ("target_value", "float64"), ("driver_id", "Int64"),
    ("catalog_entry", "string"), ("position", "int64"), ("removed", "bool"),
)
DRIVERS = schema(
    ("driver_id", "int64"), ("driver", "string"), ("level", "string"), ("parent_id", "Int64"),
    ("position", "int64"), ("removed", "bool"),
)
CHANGE_IDEAS = schema(
    ("change_idea_id", "int64"), ("change_idea", "string"), ("description", "string"), ("driver_id", "Int64"),
    ("impact", "string"), ("effort", "string"), ("prevention_level", "string"), ("catalog_entry", "string"),
    ("position", "int64"), ("removed", "bool"),
)


def measure_rows(store: Store, team_id: int, include_removed: bool) -> list[dict[str, Any]]:
    return [_measure(measure) for measure in list_measures(store, team_id, include_removed=include_removed)]


def _measure(measure: Measure) -> dict[str, Any]:
    return {
        "measure_id": measure.id, "measure": measure.name, "kind": measure.kind.value, "unit": measure.unit.value,
        "frequency": measure.frequency.value, "direction": measure.direction.value, "chart": measure.chart.value,
        "numerator": measure.numerator, "denominator": measure.denominator, "rate_per": measure.rate_per,
        "fixed_denominator": measure.fixed_denominator, "baseline_value": measure.baseline_value,
        "target_value": measure.target_value, "driver_id": measure.driver_id,
        "catalog_entry": measure.catalog_entry, "position": measure.position, "removed": measure.removed,
    }


def driver_rows(store: Store, team_id: int, include_removed: bool) -> list[dict[str, Any]]:
    return [_driver(driver) for driver in list_drivers(store, team_id, include_removed=include_removed)]


def _driver(driver: Driver) -> dict[str, Any]:
    return {"driver_id": driver.id, "driver": driver.title, "level": "primary" if driver.is_primary else "secondary",
            "parent_id": driver.parent_id, "position": driver.position, "removed": driver.removed}


def change_idea_rows(store: Store, team_id: int, include_removed: bool) -> list[dict[str, Any]]:
    return [_idea(idea) for idea in list_change_ideas(store, team_id, include_removed=include_removed)]


def _idea(idea: ChangeIdea) -> dict[str, Any]:
    return {
        "change_idea_id": idea.id, "change_idea": idea.title, "description": idea.description,
        "driver_id": idea.driver_id, "impact": idea.impact and idea.impact.value,
        "effort": idea.effort and idea.effort.value,
        "prevention_level": idea.prevention_level and idea.prevention_level.value,
        "catalog_entry": idea.catalog_entry, "position": idea.position, "removed": idea.removed,
    }
