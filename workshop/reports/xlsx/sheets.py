"""The data export's sheets of the team's own work: measures and their values, cycles, learning, supports,
change ideas and monthly reports. Choices are shown by their translated labels; values stay numbers.
"""

from __future__ import annotations

from workshop.i18n import _
from workshop.improvement import Measure
from workshop.improvement.records import CHANGE_IDEA, MEASURE
from workshop.pdsa import Cycle
from workshop.pdsa.records import PLAN
from workshop.reports.records.monthly import MONTHLY
from workshop.reports.snapshot import MeasureResult, TeamSnapshot
from workshop.reports.xlsx.tables import Column, Row, Table
from workshop.results.model import Point, uses_denominator
from workshop.support_map.records import SUPPORT

_LONG = 32
"""The width of columns with free text, which wraps."""


def _label(choice) -> str:
    return choice.label if choice is not None else ""


def _text(label: str) -> Column:
    return Column(label, _LONG, wrap=True)


def _cycle_columns() -> tuple[Column, ...]:
    """The columns that name a cycle: its change idea, number and title."""
    return (Column(_("Change idea"), 24, wrap=True), Column(_("Cycle"), 7),
            Column(PLAN.label("title"), 24, wrap=True))


def measures_sheet(snapshot: TeamSnapshot) -> Table:
    label, form_label = MEASURE.label, MEASURE.form_label
    columns = (
        Column(label("name"), 28, wrap=True), Column(label("kind"), 18), Column(label("unit"), 16),
        _text(label("numerator")), _text(label("denominator")), Column(_("Per how many (for a rate)"), 12),
        _text(label("inclusion")), _text(label("exclusion")), _text(label("data_source")),
        Column(label("collector"), 20, wrap=True), Column(label("frequency"), 12),
        Column(label("baseline_period"), 18, wrap=True), Column(form_label("baseline_value"), 12),
        Column(form_label("target_value"), 12), Column(label("direction"), 18), Column(label("chart"), 22),
        _text(_("Where the measure stands")),
    )
    rows = tuple(_measure_row(result) for result in snapshot.measures)
    return Table(_("Measures"), columns, rows, empty=_("No measures have been defined yet (step 2)."))


def _measure_row(result: MeasureResult) -> tuple:
    m = result.measure
    return (m.name, _label(m.kind), _label(m.unit), m.numerator, m.denominator, m.rate_per, m.inclusion, m.exclusion,
            m.data_source, m.collector, _label(m.frequency), m.baseline_period, m.baseline_value, m.target_value,
            _label(m.direction), _label(m.chart), result.judged.headline)


def values_sheet(snapshot: TeamSnapshot) -> Table:
    columns = (
        Column(_("Measure"), 28, wrap=True), Column(_("Period"), 12), Column(_("Period starts"), 12),
        Column(_("Value"), 10), Column(_("Numerator"), 11), Column(_("Denominator"), 11),
        Column(_("Centre line"), 11), Column(_("Lower limit"), 11), Column(_("Upper limit"), 11),
        Column(_("Signal"), 18, wrap=True), Column(_("Excluded point"), 11), _text(_("Why the point is excluded")),
        _text(_("Annotation")),
    )
    rows = tuple(row for result in snapshot.measures for row in _value_rows(result))
    return Table(_("Measurements"), columns, rows, empty=_("No measure has any values yet (step 5)."))


def _value_rows(result: MeasureResult):
    from workshop.results.chart import state_label

    charted = {row.number: row for row in result.rows}
    measure = result.measure
    for number, point in enumerate(result.series.points, 1):
        row = charted.get(number)
        yield (measure.name, point.period.label, point.period.start, point_value(measure, point),
               point.numerator, point.denominator,
               *((row.centre_line, row.lcl, row.ucl, state_label(row.state)) if row else (None, None, None, "")),
               _("Yes") if point.excluded else "", point.exclusion_reason or "", point.note)


def point_value(measure: Measure, point: Point) -> float | None:
    """The value the chart shows: a share in percent or a rate per ``rate_per`` for measures with a denominator."""
    from workshop.results.analysis import chart_scale

    if not uses_denominator(measure):
        return point.value
    if point.numerator is None or not point.denominator:
        return None
    return point.numerator / point.denominator * chart_scale(measure)


