"""Measures with their operational definitions: how the team knows a change is an improvement."""

from __future__ import annotations

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.improvement.model import SUGGESTED_CHART, ChartKind, Measure, MeasureDetails, MeasureUnit
from workshop.improvement.records import MEASURE
from workshop.improvement.rows import tied_to_a_live_driver
from workshop.store import Store
from workshop.store.records import TeamRecords
from workshop.store.tables.improvement import MeasureRow

_CHART_UNIT: dict[ChartKind, MeasureUnit] = {
    chart: unit for unit, chart in SUGGESTED_CHART.items() if chart is not ChartKind.I
}


def _check_values(details: MeasureDetails) -> None:
    for field in ("baseline_value", "target_value"):
        value, label = getattr(details, field), MEASURE.label(field)
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
    details = MEASURE.clean(details)
    _check_definition(details)
    _check_values(details)
    return details


def measure_missing() -> str:
    return _("The measure does not exist (it may have been removed).")


_MEASURES = TeamRecords(MeasureRow, MEASURE, Measure, measure_missing)


def to_measure(row: MeasureRow) -> Measure:
    return _MEASURES.to_object(row)


def add_measure(store: Store, team_id: int, details: MeasureDetails, *, actor: str) -> Measure:
    return _MEASURES.add(store, team_id, tied_to_a_live_driver(MEASURE, clean_measure(details)), actor=actor)


def update_measure(store: Store, team_id: int, measure_id: int, details: MeasureDetails, *,
                   expected_version: int, actor: str) -> Measure:
    return _MEASURES.update(store, team_id, measure_id, tied_to_a_live_driver(MEASURE, clean_measure(details)),
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
