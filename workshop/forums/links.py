"""Each member's own link to a forum's self-assessment, and the anonymous answers given through it.

A forum has one link per seat at its table, numbered 1, 2, …, never tied to a seat or a person. A link
carries ``key = HMAC(installation secret, forum:<id>:member:<n> | the forum's link salt)`` (as team links do,
:mod:`workshop.access`): an edited forum or member number breaks it, and a new salt makes every old link of the
forum stop working. Answers are stored under a keyed hash of the round and the member number, so the table
names neither the member nor the link, and one link answering again replaces its own answer. A member reads
only their own answer; results go only to the facilitator, and only from enough answers.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workshop import access
from workshop.errors import AccessDenied, AccessRevoked, InvalidInput, NotFound
from workshop.forums.forums import facilitated, forum_row
from workshop.forums.model import RATINGS
from workshop.forums.statements import STATEMENTS
from workshop.i18n import DEFAULT_LANGUAGE, _
from workshop.session import Session, language_from_query, link_parts, link_secret
from workshop.store import Actor, Store, save_versioned
from workshop.store.tables import InstanceSetting
from workshop.store.tables.forums import ForumAnswerRow, ForumRoundRow, ForumRow

ANSWER_PAGE = "samverkansforum_svar.ipynb"
MEMBER_ACTOR = "forum member"
"""How history names a member's write: the same for every member, so it names nobody."""


@dataclass(frozen=True)
class MemberLink:
    forum_id: int
    member: int
    key: str
    language: str = DEFAULT_LANGUAGE

    def query(self) -> str:
        return urlencode({"forum": self.forum_id, "member": self.member, "key": self.key, "lang": self.language})

    def link(self, notebook: str = ANSWER_PAGE) -> str:
        return f"{notebook}?{self.query()}"

    @property
    def actor(self) -> MemberActor:
        return MemberActor(self)


@dataclass(frozen=True)
class MemberView:
    """What a member's link shows: the forum's name, the round to answer and the member's own ratings."""

    forum_name: str
    round_number: int | None
    """None before the facilitator starts the first round."""
    own_ratings: dict[str, int]
    min_answers: int
    """How many answers the forum's result waits for."""


def _subject(forum_id: int, member: int) -> str:
    return f"forum:{forum_id}:member:{member}"


def _secret(db: DbSession) -> str:
    return db.scalars(select(InstanceSetting.value).where(InstanceSetting.key == "link_secret")).one()


def _denied() -> AccessDenied:
    return AccessDenied(_("This answer link does not work (it may be old or changed). Ask the forum's chair "
                          "for your link."))


def _checked_forum(db: DbSession, link: MemberLink) -> ForumRow:
    """The link's forum if the link is still its own; any other link is refused in the same words."""
    row = db.get(ForumRow, link.forum_id)
    if row is None:
        raise NotFound(_("The forum in the link does not exist (it may have been removed)."))
    if not 1 <= link.member <= len(row.seats) or not access.link_key_matches(
            _secret(db), _subject(link.forum_id, link.member), row.member_link_salt, link.key):
        raise _denied()
    return row


class MemberActor(Actor):
    """A member's writes are refused once the forum's links were renewed (or the link was never right)."""

    link: MemberLink

    def __new__(cls, link: MemberLink) -> MemberActor:
        actor = super().__new__(cls, MEMBER_ACTOR)
        actor.link = link
        return actor

    def check(self, session: DbSession) -> None:
        try:
            _checked_forum(session, self.link)
        except AccessDenied:
            raise AccessRevoked(_("Your answer link no longer works, so nothing was saved. Ask the forum's chair "
                                  "for a new link.")) from None


def member_links(store: Store, facilitator: Session, forum_id: int) -> list[MemberLink]:
    """One link per seat at the forum's table, for the facilitator or chair to hand out."""
    collaborative_id = facilitated(facilitator)
    secret = link_secret(store)
    with store.reading() as db:
        row = forum_row(db, collaborative_id, forum_id)
        return [MemberLink(forum_id, member, access.link_key(secret, _subject(forum_id, member),
                                                             row.member_link_salt), facilitator.language)
                for member in range(1, len(row.seats) + 1)]


def resolve_member(store: Store, query_string: str) -> MemberLink:
    """The member link a page was opened with, or a :class:`UserError` saying why it is no link."""
    (forum_id, member), key = link_parts(query_string, "forum", "member")
    if forum_id is None or member is None:
        raise NotFound(_("The link is incomplete or has been changed. Open the kit from its start page."))
    link = MemberLink(forum_id, member, key, language_from_query(query_string))
    with store.reading() as db:
        _checked_forum(db, link)
    return link


def _respondent(secret: str, round_id: int, member: int) -> str:
    """Stable for one member in one round, and naming neither: answers of two rounds cannot be linked."""
    return hmac.new(secret.encode(), f"forum-answer:{round_id}:{member}".encode(), hashlib.sha256).hexdigest()


def _open_round(db: DbSession, forum_id: int) -> ForumRoundRow | None:
    return db.scalars(select(ForumRoundRow).where(ForumRoundRow.forum_id == forum_id)
                      .order_by(ForumRoundRow.number.desc()).limit(1)).first()


def member_view(store: Store, link: MemberLink) -> MemberView:
    with store.reading() as db:
        forum = _checked_forum(db, link)
        current = _open_round(db, forum.id)
        if current is None:
            return MemberView(forum.name, None, {}, forum.min_answers)
        own = db.scalars(select(ForumAnswerRow.ratings).where(
            ForumAnswerRow.round_id == current.id,
            ForumAnswerRow.respondent == _respondent(_secret(db), current.id, link.member))).first()
        return MemberView(forum.name, current.number, dict(own or {}), forum.min_answers)


def clean_ratings(ratings: dict[str, int | None]) -> dict[str, int]:
    """The statements rated (1–5), "don't know" left out; unknown statements or ratings are refused."""
    cleaned: dict[str, int] = {}
    for key, rating in ratings.items():
        if key not in STATEMENTS:
            raise InvalidInput(_("The answer names a statement that is not in the self-assessment."),
                               field="ratings")
        if rating is None:
            continue
        if isinstance(rating, bool) or rating not in RATINGS:
            raise InvalidInput(_("Rate each statement from 1 to 5, or choose “don't know”."), field="ratings")
        cleaned[key] = int(rating)
    if not cleaned:
        raise InvalidInput(_("Rate at least one statement before you send your answer."), field="ratings")
    return cleaned


def answer(store: Store, link: MemberLink, ratings: dict[str, int | None]) -> int:
    """Save the member's ratings in the forum's current round, replacing what this link answered before.

    Returns the round's number.
    """
    cleaned = clean_ratings(ratings)
    found: dict[str, Any] = {}

    def check(db: DbSession) -> None:
        current = _open_round(db, link.forum_id)
        if current is None:
            raise NotFound(_("The forum has no self-assessment open yet. Wait for the chair to start one."))
        found.update(number=current.number, round_id=current.id,
                     respondent=_respondent(_secret(db), current.id, link.member))

    def find(db: DbSession) -> ForumAnswerRow | None:
        return db.scalars(select(ForumAnswerRow).where(ForumAnswerRow.round_id == found["round_id"],
                                                       ForumAnswerRow.respondent == found["respondent"])
                          .with_for_update()).first()

    return save_versioned(
        store, link.actor, check=check, find=find,
        create=lambda: ForumAnswerRow(round_id=found["round_id"], respondent=found["respondent"], version=0),
        expected_version=None, values={"ratings": cleaned}, result=lambda _row: found["number"],
    )
