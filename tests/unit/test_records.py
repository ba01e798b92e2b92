"""Declared records: a field added to a record's list is cleaned, stored, read back and labelled with no other code.

The record here is the test's own (its own table in its own SQLite database), not a part of the product schema.
"""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Date, Integer, String, Text, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from workshop.aims import AIM, PURPOSE
from workshop.errors import InvalidInput
from workshop.i18n import N_
from workshop.improvement.records import CHANGE_IDEA, DRIVER, MEASURE
from workshop.pdsa import Decision
from workshop.pdsa.records import ACT, DO, PLAN, QUESTION, STUDY, TASK
from workshop.reports.records.final_plan import FINAL_PLAN
from workshop.reports.records.monthly import MONTHLY
from workshop.store.records import Field, Kind, Record
from workshop.support_map.records import SUPPORT


class _Base(DeclarativeBase):
    pass


class VisitRow(_Base):
    """The columns in another order than the dataclass's attributes: rows and records meet by name only."""

    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_date: Mapped[dt.date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(16))
    owner: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    surprises: Mapped[str] = mapped_column(Text, nullable=False, default="")


@dataclass(frozen=True)
class Visit:
    owner: str = ""
    decision: Decision | None = None
    start: dt.date | None = None


VISIT = Record(Visit, (
    Field("owner", N_("Test owner"), Kind.TEXT, max_length=20, required=True),
    Field("decision", N_("Decision"), Kind.CHOICE, choices=Decision),
    Field("start", N_("Period starts"), Kind.DATE, column="visit_date"),
))


@dataclass(frozen=True)
class VisitWithSurprises(Visit):
    surprises: str = ""


WITH_SURPRISES = Record(VisitWithSurprises, (*VISIT.fields, Field("surprises", N_("Surprises"))))
"""The same record with one field added: only its declaration (and the column) is new."""


@pytest.fixture
def session(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'records.sqlite'}")
    _Base.metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def _stored_and_read(session: Session, record: Record, value: object) -> object:
    row = VisitRow()
    record.write(row, value)
    session.add(row)
    session.commit()
    row_id = row.id
    session.expunge_all()
    return record.read(session.get(VisitRow, row_id))


def test_a_record_is_cleaned_stored_and_read_back_by_field_name(session):
    typed = Visit(owner="  Kim   Berg ", decision="adapt", start="2026-11-02")
    cleaned = VISIT.clean(typed)
    assert cleaned == Visit(owner="Kim Berg", decision=Decision.ADAPT, start=dt.date(2026, 11, 2))
    assert _stored_and_read(session, VISIT, cleaned) == cleaned
    stored = session.get(VisitRow, 1)
    assert (stored.owner, stored.decision, stored.visit_date) == ("Kim Berg", "adapt", dt.date(2026, 11, 2))


def test_an_added_field_is_cleaned_stored_read_back_and_labelled(session):
    typed = VisitWithSurprises(owner="Kim", surprises="  Fler kom \r\n än   väntat.  ")
    cleaned = WITH_SURPRISES.clean(typed)
    assert cleaned.surprises == "Fler kom\nän väntat."
    assert _stored_and_read(session, WITH_SURPRISES, cleaned) == cleaned
    assert WITH_SURPRISES.labelled(cleaned, "surprises") == (("Överraskningar", "Fler kom\nän väntat."),)
    with pytest.raises(InvalidInput, match="Överraskningar innehåller tecken") as refused:
        WITH_SURPRISES.clean(VisitWithSurprises(owner="Kim", surprises="ett\x07pip"))
    assert refused.value.field == "surprises"


def test_refusals_name_the_field_and_say_its_label(session):
    with pytest.raises(InvalidInput, match="Fyll i testansvarig") as empty:
        VISIT.clean(Visit(owner=" "))
    with pytest.raises(InvalidInput, match="högst 20 tecken") as long:
        VISIT.clean(Visit(owner="K" * 21))
    with pytest.raises(InvalidInput) as choice:
        VISIT.clean(Visit(owner="Kim", decision="kanske"))
    with pytest.raises(InvalidInput, match="Perioden börjar") as date:
        VISIT.clean(Visit(owner="Kim", start="2026-02-30"))
    assert [refusal.value.field for refusal in (empty, long, choice, date)] == ["owner", "owner", "decision", "start"]


def test_reports_print_the_declared_labels_and_the_choices_own_labels():
    visit = Visit(owner="Kim", decision=Decision.ABANDON, start=dt.date(2026, 11, 2))
    assert VISIT.labelled(visit) == (("Testansvarig", "Kim"), ("Beslut", "Överge"), ("Perioden börjar", "2026-11-02"))
    assert VISIT.labelled(Visit(), "decision") == (("Beslut", ""),)


@dataclass(frozen=True)
class Count:
    people: int | None = None
    share: float | None = None
    card: str | None = None


COUNT = Record(Count, (
    Field("people", N_("Per how many"), Kind.WHOLE),
    Field("share", N_("Baseline"), Kind.NUMBER),
    Field("card", N_("Card in the knowledge bank"), Kind.REFERENCE),
))


def test_numbers_and_references_are_cleaned_by_their_kind():
    assert COUNT.clean(Count(people=12.0, share=3, card="")) == Count(people=12, share=3.0, card=None)
    assert COUNT.clean(Count(card="audit")).card == "audit"
    with pytest.raises(InvalidInput, match="Per hur många måste vara ett heltal") as whole:
        COUNT.clean(Count(people=2.5))
    with pytest.raises(InvalidInput, match="Utgångsläge måste vara ett tal") as number:
        COUNT.clean(Count(share=float("nan")))
    assert (whole.value.field, number.value.field) == ("people", "share")


def test_a_date_field_refuses_what_is_not_a_date():
    with pytest.raises(InvalidInput) as refused:
        VISIT.clean(Visit(owner="Kim", start=20261102))
    assert refused.value.field == "start"


def _positional_builds(names: set[str]) -> list[str]:
    found = []
    root = Path(__file__).resolve().parents[2]
    for path in (*(root / "workshop").rglob("*.py"), *(root / "widgets").rglob("*.py"), *(root / "bench").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Name) and node.func.id in names:
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_module_builds_a_declared_record_by_position():
    """A field inserted in the middle of a dataclass would shift positional values silently; names cannot."""
    declared = (PLAN, QUESTION, TASK, DO, STUDY, ACT, PURPOSE, FINAL_PLAN, AIM, DRIVER, MEASURE, CHANGE_IDEA, SUPPORT,
                MONTHLY)
    stored = {"Purpose", "FinalPlan", "Aim", "Measure", "ChangeIdea", "Support", "MonthlyReport", "Collaborative",
              "CollaborativeDetails", "Team", "TeamDetails"}
    names = {record.details.__name__ for record in declared} | stored
    assert _positional_builds(names) == []
