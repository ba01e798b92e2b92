"""The fields of an aim statement, declared once: its form, cleaning and storing follow them.

An aim is a draft until the team is done: no field is required, and baseline and
target are kept as typed (the checks in :mod:`workshop.aims.checks` only advise).
"""

from __future__ import annotations

from workshop.aims.model import AimDetails
from workshop.i18n import N_
from workshop.store.records import Field, Kind, Record
from workshop.store.tables.aims import AIM_NUMBER_LENGTH, AIM_TEXT_LENGTH

AIM = Record(AimDetails, (
    Field("what", N_("What will change"), Kind.TEXT, max_length=AIM_TEXT_LENGTH, sentence=True,
          placeholder=N_("e.g. the share of new visits where AUDIT and DUDIT are used")),
    Field("for_whom", N_("For whom"), Kind.TEXT, max_length=AIM_TEXT_LENGTH, sentence=True,
          placeholder=N_("e.g. young adults (18–24)")),
    Field("baseline", N_("From (baseline)"), Kind.TEXT, max_length=AIM_NUMBER_LENGTH, placeholder="20"),
    Field("target", N_("To (target)"), Kind.TEXT, max_length=AIM_NUMBER_LENGTH, placeholder="80"),
    Field("unit", N_("Unit"), Kind.TEXT, max_length=AIM_NUMBER_LENGTH, form_label=N_("Unit (e.g. %)"),
          placeholder="%"),
    Field("by_when", N_("By when"), Kind.DATE),
))
