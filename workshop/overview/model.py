"""The cross-team overview's plain data: one small frozen row per cell of each table, and the whole as one object.

Every table is a tuple of rows (plain values, choices by their code) so that a page, a document or a notebook
reads it the same way; :meth:`CrossTeamOverview.frames` gives each as a pandas DataFrame.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from workshop.i18n import N_
from workshop.model import LABELS, Choice, StepStatus

if TYPE_CHECKING:
    import pandas as pd


class SignalKind(Choice):
    """The latest verdict of a measure's chart, read with the measure's wanted direction."""

    IMPROVEMENT = "improvement"
    CONCERN = "concern"
    SIGNAL = "signal"
    """A signal whose direction the rules do not tell (a trend or few crossings only)."""
    NO_SIGNAL = "no_signal"
    TOO_FEW = "too_few"

    @property
    def symbol(self) -> str:
        """A sign to show beside the label, so that no colour alone tells the verdict."""
        return _SYMBOLS[self]


_SYMBOLS = {SignalKind.IMPROVEMENT: "▲", SignalKind.CONCERN: "▼", SignalKind.SIGNAL: "◆",
            SignalKind.NO_SIGNAL: "●", SignalKind.TOO_FEW: "…"}


class ReportStatus(Choice):
    SUBMITTED = "submitted"
    LATE = "late"
    MISSING = "missing"
    NOT_DUE = "not_due"
    """The month's report is not due yet."""


LABELS.update({
    SignalKind.IMPROVEMENT: N_("Improvement"),
    SignalKind.CONCERN: N_("Concern"),
    SignalKind.SIGNAL: N_("Signal, direction unclear"),
    SignalKind.NO_SIGNAL: N_("No signal"),
    SignalKind.TOO_FEW: N_("Too few points"),
    ReportStatus.SUBMITTED: N_("Submitted"),
    ReportStatus.LATE: N_("Late"),
    ReportStatus.MISSING: N_("Missing"),
    ReportStatus.NOT_DUE: N_("Not due yet"),
})


@dataclass(frozen=True)
class TeamLine:
    team_id: int
    name: str
    municipality: str
    unit: str
    area: str
    region: str


@dataclass(frozen=True)
class StepCell:
    team_id: int
    step: str
    status: StepStatus


@dataclass(frozen=True)
class MeasureCell:
    team_id: int
    measure_id: int
    measure: str
    kind: str
    direction: str
    points: int
    signal: SignalKind
    headline: str
    """The verdict's line in the page's language (as on the team's results page)."""


@dataclass(frozen=True)
class PdsaLine:
    team_id: int
    cycles: int
    open: int
    ended_without_study: int
    """Open cycles whose planned period has ended with nothing written in Studera."""
    adopted: int
    adapted: int
    abandoned: int


@dataclass(frozen=True)
class ReportCell:
    team_id: int
    month: str
    status: ReportStatus


@dataclass(frozen=True)
class ScoreCell:
    """A month with a self-score or a faculty score (or both); ``gap`` is faculty minus self."""

    team_id: int
    month: str
    self_score: float | None
    faculty_score: float | None

    @property
    def gap(self) -> float | None:
        if self.self_score is None or self.faculty_score is None:
            return None
        return self.faculty_score - self.self_score


@dataclass(frozen=True)
class ChangeLine:
    """A change a team works on: from the catalog (``catalog_entry``) or its own idea, with its cycles."""

    team_id: int
    change_idea_id: int
    title: str
    catalog_entry: str | None
    prevention_level: str | None
    cycles: int
    adopted: int
    adapted: int
    abandoned: int


@dataclass(frozen=True)
class CrossTeamOverview:
    collaborative_id: int
    collaborative: str
    region: str
    months: tuple[str, ...]
    """The months the monthly reports are followed for, oldest first."""
    teams: tuple[TeamLine, ...]
    steps: tuple[StepCell, ...]
    measures: tuple[MeasureCell, ...]
    pdsa: tuple[PdsaLine, ...]
    reports: tuple[ReportCell, ...]
    scores: tuple[ScoreCell, ...]
    changes: tuple[ChangeLine, ...]
    report_due_day: int
    """The day of the next month by which a month's report is due."""

    TABLES = ("teams", "steps", "measures", "pdsa", "reports", "scores", "changes")

    def frames(self) -> dict[str, pd.DataFrame]:
        """Each table as a DataFrame (choices by their code; scores with their gap), by table name."""
        import pandas as pd

        def records(rows) -> list[dict]:
            return [{**asdict(row), **({"gap": row.gap} if isinstance(row, ScoreCell) else {})} for row in rows]

        return {name: pd.DataFrame.from_records(records(getattr(self, name))) for name in self.TABLES}

    def teams_trying(self, change: str) -> list[int]:
        """The teams working on a catalog entry (its id) or on an idea of that title, for "talk to them"."""
        key = change.casefold()
        return sorted({line.team_id for line in self.changes
                       if line.catalog_entry == change or line.title.casefold() == key})
