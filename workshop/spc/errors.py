"""Inputs the SPC engine refuses, each with a machine-readable code.

Messages are English, for logs and developers. A UI layer translates
``SPCInputError.code`` (using ``details`` for the numbers) into the person's
language; ``ERROR_CODES`` is the complete list it has to cover.
"""

from __future__ import annotations

from typing import Any

ERROR_CODES: dict[str, str] = {
    "too_few_points": "fewer than two usable points in the series or in a phase's baseline",
    "not_a_sequence": "values (or a subgroup) must be a one-dimensional sequence",
    "not_a_number": "a value is neither a number nor missing (None or NaN)",
    "not_finite": "a value is infinite",
    "length_mismatch": "values and denominators differ in length",
    "denominators_required": "this chart type needs denominators",
    "denominators_not_used": "this chart type takes no denominators",
    "denominator_zero": "a denominator is zero",
    "negative_denominator": "a denominator is negative",
    "numerator_exceeds_denominator": "a numerator is larger than its denominator (P charts)",
    "negative_count": "a count is negative (C, G, P and U charts)",
    "non_positive_time": "a time between events is zero or negative (T charts)",
    "unknown_chart": "the chart type is not one of CHART_TYPES",
    "unknown_rules": "the rule set is not one of RULE_SETS",
    "rules_need_run_chart": "the IHI rules are run-chart rules; use them with chart='run'",
    "invalid_point_number": "a point number is not a whole number",
    "freeze_out_of_range": "freeze is not a point on the chart",
    "parts_out_of_range": "a phase must start after point 1 and at or before the last point",
    "exclude_out_of_range": "an excluded point is not on the chart",
    "freeze_with_parts": "freeze and parts cannot be combined (qicharts2 ignores freeze then)",
    "invalid_multiply": "multiply must be a positive number",
}


class SPCInputError(ValueError):
    """Input the engine cannot analyse; ``code`` is a key of ``ERROR_CODES``.

    ``details`` carries what a translated message needs, e.g. ``point`` (1-based
    point number as on the chart), ``phase`` or the allowed range.
    """

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.details = details
