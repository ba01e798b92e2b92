"""The four parts of the worksheet; each saves on its own, shortly after the last edit.

The parts share the worksheet's current cycle (and so its version): a save by
another member in between is refused as a conflict, and what this person typed
stays in the fields.
"""

from __future__ import annotations

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import (
    button,
    choice_field,
    date_field,
    heading,
    html,
    paragraph,
    section,
    text,
    text_field,
    with_help,
)
from widgets.components.messages import MessageArea
from widgets.pdsa.fields import many_choice_field, text_area, wrapped
from widgets.pdsa.plan_rows import QuestionRow, TaskRow
from widgets.pdsa.rows import EditableRows
from workshop.errors import UserError
from workshop.i18n import _
from workshop.improvement import get_measure, list_measures
from workshop.pdsa import (
    ActPart,
    CyclePurpose,
    Decision,
    DoPart,
    PlanPart,
    Scale,
    StudyPart,
    next_cycle,
    save_act,
    save_do,
    save_plan,
    save_study,
)


def _choices(kind, empty: str) -> list[tuple[str, object]]:
    return [(empty, None)] + [(choice.label, choice) for choice in kind]


def _watch(part, fields) -> None:
    for field in fields:
        field.observe(part.worksheet.page.guard(part.autosave.changed), names="value")


class PlanForm:
    """Planera: the header, questions with predictions, who does what, the tasks and the data plan."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        page, plan = worksheet.page, worksheet.cycle.plan
        self.autosave = Autosave(self.save)
        self.title = text_field(_("Title of the cycle"), plan.title)
        self.owner = text_field(_("Test owner"), plan.owner)
        self.start = date_field(_("Period starts"), plan.start)
        self.end = date_field(_("Period ends"), plan.end)
        self.purpose = choice_field(_("This cycle will"), _choices(CyclePurpose, _("– choose –")), plan.purpose)
        self.scale = choice_field(_("Scale"), _choices(Scale, _("– choose –")), plan.scale)
        self.questions = EditableRows(page, plan.questions, build=QuestionRow, add_label=_("Add a question"),
                                      remove_label=_("Remove question {number}"), changed=self.autosave.changed)
        self.plan = text_area(_("The plan"), plan.plan, rows=4)
        self.tasks = EditableRows(page, plan.tasks, build=TaskRow, add_label=_("Add a task"),
                                  remove_label=_("Remove task {number}"), changed=self.autosave.changed)
        self.measures = many_choice_field(_("Measures in the data plan"), self._measure_options(plan.measure_ids),
                                          plan.measure_ids)
        self.data_collection = text_area(_("Data collection"), plan.data_collection)
        _watch(self, (self.title, self.owner, self.start, self.end, self.purpose, self.scale, self.plan,
                      self.measures, self.data_collection))
        self.widget = section(
            _("Plan"),
            paragraph(_("Start small: one client, one case worker, one time. Write what you want to learn and "
                        "what you think will happen."), css_class="gk-muted"),
            self.title, self.owner, self.start, self.end, self.purpose, self.scale,
            heading(_("Questions and predictions")), self.questions.widget,
            with_help(self.plan, _("Who does what, where, when and how")), heading(_("Tasks")), self.tasks.widget,
            heading(_("Data plan")), self.measures,
            with_help(self.data_collection, _("Who collects the data, and how")), self.autosave.status,
        )

    def _measure_options(self, linked: tuple[int, ...]) -> list[tuple[str, int]]:
        store, team_id = self.worksheet.page.store, self.worksheet.cycle.team_id
        measures = list_measures(store, team_id)
        known = {measure.id for measure in measures}
        removed = [get_measure(store, team_id, measure_id) for measure_id in linked if measure_id not in known]
        return ([(measure.name, measure.id) for measure in measures]
                + [(_("{title} (removed)").format(title=measure.name), measure.id) for measure in removed])

    def save(self) -> None:
        plan = PlanPart(
            title=self.title.value, owner=self.owner.value, start=self.start.date, end=self.end.date,
            purpose=self.purpose.value, scale=self.scale.value, questions=tuple(self.questions.items()),
            plan=self.plan.value, tasks=tuple(self.tasks.items()), measure_ids=tuple(self.measures.value),
            data_collection=self.data_collection.value,
        )
        cycle = self.worksheet.save(save_plan, plan)
        written = [row for row in self.questions.rows if row.text.value.strip()]
        for row, question in zip(written, cycle.plan.questions, strict=True):
            row.id = question.id


class DoForm:
    """Göra: what happened, problems and deviations from the plan, surprises."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        do = worksheet.cycle.do
        self.autosave = Autosave(self.save)
        self.what_happened = text_area(_("What happened"), do.what_happened, rows=4)
        self.problems = text_area(_("Problems and deviations"), do.problems)
        self.surprises = text_area(_("Surprises"), do.surprises)
        _watch(self, (self.what_happened, self.problems, self.surprises))
        self.widget = section(_("Do"), paragraph(_("Carry out the test on a small scale and write down what "
                                                   "happens while it is fresh."), css_class="gk-muted"),
                              self.what_happened, self.problems, self.surprises, self.autosave.status)

    def save(self) -> None:
        self.worksheet.save(save_do, DoPart(self.what_happened.value, self.problems.value, self.surprises.value))


