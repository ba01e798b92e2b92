"""The fields of a driver, a measure and a change idea, declared once: forms, cleaning, storing and reports follow them.

A new field is a column in its table (and its migration), a
:class:`~workshop.store.records.Field` here, an attribute of the dataclass in
:mod:`workshop.improvement.model`, and its label in both catalogs.
"""

from __future__ import annotations

from workshop.i18n import N_
from workshop.improvement.model import (
    ChangeIdeaDetails,
    ChartKind,
    Direction,
    Driver,
    Effort,
    Frequency,
    Impact,
    MeasureDetails,
    MeasureKind,
    MeasureUnit,
    PreventionLevel,
)
from workshop.store.records import Field, Kind, Record
from workshop.store.tables.improvement import TITLE_LENGTH

BASELINE_PERIOD_LENGTH = 120

DRIVER = Record(Driver, (
    Field("title", N_("Driver"), Kind.TEXT, max_length=TITLE_LENGTH, required=True),
))
"""A driver's one typed field; where it stands in the diagram (``parent_id``, ``position``) is the store's."""

MEASURE = Record(MeasureDetails, (
    Field("name", N_("Name of the measure"), Kind.TEXT, max_length=TITLE_LENGTH, required=True, sentence=True),
    Field("kind", N_("Type of measure"), Kind.CHOICE, choices=MeasureKind, required=True),
    Field("unit", N_("Unit"), Kind.CHOICE, choices=MeasureUnit, required=True),
    Field("numerator", N_("Numerator"), help=N_("What is counted.")),
    Field("denominator", N_("Denominator"), help=N_("What the count is divided by.")),
    Field("fixed_denominator", N_("Denominator"), Kind.WHOLE, form_label=N_("Fixed denominator"),
          help=N_("Optional: one number for every period, for example the number in the target group.")),
    Field("rate_per", N_("Per how many"), Kind.WHOLE, placeholder="100",
          help=N_("For a rate, for example per 100 visits.")),
    Field("inclusion", N_("Included")),
    Field("exclusion", N_("Excluded")),
    Field("data_source", N_("Data source")),
    Field("collector", N_("Who collects"), Kind.TEXT, max_length=TITLE_LENGTH),
    Field("frequency", N_("How often"), Kind.CHOICE, choices=Frequency, required=True),
    Field("baseline_period", N_("Baseline period"), Kind.TEXT, max_length=BASELINE_PERIOD_LENGTH,
          placeholder=N_("e.g. weeks 1–8 2026")),
    Field("baseline_value", N_("Baseline"), Kind.NUMBER, form_label=N_("Baseline value")),
    Field("target_value", N_("Target"), Kind.NUMBER, form_label=N_("Target value")),
    Field("direction", N_("Better is"), Kind.CHOICE, choices=Direction, required=True),
    Field("chart", N_("Chart"), Kind.CHOICE, choices=ChartKind, required=True),
    Field("driver_id", N_("Belongs to"), Kind.REFERENCE, empty=N_("The aim")),
    Field("catalog_entry", N_("Card in the knowledge bank"), Kind.REFERENCE, in_form=False),
))
"""A measure with its operational definition (docs/aims.md), in the order the form shows it."""

CHANGE_IDEA = Record(ChangeIdeaDetails, (
    Field("title", N_("Change idea"), Kind.TEXT, max_length=TITLE_LENGTH, required=True),
    Field("description", N_("Description")),
    Field("driver_id", N_("Driver"), Kind.REFERENCE),
    Field("prevention_level", N_("Prevention level"), Kind.CHOICE, choices=PreventionLevel),
    Field("impact", N_("Impact"), Kind.CHOICE, choices=Impact),
    Field("effort", N_("Effort"), Kind.CHOICE, choices=Effort),
    Field("catalog_entry", N_("Card in the knowledge bank"), Kind.REFERENCE, in_form=False),
))
"""A change idea, in the order the reports' table of ideas shows it."""