def cycles_sheet(snapshot: TeamSnapshot) -> Table:
    columns = (
        *_cycle_columns(), Column(_("Owner"), 20, wrap=True), Column(_("Start"), 11), Column(_("End"), 11),
        Column(_("Status"), 12), _text(_("Questions and predictions")), _text(_("What happened")),
        _text(_("What we learned")), Column(_("Decision"), 12), _text(_("Next steps")),
    )
    rows = tuple(
        (cycle.change_idea_title, cycle.number, cycle.title, cycle.plan.owner, cycle.plan.start, cycle.plan.end,
         cycle.status.label, _questions(cycle), cycle.do.what_happened, cycle.learned, _label(cycle.act.decision),
         cycle.act.next_steps)
        for cycle in snapshot.cycles
    )
    return Table(_("PDSA cycles"), columns, rows, empty=_("No PDSA cycles in this period (step 4)."))


def _questions(cycle: Cycle) -> str:
    parts = []
    for question in cycle.plan.questions:
        lines = [question.text]
        if question.prediction:
            lines.append(_("Prediction: {text}").format(text=question.prediction))
        if question.observed:
            lines.append(_("What happened: {text}").format(text=question.observed))
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def learning_sheet(snapshot: TeamSnapshot) -> Table:
    columns = (*_cycle_columns(), Column(_("Start"), 11), Column(_("End"), 11), Column(_("Decision"), 12),
               Column(_("What we learned"), 50, wrap=True))
    rows = tuple((entry.change_idea_title, entry.number, entry.title, entry.start, entry.end, _label(entry.decision),
                  entry.learned) for entry in snapshot.learning)
    return Table(_("Lessons learned"), columns, rows, empty=_("Nothing is written under “what we learned” in this "
                                                           "period yet (step 4)."))


def support_sheet(snapshot: TeamSnapshot) -> Table:
    label = SUPPORT.label
    columns = (
        Column(_("Support"), 24, wrap=True), Column(label("scope"), 16, wrap=True),
        _text(_("Needs covered")), Column(label("provider"), 20, wrap=True),
        Column(label("target_groups"), 20, wrap=True), Column(label("prevention_level"), 16),
        _text(label("how_to_reach")), Column(label("contact"), 20, wrap=True),
    )
    matrix = snapshot.supports
    if matrix is None:
        return Table(_("Map of supports"), columns, empty=_("No supports are on the support map yet (step 3)."))
    rows: list[tuple | Row] = [
        (support.name, support.scope.label, "; ".join(need.label for need in matrix.covered(support)),
         support.provider, support.target_groups, _label(support.prevention_level), support.how_to_reach,
         support.contact)
        for support in matrix.supports
    ]
    rows.extend(Row((_("Gap: no support yet"), "", need.label, "", "", "", "", "")) for need in matrix.gaps)
    return Table(_("Map of supports"), columns, tuple(rows))


def ideas_sheet(snapshot: TeamSnapshot) -> Table:
    label = CHANGE_IDEA.label
    columns = (
        Column(label("title"), 30, wrap=True), _text(label("description")), Column(label("driver_id"), 24, wrap=True),
        Column(label("prevention_level"), 16), Column(label("impact"), 14), Column(label("effort"), 10),
        Column(label("catalog_entry"), 18),
    )
    drivers: dict[int | None, str] = {driver.id: driver.title for driver in snapshot.diagram.drivers}
    rows = tuple((idea.title, idea.description, drivers.get(idea.driver_id, ""), _label(idea.prevention_level),
                  _label(idea.impact), _label(idea.effort), idea.catalog_entry or "")
                 for idea in snapshot.change_ideas)
    return Table(_("Change ideas"), columns, rows, empty=_("No change ideas have been chosen yet (step 3)."))


def monthly_sheet(snapshot: TeamSnapshot) -> Table:
    columns = (
        Column(_("Month"), 11), Column(_("Self-assessment"), 14), Column(_("Level"), 22, wrap=True),
        *(_text(MONTHLY.label(name)) for name in ("score_reason", "tested", "learned", "next_steps")),
    )
    rows = tuple((report.month, report.self_score, _label(report.level), report.score_reason,
                  report.tested, report.learned, report.next_steps) for report in snapshot.monthly_reports)
    return Table(_("Monthly reports"), columns, rows, empty=_("No monthly report has been written yet."))
