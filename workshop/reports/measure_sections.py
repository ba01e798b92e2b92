"""The measures in the text reports: results with chart, points and verdict; where the data comes from."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.i18n import _
from workshop.improvement.records import MEASURE
from workshop.reports.blocks import Block, Chart, Facts, Heading, Line, Paragraph, Table
from workshop.reports.sections import number_text
from workshop.reports.snapshot import MeasureResult


def measure_results(results: Sequence[MeasureResult]) -> tuple[Block, ...]:
    """Each measure under a heading of its own (level 2): the verdict in words, the chart and its table."""
    if not results:
        return (Paragraph(_("No measures have been defined yet (step 2).")),)
    blocks: list[Block] = []
    for result in results:
        blocks += [Heading(2, result.measure.name),
                   Facts(((_("Kind"), result.measure.kind.label), (_("Chart"), result.measure.chart.label))),
                   Paragraph(result.judged.headline, strong=True)]
        if result.judged.verdict is not None:
            blocks += [Paragraph(sentence) for sentence in result.judged.verdict.sentences]
            blocks += [measure_chart(result), points_table(result)]
    return tuple(blocks)


def measure_chart(result: MeasureResult) -> Chart:
    """The chart as lines: values, centre line, limits, target, and the signal points as markers of their own."""
    rows = result.rows
    measure = result.measure
    lines = [Line(_("Value"), tuple(row.value for row in rows)),
             Line(_centre_name(result), tuple(row.centre_line for row in rows), "centre")]
    if any(row.lcl is not None for row in rows):
        lines.append(Line(_("Lower limit"), tuple(row.lcl for row in rows), "limit"))
    if any(row.ucl is not None for row in rows):
        lines.append(Line(_("Upper limit"), tuple(row.ucl for row in rows), "limit"))
    if measure.target_value is not None:
        lines.append(Line(_("Target"), (measure.target_value,) * len(rows), "target"))
    if any(row.state == "signal" for row in rows):
        lines.append(Line(_("Signal"), tuple(row.value if row.state == "signal" else None for row in rows),
                          "signal"))
    return Chart(measure.name, tuple(row.period for row in rows), tuple(lines), figure=result.figure,
                 verdict=result.judged.headline)


def points_table(result: MeasureResult) -> Table:
    """The chart's numbers, each point's signal in words (the table alternative to the chart)."""
    from workshop.results.chart import state_label

    rows = result.rows
    limits = any(row.lcl is not None or row.ucl is not None for row in rows)
    header = (_("Period"), _("Value"), _centre_name(result), *((_("Lower limit"), _("Upper limit")) if limits else ()),
              _("Status"), _("Annotation"))
    body = []
    for row in rows:
        status = state_label(row.state) + (f": {row.exclusion_reason}" if row.exclusion_reason else "")
        limit_cells = (number_text(row.lcl), number_text(row.ucl)) if limits else ()
        body.append((row.period, number_text(row.value), number_text(row.centre_line), *limit_cells, status,
                     row.note))
    return Table(header, tuple(body), caption=_("The points of “{measure}”").format(measure=result.measure.name))


def latest_signals(results: Sequence[MeasureResult]) -> Block:
    """One row per measure: its latest value and what the chart says now."""
    if not results:
        return Paragraph(_("No measures have been defined yet (step 2)."))
    rows = []
    for result in results:
        last = result.rows[-1] if result.rows else None
        latest = _("{value} ({period})").format(value=number_text(last.value), period=last.period) if last else "–"
        rows.append((result.measure.name, latest, result.judged.headline))
    return Table((_("Measure"), _("Latest value"), _("What the chart says")), tuple(rows),
                 caption=_("The measures' latest signals"))


def measure_sources(results: Sequence[MeasureResult]) -> tuple[Block, ...]:
    """How each measure is defined and collected (level 2 headings), so someone new can go on collecting it."""
    blocks: list[Block] = []
    for result in results:
        measure = result.measure
        baseline = " ".join(part for part in (_optional_number(measure.baseline_value), measure.baseline_period)
                            if part)
        needed = MEASURE.labelled(measure, "data_source", "collector")
        optional = ((_("Kind"), measure.kind.label), *MEASURE.labelled(measure, "frequency", "numerator",
                                                                       "denominator", "inclusion", "exclusion"),
                    (MEASURE.label("baseline_value"), baseline),
                    (MEASURE.label("target_value"), _optional_number(measure.target_value)),
                    (_("Direction"), measure.direction.label))
        blocks += [Heading(2, measure.name),
                   Facts(tuple((label, text or _("not written down yet")) for label, text in needed)
                         + tuple((label, text) for label, text in optional if text))]
    return tuple(blocks)


def _centre_name(result: MeasureResult) -> str:
    from workshop.results.chart import centre_line_name

    return centre_line_name(result.analysis.chart)


def _optional_number(value: float | None) -> str:
    return "" if value is None else number_text(value)
