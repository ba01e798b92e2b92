"""The collaborative's summary for steering groups and the final meeting: the teams, their target groups (masked
as in every team document), aims, changes tested by prevention level, cycles, results with verdicts, self- and
faculty scores, the meetings' notes and the teams' questions, and what the teams learned. Built from the
cross-team overview and each team's snapshot.

>>> document = collaborative_summary(store, facilitator, progress=lambda done, total: ...)
>>> docx_bytes(document)
>>> summary_deck(document)                  # the same content as a PowerPoint deck
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from workshop.i18n import _, format_date, get_language
from workshop.improvement import PreventionLevel
from workshop.model import StepStatus
from workshop.overview import CrossTeamOverview, collaborative_overview
from workshop.reports.blocks import Block, Document, Heading, Paragraph, Table
from workshop.reports.meeting_sections import meetings_section
from workshop.reports.records.assessment_scale import score_text
from workshop.reports.records.monthly import month_label
from workshop.reports.sections import learning_table, target_group_facts
from workshop.reports.snapshot import TeamSnapshot, team_snapshot
from workshop.seminars import get_program
from workshop.seminars.notes import meeting_notes
from workshop.seminars.questions import questions_for
from workshop.session import Session

Progress = Callable[[int, int], None]
"""Told (teams read, teams in all) as the summary reads each team, for a progress bar."""


def collaborative_summary(store, facilitator: Session, *, today: dt.date | None = None,
                          progress: Progress | None = None) -> Document:
    """The summary of the collaborative the facilitator's session leads (any other session is refused)."""
    today = today or dt.date.today()
    overview = collaborative_overview(store, facilitator, today=today)
    snapshots = []
    for number, team in enumerate(overview.teams, 1):
        snapshots.append(team_snapshot(store, team.team_id, today=today))
        if progress is not None:
            progress(number, len(overview.teams))
    blocks: list[Block] = [*_teams(overview), *_changes(overview), *_results(overview), *_scores(overview)]
    collaborative_id = overview.collaborative_id
    blocks += meetings_section(get_program(store, collaborative_id).meetings, meeting_notes(store, collaborative_id),
                               questions_for(store, facilitator))
    for snapshot in snapshots:
        blocks += _team(snapshot)
    subtitle = _("{collaborative}, made on {date}").format(collaborative=overview.collaborative,
                                                          date=format_date(today))
    return Document(_("Summary of the collaborative"), subtitle, tuple(blocks), get_language())


def summary_deck(document: Document) -> bytes:
    """The summary as a PowerPoint deck in the storyboard's style, slide by slide what the document says."""
    from workshop.reports.pptx.document_deck import document_deck

    return document_deck(document, kicker=_("For the steering group and the final meeting"))


def _teams(overview: CrossTeamOverview) -> tuple[Block, ...]:
    pdsa = {line.team_id: line for line in overview.pdsa}
    done: dict[int, int] = defaultdict(int)
    for cell in overview.steps:
        done[cell.team_id] += cell.status is StepStatus.DONE
    rows = tuple((team.name, team.municipality, str(done[team.team_id]), str(pdsa[team.team_id].cycles),
                  f"{pdsa[team.team_id].adopted} / {pdsa[team.team_id].adapted} / {pdsa[team.team_id].abandoned}")
                 for team in overview.teams)
    return (Heading(1, _("Teams")),
            Table((_("Team"), _("Municipality"), _("Steps done"), _("PDSA cycles"),
                   _("Adopted / adapted / abandoned")), rows))


def _changes(overview: CrossTeamOverview) -> tuple[Block, ...]:
    names = {team.team_id: team.name for team in overview.teams}
    levels = {level.value: level.label for level in PreventionLevel}
    rows = sorted(((levels.get(line.prevention_level or "", "–"), line.title, names[line.team_id], str(line.cycles))
                   for line in overview.changes), key=lambda row: (row[0], row[1].casefold()))
    if not rows:
        return (Heading(1, _("Changes tested by prevention level")),
                Paragraph(_("No team has chosen a change idea yet.")))
    return (Heading(1, _("Changes tested by prevention level")),
            Table((_("Prevention level"), _("Change idea"), _("Team"), _("PDSA cycles")), tuple(rows)))


def _results(overview: CrossTeamOverview) -> tuple[Block, ...]:
    names = {team.team_id: team.name for team in overview.teams}
    rows = tuple((names[cell.team_id], cell.measure, str(cell.points), f"{cell.signal.symbol} {cell.signal.label}")
                 for cell in overview.measures)
    return (Heading(1, _("Results")),
            Table((_("Team"), _("Measure"), _("Points"), _("Verdict")), rows) if rows
            else Paragraph(_("No team has a measure yet.")))


def _scores(overview: CrossTeamOverview) -> tuple[Block, ...]:
    names = {team.team_id: team.name for team in overview.teams}

    def shown(value: float | None) -> str:
        return score_text(value) if value is not None else "–"

    rows = tuple((names[cell.team_id], month_label(cell.month), shown(cell.self_score), shown(cell.faculty_score),
                  shown(cell.gap)) for cell in overview.scores)
    return (Heading(1, _("Self-score and faculty score")),
            Table((_("Team"), _("Month"), _("Self-score"), _("Faculty score"), _("Gap")), rows) if rows
            else Paragraph(_("No scores yet.")))


def _team(snapshot: TeamSnapshot) -> tuple[Block, ...]:
    return (Heading(1, snapshot.team.name),
            Heading(2, _("Target group")), *target_group_facts(snapshot.target_group),
            Heading(2, _("Aim")),
            Paragraph(snapshot.aim_sentence, strong=True) if snapshot.aim_sentence
            else Paragraph(_("No aim has been written yet (step 2).")),
            Heading(2, _("What we learned")), learning_table(snapshot.learning))
