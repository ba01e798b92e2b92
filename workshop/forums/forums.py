"""A collaborative's forums: created, changed and read by its facilitator's session.

A forum belongs to a collaborative. Whoever opened the collaborative as facilitator (the facilitator, or a
forum's chair who was given that code) edits its forums; each write checks that the facilitator's code is
still the one the page was opened with (:class:`~workshop.session.SessionActor`). Members never edit a forum:
they answer through their own links (:mod:`workshop.forums.links`).
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from workshop.errors import AccessDenied, DuplicateName, InvalidInput, NotFound
from workshop.forums.model import Forum, ForumDetails, Seat
from workshop.forums.records import FORUM_TEXTS
from workshop.i18n import _, format_number, parse_decimal
from workshop.session import Role, Session
from workshop.store import Store, claim
from workshop.store.records import Record
from workshop.store.tables import CollaborativeRow
from workshop.store.tables.forums import SHORT_LENGTH, ForumRow, ForumSeatRow
from workshop.validation import clean_text, name_key

MAX_SEATS = 60
MAX_MEETINGS = 365
MAX_HOURS = 24
MIN_ANSWERS = 3
"""A round's result is never shown with fewer answers: with two, each member could work out the other's."""
MAX_MIN_ANSWERS = MAX_SEATS

_STORED = Record(Forum, FORUM_TEXTS.fields)


def facilitated(facilitator: Session) -> int:
    """The collaborative whose forums this session may edit; anyone else is refused."""
    if facilitator.role is not Role.FACILITATOR or facilitator.collaborative_id is None:
        raise AccessDenied(_("Only the collaborative's facilitator can manage its forums. Open the collaborative "
                             "with its code on the start page."))
    return facilitator.collaborative_id


def _number(value: object, *, field: str, label: str) -> Decimal:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return Decimal(str(value))
    try:
        return parse_decimal(str(value or ""))
    except ValueError:
        raise InvalidInput(_("{label}: write a number, for example 2,5.").format(label=label), field=field) from None


def _checked(value: object, *, field: str, label: str, low: Decimal, high: int, low_allowed: bool,
             whole: bool = False) -> Decimal:
    number = _number(value, field=field, label=label)
    if whole and number != number.to_integral_value():
        raise InvalidInput(_("{label}: write a whole number.").format(label=label), field=field)
    if number < low or (number == low and not low_allowed):
        if not low_allowed:
            message = _("{label} must be more than {low}.")
        else:
            message = _("{label} must be at least {low}.") if low else _("{label} cannot be negative.")
        raise InvalidInput(message.format(label=label, low=format_number(low)), field=field)
    if number > high:
        raise InvalidInput(_("{label} can be at most {limit}.").format(label=label, limit=high), field=field)
    return number


def _cleaned_seats(seats: tuple[Seat, ...]) -> tuple[Seat, ...]:
    cleaned = tuple(
        Seat(clean_text(seat.organisation, field="seats", label=_("Organisation"), max_length=SHORT_LENGTH),
             clean_text(seat.role, field="seats", label=_("Role"), required=False, max_length=SHORT_LENGTH))
        for seat in seats if (seat.organisation or "").strip() or (seat.role or "").strip()
    )
    if not cleaned:
        raise InvalidInput(_("Add at least one organisation at the forum's table, with the role each person has "
                             "there."), field="seats")
    if len(cleaned) > MAX_SEATS:
        raise InvalidInput(_("A forum can have at most {limit} seats.").format(limit=MAX_SEATS), field="seats")
    return cleaned


def clean_forum(details: ForumDetails) -> ForumDetails:
    """``details`` tidied and checked, or :class:`InvalidInput` naming the field in Swedish."""
    texts = FORUM_TEXTS.clean(details)
    return replace(
        texts,
        seats=_cleaned_seats(tuple(details.seats)),
        meetings_per_year=int(_checked(details.meetings_per_year, field="meetings_per_year",
                                       label=_("Meetings a year"), low=Decimal(0), high=MAX_MEETINGS,
                                       low_allowed=False, whole=True)),
        hours_per_meeting=float(_checked(details.hours_per_meeting, field="hours_per_meeting",
                                         label=_("Hours per meeting"), low=Decimal(0), high=MAX_HOURS,
                                         low_allowed=False)),
        preparation_hours=float(_checked(details.preparation_hours or 0, field="preparation_hours",
                                         label=_("Preparation hours per meeting"), low=Decimal(0), high=MAX_HOURS,
                                         low_allowed=True)),
        min_answers=int(_checked(details.min_answers, field="min_answers", label=_("Answers needed for a result"),
                                 low=Decimal(MIN_ANSWERS), high=MAX_MIN_ANSWERS, low_allowed=True, whole=True)),
    )


def _from_row(row: ForumRow) -> Forum:
    return _STORED.read(
        row, id=row.id, collaborative_id=row.collaborative_id, version=row.version,
        seats=tuple(Seat(seat.organisation, seat.role) for seat in row.seats),
        meetings_per_year=row.meetings_per_year, hours_per_meeting=row.hours_per_meeting,
        preparation_hours=row.preparation_hours, min_answers=row.min_answers,
    )


def _apply(row: ForumRow, details: ForumDetails) -> None:
    FORUM_TEXTS.write(row, details)
    row.name_key = name_key(details.name)
    row.meetings_per_year = int(details.meetings_per_year or 0)
    row.hours_per_meeting = float(details.hours_per_meeting or 0)
    row.preparation_hours = float(details.preparation_hours or 0)
    row.min_answers = int(details.min_answers or MIN_ANSWERS)
    wanted = [(seat.organisation, seat.role) for seat in details.seats]
    if [(seat.organisation, seat.role) for seat in row.seats] != wanted:
        row.seats = [ForumSeatRow(position=i, organisation=organisation, role=role)
                     for i, (organisation, role) in enumerate(wanted)]


def _refuse_duplicate(db: DbSession, collaborative_id: int, name: str, own_id: int | None = None) -> None:
    existing = db.scalar(select(ForumRow.id).where(ForumRow.collaborative_id == collaborative_id,
                                                   ForumRow.name_key == name_key(name)))
    if existing is not None and existing != own_id:
        raise DuplicateName(_("There is already a forum called “{name}”. Choose another name.").format(name=name),
                            field="name")


def forum_row(db: DbSession, collaborative_id: int, forum_id: int | None, *, for_update: bool = False) -> ForumRow:
    """The forum if it belongs to the collaborative; another collaborative's forum is as good as missing."""
    row = db.get(ForumRow, forum_id, with_for_update=for_update) if isinstance(forum_id, int) else None
    if row is None or row.collaborative_id != collaborative_id:
        raise NotFound(_("The forum does not exist (it may have been removed)."))
    return row


