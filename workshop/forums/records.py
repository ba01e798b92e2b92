"""A forum's texts and a round's decision, declared once: cleaning, storing, forms and reports follow them."""

from __future__ import annotations

from workshop.forums.model import ActDetails, ForumDetails, ForumLevel
from workshop.i18n import N_
from workshop.store.records import Field, Kind, Record
from workshop.store.tables.forums import SHORT_LENGTH

FORUM_TEXTS = Record(ForumDetails, (
    Field("name", N_("Name of the forum"), Kind.TEXT, max_length=SHORT_LENGTH, required=True),
    Field("level", N_("Level"), Kind.CHOICE, choices=ForumLevel, required=True),
    Field("for_whom", N_("For whom do we collaborate?"), form_label=N_("For whom"), lines=2),
    Field("need", N_("Which need is the collaboration based on?"), form_label=N_("Need"), lines=2),
    Field("goal", N_("What is the goal of the collaboration?"), form_label=N_("Goal"), lines=2),
    Field("why", N_("Why does the forum exist?"), form_label=N_("Why"), lines=2,
          help=N_("Start with why (the golden circle): then how, then what.")),
    Field("how", N_("How does the forum work?"), form_label=N_("How"), lines=2),
    Field("what", N_("What does the forum do?"), form_label=N_("What"), lines=2),
))
"""The forum's named texts: the object of collaboration (Danermark) and the purpose in the golden circle's order."""

ACT = Record(ActDetails, (
    Field("what", N_("What we decided to change"), required=True, column="act_what", form_label=N_("Decision")),
    Field("who", N_("Who takes it on"), Kind.TEXT, max_length=SHORT_LENGTH, column="act_who",
          help=N_("A role, not a name.")),
    Field("by_when", N_("Follow up by"), Kind.DATE, column="act_by_when"),
))
