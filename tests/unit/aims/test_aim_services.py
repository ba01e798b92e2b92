"""Aims: drafts always save, several per team with one active, teams kept apart, conflicts refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from workshop.aims import (
    AimDetails,
    PurposeDetails,
    activate_aim,
    active_aim,
    add_aim,
    aims_table,
    get_aim,
    get_purpose,
    list_aims,
    save_purpose,
    seed_aims_demo,
    update_aim,
    with_target_group,
)
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import list_measures
from workshop.store.tables import HistoryRow

TEAM, OTHER = 2, 4


def test_a_vague_draft_is_saved_as_typed(demo_store):
    aim = add_aim(demo_store, TEAM, AimDetails("fler  screeningar", "", "några", "snart", ""), actor="team:2")
    assert get_aim(demo_store, TEAM, aim.id) == aim
    assert (aim.what, aim.baseline, aim.target, aim.active) == ("fler screeningar", "några", "snart", True)
    assert aim.baseline_number is None


def test_the_newest_aim_is_active_and_earlier_ones_are_kept(demo_store):
    first = add_aim(demo_store, TEAM, AimDetails("första"), actor="team:2")
    second = add_aim(demo_store, TEAM, AimDetails("andra"), actor="team:2")
    assert [aim.what for aim in list_aims(demo_store, TEAM)] == ["andra", "första"]
    assert active_aim(demo_store, TEAM).id == second.id
    activate_aim(demo_store, TEAM, first.id, actor="team:2")
    assert [(aim.what, aim.active) for aim in list_aims(demo_store, TEAM)] == [("andra", False), ("första", True)]


def test_editing_an_aim_is_recorded_in_history(demo_store):
    aim = add_aim(demo_store, TEAM, AimDetails("fler"), actor="team:2")
    updated = update_aim(demo_store, TEAM, aim.id, replace(aim.details, target="80"),
                         expected_version=aim.version, actor="team:2")
    assert updated.target == "80" and updated.version == aim.version + 1
    with demo_store.reading() as session:
        changes = session.scalars(select(HistoryRow).where(HistoryRow.entity == "aim", HistoryRow.team_id == TEAM))
        assert [row.action for row in changes] == ["create", "update"]


def test_a_stale_edit_is_refused_and_leaves_the_aim(demo_store):
    aim = add_aim(demo_store, TEAM, AimDetails("fler"), actor="team:2")
    update_aim(demo_store, TEAM, aim.id, replace(aim.details, target="80"), expected_version=aim.version,
               actor="team:2")
    with pytest.raises(EditConflict):
        update_aim(demo_store, TEAM, aim.id, replace(aim.details, target="90"), expected_version=aim.version,
                   actor="team:2")
    assert get_aim(demo_store, TEAM, aim.id).target == "80"


def test_another_teams_aim_is_not_found(demo_store):
    aim = add_aim(demo_store, TEAM, AimDetails("fler"), actor="team:2")
    with pytest.raises(NotFound):
        get_aim(demo_store, OTHER, aim.id)
    with pytest.raises(NotFound):
        update_aim(demo_store, OTHER, aim.id, AimDetails("x"), expected_version=aim.version, actor="team:4")
    with pytest.raises(NotFound):
        activate_aim(demo_store, OTHER, aim.id, actor="team:4")
    assert active_aim(demo_store, OTHER) is None


@pytest.mark.parametrize(("field", "value"), [("what", "x" * 2000), ("for_whom", "x" * 301), ("target", "9" * 41)])
def test_too_long_text_is_refused_and_nothing_is_saved(demo_store, field, value):
    with pytest.raises(InvalidInput) as refused:
        add_aim(demo_store, TEAM, replace(AimDetails(), **{field: value}), actor="team:2")
    assert refused.value.field == field
    assert list_aims(demo_store, TEAM) == []


def test_html_is_kept_as_text(demo_store):
    aim = add_aim(demo_store, TEAM, AimDetails("<b>fler</b>", "<script>x</script>"), actor="team:2")
    assert (aim.what, aim.for_whom) == ("<b>fler</b>", "<script>x</script>")


def test_a_date_must_be_a_date(demo_store):
    with pytest.raises(InvalidInput):
        add_aim(demo_store, TEAM, AimDetails(by_when="snart"), actor="team:2")


def test_purpose_first_save_then_conflict(demo_store):
    assert get_purpose(demo_store, TEAM).version == 0
    saved = save_purpose(demo_store, TEAM, PurposeDetails(why="För att  unga\nvuxna ska få stöd"),
                         expected_version=0, actor="team:2")
    assert saved.why == "För att unga\nvuxna ska få stöd" and saved.version == 1
    assert get_purpose(demo_store, TEAM) == saved
    with pytest.raises(EditConflict):
        save_purpose(demo_store, TEAM, PurposeDetails(why="annat"), expected_version=0, actor="team:2")
    assert get_purpose(demo_store, OTHER).why == ""


def test_purpose_text_too_long_is_refused(demo_store):
    with pytest.raises(InvalidInput) as refused:
        save_purpose(demo_store, TEAM, PurposeDetails(need="x" * 4001), expected_version=0, actor="team:2")
    assert refused.value.field == "need"
    assert get_purpose(demo_store, TEAM).version == 0


class FakeTargetGroup:
    description = "Unga vuxna 18–24 år"
    count = 42
    inventory_date = dt.date(2026, 10, 1)


def test_for_whom_is_prefilled_from_the_target_group_only_when_empty():
    assert with_target_group(AimDetails(), FakeTargetGroup()).for_whom == "Unga vuxna 18–24 år"
    assert with_target_group(PurposeDetails(for_whom="egna"), FakeTargetGroup()).for_whom == "egna"
    assert with_target_group(AimDetails(), None) == AimDetails()


def test_demo_aims_match_the_demo_measures(demo_store):
    for team_id in (1, 3):
        aim = active_aim(demo_store, team_id)
        assert aim is not None and aim.by_when > dt.date(2026, 11, 1)
        assert get_purpose(demo_store, team_id).why
        percent_measures = [m for m in list_measures(demo_store, team_id) if m.unit == "percent"]
        assert any((m.baseline_value, m.target_value) == (float(aim.baseline), float(aim.target))
                   for m in percent_measures)
    seed_aims_demo(demo_store, TEAM)
    assert active_aim(demo_store, TEAM) is None


def test_aims_as_a_pandas_table(demo_store):
    table = aims_table(demo_store, 1)
    assert list(table["active"]) == [True]
    assert table["sentence"][0].startswith("Andelen med planerad arbetsinriktad insats")
