"""The purpose of the team's work: why first, then how and what; and its object (for whom, need, goal)."""

from __future__ import annotations

from workshop.aims.model import Purpose, PurposeDetails
from workshop.i18n import N_
from workshop.store.records import Field, Record, TeamTexts
from workshop.store.tables.aims import PurposeRow

PURPOSE = Record(PurposeDetails, tuple(Field(name, label, max_length=4000) for name, label in (
    ("why", N_("Why? (the reason, first)")),
    ("how", N_("How? (the way you work)")),
    ("what", N_("What? (what you do)")),
    ("for_whom", N_("For whom?")),
    ("need", N_("Which need?")),
    ("goal", N_("Which goal?")),
)))
_TEXTS = TeamTexts(PurposeRow, PURPOSE, Purpose)

get_purpose = _TEXTS.get
"""The team's purpose; an empty one (version 0) before the team has written any."""

save_purpose = _TEXTS.save
"""Save the purpose; ``expected_version`` is 0 for the first save, else the version the person read."""
