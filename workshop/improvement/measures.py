"""Measures with their operational definitions: how the team knows a change is an improvement."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from workshop.errors import InvalidInput
from workshop.i18n import N_, _
from workshop.improvement.model import (
    SUGGESTED_CHART,
    ChartKind,
    Direction,
    Frequency,
    Measure,
    MeasureDetails,
    MeasureKind,
    MeasureUnit,
)
from workshop.improvement.rows import live_driver
from workshop.store import Store
from workshop.store.records import TeamRecords
from workshop.store.tables.improvement import TITLE_LENGTH, MeasureRow
from workshop.validation import clean_choice, clean_paragraphs, clean_text

_CHOICES = {"kind": MeasureKind, "unit": MeasureUnit, "frequency": Frequency, "direction": Direction,
            "chart": ChartKind}
_PARAGRAPHS = {"numerator": N_("Numerator"), "denominator": N_("Denominator"), "inclusion": N_("Included"),
               "exclusion": N_("Excluded"), "data_source": N_("Data source")}
_LINES = {"collector": (N_("Who collects"), TITLE_LENGTH), "baseline_period": (N_("Baseline period"), 120)}
_COLUMNS = ("name", *_CHOICES, *_PARAGRAPHS, *_LINES, "rate_per", "fixed_denominator", "baseline_value",
            "target_value", "driver_id", "catalog_entry")
_CHART_UNIT: dict[ChartKind, MeasureUnit] = {
    chart: unit for unit, chart in SUGGESTED_CHART.items() if chart is not ChartKind.I
}


def to_measure(row: MeasureRow) -> Measure:
    values = {column: getattr(row, column) for column in _COLUMNS}
    values.update({key: kind(values[key]) for key, kind in _CHOICES.items()})
    return Measure(**values, id=row.id, team_id=row.team_id, position=row.position,
                   removed=row.removed_at is not None, version=row.version)


def _positive_whole(value, field: str, label: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value) or value <= 0:
        raise InvalidInput(_("{label} must be a whole number greater than 0.").format(label=label), field=field)
    return int(value)


def _number(value, field: str, label: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(_("{label} must be a number.").format(label=label), field=field)
    return float(value)


def _check_values(details: MeasureDetails) -> None:
    for field, label in (("baseline_value", _("Baseline")), ("target_value", _("Target"))):
        value = getattr(details, field)
        if value is None:
            continue
        if value < 0 and details.unit is not MeasureUnit.VALUE:
            raise InvalidInput(_("{label} cannot be negative for this measure.").format(label=label), field=field)
        if details.unit is MeasureUnit.PERCENT and value > 100:
            raise InvalidInput(_("{label} is a share and cannot be more than 100 %.").format(label=label),
                               field=field)
        if details.unit is MeasureUnit.COUNT and details.fixed_denominator and value > details.fixed_denominator:
            raise InvalidInput(
                _("{label} ({value}) cannot be larger than the denominator ({denominator}).").format(
                    label=label, value=value, denominator=details.fixed_denominator),
                field=field,
            )


def _check_definition(details: MeasureDetails) -> None:
    needs_denominator = details.unit in (MeasureUnit.PERCENT, MeasureUnit.RATE)
    if needs_denominator and not (details.denominator or details.fixed_denominator):
        raise InvalidInput(_("A share or a rate needs a denominator: describe what the count is divided by."),
                           field="denominator")
    if details.unit is MeasureUnit.RATE and details.rate_per is None:
        raise InvalidInput(_("Say per how many the rate is counted, for example per 100 clients."),
                           field="rate_per")
    wanted_unit = _CHART_UNIT.get(details.chart)
    if wanted_unit is not None and details.unit is not wanted_unit:
        raise InvalidInput(
            _("{chart} does not fit a measure of the kind “{unit}”. Choose {suggestion}.").format(
                chart=details.chart.label, unit=details.unit.label,
                suggestion=SUGGESTED_CHART[details.unit].label),
            field="chart",
        )


def clean_measure(details: MeasureDetails) -> MeasureDetails:
    """``details`` tidied and checked, or :class:`InvalidInput` naming the field to fix."""
    cleaned: dict[str, Any] = {key: clean_choice(kind, getattr(details, key), field=key)
                               for key, kind in _CHOICES.items()}
    cleaned["name"] = clean_text(details.name, field="name", label=_("Name of the measure"), max_length=TITLE_LENGTH)
    cleaned.update({key: clean_paragraphs(getattr(details, key), field=key, label=_(label))
                    for key, label in _PARAGRAPHS.items()})
    cleaned.update({key: clean_text(getattr(details, key), field=key, label=_(label), required=False,
                                    max_length=limit) for key, (label, limit) in _LINES.items()})
    cleaned["rate_per"] = _positive_whole(details.rate_per, "rate_per", _("Per how many"))
    cleaned["fixed_denominator"] = _positive_whole(details.fixed_denominator, "fixed_denominator",
                                                   _("Denominator"))
    cleaned["baseline_value"] = _number(details.baseline_value, "baseline_value", _("Baseline"))
    cleaned["target_value"] = _number(details.target_value, "target_value", _("Target"))
    cleaned["catalog_entry"] = details.catalog_entry or None
    details = replace(details, **cleaned)
    _check_definition(details)
    _check_values(details)
    return details


def _apply(session, row: MeasureRow, details: MeasureDetails) -> None:
    if details.driver_id is not None and details.driver_id != row.driver_id:
        live_driver(session, row.team_id, details.driver_id)
    for column in _COLUMNS:
        value = getattr(details, column)
        setattr(row, column, value.value if column in _CHOICES else value)


def measure_missing() -> str:
    return _("The measure does not exist (it may have been removed).")


_MEASURES = TeamRecords(MeasureRow, to_measure, measure_missing)


def add_measure(store: Store, team_id: int, details: MeasureDetails, *, actor: str) -> Measure:
    details = clean_measure(details)
    return _MEASURES.add(store, team_id, lambda session, row: _apply(session, row, details), actor=actor)


def update_measure(store: Store, team_id: int, measure_id: int, details: MeasureDetails, *,
                   expected_version: int, actor: str) -> Measure:
    details = clean_measure(details)
    return _MEASURES.update(store, team_id, measure_id, lambda session, row: _apply(session, row, details),
                            expected_version=expected_version, actor=actor)


def set_measure_removed(store: Store, team_id: int, measure_id: int, removed: bool, *,
                        expected_version: int, actor: str) -> Measure:
    """Remove a measure (its values stay in the database), or undo the removal."""
    return _MEASURES.set_removed(store, team_id, measure_id, removed, expected_version=expected_version,
                                 actor=actor)


def get_measure(store: Store, team_id: int, measure_id: int) -> Measure:
    return _MEASURES.get(store, team_id, measure_id)


def list_measures(store: Store, team_id: int, *, include_removed: bool = False) -> list[Measure]:
    return _MEASURES.list(store, team_id, include_removed=include_removed)
