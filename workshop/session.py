"""Which collaborative, team, role and language a page serves.

In Voilà a page learns it from its query string (``QUERY_STRING``); links
between pages carry it on. A link's ``key`` is signed (see :mod:`workshop.access`),
so editing the ids in a link never reaches another team's data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workshop import access, guessing
from workshop.collaboratives import facilitator_code_hash
from workshop.errors import AccessDenied, AccessRevoked, NotFound
from workshop.i18n import DEFAULT_LANGUAGE, LANGUAGES, _
from workshop.store import Actor, Store
from workshop.store.tables import CollaborativeRow, InstanceSetting, TeamRow
from workshop.teams import team_code_hash, team_code_hashes


class Role(StrEnum):
    VISITOR = "visitor"
    TEAM = "team"
    FACILITATOR = "facilitator"


@dataclass(frozen=True)
class Session:
    language: str = DEFAULT_LANGUAGE
    role: Role = Role.VISITOR
    collaborative_id: int | None = None
    team_id: int | None = None
    key: str = ""

    @property
    def actor(self) -> str:
        """How history names whoever acts in this session (never a person's identity).

        A team's or facilitator's actor makes every write check that the code is still the one this session
        was opened with.
        """
        if self.role is Role.FACILITATOR and self.collaborative_id is not None:
            return SessionActor(_facilitator_subject(self.collaborative_id), self.key)
        if self.role is Role.TEAM and self.team_id is not None:
            return SessionActor(_team_subject(self.team_id), self.key)
        return "visitor"

    def query(self) -> str:
        params: dict[str, str] = {}
        if self.role is Role.FACILITATOR:
            params["collab"] = str(self.collaborative_id)
        if self.team_id is not None:
            params["team"] = str(self.team_id)
        if self.key:
            params["key"] = self.key
        params["lang"] = self.language
        return urlencode(params)

    def link(self, notebook: str) -> str:
        """A relative link to another page of the kit that keeps this session."""
        return f"{notebook}?{self.query()}"

    def with_language(self, language: str) -> Session:
        return replace(self, language=language if language in LANGUAGES else DEFAULT_LANGUAGE)


@cache
def link_secret(store: Store) -> str:
    """The installation's secret for signing links (made by the first migration)."""
    with store.reading() as session:
        return _stored_link_secret(session)


def _stored_link_secret(db: DbSession) -> str:
    return db.scalars(select(InstanceSetting.value).where(InstanceSetting.key == "link_secret")).one()


def _team_subject(team_id: int) -> str:
    return f"team:{team_id}"


def _facilitator_subject(collaborative_id: int) -> str:
    return f"facilitator:{collaborative_id}"


def _code_hash_now(db: DbSession, subject: str) -> str | None:
    """The subject's code hash as stored now, read in the caller's transaction."""
    kind, _colon, number = subject.partition(":")
    column, table = ((TeamRow.code_hash, TeamRow) if kind == "team"
                     else (CollaborativeRow.facilitator_code_hash, CollaborativeRow))
    return db.scalar(select(column).where(table.id == int(number)))


class SessionActor(Actor):
    """A team's or facilitator's actor: its writes are refused once the code has changed."""

    key: str

    def __new__(cls, subject: str, key: str) -> SessionActor:
        actor = super().__new__(cls, subject)
        actor.key = key
        return actor

    def check(self, db: DbSession) -> None:
        secret = _stored_link_secret(db)
        code_hash = _code_hash_now(db, str(self))
        if code_hash is None or not access.link_key_matches(secret, str(self), code_hash, self.key):
            raise AccessRevoked(
                _("The code was changed after this page was opened, so nothing was saved. What you typed is "
                  "still here: type the new code to go on, or ask your facilitator for it."),
                field="code",
            )


def _wrong_code() -> AccessDenied:
    return AccessDenied(_("The code is not right. Check it with your facilitator and try again."), field="code")


def _check_code(store: Store, subject: str, code_hash: str, code: str) -> None:
    """The right code always opens; a wrong one is counted, and held once there were many."""
    if not access.code_matches(code_hash, code):
        guessing.hold(guessing.record_failure(store, subject))
        raise _wrong_code()


def join_team(store: Store, team_id: int, code: str, *, language: str = DEFAULT_LANGUAGE) -> Session:
    """A team session for whoever knows the team's code."""
    collaborative_id, code_hash = team_code_hash(store, team_id)
    _check_code(store, _team_subject(team_id), code_hash, code)
    key = access.link_key(link_secret(store), _team_subject(team_id), code_hash)
    return Session(language, Role.TEAM, collaborative_id, team_id, key)


def open_as_facilitator(store: Store, collaborative_id: int, code: str, *,
                        language: str = DEFAULT_LANGUAGE) -> Session:
    code_hash = facilitator_code_hash(store, collaborative_id)
    _check_code(store, _facilitator_subject(collaborative_id), code_hash, code)
    key = access.link_key(link_secret(store), _facilitator_subject(collaborative_id), code_hash)
    return Session(language, Role.FACILITATOR, collaborative_id, None, key)


def _parameters(query_string: str) -> dict[str, list[str]]:
    """The link's parameters with all whitespace left out: no name or value of the kit's links holds any, and a
    link broken over two lines in an e-mail (a line break, ``%0A`` or a space in it) must still work."""
    params: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string or "", keep_blank_values=True):
        params.setdefault("".join(name.split()), []).append("".join(value.split()))
    return params


