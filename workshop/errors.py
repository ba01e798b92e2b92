"""Expected problems, each with a message a social worker understands.

A :class:`UserError` is shown in the page as it is, without a traceback. The
message is already translated when the error is raised.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the person can understand and usually fix themselves."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(UserError):
    """Something typed or uploaded cannot be used; nothing was saved."""


class DuplicateName(InvalidInput):
    """The name is already used where it must be unique."""


class NotFound(UserError):
    """What the link or choice points at does not exist (or is not visible to this person)."""


class AccessDenied(UserError):
    """Wrong code or a link that does not give access."""


class AccessRevoked(AccessDenied):
    """The code changed after this page was opened: the page may no longer save; nothing was saved."""


class EditConflict(UserError):
    """Someone else saved the same record after this person opened it."""


class StoreProblem(UserError):
    """The database cannot be used right now; nothing was saved."""


class StoreBusy(StoreProblem):
    """The database is locked by another writer; trying again usually works."""


class StoreReadOnly(StoreProblem):
    """The database file or folder cannot be written to."""


class StoreCorrupt(StoreProblem):
    """The database file is damaged; it is left exactly as it is."""


class StoreUnreachable(StoreProblem):
    """The database server cannot be reached."""
