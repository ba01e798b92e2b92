"""The chart types: what input each takes and which formulas draw it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from . import attributes, individuals
from .errors import SPCInputError
from .inputs import (
    float_array,
    ratio_series,
    require_non_negative,
    require_positive_times,
    require_within_denominators,
    subgroup_series,
)
from .series import Lines, Series
from .subgroups import s_limits, xbar_limits

LimitsFormula = Callable[[Series, np.ndarray, bool], Lines]
"""(phase series, base mask, screen moving ranges) -> lines of the phase."""


@dataclass(frozen=True)
class ChartType:
    """A chart type: its limits formula and the input it accepts."""

    name: str
    limits: LimitsFormula
    denominators: Literal["optional", "required", "unused"] = "unused"
    subgroups: bool = False
    """Each value is a sequence of measurements (Xbar and S charts)."""
    counts: bool = False
    """Values (numerators) are counts and cannot be negative."""
    proportions: bool = False
    """Numerators cannot exceed their denominators."""
    times: bool = False
    """Values are times between events and must be greater than zero."""
    runs_analysis: bool = True

    def read(self, values: Any, denominators: Any) -> Series:
        """Validated values of this chart type, as plotted before ``multiply``."""
        if denominators is not None and self.denominators == "unused":
            raise SPCInputError(
                "denominators_not_used", f"{self.name} charts take no denominators", chart=self.name
            )
        if denominators is None and self.denominators == "required":
            raise SPCInputError(
                "denominators_required", f"{self.name} charts need denominators", chart=self.name
            )
        if self.subgroups:
            return subgroup_series(values)
        if denominators is None:
            numerators, dens = float_array(values), None
        else:
            numerators, dens = ratio_series(values, denominators)
        if self.counts:
            require_non_negative(numerators)
        if self.times:
            require_positive_times(numerators)
        if self.proportions and dens is not None:  # proportions always have denominators (checked above)
            require_within_denominators(numerators, dens)
        return Series(numerators if dens is None else numerators / dens, dens)


CHART_TYPES: dict[str, ChartType] = {
    chart.name: chart
    for chart in (
        ChartType("run", individuals.run_limits, denominators="optional"),
        ChartType("i", individuals.i_limits, denominators="optional"),
        ChartType("mr", individuals.mr_limits, denominators="optional", runs_analysis=False),
        ChartType("ip", individuals.ip_limits, denominators="required"),
        ChartType("t", individuals.t_limits, times=True),
        ChartType("g", individuals.g_limits, counts=True),
        ChartType("c", attributes.c_limits, counts=True),
        ChartType("p", attributes.p_limits, denominators="required", counts=True, proportions=True),
        ChartType("pp", attributes.pp_limits, denominators="required", counts=True, proportions=True),
        ChartType("u", attributes.u_limits, denominators="required", counts=True),
        ChartType("up", attributes.up_limits, denominators="required", counts=True),
        ChartType("xbar", xbar_limits, subgroups=True),
        ChartType("s", s_limits, subgroups=True),
    )
}
"""Chart types by name, as in qicharts2 (``ip`` is I′, ``pp``/``up`` are P′/U′)."""


def chart_type(name: str) -> ChartType:
    """The chart type called ``name``; SPCInputError ``unknown_chart`` otherwise."""
    try:
        return CHART_TYPES[name]
    except (KeyError, TypeError):  # TypeError: unhashable name
        raise SPCInputError(
            "unknown_chart", f"unknown chart type {name!r}", chart=name, known=tuple(CHART_TYPES)
        ) from None
