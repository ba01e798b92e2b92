"""Invalid input raises SPCInputError (a ValueError) with a documented, machine-readable code."""

from __future__ import annotations

import math
from typing import Any

import pytest

from workshop.spc import ERROR_CODES, SPCInputError, analyze

TEN = list(range(1, 11))

REFUSALS = [
    # (test id, arguments to analyze, code, details that must be present)
    ("one point", dict(values=[1]), "too_few_points", {}),
    ("one point with a value", dict(values=[1, None, math.nan]), "too_few_points", {}),
    ("phase of one point", dict(values=TEN, parts=[1]), "too_few_points", {"phase": 1}),
    (
        "baseline left with one point",
        dict(values=TEN, freeze=3, exclude=[1, 2]),
        "too_few_points",
        {"phase": 1},
    ),
    ("text", dict(values=[1, "a", 3]), "not_a_number", {"point": 2}),
    ("numbers as text", dict(values=["1", "2"]), "not_a_number", {}),
    ("booleans", dict(values=[True, False, True]), "not_a_number", {}),
    ("infinity", dict(values=[1, math.inf, 2]), "not_finite", {"point": 2}),
    ("nested values", dict(values=[[1, 2], [3, 4]]), "not_a_sequence", {}),
    ("a bare number", dict(values=5), "not_a_sequence", {}),
    ("lengths differ", dict(values=[1, 2, 3], denominators=[4, 5], chart="p"), "length_mismatch", {}),
    (
        "zero denominator",
        dict(values=[1, 2, 3], denominators=[4, 0, 5], chart="p"),
        "denominator_zero",
        {"point": 2},
    ),
    (
        "negative denominator",
        dict(values=[1, 2], denominators=[4, -5], chart="u"),
        "negative_denominator",
        {"point": 2},
    ),
    (
        "zero denominator of a ratio",
        dict(values=[1, 2], denominators=[0, 5], chart="run"),
        "denominator_zero",
        {"point": 1},
    ),
    (
        "numerator above denominator",
        dict(values=[1, 6, 3], denominators=[4, 5, 5], chart="p"),
        "numerator_exceeds_denominator",
        {"point": 2},
    ),
    ("negative count, C", dict(values=[3, -1, 2], chart="c"), "negative_count", {"point": 2}),
    (
        "negative count, U",
        dict(values=[3, -1], denominators=[10, 10], chart="u"),
        "negative_count",
        {"point": 2},
    ),
    ("zero time, T", dict(values=[3, 0, 2], chart="t"), "non_positive_time", {"point": 2}),
    ("P without denominators", dict(values=[1, 2, 3], chart="p"), "denominators_required", {"chart": "p"}),
    ("C with denominators", dict(values=[1, 2], denominators=[3, 4], chart="c"), "denominators_not_used", {}),
    ("unknown chart", dict(values=TEN, chart="x"), "unknown_chart", {"chart": "x"}),
    ("unknown rules", dict(values=TEN, rules="nelson"), "unknown_rules", {}),
    ("IHI rules on an I chart", dict(values=TEN, chart="i", rules="ihi"), "rules_need_run_chart", {}),
    ("freeze 0", dict(values=TEN, freeze=0), "freeze_out_of_range", {"lowest": 1, "highest": 10}),
    ("freeze beyond the end", dict(values=TEN, freeze=11), "freeze_out_of_range", {"value": 11}),
    ("freeze not whole", dict(values=TEN, freeze=2.5), "invalid_point_number", {}),
    ("freeze as a list", dict(values=TEN, freeze=[3]), "invalid_point_number", {}),
    ("phase after the last point", dict(values=TEN, parts=[10]), "parts_out_of_range", {"highest": 9}),
    ("phase after point 0", dict(values=TEN, parts=[0]), "parts_out_of_range", {}),
    ("exclude beyond the end", dict(values=TEN, exclude=[11]), "exclude_out_of_range", {"value": 11}),
    ("exclude as text", dict(values=TEN, exclude=["3"]), "invalid_point_number", {}),
    ("freeze with parts", dict(values=TEN, freeze=4, parts=[5]), "freeze_with_parts", {}),
    ("multiply 0", dict(values=TEN, multiply=0), "invalid_multiply", {}),
    ("multiply as text", dict(values=TEN, multiply="100"), "invalid_multiply", {}),
    ("multiply True", dict(values=TEN, multiply=True), "invalid_multiply", {}),
    ("subgroups as flat numbers", dict(values=TEN, chart="xbar"), "not_a_sequence", {}),
    ("text in a subgroup", dict(values=[[1, 2], [3, "x"]], chart="s"), "not_a_number", {"point": 2}),
]


@pytest.mark.parametrize(
    ("arguments", "code", "details"),
    [pytest.param(arguments, code, details, id=name) for name, arguments, code, details in REFUSALS],
)
def test_invalid_input_is_refused_with_a_code(
    arguments: dict[str, Any], code: str, details: dict[str, Any]
) -> None:
    values = arguments.pop("values")
    with pytest.raises(SPCInputError) as raised:
        analyze(values, **arguments)
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.code == code
    assert code in ERROR_CODES
    assert details.items() <= error.details.items()


def test_every_documented_code_is_raised_somewhere() -> None:
    # Keeps ERROR_CODES, the catalogue a UI translates, free of dead entries.
    assert {code for _, _, code, _ in REFUSALS} == set(ERROR_CODES)
