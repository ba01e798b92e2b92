"""The four parts of the worksheet; each saves on its own, shortly after the last edit.

The parts share the worksheet's current cycle (and so its version): a save by
another member in between is refused as a conflict, and what this person typed
stays in the fields.
"""

from __future__ import annotations

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import button, heading, html, paragraph, section, sent_as_typed, text, text_area
from widgets.components.messages import MessageArea
from widgets.components.record_form import RecordForm
from widgets.pdsa.fields import many_choice_field, wrapped
from widgets.pdsa.plan_rows import QuestionRow, TaskRow
from widgets.pdsa.rows import EditableRows
from workshop.errors import UserError
from workshop.i18n import _
from workshop.improvement import get_measure, list_measures
from workshop.pdsa import next_cycle, save_act, save_do, save_plan, save_study
from workshop.pdsa.records import ACT, DO, PLAN, STUDY


def _watch(part, fields) -> None:
    sent_as_typed(*fields)
    for field in fields:
        field.observe(part.page.guard(part.autosave.changed), names="value")


class PlanForm:
    """Planera: the header, questions with predictions, who does what, the tasks and the data plan."""

    def __init__(self, page, worksheet) -> None:
        self.page, self.worksheet = page, worksheet
        plan = worksheet.cycle.plan
        self.autosave = Autosave(self.save)
        self.fields = RecordForm(PLAN, plan, changed=page.guard(self.autosave.changed))
        self.questions = EditableRows(page, plan.questions, build=QuestionRow, add_label=_("Add a question"),
                                      remove_label=_("Remove question {number}"), changed=self.autosave.changed)
        self.tasks = EditableRows(page, plan.tasks, build=TaskRow, add_label=_("Add a task"),
                                  remove_label=_("Remove task {number}"), changed=self.autosave.changed)
        self.measures = many_choice_field(_("Measures in the data plan"), self._measure_options(plan.measure_ids),
                                          plan.measure_ids)
        _watch(self, (self.measures,))
        self.widget = section(
            _("Plan"),
            paragraph(_("Start small: one client, one case worker, one time. Write what you want to learn and "
                        "what you think will happen."), css_class="gk-muted"),
            *self.fields.shown("title", "owner", "start", "end", "purpose", "scale"),
            heading(_("Questions and predictions")), self.questions.widget,
            *self.fields.shown("plan"), heading(_("Tasks")), self.tasks.widget,
            heading(_("Data plan")), self.measures, *self.fields.shown("data_collection"), self.autosave.status,
        )

    def _measure_options(self, linked: tuple[int, ...]) -> list[tuple[str, int]]:
        store, team_id = self.page.store, self.worksheet.cycle.team_id
        measures = list_measures(store, team_id)
        known = {measure.id for measure in measures}
        removed = [get_measure(store, team_id, measure_id) for measure_id in linked if measure_id not in known]
        return ([(measure.name, measure.id) for measure in measures]
                + [(_("{title} (removed)").format(title=measure.name), measure.id) for measure in removed])

    def save(self) -> None:
        plan = self.fields.value(questions=tuple(self.questions.items()), tasks=tuple(self.tasks.items()),
                                 measure_ids=tuple(self.measures.value))
        cycle = self.worksheet.save(save_plan, plan)
        written = [row for row in self.questions.rows if row.text.value.strip()]
        for row, question in zip(written, cycle.plan.questions, strict=True):
            row.id = question.id


class DoForm:
    """Göra: what happened, problems and deviations from the plan, surprises."""

    def __init__(self, page, worksheet) -> None:
        self.page, self.worksheet = page, worksheet
        do = worksheet.cycle.do
        self.autosave = Autosave(self.save)
        self.fields = RecordForm(DO, do, changed=page.guard(self.autosave.changed))
        self.widget = section(_("Do"), paragraph(_("Carry out the test on a small scale and write down what "
                                                   "happens while it is fresh."), css_class="gk-muted"),
                              *self.fields.shown(), self.autosave.status)

    def save(self) -> None:
        self.worksheet.save(save_do, self.fields.value())


class StudyForm:
    """Studera: per question, the prediction beside what happened; and what we learned."""

    def __init__(self, page, worksheet) -> None:
        self.page, self.worksheet = page, worksheet
        self.autosave = Autosave(self.save)
        self.observed: dict[int, ipywidgets.Textarea] = {}
        self.questions_box = ipywidgets.VBox()
        self._shown: tuple = ()
        self.questions_changed()
        self.fields = RecordForm(STUDY, worksheet.cycle.study, changed=page.guard(self.autosave.changed))
        self.widget = section(_("Study"), paragraph(_("Compare what happened with your predictions. "
                                                      "What did you learn?"), css_class="gk-muted"),
                              self.questions_box, *self.fields.shown(), self.autosave.status)

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
        study = self.fields.value(observations=tuple((question_id, area.value)
                                                     for question_id, area in self.observed.items()))
        self.worksheet.save(save_study, study)


class ActForm:
    """Agera: adopt, adapt or abandon; what changes; the next cycle; a larger scale."""

    def __init__(self, page, worksheet) -> None:
        self.page, self.worksheet = page, worksheet
        act = worksheet.cycle.act
        self.autosave = Autosave(self.save)
        self.fields = RecordForm(ACT, act, changed=page.guard(self.autosave.changed))
        self.next_button = button(_("Plan the next cycle"), primary=True)
        self.next_button.on_click(page.guard(lambda _button: self.plan_next()))
        self.messages = MessageArea()
        self.widget = section(
            _("Act"), paragraph(_("Decide: adopt the change, adapt it and test again, or abandon it."),
                                css_class="gk-muted"),
            *self.fields.shown(), self.autosave.status,
            self.next_button, self.messages.widget,
        )

    def save(self) -> None:
        self.worksheet.save(save_act, self.fields.value())

    def plan_next(self) -> None:
        self.worksheet.flush()
        page, current = self.page, self.worksheet.cycle
        try:
            cycle = next_cycle(page.store, current.team_id, current.id, actor=page.session.actor)
        except UserError as problem:
            self.messages.show(problem.message, "warning")
            return
        page.redraw(_("Cycle {number} is planned. It carries the questions and the scale forward: "
                      "write new predictions.").format(number=cycle.number), cycle_id=cycle.id)