def create_forum(store: Store, facilitator: Session, details: ForumDetails) -> Forum:
    collaborative_id = facilitated(facilitator)
    details = clean_forum(details)
    with store.writing(facilitator.actor) as db:
        if db.get(CollaborativeRow, collaborative_id) is None:
            raise NotFound(_("The collaborative does not exist (it may have been removed)."))
        _refuse_duplicate(db, collaborative_id, details.name)
        row = ForumRow(collaborative_id=collaborative_id, member_link_salt=secrets.token_urlsafe(24))
        _apply(row, details)
        db.add(row)
        db.flush()
        return _from_row(row)


def update_forum(store: Store, facilitator: Session, forum_id: int, details: ForumDetails, *,
                 expected_version: int) -> Forum:
    collaborative_id = facilitated(facilitator)
    details = clean_forum(details)
    with store.writing(facilitator.actor) as db:
        row = forum_row(db, collaborative_id, forum_id, for_update=True)
        claim(row, expected_version)
        _refuse_duplicate(db, collaborative_id, details.name, own_id=row.id)
        _apply(row, details)
        db.flush()
        return _from_row(row)


def renew_member_links(store: Store, facilitator: Session, forum_id: int) -> None:
    """Make the forum's member links stop working (e.g. one was forwarded); new links are handed out."""
    collaborative_id = facilitated(facilitator)
    with store.writing(facilitator.actor) as db:
        # A secret, not one of the details people edit: open forms of the forum stay saveable.
        forum_row(db, collaborative_id, forum_id, for_update=True).member_link_salt = secrets.token_urlsafe(24)


def get_forum(store: Store, facilitator: Session, forum_id: int) -> Forum:
    collaborative_id = facilitated(facilitator)
    with store.reading() as db:
        return _from_row(forum_row(db, collaborative_id, forum_id))


def list_forums(store: Store, facilitator: Session) -> list[Forum]:
    """The collaborative's forums, by name."""
    collaborative_id = facilitated(facilitator)
    with store.reading() as db:
        rows = db.scalars(select(ForumRow).where(ForumRow.collaborative_id == collaborative_id)
                          .options(selectinload(ForumRow.seats)).order_by(ForumRow.name_key))
        return [_from_row(row) for row in rows]
