"""The store: one database per installation, opened once per process.

>>> store = open_store()                 # WORKSHOP_DB_URL, config file or data folder
>>> with store.reading() as session: ...
>>> with store.writing(actor="team:3") as session: ...   # one short transaction, history recorded
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from workshop.store import failures, history
from workshop.store.engine import WRITE_OPTION, make_engine
from workshop.store.migrate import ensure_current

history.install()

T = TypeVar("T")


class Actor(str):
    """Whoever writes, named as history records them (``team:3``).

    A plain name is only recorded. A subclass also proves, inside every write transaction, that its access
    still holds: a page opened before a team's code changed can no longer save.
    """

    def check(self, session: Session) -> None:
        """Raise a :class:`~workshop.errors.UserError` if this actor may no longer write."""


class Store:
    def __init__(self, url: str, *, busy_timeout_ms: int = 5000) -> None:
        self.url = url
        with failures.translated():
            self.engine: Engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
            ensure_current(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_listeners: list[weakref.WeakMethod] = []

    def after_writes(self, listener: Callable[[], None]) -> None:
        """Call the bound method ``listener`` after every saved write (a page re-reads what depends on it).

        Held weakly: a page that is gone stops listening by itself.
        """
        self._write_listeners.append(weakref.WeakMethod(listener))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with failures.translated(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def writing(self, actor: str) -> Iterator[Session]:
        """A short write transaction: all of it is saved, or none of it. An :class:`Actor` is checked in it."""
        with failures.translated():
            connection = self.engine.connect().execution_options(**{WRITE_OPTION: True})
            try:
                with self._sessions(bind=connection) as session, session.begin():
                    session.info[history.ACTOR_KEY] = str(actor)
                    if isinstance(actor, Actor):
                        actor.check(session)
                    yield session
            finally:
                connection.close()
        self._written()

    def _written(self) -> None:
        listeners = [ref() for ref in self._write_listeners]
        self._write_listeners = [ref for ref, listener in zip(self._write_listeners, listeners, strict=True)
                                 if listener is not None]
        for listener in listeners:
            if listener is not None:
                listener()

    def close(self) -> None:
        self.engine.dispose()


def claim(row, expected_version: int) -> None:
    """Refuse a stale edit, then take the next version of ``row`` for this one."""
    if row.version != expected_version:
        raise failures.conflict()
    row.version = expected_version + 1


def save_versioned(store: Store, actor: str, *, check: Callable[[Session], object], find: Callable[[Session], Any],
                   create: Callable[[], Any], expected_version: int | None, values: Mapping[str, Any],
                   result: Callable[[Any], T]) -> T:
    """Save ``values`` into one versioned row: the row ``find`` reads, claimed at ``expected_version``, or for a
    first save (``expected_version`` 0) the row ``create`` makes. ``check`` runs first (e.g. the team exists).
    ``expected_version`` None replaces whatever is stored (a setting, not a text people write together).

    Two people making the first save at the same moment: the second gets an edit conflict (their input
    stays in their page), not the unique index's "name in use".
    """
    try:
        with store.writing(actor) as session:
            check(session)
            row = find(session)
            if row is None:
                row = create()
                session.add(row)
            claim(row, row.version if expected_version is None else expected_version)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            return result(row)
    except failures.DuplicateName:
        raise failures.conflict() from None


_opened: dict[str, Store] = {}


def open_store(url: str | None = None) -> Store:
    """The process-wide store for ``url`` (default: the configured database)."""
    from workshop.config import database_url

    url = url or database_url()
    if url not in _opened:
        _opened[url] = Store(url)
    return _opened[url]


def forget_stores() -> None:
    """Close every opened store (tests, or after the configuration changed)."""
    for store in _opened.values():
        store.close()
    _opened.clear()


__all__ = ["Actor", "Store", "claim", "forget_stores", "open_store", "save_versioned"]