def language_from_query(query_string: str) -> str:
    language = _parameters(query_string).get("lang", [DEFAULT_LANGUAGE])[-1]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


# Ids as the kit writes them: ASCII digits, no sign or leading zero, below SQL's 64-bit integer limit.
_ID = re.compile(r"[1-9][0-9]{0,17}")


def _changed_link() -> NotFound:
    return NotFound(_("The link is incomplete or has been changed. Open the kit from its start page."))


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if values is None:
        return None
    if len(values) != 1:
        raise _changed_link()
    return values[0]


def _id_parameter(params: dict[str, list[str]], name: str) -> int | None:
    value = _single(params, name)
    if value is None:
        return None
    if not _ID.fullmatch(value):
        raise _changed_link()
    return int(value)


def resolve(store: Store, query_string: str) -> Session:
    """The session a link gives, or a :class:`UserError` saying why it gives none.

    A link the kit did not write (a changed id, a repeated or malformed parameter) is a wrong link.
    """
    params = _parameters(query_string)
    language = language_from_query(query_string or "")
    collaborative_id = _id_parameter(params, "collab")
    team_id = _id_parameter(params, "team")
    key = _single(params, "key") or ""
    if collaborative_id is None and team_id is None:
        return Session(language)
    denied = AccessDenied(
        _("This link does not give access (it may be old or changed). Join with your code on the start page.")
    )
    secret = link_secret(store)
    team_collaborative = None
    if team_id is not None:
        try:
            team_collaborative, team_hash = team_code_hash(store, team_id)
        except NotFound:
            raise NotFound(_("The team in the link does not exist. Check the link with your facilitator.")) from None
        if collaborative_id is not None and collaborative_id != team_collaborative:
            raise NotFound(_("The team in the link does not belong to this collaborative."))
    if collaborative_id is not None:
        try:
            facilitator_hash = facilitator_code_hash(store, collaborative_id)
        except NotFound:
            raise NotFound(_("The collaborative in the link does not exist.")) from None
        if access.link_key_matches(secret, _facilitator_subject(collaborative_id), facilitator_hash, key):
            return Session(language, Role.FACILITATOR, collaborative_id, team_id, key)
        raise denied
    assert team_id is not None  # a link without a collaborative names a team (both missing returned above)
    if access.link_key_matches(secret, _team_subject(team_id), team_hash, key):
        return Session(language, Role.TEAM, team_collaborative, team_id, key)
    raise denied


def _facilitated(facilitator: Session) -> int:
    """The collaborative a facilitator's session leads; anyone else is refused."""
    if facilitator.role is not Role.FACILITATOR or facilitator.collaborative_id is None:
        raise AccessDenied(_("Only the facilitator of the team's collaborative can see the team's link."))
    return facilitator.collaborative_id


def team_link_sessions(store: Store, facilitator: Session) -> dict[int, Session]:
    """Each team's own session, by team id, for the facilitator of the collaborative to hand out as links."""
    collaborative_id = _facilitated(facilitator)
    secret = link_secret(store)
    return {
        team_id: Session(facilitator.language, Role.TEAM, collaborative_id, team_id,
                         access.link_key(secret, _team_subject(team_id), code_hash))
        for team_id, code_hash in team_code_hashes(store, collaborative_id).items()
    }


def recent_wrong_codes(store: Store, facilitator: Session) -> dict[int, int]:
    """Wrong codes typed for each team of the facilitator's collaborative in the last day, by team id."""
    subjects = {_team_subject(team_id): team_id for team_id in team_code_hashes(store, _facilitated(facilitator))}
    return {subjects[subject]: count for subject, count in guessing.recent_failures(store, subjects).items()}


def link_parts(query_string: str, *id_names: str) -> tuple[tuple[int | None, ...], str]:
    """The ids ``id_names`` and the key of a link, read as strictly as the kit's own links (a changed or
    repeated parameter is :class:`NotFound`), for pages whose links name something other than a team."""
    params = _parameters(query_string)
    return tuple(_id_parameter(params, name) for name in id_names), _single(params, "key") or ""
