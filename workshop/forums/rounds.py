"""Self-assessment rounds of a forum (check), and what the forum decided after each (act).

Members answer the latest round; starting a new one ends the previous one for answers. Only the
facilitator's session (see :mod:`workshop.forums.forums`) starts rounds, reads results and records decisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from workshop.errors import NotFound
from workshop.forums.forums import facilitated, forum_row, list_forums
from workshop.forums.model import ActDetails, Forum, Round
from workshop.forums.records import ACT
from workshop.forums.results import RoundResult, round_result
from workshop.i18n import _
from workshop.session import Session
from workshop.store import Store, claim, failures
from workshop.store.tables.forums import ForumAnswerRow, ForumRoundRow


def _answer_count(db: DbSession, round_id: int) -> int:
    return db.scalar(select(func.count()).select_from(ForumAnswerRow).where(ForumAnswerRow.round_id == round_id)) or 0


def _from_row(db: DbSession, row: ForumRoundRow) -> Round:
    return Round(id=row.id, forum_id=row.forum_id, number=row.number, started_on=row.started_on,
                 answers=_answer_count(db, row.id), act=ACT.read(row), version=row.version)


def _round_row(db: DbSession, forum_id: int, round_id: int | None, *, for_update: bool = False) -> ForumRoundRow:
    row = db.get(ForumRoundRow, round_id, with_for_update=for_update) if isinstance(round_id, int) else None
    if row is None or row.forum_id != forum_id:
        raise NotFound(_("The round does not exist (it may have been removed)."))
    return row


def start_round(store: Store, facilitator: Session, forum_id: int, *, today: dt.date | None = None) -> Round:
    """A new round for the members to answer; answers to the previous round are kept as they are."""
    collaborative_id = facilitated(facilitator)
    try:
        with store.writing(facilitator.actor) as db:
            forum_row(db, collaborative_id, forum_id, for_update=True)
            last = db.scalar(select(func.max(ForumRoundRow.number)).where(ForumRoundRow.forum_id == forum_id))
            row = ForumRoundRow(forum_id=forum_id, number=(last or 0) + 1, started_on=today or dt.date.today())
            db.add(row)
            db.flush()
            return _from_row(db, row)
    except failures.DuplicateName:
        # Two pages started a round at the same moment: the other one's round is the new one.
        raise failures.conflict() from None


def list_rounds(store: Store, facilitator: Session, forum_id: int) -> list[Round]:
    """The forum's rounds, first to latest, with how many members answered each."""
    collaborative_id = facilitated(facilitator)
    with store.reading() as db:
        forum_row(db, collaborative_id, forum_id)
        rows = db.scalars(select(ForumRoundRow).where(ForumRoundRow.forum_id == forum_id)
                          .order_by(ForumRoundRow.number))
        return [_from_row(db, row) for row in rows]


def result_of(store: Store, facilitator: Session, forum_id: int, round_id: int) -> RoundResult:
    """The round's result; without figures until the forum's minimum of members answered."""
    collaborative_id = facilitated(facilitator)
    with store.reading() as db:
        forum = forum_row(db, collaborative_id, forum_id)
        _round_row(db, forum_id, round_id)
        answers = list(db.scalars(select(ForumAnswerRow.ratings).where(ForumAnswerRow.round_id == round_id)))
        return round_result(answers, forum.min_answers)


def record_act(store: Store, facilitator: Session, forum_id: int, round_id: int, act: ActDetails, *,
               expected_version: int) -> Round:
    """Save what the forum decided to change after the round."""
    collaborative_id = facilitated(facilitator)
    act = ACT.clean(act)
    with store.writing(facilitator.actor) as db:
        forum_row(db, collaborative_id, forum_id)
        row = _round_row(db, forum_id, round_id, for_update=True)
        claim(row, expected_version)
        ACT.write(row, act)
        db.flush()
        return _from_row(db, row)


@dataclass(frozen=True)
class ForumStatus:
    """A forum with its rounds and the results of its latest two, for the overview and the comparison."""

    forum: Forum
    rounds: tuple[Round, ...]
    latest: RoundResult | None
    previous: RoundResult | None


def forum_statuses(store: Store, facilitator: Session) -> list[ForumStatus]:
    statuses = []
    for forum in list_forums(store, facilitator):
        rounds = tuple(list_rounds(store, facilitator, forum.id))
        results = [result_of(store, facilitator, forum.id, one.id) for one in rounds[-2:]]
        latest = results[-1] if results else None
        previous = results[0] if len(results) == 2 else None
        statuses.append(ForumStatus(forum, rounds, latest, previous))
    return statuses
