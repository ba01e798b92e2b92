"""The rows of Planera: questions with their predictions, and the task list."""

from __future__ import annotations

from widgets.components.fields import sentence_field, text_area, text_field
from workshop.i18n import _
from workshop.pdsa import Question, Task


class QuestionRow:
    """A question and its prediction; ``id`` ties it to what Studera writes about it."""

    def __init__(self, number: int, question: Question | None) -> None:
        question = question or Question(text="")
        self.id = question.id
        self.text = text_area(_("Question {number}").format(number=number), question.text, rows=2)
        self.prediction = text_area(_("Prediction for question {number}").format(number=number),
                                    question.prediction, rows=2)
        self.widgets = [self.text, self.prediction]

    def item(self) -> Question:
        return Question(text=self.text.value, prediction=self.prediction.value, id=self.id)


class TaskRow:
    def __init__(self, number: int, task: Task | None) -> None:
        task = task or Task(what="")
        self.what = sentence_field(_("Task {number}: what").format(number=number), task.what)
        self.who = text_field(_("Task {number}: who").format(number=number), task.who)
        self.when = text_field(_("Task {number}: when").format(number=number), task.when)
        self.widgets = [self.what, self.who, self.when]

    def item(self) -> Task:
        return Task(what=self.what.value, who=self.who.value, when=self.when.value)
