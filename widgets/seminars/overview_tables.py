"""The overview's tables as markup: one summary line per team, then teams × steps, measures, monthly reports,
scores and the changes across teams. Every verdict and status is a sign with words, never colour alone."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from widgets.seminars.markup import table
from workshop.i18n import _
from workshop.model import StepStatus
from workshop.overview import CrossTeamOverview, ReportStatus, TeamLine
from workshop.reports.records.assessment_scale import score_text
from workshop.reports.records.monthly import month_label
from workshop.steps import JOURNEY

REPORT_SIGNS = {ReportStatus.SUBMITTED: "✓", ReportStatus.LATE: "⏱", ReportStatus.MISSING: "✗",
                ReportStatus.NOT_DUE: "·"}


def _score(value: float | None) -> str:
    return score_text(value) if value is not None else "–"


def team_summary(overview: CrossTeamOverview, teams: list[TeamLine]) -> dict[int, dict[str, object]]:
    """The numbers of the summary table per team, which the page also sorts by."""
    done = defaultdict(int)
    for cell in overview.steps:
        done[cell.team_id] += cell.status is StepStatus.DONE
    missing = defaultdict(int)
    for report in overview.reports:
        missing[report.team_id] += report.status is ReportStatus.MISSING
    latest = {cell.team_id: cell for cell in overview.scores}  # scores are by month: the last one stays
    pdsa = {line.team_id: line for line in overview.pdsa}
    return {team.team_id: {
        "name": team.name.casefold(), "municipality": team.municipality.casefold(), "steps": done[team.team_id],
        "cycles": pdsa[team.team_id].cycles, "without_study": pdsa[team.team_id].ended_without_study,
        "missing": missing[team.team_id],
        "gap": abs(latest[team.team_id].gap or 0) if team.team_id in latest else 0,
    } for team in teams}


def summary_table(overview: CrossTeamOverview, teams: list[TeamLine]) -> str:
    pdsa = {line.team_id: line for line in overview.pdsa}
    latest = {cell.team_id: cell for cell in overview.scores}
    numbers = team_summary(overview, teams)
    rows = []
    for team in teams:
        line, score = pdsa[team.team_id], latest.get(team.team_id)
        gap = score.gap if score else None
        rows.append([
            f"<strong>{escape(team.name)}</strong>", escape(team.municipality),
            escape(_("{done} of {total}").format(done=numbers[team.team_id]["steps"], total=len(JOURNEY))),
            str(line.cycles), str(line.ended_without_study),
            escape(f"{line.adopted} / {line.adapted} / {line.abandoned}"), str(numbers[team.team_id]["missing"]),
            escape(f"{_score(score.self_score)} / {_score(score.faculty_score)} ({month_label(score.month)})"
                   if score else "–"),
            _gap(gap),
        ])
    return table(_("Teams"), [_("Team"), _("Municipality"), _("Steps done"), _("PDSA cycles"),
                              _("Period ended without Study"), _("Adopted / adapted / abandoned"),
                              _("Monthly reports missing"), _("Self / faculty score"), _("Gap")], rows)


def _gap(gap: float | None) -> str:
    if not gap:
        return "–"
    sign = "+" if gap > 0 else "−"
    return f'<strong><span aria-hidden="true">⚠</span> {sign}{escape(score_text(abs(gap)))}</strong>'


def steps_table(overview: CrossTeamOverview, teams: list[TeamLine]) -> str:
    status = {(cell.team_id, cell.step): cell.status for cell in overview.steps}
    signs = {StepStatus.DONE: "✓", StepStatus.IN_PROGRESS: "◐", StepStatus.NOT_STARTED: "○"}
    rows = [[escape(team.name), *(f'<span aria-hidden="true">{signs[status[(team.team_id, step.key)]]}</span> '
                                  f"{escape(status[(team.team_id, step.key)].label)}" for step in JOURNEY)]
            for team in teams]
    return table(_("Steps"), [_("Team"), *(f"{step.number}. {step.title}" for step in JOURNEY)], rows)


def measures_table(overview: CrossTeamOverview, teams: list[TeamLine]) -> str:
    names = {team.team_id: team.name for team in teams}
    rows = [[escape(names[cell.team_id]), escape(cell.measure), str(cell.points),
             f'<span aria-hidden="true">{cell.signal.symbol}</span> <strong>{escape(cell.signal.label)}</strong>',
             escape(cell.headline)]
            for cell in overview.measures if cell.team_id in names]
    return table(_("Measures: latest verdict"), [_("Team"), _("Measure"), _("Points"), _("Verdict"),
                                                 _("In words")], rows)


def reports_table(overview: CrossTeamOverview, teams: list[TeamLine]) -> str:
    status = {(cell.team_id, cell.month): cell.status for cell in overview.reports}
    rows = [[escape(team.name), *(f'<span aria-hidden="true">{REPORT_SIGNS[status[(team.team_id, month)]]}</span> '
                                  f"{escape(status[(team.team_id, month)].label)}" for month in overview.months)]
            for team in teams]
    return table(_("Monthly reports"), [_("Team"), *(month_label(month) for month in overview.months)], rows)


def scores_table(overview: CrossTeamOverview, teams: list[TeamLine]) -> str:
    names = {team.team_id: team.name for team in teams}
    rows = [[escape(names[cell.team_id]), escape(month_label(cell.month)), _score(cell.self_score),
             _score(cell.faculty_score), _gap(cell.gap)]
            for cell in overview.scores if cell.team_id in names]
    return table(_("Self-score and faculty score"), [_("Team"), _("Month"), _("Self-score"), _("Faculty score"),
                                                     _("Gap")], rows)


def changes_table(overview: CrossTeamOverview, teams: list[TeamLine]) -> str:
    """One line per change, the teams that try it with their cycles and decisions ("all teach, all learn")."""
    names = {team.team_id: team.name for team in teams}
    grouped: dict[str, list] = defaultdict(list)
    titles: dict[str, str] = {}
    for line in overview.changes:
        if line.team_id in names:
            key = line.catalog_entry or line.title.casefold()
            grouped[key].append(line)
            titles.setdefault(key, line.title)
    rows = []
    for key, lines in sorted(grouped.items(), key=lambda item: (-len(item[1]), titles[item[0]].casefold())):
        source = _("From the catalog") if lines[0].catalog_entry else _("Own idea")
        who = "<br>".join(escape(_("{team}: {cycles} cycles, {adopted} adopted, {adapted} adapted, {abandoned} "
                                   "abandoned").format(team=names[line.team_id], cycles=line.cycles,
                                                       adopted=line.adopted, adapted=line.adapted,
                                                       abandoned=line.abandoned)) for line in lines)
        rows.append([escape(titles[key]), escape(source), who])
    return table(_("Changes across teams"), [_("Change"), _("Source"), _("Teams trying it")], rows)
