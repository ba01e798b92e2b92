"""Friendly hints about the team's set of measures (never blocking): an outcome and a balancing measure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop.i18n import _
from workshop.improvement.model import Measure, MeasureKind


@dataclass(frozen=True)
class Hint:
    """Advice shown beside a form: ``code`` for tests and tools, ``message`` for people."""

    code: str
    message: str


def measure_hints(measures: Iterable[Measure]) -> list[Hint]:
    kinds = {measure.kind for measure in measures}
    hints = []
    if MeasureKind.OUTCOME not in kinds:
        hints.append(Hint("no_outcome_measure", _(
            "You have no outcome measure yet: it shows whether the aim is reached (usually 1–2).")))
    if MeasureKind.BALANCING not in kinds:
        hints.append(Hint("no_balancing_measure", _(
            "You have no balancing measure yet: it shows whether the change makes something else worse "
            "(usually 1–2).")))
    return hints
