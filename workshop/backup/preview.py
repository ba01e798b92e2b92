"""What a backup holds, shown before anything is imported: its teams, how much of each kind, when and by what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.backup.format import Kind
from workshop.backup.reading import Backup
from workshop.i18n import N_, _, format_date, format_number, format_time, ngettext

TABLE_LABELS = {
    "collaborative": N_("Collaborative"),
    "seminar": N_("Seminars and meetings"),
    "seminar_agenda_item": N_("Agenda items of meetings"),
    "seminar_task": N_("What to bring and work until next time"),
    "meeting_notes": N_("Notes of meetings"),
    "team_question": N_("Teams' questions before meetings"),
    "cross_groups": N_("Meetings' saved cross-groups"),
    "cross_group_member": N_("People in the meetings' cross-groups (first names of staff)"),
    "team": N_("Teams"),
    "team_member": N_("Team members"),
    "step_progress": N_("Step statuses"),
    "aim": N_("Aims"),
    "purpose": N_("Purposes (why, how, what)"),
    "driver": N_("Drivers"),
    "change_idea": N_("Change ideas"),
    "measure": N_("Measures"),
    "inventory": N_("Target-group inventories"),
    "inventory_count": N_("Counts in the inventories"),
    "inventory_profile": N_("Saved column choices for imports"),
    "inventory_notes": N_("Expectations and notes"),
    "support": N_("Supports in the support map"),
    "support_need": N_("Needs the team typed itself"),
    "pdsa_cycle": N_("PDSA cycles"),
    "pdsa_question": N_("Questions of PDSA cycles"),
    "pdsa_task": N_("Tasks of PDSA cycles"),
    "pdsa_cycle_measure": N_("Measures followed in PDSA cycles"),
    "result_point": N_("Measurement points"),
    "result_phase": N_("New phases of charts"),
    "monthly_report": N_("Monthly reports"),
    "final_plan": N_("Plans for continuing (final report)"),
    "forum": N_("Collaboration forums"),
    "forum_seat": N_("Seats at the forums' tables"),
    "forum_round": N_("Self-assessment rounds of the forums"),
    "forum_answer": N_("Anonymous answers to the forums' self-assessments"),
    "faculty_score": N_("The faculty's scores"),
    "history": N_("History entries (who changed what, when)"),
}
"""A name for each kind of row, in the order of the journey; a table without one is shown by its own name, last."""


@dataclass(frozen=True)
class Preview:
    kind: Kind
    name: str
    """The team's or the collaborative's name."""
    team_names: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    """(kind of row, number of rows) for every kind the backup has rows of."""
    made_at: dt.datetime
    app_version: str

    def lines(self) -> list[str]:
        """The preview in sentences, for the page and the command line."""
        return [*self.summary(), *self.count_lines()]

    def summary(self) -> list[str]:
        """What the backup is of, and when and by what it was made."""
        made = self.made_at.astimezone()
        if self.kind is Kind.TEAM:
            what = _("A backup of the team “{name}”.").format(name=self.name)
        else:
            what = ngettext("A backup of the collaborative “{name}” with {count} team: {teams}.",
                            "A backup of the collaborative “{name}” with {count} teams: {teams}.",
                            len(self.team_names)).format(name=self.name, count=len(self.team_names),
                                                         teams=", ".join(self.team_names))
        made_when = _("Made on {date} at {time} by version {version} of the kit.").format(
            date=format_date(made.date()), time=format_time(made), version=self.app_version)
        return [what, made_when]

    def count_lines(self) -> list[str]:
        """How much of each kind the backup holds, e.g. "PGSA-cykler: 4"."""
        return [f"{label}: {format_number(count)}" for label, count in self.counts]


def preview(backup: Backup) -> Preview:
    return Preview(
        kind=backup.kind,
        name=backup.root["name"],
        team_names=tuple(row["name"] for row in backup.rows.get("team", ())),
        counts=tuple((_(TABLE_LABELS.get(name, name)), len(backup.rows[name]))
                     for name in sorted(backup.rows, key=_in_label_order) if backup.rows[name]),
        made_at=backup.manifest.made_at,
        app_version=backup.manifest.app_version,
    )


def _in_label_order(table_name: str) -> int:
    order = list(TABLE_LABELS)
    return order.index(table_name) if table_name in order else len(order)
