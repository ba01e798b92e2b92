"""The change ideas and the PDSA cycles that tested them."""

from __future__ import annotations

from workshop.i18n import _, format_date
from workshop.palette import ACCENT, MUTED, PALER
from workshop.pdsa import Cycle
from workshop.pdsa.records import ACT, DO, QUESTION, STUDY
from workshop.pdsa.timeline import idea_name
from workshop.reports.pptx.deck import Canvas, Deck
from workshop.reports.pptx.fit import Column, Para
from workshop.reports.pptx.style import BODY, Box
from workshop.reports.pptx.text import clean
from workshop.reports.snapshot import TeamSnapshot

_NONE = "–"
_HEADING_SIZE = 20
_SUBLINE_HEIGHT = 0.5
_GAP = 0.2
_PART_LINES = 3
"""Each text of a PDSA part at most this long on the slide, so that the texts after it show too."""


def change_ideas(deck: Deck, snapshot: TeamSnapshot) -> None:
    """One row per idea: its driver, its prevention level and its impact and effort, all in words."""
    if not snapshot.change_ideas:
        return
    drivers: dict[int | None, str] = {driver.id: driver.title for driver in snapshot.diagram.drivers}
    columns = (Column(_("Change idea"), 4.4), Column(_("Driver"), 3.4), Column(_("Prevention level"), 2.3),
               Column(_("Impact and effort"), 2.3))
    rows = [(clean(idea.title), clean(drivers.get(idea.driver_id, "")) or _NONE,
             idea.prevention_level.label if idea.prevention_level else _("Not set"),
             ", ".join(choice.label for choice in (idea.impact, idea.effort) if choice) or _NONE)
            for idea in snapshot.change_ideas]
    canvases = deck.table_slides(_("Change ideas"), columns, rows)
    descriptions = [clean(idea.title) + ": " + clean(idea.description)
                    for idea in snapshot.change_ideas if idea.description]
    canvases[0].notes += descriptions


def _unbroken_date(day) -> str:
    """The date with no-break spaces, so that a line breaks between two dates, never inside one."""
    return format_date(day).replace(" ", "\u00a0")


def _period(cycle: Cycle) -> str:
    start, end = cycle.plan.start or cycle.started_on, cycle.plan.end or cycle.done_on
    if start and end:
        return _("{start} – {end}").format(start=_unbroken_date(start), end=_unbroken_date(end))
    return _unbroken_date(start or end) if start or end else _NONE


def _title(cycle: Cycle) -> str:
    return _("PDSA {number}: {title}").format(number=cycle.number, title=clean(cycle.title))


def cycles(deck: Deck, snapshot: TeamSnapshot) -> None:
    """An overview table of the period's cycles, then one slide per cycle with its four parts."""
    if not snapshot.cycles:
        return
    columns = (Column(_("Change idea"), 3.5), Column(_("Cycle"), 3.8), Column(_("Status"), 1.7),
               Column(_("Period"), 2.0), Column(_("Decision"), 1.4))
    rows = [(clean(idea_name(cycle)), _title(cycle), cycle.status.label, _period(cycle),
             cycle.act.decision.label if cycle.act.decision else _NONE) for cycle in snapshot.cycles]
    deck.table_slides(_("PDSA cycles"), columns, rows)
    for cycle in snapshot.cycles:
        _cycle_slide(deck.slide(_title(cycle)), cycle)


def _cycle_slide(canvas: Canvas, cycle: Cycle) -> None:
    subline = " · ".join((clean(idea_name(cycle)), cycle.status.label, _period(cycle)))
    canvas.text(Box(BODY.x, BODY.y, BODY.width, _SUBLINE_HEIGHT), [Para(subline, colour=MUTED)])
    top = BODY.y + _SUBLINE_HEIGHT + 0.05
    width, height = (BODY.width - _GAP) / 2, (BODY.bottom - top - _GAP) / 2
    parts = ((_("Plan"), _plan(cycle)), (_("Do"), _do(cycle)), (_("Study"), _study(cycle)), (_("Act"), _act(cycle)))
    for index, (heading, paras) in enumerate(parts):
        box = Box(BODY.x + (index % 2) * (width + _GAP), top + (index // 2) * (height + _GAP), width, height)
        canvas.text(box, [Para(heading, size=_HEADING_SIZE, bold=True, colour=ACCENT), *paras], fill=PALER)


def _labelled(pairs) -> list[Para]:
    """A paragraph per written text, with its label; "Not written yet" when none is."""
    paras = [Para(clean(text), label=label + ": ", space_before=4, max_lines=_PART_LINES) for label, text in pairs
             if text]
    return paras or [Para(_("Not written yet"), colour=MUTED, space_before=4)]


def _plan(cycle: Cycle) -> list[Para]:
    pairs = []
    for number, question in enumerate(cycle.plan.questions, 1):
        pairs += [(_("Question {number}").format(number=number), question.text),
                  (QUESTION.label("prediction"), question.prediction or _("No prediction written"))]
    return _labelled(pairs or [(_("Plan"), cycle.plan.plan)])


def _do(cycle: Cycle) -> list[Para]:
    return _labelled(DO.labelled(cycle.do))


def _study(cycle: Cycle) -> list[Para]:
    observed = [(_("What happened (question {number})").format(number=number), question.observed)
                for number, question in enumerate(cycle.plan.questions, 1)]
    return _labelled(((STUDY.label("learned"), cycle.learned), *observed))


def _act(cycle: Cycle) -> list[Para]:
    return _labelled(ACT.labelled(cycle.act, "decision", "changes", "next_steps"))
