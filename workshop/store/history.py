"""Every write is recorded: who, when, what changed (old and new values).

Recording hooks into the ORM's row events, so no service can forget it. Secrets
(code hashes, the link secret) are recorded as changed, never by value.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import object_session

from workshop.store.tables import (
    Base,
    CollaborativeRow,
    HistoryRow,
    InstanceSetting,
    SeminarRow,
    TeamRow,
    utc_now,
)

ACTOR_KEY = "workshop_actor"
REDACTED = "***"
_SECRET_COLUMNS = {"facilitator_code_hash", "code_hash", "value", "member_link_salt"}
_SKIPPED_COLUMNS = {"version", "created_at", "updated_at", "name_key"}


def _scope(row) -> tuple[int | None, int | None]:
    """(collaborative_id, team_id) that a change belongs to, for filtering history."""
    if isinstance(row, CollaborativeRow):
        return row.id, None
    if isinstance(row, TeamRow):
        return row.collaborative_id, row.id
    if isinstance(row, SeminarRow):
        return row.collaborative_id, None
    # Everything else a team owns carries its team_id; a forum belongs to its collaborative.
    return getattr(row, "collaborative_id", None), getattr(row, "team_id", None)


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _changes(row, action: str) -> dict[str, list]:
    state = inspect(row)
    changes: dict[str, list] = {}
    for column in state.mapper.column_attrs:
        key = column.key
        if key in _SKIPPED_COLUMNS:
            continue
        added, unchanged, deleted = state.attrs[key].history
        if action == "update" and not added and not deleted:
            continue
        old = deleted[0] if deleted else (unchanged[0] if unchanged and action == "delete" else None)
        new = None if action == "delete" else (added[0] if added else (unchanged[0] if unchanged else None))
        if key in _SECRET_COLUMNS:
            old, new = (REDACTED if old is not None else None), (REDACTED if new is not None else None)
        if old != new or action != "update":
            changes[key] = [_plain(old), _plain(new)]
    return changes


def _entity_id(row) -> str:
    key = inspect(row).mapper.primary_key_from_instance(row)
    return "/".join(str(part) for part in key)


def _recorder(action: str):
    def record(_mapper, connection, row) -> None:
        if isinstance(row, HistoryRow):
            return
        changes = {"key": [None, row.key]} if isinstance(row, InstanceSetting) else _changes(row, action)
        if action == "update" and not changes:
            return
        session = object_session(row)
        collaborative_id, team_id = _scope(row)
        connection.execute(
            insert(HistoryRow),
            {
                "at": utc_now(),
                "actor": session.info.get(ACTOR_KEY, "system") if session else "system",
                "collaborative_id": collaborative_id,
                "team_id": team_id,
                "entity": row.__tablename__,
                "entity_id": _entity_id(row),
                "action": action,
                "changes": changes,
            },
        )

    return record


def install() -> None:
    """Record history for every row the ORM inserts, updates or deletes (deleted orphans too)."""
    for event_name, action in (("after_insert", "create"), ("after_update", "update"), ("after_delete", "delete")):
        recorder = _recorder(action)
        event.listen(Base, event_name, recorder, propagate=True)
