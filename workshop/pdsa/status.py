"""Status rules: planned → ongoing → to study → done, one step at a time, each step dated.

A cycle is done only with a decision in Agera (anta / anpassa / överge): the
forum evaluation found teams stop after Plan and Do, and the page pushes them
through Studera and Agera.
"""

from __future__ import annotations

import datetime as dt

from workshop.errors import InvalidInput
from workshop.i18n import _
from workshop.pdsa.model import STATUS_ORDER, Cycle, CycleStatus
from workshop.pdsa.reading import cycle_in_session
from workshop.pdsa.worksheet import editable_row
from workshop.store import Store

_DATE_COLUMN = {CycleStatus.ONGOING: "started_on", CycleStatus.TO_STUDY: "study_on", CycleStatus.DONE: "done_on"}


def neighbours(status: CycleStatus) -> tuple[CycleStatus | None, CycleStatus | None]:
    """The status before and after ``status`` (None at either end)."""
    index = STATUS_ORDER.index(status)
    before = STATUS_ORDER[index - 1] if index > 0 else None
    after = STATUS_ORDER[index + 1] if index + 1 < len(STATUS_ORDER) else None
    return before, after


def refusal(current: CycleStatus, target: CycleStatus, *, has_decision: bool) -> str | None:
    """Why the move from ``current`` to ``target`` is not allowed, or None when it is."""
    if target not in neighbours(current):
        return _("A cycle moves one step at a time: from “{current}” it can go to {allowed}.").format(
            current=current.label,
            allowed=" / ".join(_("“{status}”").format(status=status.label)
                               for status in neighbours(current) if status is not None))
    if target is CycleStatus.DONE and not has_decision:
        return _("The cycle cannot be marked done without a decision in Act: adopt, adapt or abandon. "
                 "Write the decision first.")
    return None


def finish_cycle(store: Store, team_id: int, cycle_id: int, *, expected_version: int, actor: str,
                 today: dt.date | None = None) -> Cycle:
    """Mark the cycle done when all four parts are written, passing the statuses in between (each dated today
    unless it already has its date): a team that filled in the worksheet afterwards need not click three times."""
    today = today or dt.date.today()
    with store.writing(actor) as session:
        row = editable_row(session, team_id, cycle_id, expected_version)
        cycle = cycle_in_session(session, team_id, row.id)
        if not cycle.all_parts_filled:
            raise InvalidInput(_("Fill in Plan, Do, Study and Act (with a decision) before the cycle is marked "
                                 "done."), field="status")
        for status in STATUS_ORDER[STATUS_ORDER.index(cycle.status) + 1:]:
            if getattr(row, _DATE_COLUMN[status]) is None:
                setattr(row, _DATE_COLUMN[status], today)
        row.status = CycleStatus.DONE.value
        session.flush()
        return cycle_in_session(session, team_id, row.id)


def _status(value: CycleStatus | str) -> CycleStatus:
    try:
        return CycleStatus(value)
    except ValueError:
        raise InvalidInput(_("Choose one of the alternatives."), field="status") from None


def set_cycle_status(store: Store, team_id: int, cycle_id: int, status: CycleStatus | str, *,
                     expected_version: int, actor: str, today: dt.date | None = None) -> Cycle:
    """Move the cycle one step; entering a status records the date, going back clears the later dates."""
    target = _status(status)
    today = today or dt.date.today()
    with store.writing(actor) as session:
        row = editable_row(session, team_id, cycle_id, expected_version)
        current = CycleStatus(row.status)
        reason = refusal(current, target, has_decision=row.decision is not None)
        if reason:
            raise InvalidInput(reason, field="status")
        if STATUS_ORDER.index(target) > STATUS_ORDER.index(current):
            setattr(row, _DATE_COLUMN[target], today)
        else:
            setattr(row, _DATE_COLUMN[current], None)
        row.status = target.value
        session.flush()
        return cycle_in_session(session, team_id, row.id)
