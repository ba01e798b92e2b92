"""Opening the data of a team (its code or link) or of a collaborative (the facilitator's code or link).

The same checks as the pages: a code is checked by :mod:`workshop.session` (wrong codes counted and slowed
down), a link's key must match the current code. Names are what the Start page shows, so a team may be
named instead of numbered.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select

from workshop.errors import AccessDenied, InvalidInput, NotFound
from workshop.i18n import DEFAULT_LANGUAGE, _, set_language
from workshop.session import Role, Session, join_team, open_as_facilitator, resolve
from workshop.store import Store, open_store
from workshop.store.tables import CollaborativeRow, TeamRow
from workshop.validation import name_key


def _collaborative_id(store: Store, collaborative: int | str) -> int:
    if isinstance(collaborative, int):
        return collaborative
    with store.reading() as db:
        found = db.scalar(select(CollaborativeRow.id).where(CollaborativeRow.name_key == name_key(collaborative)))
    if found is None:
        raise NotFound(_("There is no collaborative called “{name}”. Check the name on the start page.").format(
            name=collaborative))
    return found


def _team_id(store: Store, team: int | str, collaborative: int | str | None) -> int:
    if isinstance(team, int):
        return team
    query = select(TeamRow.id).where(TeamRow.name_key == name_key(team))
    if collaborative is not None:
        query = query.where(TeamRow.collaborative_id == _collaborative_id(store, collaborative))
    with store.reading() as db:
        found = list(db.scalars(query))
    if not found:
        raise NotFound(_("There is no team called “{name}”. Check the name on the start page.").format(name=team))
    if len(found) > 1:
        raise InvalidInput(_("Several teams are called “{name}”: name the collaborative too "
                             "(collaborative=…).").format(name=team), field="collaborative")
    return found[0]


def team_session(team: int | str, code: str, *, collaborative: int | str | None = None,
                 language: str = DEFAULT_LANGUAGE, store: Store | None = None) -> tuple[Store, Session]:
    store = store or open_store()
    set_language(language)
    return store, join_team(store, _team_id(store, team, collaborative), code, language=language)


def facilitator_session(collaborative: int | str, code: str, *, language: str = DEFAULT_LANGUAGE,
                        store: Store | None = None) -> tuple[Store, Session]:
    store = store or open_store()
    set_language(language)
    return store, open_as_facilitator(store, _collaborative_id(store, collaborative), code, language=language)


def link_session(link: str, *, store: Store | None = None) -> tuple[Store, Session]:
    """The session of a team's or facilitator's link (the whole address, or what follows its ``?``)."""
    store = store or open_store()
    query = urlsplit(link.strip()).query if "?" in link else link.strip()
    session = resolve(store, query)
    set_language(session.language)
    if session.role is Role.VISITOR:
        raise AccessDenied(_("The link gives no access to a team's data: use the team's or the facilitator's "
                             "own link, or open with the code."))
    return store, session
