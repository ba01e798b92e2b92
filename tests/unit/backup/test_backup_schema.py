"""A backup follows the schema by itself: every table is in it or left out on purpose, every column can travel."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Time

from workshop.backup.preview import TABLE_LABELS
from workshop.backup.schema import EXCLUDED_TABLES, HISTORY, own_id, references, scope, table
from workshop.backup.values import WrongValue, decoded, encoded
from workshop.store.tables import Base

REVIEWED_JSON_COLUMNS = {
    ("history", "changes"),  # translated in workshop.backup.renumbering
    ("support", "need_keys"),  # schema.EMBEDDED_REFERENCES
    ("inventory", "age_edges"),
    ("inventory", "target_filters"),
    ("inventory_profile", "roles"),
    ("forum_answer", "ratings"),  # statement keys and ratings, no ids
}
"""JSON columns checked for ids inside them; a new one must be checked too (and added here)."""


def test_every_table_is_in_a_team_backup_or_left_out_on_purpose():
    in_team_backup = {t.name for t in scope("team")}
    in_collaborative_backup = {t.name for t in scope("collaborative")}
    assert in_collaborative_backup == in_team_backup | {"collaborative", "seminar", "seminar_agenda_item",
                                                        "seminar_task", "forum", "forum_seat", "forum_round",
                                                        "forum_answer", "meeting_notes", "team_question",
                                                        "cross_groups", "cross_group_member"}
    assert set(Base.metadata.tables) == in_collaborative_backup | EXCLUDED_TABLES
    assert {"team_member", "step_progress", "driver", "pdsa_question", "result_point", "faculty_score",
            HISTORY} <= in_team_backup


def test_parents_come_before_their_rows_and_history_last():
    order = [t.name for t in scope("collaborative")]
    assert order[0] == "collaborative" and order[-1] == HISTORY
    for position, table_ in enumerate(scope("collaborative")):
        for target in references(table_).values():
            assert target == table_.name or order.index(target) < position, (table_.name, target)
    assert order.index("support_need") < order.index("support")


def test_every_kind_of_row_has_a_name_for_the_preview():
    assert {t.name for t in scope("collaborative")} == set(TABLE_LABELS)


def test_every_reference_points_at_a_table_s_own_number():
    for table_ in scope("collaborative"):
        for column in table_.columns:
            for key in column.foreign_keys:
                assert own_id(key.column.table) == key.column.name, (table_.name, column.name)


def test_json_columns_are_checked_for_ids_inside_them():
    found = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns if isinstance(c.type, JSON)}
    assert found == REVIEWED_JSON_COLUMNS


def test_every_column_has_a_form_in_the_file():
    kinds = (DateTime, Date, Time, Boolean, Integer, Float, String, JSON)
    for table_ in scope("collaborative"):
        for column in table_.columns:
            assert isinstance(column.type, kinds), (table_.name, column.name, column.type)


def test_times_are_written_in_utc_whatever_the_database_gives_back():
    at = table("history").c.at
    naive = dt.datetime(2026, 11, 23, 9, 30)
    aware = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert encoded(at, naive) == encoded(at, aware) == "2026-11-23T09:30:00+00:00"
    assert decoded(at, "2026-11-23T09:30:00+00:00") == naive.replace(tzinfo=dt.UTC)
    assert encoded(table("aim").c.by_when, dt.date(2027, 5, 31)) == "2027-05-31"
    assert encoded(table("seminar").c.start_time, dt.time(9, 30)) == "09:30:00"
    assert decoded(table("seminar").c.start_time, "09:30:00") == dt.time(9, 30)


@pytest.mark.parametrize(("table_name", "column", "value"), [
    ("driver", "position", 1.5), ("driver", "position", "1"), ("driver", "position", False),
    ("aim", "active", 1), ("measure", "baseline_value", "12"), ("team", "name", 5),
    ("team", "name", None), ("aim", "by_when", "2027-13-01"), ("history", "at", 1700000000),
    ("seminar", "start_time", "25:00"), ("seminar", "start_time", 930),
])
def test_a_value_that_does_not_fit_its_column_is_refused(table_name, column, value):
    with pytest.raises(WrongValue):
        decoded(table(table_name).c[column], value)


def test_values_that_fit_are_kept():
    assert decoded(table("measure").c.baseline_value, 12) == 12.0
    assert decoded(table("aim").c.by_when, None) is None
    assert decoded(table("support").c.need_keys, ["typed:1"]) == ["typed:1"]
    assert decoded(table("aim").c.active, True) is True
