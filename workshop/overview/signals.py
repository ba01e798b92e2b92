"""A measure's chart summed up in one of five words, read the way its measure wants to go."""

from __future__ import annotations

from workshop.overview.model import SignalKind
from workshop.results import JudgedSeries
from workshop.results.verdict import MIN_USEFUL_POINTS


def signal_of(judged: JudgedSeries) -> SignalKind:
    """Improvement or concern for a signal in the measure's wanted or unwanted direction; no signal only once
    there are enough useful points to say so (docs/results.md)."""
    verdict, analysis = judged.verdict, judged.analysis
    if verdict is None or analysis is None:
        return SignalKind.TOO_FEW
    if verdict.signal:
        return {True: SignalKind.IMPROVEMENT, False: SignalKind.CONCERN, None: SignalKind.SIGNAL}[verdict.better]
    runs = analysis.phases[-1].runs
    if runs is None or runs.n_useful < MIN_USEFUL_POINTS:
        return SignalKind.TOO_FEW
    return SignalKind.NO_SIGNAL
