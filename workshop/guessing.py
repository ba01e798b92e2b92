"""Slowing down guessing of codes: after too many wrong codes, a pause.

Counted per team (or collaborative) in the database, so every kernel and
server sees the same count. Written with Core statements: attempts are not
edits and do not belong in the history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, insert, select

from workshop.errors import AccessDenied
from workshop.i18n import _
from workshop.store import Store
from workshop.store.tables import AccessFailure, utc_now

MAX_FAILURES = 10
WINDOW = dt.timedelta(minutes=15)
KEPT_FOR = dt.timedelta(days=1)


def refuse_if_locked(store: Store, subject: str, *, now: dt.datetime | None = None) -> None:
    since = (now or utc_now()) - WINDOW
    with store.reading() as session:
        failures = session.scalar(
            select(func.count()).select_from(AccessFailure)
            .where(AccessFailure.subject == subject, AccessFailure.at >= since)
        )
    if failures >= MAX_FAILURES:
        raise AccessDenied(
            _("Too many wrong codes have been tried. Wait a quarter of an hour and try again, "
              "or ask your facilitator."),
            field="code",
        )


def record_failure(store: Store, subject: str, *, now: dt.datetime | None = None) -> None:
    at = now or utc_now()
    with store.writing("access-check") as session:
        session.execute(delete(AccessFailure).where(AccessFailure.at < at - KEPT_FOR))
        session.execute(insert(AccessFailure).values(subject=subject, at=at))
