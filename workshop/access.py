"""Access codes and the signed links that carry a team's or facilitator's access.

Codes are stored only as Argon2 hashes. A link carries an HMAC of the team (or
collaborative) and its current code hash, signed with the installation's
secret: editing the id in a link breaks the signature, and changing the code
makes old links stop working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

import base64
import hashlib
import hmac
import secrets
from functools import cache

from workshop.errors import InvalidInput
from workshop.i18n import _

MIN_CODE_LENGTH = 10  # see docs/decisions.md: what guessing online would take
MAX_CODE_LENGTH = 64
_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (i/l/1, o/0)


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


def check_new_code(code: str | None) -> str:
    """A code someone chose, cleaned, or :class:`InvalidInput` saying what is wrong."""
    code = (code or "").strip()
    if any(char.isspace() for char in code):
        raise InvalidInput(_("The code cannot contain spaces. Use letters, digits or dashes."), field="code")
    if len(code) < MIN_CODE_LENGTH:
        raise InvalidInput(
            _("The code must be at least {limit} characters long.").format(limit=MIN_CODE_LENGTH), field="code"
        )
    if len(code) > MAX_CODE_LENGTH:
        raise InvalidInput(
            _("The code can be at most {limit} characters long.").format(limit=MAX_CODE_LENGTH), field="code"
        )
    return code


def suggest_code() -> str:
    """A random code that is easy to read aloud in a seminar, e.g. ``k7pm-x2qa-9fhe``."""
    return "-".join("".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)) for _ in range(3))


def hash_code(code: str) -> str:
    return _hasher().hash(code)


def code_matches(code_hash: str, code: str | None) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(code_hash, (code or "").strip())
    except (VerificationError, InvalidHashError):
        return False


def link_key(secret: str, subject: str, code_hash: str) -> str:
    """The key a link carries for ``subject`` (e.g. ``team:3``)."""
    digest = hmac.new(secret.encode(), f"{subject}|{code_hash}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def link_key_matches(secret: str, subject: str, code_hash: str, key: str | None) -> bool:
    # Compared as bytes: a link may carry any characters, and compare_digest refuses non-ASCII text.
    return hmac.compare_digest(link_key(secret, subject, code_hash).encode(), (key or "").encode())
