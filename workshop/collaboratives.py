"""Setting up and changing a collaborative: its name, area, region, period and seminars."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from workshop import access
from workshop.errors import DuplicateName, InvalidInput, NotFound
from workshop.i18n import _
from workshop.model import Area, Collaborative, Seminar, SeminarKind
from workshop.store import Store, claim
from workshop.store.tables import CollaborativeRow, SeminarRow
from workshop.validation import check_period, clean_text, name_key


def _from_row(row: CollaborativeRow) -> Collaborative:
    return Collaborative(
        id=row.id,
        name=row.name,
        area=Area(row.area),
        region=row.region,
        period_start=row.period_start,
        period_end=row.period_end,
        seminars=tuple(Seminar(SeminarKind(s.kind), s.date) for s in row.seminars),
        version=row.version,
    )


def _clean_fields(name, area, region, period_start, period_end, seminars) -> dict:
    check_period(period_start, period_end)
    try:
        area = Area(area)
    except ValueError:
        raise InvalidInput(_("Choose an area for the collaborative."), field="area") from None
    return {
        "name": clean_text(name, field="name", label=_("Name of the collaborative")),
        "area": area,
        "region": clean_text(region, field="region", label=_("Region or support structure"), required=False),
        "period_start": period_start,
        "period_end": period_end,
        "seminars": sorted(seminars, key=lambda seminar: seminar.date),
    }


def _refuse_duplicate(session, name: str, own_id: int | None = None) -> None:
    query = select(CollaborativeRow.id).where(CollaborativeRow.name_key == name_key(name))
    existing = session.scalar(query)
    if existing is not None and existing != own_id:
        raise DuplicateName(
            _("There is already a collaborative called “{name}”. Choose another name.").format(name=name),
            field="name",
        )


def _apply(row: CollaborativeRow, fields: dict) -> None:
    row.name = fields["name"]
    row.name_key = name_key(fields["name"])
    row.area = fields["area"].value
    row.region = fields["region"]
    row.period_start = fields["period_start"]
    row.period_end = fields["period_end"]
    wanted = [(seminar.kind.value, seminar.date) for seminar in fields["seminars"]]
    if [(s.kind, s.date) for s in row.seminars] != wanted:
        row.seminars = [SeminarRow(kind=kind, date=date) for kind, date in wanted]


def create_collaborative(
    store: Store,
    *,
    name: str,
    area: Area | str,
    facilitator_code: str,
    region: str = "",
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    seminars: Iterable[Seminar] = (),
    actor: str,
) -> Collaborative:
    fields = _clean_fields(name, area, region, period_start, period_end, list(seminars))
    code_hash = access.hash_code(access.check_new_code(facilitator_code))
    with store.writing(actor) as session:
        _refuse_duplicate(session, fields["name"])
        row = CollaborativeRow(facilitator_code_hash=code_hash)
        _apply(row, fields)
        session.add(row)
        session.flush()
        return _from_row(row)


def update_collaborative(
    store: Store,
    collaborative_id: int,
    *,
    expected_version: int,
    name: str,
    area: Area | str,
    region: str = "",
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    seminars: Iterable[Seminar] = (),
    actor: str,
) -> Collaborative:
    fields = _clean_fields(name, area, region, period_start, period_end, list(seminars))
    with store.writing(actor) as session:
        row = _row(session, collaborative_id, for_update=True)
        claim(row, expected_version)
        _refuse_duplicate(session, fields["name"], own_id=row.id)
        _apply(row, fields)
        session.flush()
        return _from_row(row)


def _row(session, collaborative_id: int, *, for_update: bool = False) -> CollaborativeRow:
    row = session.get(CollaborativeRow, collaborative_id, with_for_update=for_update)
    if row is None:
        raise NotFound(_("The collaborative does not exist (it may have been removed)."))
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
