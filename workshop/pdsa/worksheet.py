"""The PGSA worksheet: create a cycle for a change idea and save each part on its own.

Every part (Planera, Göra, Studera, Agera) can be saved while the others are
still empty; each save checks the version the person started from, so two
members editing the same cycle never overwrite each other.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import _
from workshop.improvement.change_ideas import idea_missing
from workshop.pdsa.model import ActPart, Cycle, CycleStatus, DoPart, PlanPart, Question, StudyPart, Task
from workshop.pdsa.reading import cycle_in_session, cycle_missing
from workshop.pdsa.records import ACT, DO, PLAN, QUESTION, STUDY, TASK
from workshop.store import Store, claim
from workshop.store.records import owned_row, team_must_exist
from workshop.store.tables.improvement import ChangeIdeaRow, MeasureRow
from workshop.store.tables.pdsa import PdsaCycleMeasureRow, PdsaCycleRow, PdsaQuestionRow, PdsaTaskRow
from workshop.validation import check_period, clean_paragraphs


def clean_title(title: str) -> str:
    return PLAN.field("title").clean(title)


def _questions(questions: tuple[Question, ...]) -> tuple[Question, ...]:
    cleaned = [QUESTION.clean(question) for question in questions]
    if any(not question.text and question.prediction for question in cleaned):
        raise InvalidInput(_("Write the question that the prediction answers."), field="questions")
    return tuple(question for question in cleaned if question.text)


def _tasks(tasks: tuple[Task, ...]) -> tuple[Task, ...]:
    cleaned = [TASK.clean(task) for task in tasks]
    if any(not task.what and (task.who or task.when) for task in cleaned):
        raise InvalidInput(_("Write what is to be done in each task."), field="tasks")
    return tuple(task for task in cleaned if task.what)


def clean_plan(plan: PlanPart) -> PlanPart:
    """``plan`` tidied and checked, or :class:`InvalidInput` naming the field to fix."""
    check_period(plan.start, plan.end)
    return replace(PLAN.clean(plan), questions=_questions(plan.questions), tasks=_tasks(plan.tasks),
                   measure_ids=tuple(dict.fromkeys(plan.measure_ids)))


def live_change_idea(session: Session, team_id: int, change_idea_id: int) -> ChangeIdeaRow:
    idea = owned_row(session, ChangeIdeaRow, team_id, change_idea_id, missing=idea_missing())
    if idea.removed_at is not None:
        raise InvalidInput(_("The change idea has been removed. Choose another change idea or restore it."),
                           field="change_idea")
    return idea


def next_number(session: Session, change_idea_id: int) -> int:
    last = session.scalar(select(func.max(PdsaCycleRow.number)).where(PdsaCycleRow.change_idea_id == change_idea_id))
    return (last or 0) + 1


def create_cycle(store: Store, team_id: int, change_idea_id: int, title: str, *, actor: str) -> Cycle:
    """A new planned cycle for a change idea, numbered after the idea's earlier cycles."""
    title = clean_title(title)
    with store.writing(actor) as session:
        team_must_exist(session, team_id)
        live_change_idea(session, team_id, change_idea_id)
        row = PdsaCycleRow(team_id=team_id, change_idea_id=change_idea_id, title=title,
                           number=next_number(session, change_idea_id), status=CycleStatus.PLANNED.value)
        session.add(row)
        session.flush()
        return cycle_in_session(session, team_id, row.id)


def editable_row(session: Session, team_id: int, cycle_id: int, expected_version: int) -> PdsaCycleRow:
    row = owned_row(session, PdsaCycleRow, team_id, cycle_id, missing=cycle_missing(), for_update=True)
    claim(row, expected_version)
    return row


def _apply_questions(row: PdsaCycleRow, questions: tuple[Question, ...]) -> None:
    existing: dict[int | None, PdsaQuestionRow] = {question.id: question for question in row.questions}
    kept = []
    for position, question in enumerate(questions):
        target = existing.pop(question.id, None) or PdsaQuestionRow(team_id=row.team_id, observed="")
        target.position = position
        QUESTION.write(target, question)
        kept.append(target)
    row.questions = kept


def replace_measures(session: Session, row: PdsaCycleRow, measure_ids: tuple[int, ...]) -> None:
    for measure_id in measure_ids:
        owned_row(session, MeasureRow, row.team_id, measure_id,
                  missing=_("The measure does not exist (it may have been removed)."))
    row.measures = [PdsaCycleMeasureRow(team_id=row.team_id, measure_id=measure_id) for measure_id in measure_ids]


def save_plan(store: Store, team_id: int, cycle_id: int, plan: PlanPart, *, expected_version: int,
              actor: str) -> Cycle:
    """Save Planera: the header, questions with predictions, plan, tasks and data plan."""
    plan = clean_plan(plan)
    with store.writing(actor) as session:
        row = editable_row(session, team_id, cycle_id, expected_version)
        PLAN.write(row, plan)
        _apply_questions(row, plan.questions)
        row.tasks = [PdsaTaskRow(team_id=team_id, position=position, **TASK.values(task))
                     for position, task in enumerate(plan.tasks)]
        replace_measures(session, row, plan.measure_ids)
        session.flush()
        return cycle_in_session(session, team_id, row.id)


def save_do(store: Store, team_id: int, cycle_id: int, do: DoPart, *, expected_version: int, actor: str) -> Cycle:
    """Save Göra: what happened, problems and deviations, surprises."""
    do = DO.clean(do)
    with store.writing(actor) as session:
        row = editable_row(session, team_id, cycle_id, expected_version)
        DO.write(row, do)
        session.flush()
        return cycle_in_session(session, team_id, row.id)


def save_study(store: Store, team_id: int, cycle_id: int, study: StudyPart, *, expected_version: int,
               actor: str) -> Cycle:
    """Save Studera: what happened per question (compared with the prediction), and what we learned."""
    observed = {question_id: clean_paragraphs(text, field="observations", label=_("What happened"))
                for question_id, text in study.observations}
    study = STUDY.clean(study)
    with store.writing(actor) as session:
        row = editable_row(session, team_id, cycle_id, expected_version)
        questions = {question.id: question for question in row.questions}
        if not set(observed) <= set(questions):
            raise NotFound(_("A question has been removed from the plan. Reload the page."))
        for question_id, text in observed.items():
            questions[question_id].observed = text
        STUDY.write(row, study)
        session.flush()
        return cycle_in_session(session, team_id, row.id)


def save_act(store: Store, team_id: int, cycle_id: int, act: ActPart, *, expected_version: int,
             actor: str) -> Cycle:
    """Save Agera: anta / anpassa / överge, what changes, the next cycle, a larger scale."""
    act = ACT.clean(act)
    with store.writing(actor) as session:
        row = editable_row(session, team_id, cycle_id, expected_version)
        if act.decision is None and row.status == CycleStatus.DONE.value:
            raise InvalidInput(_("A cycle that is done keeps its decision. Move it back to “To study” first."),
                               field="decision")
        ACT.write(row, act)
        session.flush()
        return cycle_in_session(session, team_id, row.id)
