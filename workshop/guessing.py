"""Slowing down guessing of codes, without ever refusing the right code.

Every code typed is checked, so the right code always opens, whatever others typed before. A wrong code is
recorded and counted in one transaction, one at a time per team (or collaborative), so simultaneous guesses
are all counted. Once ``MAX_FAILURES`` wrong codes were typed for one subject within ``WINDOW``, each further
wrong code holds its page for ``HOLD`` before the answer: a Voilà kernel runs one callback at a time, so a
page can try at most one code per ``HOLD``. ``docs/decisions.md`` gives what that allows per hour.

Counted in the database, so every kernel and server sees the same count. Written with Core statements:
attempts are not edits and do not belong in the history. No code and no person is stored, only when.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from workshop.store import Store
from workshop.store.tables import AccessFailure, utc_now

MAX_FAILURES = 10
WINDOW = dt.timedelta(minutes=15)
HOLD = dt.timedelta(seconds=30)
KEPT_FOR = dt.timedelta(days=1)


def _one_at_a_time(session: Session, subject: str) -> None:
    """Serialise the count of one subject's failures (SQLite's ``BEGIN IMMEDIATE`` already does)."""
    if session.get_bind().dialect.name == "postgresql":
        lock = int.from_bytes(hashlib.sha256(subject.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": lock})


def record_failure(store: Store, subject: str, *, now: dt.datetime | None = None) -> dt.timedelta:
    """Record a wrong code for ``subject``; how long its answer is held."""
    at = now or utc_now()
    with store.writing("access-check") as session:
        _one_at_a_time(session, subject)
        session.execute(delete(AccessFailure).where(AccessFailure.at < at - KEPT_FOR))
        session.execute(insert(AccessFailure).values(subject=subject, at=at))
        failures = session.execute(
            select(func.count()).select_from(AccessFailure)
            .where(AccessFailure.subject == subject, AccessFailure.at > at - WINDOW)
        ).scalar_one()
    return HOLD if failures > MAX_FAILURES else dt.timedelta(0)


def hold(duration: dt.timedelta) -> None:
    """Keep the page busy before it answers a wrong code."""
    time.sleep(duration.total_seconds())


def recent_failures(store: Store, subjects: Iterable[str], *, now: dt.datetime | None = None) -> dict[str, int]:
    """Wrong codes typed for each subject within the last ``KEPT_FOR``; subjects without any are left out."""
    since = (now or utc_now()) - KEPT_FOR
    with store.reading() as session:
        rows = session.execute(
            select(AccessFailure.subject, func.count())
            .where(AccessFailure.subject.in_(list(subjects)), AccessFailure.at >= since)
            .group_by(AccessFailure.subject)
        )
        return {subject: count for subject, count in rows}
