"""The fields of a support, declared once: its form, cleaning, storing and the reports' columns follow them.

The needs a support covers are a list of keys kept beside the fields (:mod:`workshop.support_map.keys`).
"""

from __future__ import annotations

from workshop.i18n import N_
from workshop.improvement.model import PreventionLevel
from workshop.store.records import Field, Kind, Record
from workshop.store.tables.changes import NAME_LENGTH
from workshop.support_map.model import SupportDetails, SupportScope

SUPPORT = Record(SupportDetails, (
    Field("name", N_("Name of the support"), Kind.TEXT, max_length=NAME_LENGTH, required=True),
    Field("provider", N_("Provider"), Kind.TEXT, max_length=NAME_LENGTH,
          placeholder=N_("e.g. the region's addiction unit")),
    Field("scope", N_("Internal or external"), Kind.CHOICE, choices=SupportScope, required=True),
    Field("target_groups", N_("Target groups"), lines=1, placeholder=N_("e.g. adults 18–29")),
    Field("prevention_level", N_("Prevention level"), Kind.CHOICE, choices=PreventionLevel, empty=N_("Not set")),
    Field("how_to_reach", N_("How to reach it"), lines=1, placeholder=N_("e.g. drop-in on Tuesdays, referral")),
    Field("contact", N_("Contact"), Kind.TEXT, max_length=NAME_LENGTH,
          placeholder=N_("a function or switchboard, never client details")),
))
