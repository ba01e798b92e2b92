"""The storyboard as slides of plain data, for presenting in the browser at a seminar.

Same content as the PowerPoint storyboard (:mod:`workshop.reports.pptx.storyboard`), in the same order: who
the team is, the target group, aim and purpose, the driver diagram, the results with their verdicts, the
cycles, the lessons and what is still missing. The slides are made of the document-neutral blocks the text
reports share (:mod:`workshop.reports.blocks`), built by the same section functions, from the one
:class:`TeamSnapshot` whose inventory counts are already masked: a slide shows nothing the documents mask.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import _
from workshop.reports.blocks import Block, Bullets, Facts, Paragraph
from workshop.reports.cycle_sections import cycle_story
from workshop.reports.measure_sections import measure_chart
from workshop.reports.sections import (
    driver_diagram_section,
    front_facts,
    purpose_and_aim,
    target_group_facts,
    target_group_tables,
)
from workshop.reports.snapshot import MeasureResult, TeamSnapshot


@dataclass(frozen=True)
class Slide:
    title: str
    blocks: tuple[Block, ...]


def storyboard_slides(snapshot: TeamSnapshot) -> tuple[Slide, ...]:
    """The team's storyboard, one slide per part, one per measure and one per cycle; parts not recorded
    yet are left out and named on the last slide."""
    team = snapshot.team.name
    slides = [Slide(_("Storyboard: {team}").format(team=team), (front_facts(snapshot),))]
    if snapshot.target_group is not None:
        summary = snapshot.target_group
        slides.append(Slide(_("Target group"), (*target_group_facts(summary), *target_group_tables(summary))))
    if snapshot.aim_sentence or snapshot.purpose is not None:
        slides.append(Slide(_("Aim and purpose"), purpose_and_aim(snapshot)))
    if snapshot.diagram.drivers:
        slides.append(Slide(_("Driver diagram"), driver_diagram_section(snapshot)))
    slides += [_result(result) for result in snapshot.measures]
    slides += [Slide(_("PDSA cycles"), cycle_story(cycle)) for cycle in snapshot.cycles]
    lessons = tuple(entry for entry in snapshot.learning if entry.learned)
    if lessons:
        slides.append(Slide(_("Lessons learned"), (Facts(tuple(
            (_("PDSA {number}: {title}").format(number=entry.number, title=entry.title), entry.learned)
            for entry in lessons)),)))
    if snapshot.missing:
        slides.append(Slide(_("What is missing"), (
            Paragraph(_("The team has not recorded these yet, so the storyboard leaves them out:")),
            Bullets(tuple(snapshot.missing)))))
    return tuple(slides)


def _result(result: MeasureResult) -> Slide:
    """The measure's headline and verdict in words, and its chart when there are enough points."""
    judged = result.judged
    blocks: list[Block] = [Paragraph(judged.headline, strong=True)]
    if judged.verdict is not None:
        blocks += [Paragraph(sentence) for sentence in judged.verdict.sentences]
    if judged.analysis is not None:
        blocks.append(measure_chart(result))
    elif judged.problem:
        blocks.append(Paragraph(judged.problem))
    return Slide(_("Results: {measure}").format(measure=result.measure.name), tuple(blocks))
