"""Frames of a team's PDSA cycles (step 4): one row per cycle with its Plan, Do, Study and Act fields, and the
cycles' questions, tasks and measures. The parts' columns follow their declared records (``workshop.pdsa.records``)."""

from __future__ import annotations

from typing import Any

from workshop.data.frames import Schema, schema, timestamp
from workshop.pdsa import Cycle
from workshop.pdsa.records import ACT, DO, PLAN, STUDY
from workshop.store.records import Field, Kind

_DTYPES = {Kind.TEXT: "string", Kind.LONG_TEXT: "string", Kind.CHOICE: "string", Kind.DATE: "datetime64[ns]"}
_PARTS = (PLAN, DO, STUDY, ACT)


def _part_columns() -> Schema:
    return tuple((field.name, _DTYPES[field.kind]) for part in _PARTS for field in part)


CYCLES = schema(
    ("cycle_id", "int64"), ("change_idea_id", "Int64"), ("change_idea", "string"), ("change_idea_removed", "bool"),
    ("number", "int64"), ("status", "string"), *_part_columns(), ("previous_id", "Int64"), ("next_id", "Int64"),
    ("started_on", "datetime64[ns]"), ("study_on", "datetime64[ns]"), ("done_on", "datetime64[ns]"),
)
QUESTIONS = schema(("cycle_id", "int64"), ("question_id", "Int64"), ("question", "string"),
                   ("prediction", "string"), ("observed", "string"))
TASKS = schema(("cycle_id", "int64"), ("task", "string"), ("who", "string"), ("when", "string"))
CYCLE_MEASURES = schema(("cycle_id", "int64"), ("measure_id", "int64"))


def _value(field: Field, value: Any) -> Any:
    if field.kind is Kind.DATE:
        return timestamp(value)
    return field.to_column(value)


def _cycle(cycle: Cycle) -> dict[str, Any]:
    parts = (cycle.plan, cycle.do, cycle.study, cycle.act)
    fields = {field.name: _value(field, getattr(part, field.name))
              for record, part in zip(_PARTS, parts, strict=True) for field in record}
    return {
        "cycle_id": cycle.id, "change_idea_id": cycle.change_idea_id, "change_idea": cycle.change_idea_title,
        "change_idea_removed": cycle.change_idea_removed, "number": cycle.number, "status": cycle.status.value,
        **fields, "previous_id": cycle.previous_id, "next_id": cycle.next_id,
        "started_on": timestamp(cycle.started_on), "study_on": timestamp(cycle.study_on),
        "done_on": timestamp(cycle.done_on),
    }


def cycle_rows(cycles: list[Cycle]) -> list[dict[str, Any]]:
    return [_cycle(cycle) for cycle in cycles]


def question_rows(cycles: list[Cycle]) -> list[dict[str, Any]]:
    return [{"cycle_id": cycle.id, "question_id": question.id, "question": question.text,
             "prediction": question.prediction, "observed": question.observed}
            for cycle in cycles for question in cycle.plan.questions]


def task_rows(cycles: list[Cycle]) -> list[dict[str, Any]]:
    return [{"cycle_id": cycle.id, "task": task.what, "who": task.who, "when": task.when}
            for cycle in cycles for task in cycle.plan.tasks]


def cycle_measure_rows(cycles: list[Cycle]) -> list[dict[str, Any]]:
    return [{"cycle_id": cycle.id, "measure_id": measure_id}
            for cycle in cycles for measure_id in cycle.plan.measure_ids]