class StudyForm:
    """Studera: per question, the prediction beside what happened; and what we learned."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        self.autosave = Autosave(self.save)
        self.observed: dict[int, ipywidgets.Textarea] = {}
        self.questions_box = ipywidgets.VBox()
        self._shown: tuple = ()
        self.questions_changed()
        self.learned = text_area(_("What we learned"), worksheet.cycle.learned, rows=4)
        _watch(self, (self.learned,))
        self.widget = section(_("Study"), paragraph(_("Compare what happened with your predictions. "
                                                      "What did you learn?"), css_class="gk-muted"),
                              self.questions_box, self.learned, self.autosave.status)

    def questions_changed(self) -> None:
        """Show the questions Planera has saved; answers typed here are kept."""
        questions = self.worksheet.cycle.plan.questions
        shown = tuple((q.id, q.text, q.prediction) for q in questions)
        if shown == self._shown:
            return
        self._shown = shown
        typed = {question_id: area.value for question_id, area in self.observed.items()}
        self.observed, lines = {}, []
        for number, question in enumerate(questions, start=1):
            area = text_area(_("What happened (question {number})").format(number=number),
                             typed.get(question.id, question.observed))
            _watch(self, (area,))
            self.observed[question.id] = area
            heading_text = text(_("Question {number}").format(number=number))
            prediction_label, prediction = text(_("Prediction")), question.prediction or _("No prediction written")
            lines += [html(f"<h4>{heading_text}</h4>{wrapped(question.text)}"
                           f"<p><strong>{prediction_label}:</strong></p>{wrapped(prediction)}"), area]
        if not questions:
            lines = [paragraph(_("Write questions and predictions in Plan; they appear here to compare with."),
                               css_class="gk-muted")]
        self.questions_box.children = lines

    def save(self) -> None:
        study = StudyPart(tuple((question_id, area.value) for question_id, area in self.observed.items()),
                          self.learned.value)
        self.worksheet.save(save_study, study)


class ActForm:
    """Agera: adopt, adapt or abandon; what changes; the next cycle; a larger scale."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        act = worksheet.cycle.act
        self.autosave = Autosave(self.save)
        self.decision = choice_field(_("Decision"), _choices(Decision, _("– no decision yet –")), act.decision)
        self.changes = text_area(_("What changes"), act.changes)
        self.next_steps = text_area(_("The next cycle"), act.next_steps)
        self.next_scale = choice_field(_("Larger scale next time?"), _choices(Scale, _("– the same scale –")),
                                       act.next_scale)
        _watch(self, (self.decision, self.changes, self.next_steps, self.next_scale))
        self.next_button = button(_("Plan the next cycle"), primary=True)
        self.next_button.on_click(worksheet.page.guard(lambda _button: self.plan_next()))
        self.messages = MessageArea()
        self.widget = section(
            _("Act"), paragraph(_("Decide: adopt the change, adapt it and test again, or abandon it."),
                                css_class="gk-muted"),
            self.decision, self.changes, self.next_steps, self.next_scale, self.autosave.status,
            self.next_button, self.messages.widget,
        )

    def save(self) -> None:
        act = ActPart(self.decision.value, self.changes.value, self.next_steps.value, self.next_scale.value)
        self.worksheet.save(save_act, act)

    def plan_next(self) -> None:
        self.worksheet.flush()
        worksheet = self.worksheet
        try:
            cycle = next_cycle(worksheet.page.store, worksheet.cycle.team_id, worksheet.cycle.id,
                               actor=worksheet.page.session.actor)
        except UserError as problem:
            self.messages.show(problem.message, "warning")
            return
        worksheet.open(cycle.id, _("Cycle {number} is planned. It carries the questions and the scale forward: "
                                   "write new predictions.").format(number=cycle.number))
