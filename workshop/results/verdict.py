"""The chart's verdict in plain words: which rule fired and what it means, or why nothing can be said yet."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import _, ngettext
from workshop.improvement import ChartKind, Direction
from workshop.results.model import MeasureSeries
from workshop.results.periods import Period
from workshop.spc import Analysis, Finding, Phase

MIN_USEFUL_POINTS = 10
"""Fewer useful points than this: a run chart cannot be judged yet (docs/results.md, "verdict")."""
STABLE_LIMIT_POINTS = 20
"""Fewer baseline points than this give trial limits."""
_RUN_RULES = ("longest_run", "shift")


@dataclass(frozen=True)
class Verdict:
    headline: str
    """One line for the overview of all measures."""
    sentences: tuple[str, ...]
    signal: bool
    better: bool | None
    """The change goes the way the measure wants (None: no signal, or no direction to tell)."""
    new_phase_from: Period | None
    """Where a sustained shift in the last phase begins: the team may start a new phase there."""


def verdict(series: MeasureSeries, analysis: Analysis) -> Verdict:
    periods = [point.period for point in series.points]
    chart = ChartKind(analysis.chart)
    centre = _("the median") if chart is ChartKind.RUN else _("the mean")
    sentences: list[str] = []
    betters: list[bool] = []
    several = len(analysis.phases) > 1
    for phase in analysis.phases:
        lead = _("Phase {number} (from {period}): ").format(
            number=phase.number, period=periods[phase.first_point - 1].label) if several else ""
        phase_sentences, better = _phase_sentences(series, analysis, phase, centre, periods)
        sentences += [lead + phase_sentences[0], *phase_sentences[1:]]
        if better is not None:
            betters.append(better)
    last = analysis.phases[-1]
    signal = _phase_signal(analysis, last)
    better = betters[-1] if betters and signal else None
    return Verdict(_headline(last, signal, better), tuple(sentences), signal, better,
                   _new_phase_from(analysis, last, periods))


def _phase_signal(analysis: Analysis, phase: Phase) -> bool:
    sigma = any(analysis.sigma_signal[phase.first_point - 1:phase.last_point])
    return sigma or (phase.runs is not None and phase.runs.signal and phase.runs.n_useful >= MIN_USEFUL_POINTS)


def _headline(phase: Phase, signal: bool, better: bool | None) -> str:
    if signal and better is True:
        return _("Sign of a real change, for the better")
    if signal and better is False:
        return _("Sign of a real change, for the worse")
    if signal:
        return _("Sign of a real change")
    useful = phase.runs.n_useful if phase.runs else 0
    if useful < MIN_USEFUL_POINTS:
        return _("Too few points yet ({count} of {needed})").format(count=useful, needed=MIN_USEFUL_POINTS)
    return _("No signal: random variation")


def _phase_sentences(series: MeasureSeries, analysis: Analysis, phase: Phase, centre: str,
                     periods: list[Period]) -> tuple[list[str], bool | None]:
    runs = phase.runs
    sentences: list[str] = []
    better = None
    if runs is not None and runs.n_useful < MIN_USEFUL_POINTS:
        sentences.append(_("Nothing can be said for sure yet: {count} useful points, and at least {needed} are "
                           "needed to judge a run chart. Points on {centre} do not count.").format(
            count=runs.n_useful, needed=MIN_USEFUL_POINTS, centre=centre))
    elif runs is not None:
        for finding in runs.findings:
            sentences.append(_finding_sentence(finding, runs.n_useful, centre))
        runs_found = [finding for finding in runs.findings if finding.rule in _RUN_RULES]
        if runs_found:
            better = _better(series, _moved_up(runs_found[-1], phase))
        if not runs.findings:
            sentences.append(_("No signal: the longest run is {run} points (the limit is {run_limit}) and the "
                               "curve crosses {centre} {crossings} times (at least {crossings_min} expected). The "
                               "variation looks random: no sign of a real change yet.").format(
                run=runs.longest_run, run_limit=runs.longest_run_max, centre=centre, crossings=runs.n_crossings,
                crossings_min=runs.n_crossings_min))
    sigma, sigma_up = _outside_limits(analysis, phase, periods)
    if sigma:
        sentences.append(sigma)
        better = _better(series, sigma_up) if better is None else better
    if analysis.chart != ChartKind.RUN and phase.n_baseline < STABLE_LIMIT_POINTS:
        sentences.append(_("The control limits are trial limits: they rest on {count} points, and 20–30 are "
                           "needed for stable limits.").format(count=phase.n_baseline))
    if better is not None:
        sentences.append(_direction_sentence(series, better))
    return sentences, better


def _finding_sentence(finding: Finding, useful: int, centre: str) -> str:
    if finding.rule == "crossings":
        return ngettext("The curve crosses {centre} only {count} time – fewer than {limit} is unusual for "
                        "{useful} useful points: a sign of a real change.",
                        "The curve crosses {centre} only {count} times – fewer than {limit} is unusual for "
                        "{useful} useful points: a sign of a real change.", finding.count).format(
            centre=centre, count=finding.count, limit=finding.limit, useful=useful)
    if finding.rule == "trend":
        message = (_("{count} points in a row going up – the limit is {limit}: a sign of a real change.")
                   if finding.direction == "up" else
                   _("{count} points in a row going down – the limit is {limit}: a sign of a real change."))
        return message.format(count=finding.count, limit=finding.limit)
    message = (_("{count} points in a row above {centre} – the limit is {limit} for {useful} useful points: a "
                 "sign of a real change.") if finding.direction == "above" else
               _("{count} points in a row below {centre} – the limit is {limit} for {useful} useful points: a "
                 "sign of a real change."))
    return message.format(count=finding.count, centre=centre, limit=finding.limit, useful=useful)


def _moved_up(finding: Finding, phase: Phase) -> bool:
    """Whether the level moved up: a run above the centre late in the phase, or below it early."""
    late = sum(finding.points) / len(finding.points) >= (phase.first_point + phase.last_point) / 2
    return (finding.direction == "above") == late


def _above(value: float | None, limit: float | None) -> bool:
    """A point with a sigma signal has a value and limits; below the upper limit it is below the lower one."""
    return value is not None and limit is not None and value > limit


def _outside_limits(analysis: Analysis, phase: Phase, periods: list[Period]) -> tuple[str, bool | None]:
    numbers = [number for number in range(phase.first_point, phase.last_point + 1)
               if analysis.sigma_signal[number - 1]]
    if not numbers:
        return "", None
    labels = ", ".join(periods[number - 1].label for number in numbers)
    above = sum(1 for number in numbers if _above(analysis.values[number - 1], analysis.ucl[number - 1]))
    sentence = ngettext("{periods} is outside the control limits: a sign of a special cause.",
                        "{periods} are outside the control limits: a sign of a special cause.",
                        len(numbers)).format(periods=labels)
    return sentence, above * 2 >= len(numbers)


def _better(series: MeasureSeries, moved_up: bool | None) -> bool | None:
    if moved_up is None:
        return None
    return moved_up == (series.measure.direction is Direction.HIGHER)


def _direction_sentence(series: MeasureSeries, better: bool) -> str:
    wanted = series.measure.direction.label.lower()
    if better:
        return _("The change goes the better way ({wanted} for this measure).").format(wanted=wanted)
    return _("The change goes the worse way ({wanted} for this measure): find out why.").format(wanted=wanted)


def _new_phase_from(analysis: Analysis, phase: Phase, periods: list[Period]) -> Period | None:
    """The start of a run that signals and lasts to the phase's last useful point."""
    if phase.runs is None or phase.runs.n_useful < MIN_USEFUL_POINTS:
        return None
    useful = [number for number in range(phase.first_point, phase.last_point + 1)
              if number not in analysis.excluded and analysis.values[number - 1] is not None
              and analysis.values[number - 1] != analysis.centre_line[number - 1]]
    for finding in reversed(phase.runs.findings):
        if finding.rule in _RUN_RULES and finding.points[-1] == useful[-1] and finding.points[0] > phase.first_point:
            return periods[finding.points[0] - 1]
    return None
