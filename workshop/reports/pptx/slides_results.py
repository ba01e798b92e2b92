"""Results: each measure's chart as a native, editable chart with the verdict in words beside it."""

from __future__ import annotations

from workshop.i18n import _
from workshop.palette import MUTED
from workshop.reports.pptx.charts import add_measure_chart
from workshop.reports.pptx.deck import Deck
from workshop.reports.pptx.fit import Column, Para
from workshop.reports.pptx.style import BODY, LEAD_SIZE, Box
from workshop.reports.pptx.text import clean
from workshop.reports.snapshot import MeasureResult, TeamSnapshot

_CHART = Box(BODY.x, BODY.y, 8.1, BODY.height)
_VERDICT = Box(_CHART.right + 0.3, BODY.y, BODY.right - _CHART.right - 0.3, BODY.height)


def results(deck: Deck, snapshot: TeamSnapshot) -> None:
    charted = [result for result in snapshot.measures if result.judged.analysis is not None]
    for result in charted:
        canvas = deck.slide(_("Results: {measure}").format(measure=clean(result.measure.name)))
        add_measure_chart(canvas, result, _CHART)
        canvas.text(_VERDICT, _verdict(result))
    waiting = [result for result in snapshot.measures if result.judged.analysis is None]
    if waiting:
        columns = (Column(_("Measure"), 6.2), Column(_("Why there is no chart yet"), BODY.width - 6.2))
        deck.table_slides(_("Measures without a chart yet"), columns,
                          [(clean(result.measure.name), result.judged.problem) for result in waiting])


def _verdict(result: MeasureResult) -> list[Para]:
    """The headline, what kind of measure it is, the verdict's sentences and the cycles on the chart."""
    measure = result.measure
    about = " · ".join((measure.kind.label, measure.direction.label))
    paras = [Para(result.judged.headline, size=LEAD_SIZE, bold=True),
             Para(about, colour=MUTED, space_before=6)]
    verdict = result.judged.verdict
    paras += [Para(sentence, space_before=8) for sentence in (verdict.sentences if verdict is not None else ())]
    if result.cycles:
        named = ", ".join(_("PDSA {number}: {title}").format(number=cycle.number, title=clean(cycle.title))
                          for cycle in result.cycles)
        paras.append(Para(named, label=_("PDSA cycles") + ": ", colour=MUTED, space_before=8))
    return paras
