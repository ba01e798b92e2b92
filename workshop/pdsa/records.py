"""The fields of the PGSA worksheet's parts, declared once: forms, cleaning, storing and reports follow them.

A new field of a part is a column in ``pdsa_cycle`` (and its migration), a
:class:`~workshop.store.records.Field` here and an attribute of the part's
dataclass, and its label in both catalogs.
"""

from __future__ import annotations

from workshop.i18n import N_
from workshop.pdsa.model import ActPart, CyclePurpose, Decision, DoPart, PlanPart, Question, Scale, StudyPart, Task
from workshop.store.records import Field, Kind, Record
from workshop.store.tables.improvement import TITLE_LENGTH
from workshop.store.tables.pdsa import SHORT_LENGTH

PLAN = Record(PlanPart, (
    Field("title", N_("Title of the cycle"), Kind.TEXT, max_length=TITLE_LENGTH, required=True, sentence=True),
    Field("owner", N_("Test owner"), Kind.TEXT, max_length=SHORT_LENGTH),
    Field("start", N_("Period starts"), Kind.DATE, column="start_date"),
    Field("end", N_("Period ends"), Kind.DATE, column="end_date"),
    Field("purpose", N_("This cycle will"), Kind.CHOICE, choices=CyclePurpose),
    Field("scale", N_("Scale"), Kind.CHOICE, choices=Scale),
    Field("plan", N_("The plan"), help=N_("Who does what, where, when and how"), lines=4),
    Field("data_collection", N_("Data collection"), help=N_("Who collects the data, and how")),
))
"""Planera's own fields; its questions, tasks and measures are lists kept in their own tables."""

QUESTION = Record(Question, (
    Field("text", N_("Question")),
    Field("prediction", N_("Prediction")),
), within="questions")

TASK = Record(Task, (
    Field("what", N_("What is to be done")),
    Field("who", N_("Who"), Kind.TEXT, max_length=SHORT_LENGTH),
    Field("when", N_("When"), Kind.TEXT, max_length=SHORT_LENGTH),
), within="tasks")

DO = Record(DoPart, (
    Field("what_happened", N_("What happened"), lines=4),
    Field("problems", N_("Problems and deviations from the plan"), form_label=N_("Problems and deviations")),
    Field("surprises", N_("Surprises")),
))

STUDY = Record(StudyPart, (
    Field("learned", N_("What we learned"), lines=4),
))
"""Studera's own field; what happened per question is kept with the question."""

ACT = Record(ActPart, (
    Field("decision", N_("Decision"), Kind.CHOICE, choices=Decision, empty=N_("– no decision yet –")),
    Field("changes", N_("What changes"), column="act_changes"),
    Field("next_steps", N_("The next cycle")),
    Field("next_scale", N_("Larger scale next time?"), Kind.CHOICE, choices=Scale, empty=N_("– the same scale –")),
))
