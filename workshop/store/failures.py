"""Turn database exceptions into messages a person can act on.

Only the driver's own message is logged, never SQL parameters: they could
carry what a person typed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import exc as orm_exc

from workshop.errors import (
    DuplicateName,
    EditConflict,
    StoreBusy,
    StoreCorrupt,
    StoreProblem,
    StoreReadOnly,
    StoreUnreachable,
)
from workshop.i18n import _

log = logging.getLogger("workshop.store")


def busy() -> StoreBusy:
    return StoreBusy(
        _("The database is busy with another save. Nothing was saved yet: please try again in a moment.")
    )


def read_only() -> StoreReadOnly:
    return StoreReadOnly(
        _("The database cannot be written to (it is read-only). Nothing was saved. "
          "Ask the person who runs the kit to check the permissions.")
    )


def corrupt() -> StoreCorrupt:
    return StoreCorrupt(
        _("The database file seems to be damaged. It has been left exactly as it is. "
          "Ask the person who runs the kit to restore it from a backup.")
    )


def unreachable() -> StoreUnreachable:
    return StoreUnreachable(
        _("The database cannot be reached right now. Nothing was saved. "
          "Try again in a moment; if it persists, contact the person who runs the kit.")
    )


def conflict() -> EditConflict:
    return EditConflict(
        _("Someone else saved changes here after you opened the page. Nothing was overwritten: "
          "reload the page to see their changes, then make yours again.")
    )


def classify(error: BaseException) -> StoreProblem | EditConflict | DuplicateName | None:
    """The user-facing problem behind a database exception, or None if unknown."""
    if isinstance(error, orm_exc.StaleDataError):
        return conflict()
    if isinstance(error, sa_exc.IntegrityError) and "unique" in str(error.orig).lower():
        return DuplicateName(_("This name is already in use. Choose another name."))
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return busy()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return read_only()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return corrupt()
    if isinstance(error, (sa_exc.OperationalError, sa_exc.InterfaceError)):
        return unreachable()
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise known database failures as :class:`~workshop.errors.UserError`."""
    try:
        yield
    except (sa_exc.SQLAlchemyError, orm_exc.StaleDataError) as error:
        problem = classify(error)
        if problem is None:
            raise
        origin = getattr(error, "orig", None) or error
        log.warning("database problem: %s: %s", type(origin).__name__, str(origin).splitlines()[0])
        raise problem from None
