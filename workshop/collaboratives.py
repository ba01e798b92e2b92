"""Setting up and changing a collaborative: its name, area, region, period and seminars."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop import access
from workshop.errors import DuplicateName, InvalidInput
from workshop.i18n import _
from workshop.model import LAST_DUE_DAY, Area, Collaborative, CollaborativeDetails, Seminar, SeminarKind
from workshop.store import Store, claim
from workshop.store.records import existing_row
from workshop.store.tables import CollaborativeRow, SeminarRow
from workshop.validation import check_period, clean_text, name_key


def _from_row(row: CollaborativeRow) -> Collaborative:
    return Collaborative(
        id=row.id,
        name=row.name,
        area=Area(row.area),
        region=row.region,
        report_due_day=row.report_due_day,
        period_start=row.period_start,
        period_end=row.period_end,
        seminars=tuple(Seminar(SeminarKind(s.kind), s.date) for s in row.seminars),
        version=row.version,
    )


def _cleaned(details: CollaborativeDetails) -> CollaborativeDetails:
    check_period(details.period_start, details.period_end)
    try:
        area = Area(details.area)
    except ValueError:
        raise InvalidInput(_("Choose an area for the collaborative."), field="area") from None
    return replace(
        details,
        name=clean_text(details.name, field="name", label=_("Name of the collaborative")),
        area=area,
        region=clean_text(details.region, field="region", label=_("Region or support structure"), required=False),
        seminars=tuple(sorted(details.seminars, key=lambda seminar: seminar.date)),
        report_due_day=_due_day(details.report_due_day),
    )


def _due_day(day: object) -> int:
    if not isinstance(day, int) or isinstance(day, bool) or not 1 <= day <= LAST_DUE_DAY:
        raise InvalidInput(_("Choose the day the monthly report is due: a day from 1 to {last}.").format(
            last=LAST_DUE_DAY), field="report_due_day")
    return day


def _refuse_duplicate(session: Session, name: str, own_id: int | None = None) -> None:
    existing = session.scalar(select(CollaborativeRow.id).where(CollaborativeRow.name_key == name_key(name)))
    if existing is not None and existing != own_id:
        raise DuplicateName(
            _("There is already a collaborative called “{name}”. Choose another name.").format(name=name),
            field="name",
        )


def _apply(row: CollaborativeRow, details: CollaborativeDetails) -> None:
    row.name = details.name
    row.name_key = name_key(details.name)
    row.area = Area(details.area).value
    row.region = details.region
    row.report_due_day = details.report_due_day
    row.period_start = details.period_start
    row.period_end = details.period_end
    _apply_seminars(row, [(seminar.kind.value, seminar.date) for seminar in details.seminars])


def _apply_seminars(row: CollaborativeRow, wanted: list[tuple[str, dt.date]]) -> None:
    """Keep each meeting that stays, move the others' dates in order, add or remove the rest.

    A meeting's program (time, place, agenda, lists) hangs on its row, so a moved date keeps it.
    """
    if [(s.kind, s.date) for s in row.seminars] == wanted:
        return
    unchanged = [s for s in row.seminars if (s.kind, s.date) in wanted]
    kept_keys = {(s.kind, s.date) for s in unchanged}
    movable = [s for s in row.seminars if s not in unchanged]
    seminars = list(unchanged)
    for kind, date in (pair for pair in wanted if pair not in kept_keys):
        moved = next((s for s in movable if s.kind == kind), None)
        if moved is None:
            seminars.append(SeminarRow(kind=kind, date=date))
            continue
        movable.remove(moved)
        moved.date = date
        seminars.append(moved)
    row.seminars = sorted(seminars, key=lambda seminar: seminar.date)


def create_collaborative(store: Store, details: CollaborativeDetails, *, facilitator_code: str,
                         actor: str) -> Collaborative:
    details = _cleaned(details)
    code_hash = access.hash_code(access.check_new_code(facilitator_code))
    with store.writing(actor) as session:
        _refuse_duplicate(session, details.name)
        row = CollaborativeRow(facilitator_code_hash=code_hash)
        _apply(row, details)
        session.add(row)
        session.flush()
        return _from_row(row)


def update_collaborative(store: Store, collaborative_id: int, details: CollaborativeDetails, *,
                         expected_version: int, actor: str) -> Collaborative:
    details = _cleaned(details)
    with store.writing(actor) as session:
        row = _row(session, collaborative_id, for_update=True)
        claim(row, expected_version)
        _refuse_duplicate(session, details.name, own_id=row.id)
        _apply(row, details)
        session.flush()
        return _from_row(row)


def change_facilitator_code(store: Store, collaborative_id: int, *, new_code: str, actor: str) -> None:
    """Give the facilitator a new code; links and pages opened with the old one stop working."""
    code_hash = access.hash_code(access.check_new_code(new_code))
    with store.writing(actor) as session:
        row = _row(session, collaborative_id, for_update=True)
        # The code is not one of the details people edit: changing it leaves their open forms saveable.
        row.facilitator_code_hash = code_hash


def _row(session: Session, collaborative_id: int, *, for_update: bool = False) -> CollaborativeRow:
    row: CollaborativeRow = existing_row(session, CollaborativeRow, collaborative_id, for_update=for_update,
                                         missing=_("The collaborative does not exist (it may have been removed)."))
    return row


def get_collaborative(store: Store, collaborative_id: int) -> Collaborative:
    with store.reading() as session:
        return _from_row(_row(session, collaborative_id))


def list_collaboratives(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every collaborative, by name: what the Start page offers to open."""
    with store.reading() as session:
        rows = session.execute(select(CollaborativeRow.id, CollaborativeRow.name).order_by(CollaborativeRow.name_key))
        return [(row.id, row.name) for row in rows]


def facilitator_code_hash(store: Store, collaborative_id: int) -> str:
    with store.reading() as session:
        return _row(session, collaborative_id).facilitator_code_hash
