"""The team's learning log: every "what we learned" across its cycles, and its export."""

from __future__ import annotations

import csv
import io

from workshop.i18n import _
from workshop.pdsa.model import LearningEntry
from workshop.pdsa.reading import list_cycles
from workshop.pdsa.records import ACT, PLAN
from workshop.spreadsheet import neutralised
from workshop.store import Store

# A spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text (OWASP CSV injection).


def learning_log(store: Store, team_id: int, *, change_idea_id: int | None = None) -> list[LearningEntry]:
    """The cycles with something written under "what we learned", by change idea and cycle number."""
    return [
        LearningEntry(cycle.id, cycle.change_idea_id, cycle.change_idea_title, cycle.number, cycle.title,
                      cycle.plan.start, cycle.plan.end, cycle.act.decision, cycle.learned)
        for cycle in list_cycles(store, team_id, change_idea_id=change_idea_id)
        if cycle.learned
    ]


def learning_log_csv(entries: list[LearningEntry]) -> str:
    """The log as CSV with semicolons (what Swedish spreadsheets expect); dates as YYYY-MM-DD."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_("Change idea"), _("Cycle"), PLAN.label("title"), _("Start"), _("End"), ACT.label("decision"),
                     _("What we learned")])
    for entry in entries:
        row = [entry.change_idea_title, str(entry.number), entry.title,
               entry.start.isoformat() if entry.start else "", entry.end.isoformat() if entry.end else "",
               entry.decision.label if entry.decision else "", entry.learned]
        writer.writerow([neutralised(cell) for cell in row])
    return buffer.getvalue()
