"""The SPC engine's refusals (``SPCInputError.code``) as messages a team understands.

``MESSAGES`` covers every code of ``workshop.spc.ERROR_CODES`` (a test checks).
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.errors import InvalidInput
from workshop.i18n import N_, _
from workshop.results.periods import Period
from workshop.spc import SPCInputError

MESSAGES = {
    "too_few_points": N_("A chart needs at least 2 points with values."),
    "not_a_sequence": N_("The values could not be read as a list of numbers."),
    "not_a_number": N_("{period}: the value is not a number."),
    "not_finite": N_("{period}: the value is infinitely large."),
    "length_mismatch": N_("Every point needs both a numerator and a denominator."),
    "denominators_required": N_("This chart needs a numerator and a denominator for every point."),
    "denominators_not_used": N_("This chart takes one value per point, without a denominator."),
    "denominator_zero": N_("{period}: the denominator is 0."),
    "negative_denominator": N_("{period}: the denominator is negative."),
    "numerator_exceeds_denominator": N_(
        "{period}: the numerator is larger than the denominator; a share cannot be more than 100 %."),
    "negative_count": N_("{period}: a count cannot be negative."),
    "non_positive_time": N_("{period}: a time between events must be greater than 0."),
    "unknown_chart": N_("The chart type is not known. Choose a run chart or one of the control charts."),
    "unknown_rules": N_("The rule set is not known."),
    "rules_need_run_chart": N_("The IHI rules are for run charts only."),
    "invalid_point_number": N_("A point on the chart could not be found."),
    "freeze_out_of_range": N_("The baseline ends at a point that is not on the chart."),
    "parts_out_of_range": N_("A new phase must start after the first point and at a point on the chart."),
    "exclude_out_of_range": N_("An excluded point is not on the chart."),
    "freeze_with_parts": N_("A frozen baseline and phases cannot be combined."),
    "invalid_multiply": N_("The scale of the chart must be a positive number."),
}
_PHASE_TOO_SHORT = N_("Phase {phase} would have fewer than 2 points that count. "
                      "A phase needs at least 2 points that are not excluded.")
_FIELDS = {"parts_out_of_range": "phase", "exclude_out_of_range": "exclusion"}


def spc_problem(error: SPCInputError, periods: Sequence[Period]) -> InvalidInput:
    """``error`` as an :class:`InvalidInput` in the person's language, naming the period concerned."""
    if error.code == "too_few_points" and error.details.get("phase"):
        return InvalidInput(_(_PHASE_TOO_SHORT).format(phase=error.details["phase"]), field="phase")
    point = error.details.get("point")
    period = periods[point - 1].label if isinstance(point, int) and 0 < point <= len(periods) else "–"
    message = _(MESSAGES.get(error.code, MESSAGES["not_a_sequence"])).format(period=period)
    return InvalidInput(message, field=_FIELDS.get(error.code, "value"))
