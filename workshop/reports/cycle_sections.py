"""PDSA cycles in the text reports: the whole story of a cycle, or what an open cycle needs next."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.i18n import N_, _
from workshop.pdsa import Cycle, CycleStatus
from workshop.pdsa.records import ACT, DO, PLAN, QUESTION, STUDY, TASK
from workshop.pdsa.timeline import idea_name, period_text
from workshop.reports.blocks import Block, Facts, Heading, Paragraph, Table

_NEXT_MOVE = {
    CycleStatus.PLANNED: N_("Carry out the test as planned (Do)."),
    CycleStatus.ONGOING: N_("Write down what happens (Do); when the period ends, study the results (Study)."),
    CycleStatus.TO_STUDY: N_("Compare what happened with the predictions (Study) and decide: adopt, adapt or "
                             "abandon (Act)."),
}
"""What an open cycle needs next, by its status: a done cycle needs nothing."""


def cycle_heading(cycle: Cycle) -> Heading:
    return Heading(2, _("{idea}, cycle {number}: {title}").format(idea=idea_name(cycle), number=cycle.number,
                                                                      title=cycle.title))


def _plan_facts(cycle: Cycle) -> Facts:
    plan = cycle.plan
    items = ((_("Status"), cycle.status.label), (PLAN.label("owner"), plan.owner or _("not written down yet")),
             (_("Period"), period_text(cycle)), (PLAN.label("scale"), plan.scale.label if plan.scale else ""))
    return Facts(tuple((label, text) for label, text in items if text))


def _questions(cycle: Cycle) -> tuple[Block, ...]:
    if not cycle.plan.questions:
        return ()
    return (Table((QUESTION.label("text"), QUESTION.label("prediction"), _("What happened")),
                  tuple((question.text, question.prediction or "–", question.observed or "–")
                        for question in cycle.plan.questions),
                  caption=_("Questions, predictions and what happened")),)


def _written(items) -> tuple[Block, ...]:
    written = tuple((label, text) for label, text in items if text)
    return (Facts(written),) if written else ()


def cycle_story(cycle: Cycle) -> tuple[Block, ...]:
    """What the cycle tested, what the team predicted, what happened, what it learned and decided."""
    act = cycle.act
    return (cycle_heading(cycle), _plan_facts(cycle), *_written(PLAN.labelled(cycle.plan, "plan")),
            *_questions(cycle),
            *_written((*DO.labelled(cycle.do, "what_happened"), (STUDY.label("learned"), cycle.learned),
                       *ACT.labelled(act, "decision"),
                       (_("Next steps"), act.next_steps))))


def cycle_stories(cycles: Sequence[Cycle]) -> tuple[Block, ...]:
    if not cycles:
        return (Paragraph(_("No PDSA cycles in this period (step 4).")),)
    return tuple(block for cycle in cycles for block in cycle_story(cycle))


def open_cycle(cycle: Cycle) -> tuple[Block, ...]:
    """An open cycle as someone taking it over needs it: who owns it, the plan and tasks, and what comes next."""
    tasks = cycle.plan.tasks
    task_table = (Table((_("Task"), TASK.label("who"), TASK.label("when")),
                        tuple((task.what, task.who or "–", task.when or "–") for task in tasks),
                        caption=_("Tasks in the plan")),) if tasks else ()
    return (cycle_heading(cycle), _plan_facts(cycle),
            *_written(PLAN.labelled(cycle.plan, "plan", "data_collection")),
            *task_table, *_questions(cycle),
            *_written(((_("What happened so far"), cycle.do.what_happened),)),
            Facts(((_("Next move"), _(_NEXT_MOVE[cycle.status])),)))


def open_cycles(cycles: Sequence[Cycle]) -> tuple[Block, ...]:
    """The cycles of ``cycles`` that are not done yet."""
    if not cycles:
        return (Paragraph(_("No PDSA cycles in this period (step 4).")),)
    still_open = [cycle for cycle in cycles if cycle.status is not CycleStatus.DONE]
    if not still_open:
        return (Paragraph(_("No cycle is open: every cycle in the period is done. Plan the next one on the PDSA "
                            "page (step 4).")),)
    return tuple(block for cycle in still_open for block in open_cycle(cycle))
