"""The faculty's score: the facilitators score a team for a month on the same scale as the team's self-score,
say why and suggest what next; the team reads it on its own pages.

Only the facilitator of the team's collaborative writes it. One score per team and month; each save checks the
version the facilitator started from.

>>> save_faculty_score(store, facilitator, team_id, "2026-11",
...                    FacultyScoreDetails("2,5", "Mätningar finns, ännu ingen förändring.", "Studera cykel 2."),
...                    expected_version=0)
>>> list_faculty_scores(store, team_id)            # oldest month first
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workshop.errors import InvalidInput, NotFound
from workshop.i18n import N_, _
from workshop.reports.records.assessment_scale import ScaleLevel, scale_level
from workshop.reports.records.monthly import clean_month, clean_score
from workshop.session import Session, led_collaborative
from workshop.store import Store, save_versioned
from workshop.store.records import team_must_exist
from workshop.store.tables.seminars import FacultyScoreRow
from workshop.validation import clean_paragraphs

TEXT_LABELS = {
    "justification": N_("Why this level?"),
    "suggestion": N_("What we suggest next"),
}


@dataclass(frozen=True)
class FacultyScoreDetails:
    """What the facilitator writes; ``score`` may be typed ("2,5")."""

    score: float | str | None = None
    justification: str = ""
    suggestion: str = ""


@dataclass(frozen=True)
class FacultyScore(FacultyScoreDetails):
    score: float = 0.5
    team_id: int = 0
    month: str = ""
    version: int = 1
    updated_at: dt.datetime | None = field(default=None, compare=False)

    @property
    def level(self) -> ScaleLevel:
        level = scale_level(self.score)
        assert level is not None  # a saved score is a level of the scale
        return level


def to_faculty_score(row: FacultyScoreRow) -> FacultyScore:
    return FacultyScore(score=row.score, justification=row.justification, suggestion=row.suggestion,
                        team_id=row.team_id, month=row.month, version=row.version, updated_at=row.updated_at)


def _clean(details: FacultyScoreDetails) -> FacultyScoreDetails:
    score = clean_score(details.score, field="score")
    if score is None:
        raise InvalidInput(_("Choose the team's level on the scale."), field="score")
    texts = {name: clean_paragraphs(getattr(details, name), field=name, label=_(label))
             for name, label in TEXT_LABELS.items()}
    return FacultyScoreDetails(score, **texts)


def _team_of(session: DbSession, collaborative_id: int, team_id: int) -> None:
    if team_must_exist(session, team_id).collaborative_id != collaborative_id:
        raise NotFound(_("The team does not belong to this collaborative."))


def _row(session: DbSession, team_id: int, month: str) -> FacultyScoreRow | None:
    return session.scalar(select(FacultyScoreRow).where(FacultyScoreRow.team_id == team_id,
                                                        FacultyScoreRow.month == month).with_for_update())


def save_faculty_score(store: Store, facilitator: Session, team_id: int, month: str, details: FacultyScoreDetails,
                       *, expected_version: int, today: dt.date | None = None) -> FacultyScore:
    """Save the faculty's score of ``team_id`` for ``month``; ``expected_version`` 0 for a first score.

    Refused, with nothing stored: a session that is not the collaborative's facilitator, a team of another
    collaborative, a month that has not begun, a score that is not a level of the scale.
    """
    collaborative_id = led_collaborative(facilitator)
    month = clean_month(month, today=today, not_begun=N_("{month} has not begun yet: the faculty scores this "
                                                          "month or an earlier one."))
    details = _clean(details)
    return save_versioned(
        store, facilitator.actor, check=lambda session: _team_of(session, collaborative_id, team_id),
        find=lambda session: _row(session, team_id, month),
        create=lambda: FacultyScoreRow(team_id=team_id, month=month, version=0),
        expected_version=expected_version,
        values={"score": details.score, "justification": details.justification, "suggestion": details.suggestion},
        result=to_faculty_score)


def list_faculty_scores(store: Store, team_id: int) -> list[FacultyScore]:
    """The faculty's scores of the team, oldest month first (what the team reads)."""
    with store.reading() as session:
        rows = session.scalars(select(FacultyScoreRow).where(FacultyScoreRow.team_id == team_id)
                               .order_by(FacultyScoreRow.month))
        return [to_faculty_score(row) for row in rows]
