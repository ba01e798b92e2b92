"""Export -> import elsewhere -> export again gives the same content; the moved work is whole and usable."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.backup.backup_files import data_of, every_row, manifest_of, without_import_record
from tests.unit.backup.conftest import ACTOR, TARGET
from workshop.backup import export_collaborative, export_team, import_backup, preview, read_backup, restoring
from workshop.improvement import add_driver, driver_diagram, list_drivers, list_measures, move_driver
from workshop.model import Member, MemberRole
from workshop.pdsa import list_cycles
from workshop.results import measure_series
from workshop.session import join_team, open_as_facilitator
from workshop.support_map import support_matrix
from workshop.teams import get_team, list_teams, update_team


def _moved_team(content: bytes, store) -> int:
    return import_backup(store, read_backup(content), collaborative_id=TARGET, actor=ACTOR).id


def test_a_team_exported_imported_and_exported_again_gives_the_same_content(team_file, receiving):
    team_id = _moved_team(team_file.content, receiving)
    again = export_team(receiving, team_id)
    assert without_import_record(data_of(again.content)) == data_of(team_file.content)
    first, second = manifest_of(team_file.content), manifest_of(again.content)
    assert second["tables"] == {**first["tables"], "history": first["tables"]["history"] + 1}
    assert (first["format"], first["format_version"], first["kind"]) == ("genombrottskit-backup", 1, "team")


def test_a_collaborative_moved_into_an_empty_database_and_exported_again_gives_the_same_content(
        collaborative_file, store):
    assert not any(every_row(store)[name] for name in ("collaborative", "team", "history"))
    imported = import_backup(store, read_backup(collaborative_file.content), actor="cli")
    again = export_collaborative(store, imported.id)
    assert without_import_record(data_of(again.content)) == data_of(collaborative_file.content)


def test_a_file_holds_the_whole_workspace_numbered_on_its_own(team_file, demo_store):
    data = data_of(team_file.content)
    assert data["team"][0]["id"] == 1 and data["team"][0]["collaborative_id"] == 1
    for name, rows in data.items():
        if rows and "id" in rows[0]:
            assert [row["id"] for row in rows] == list(range(1, len(rows) + 1)), name
    assert len(data["pdsa_cycle"]) == len(list_cycles(demo_store, 1)) == 4
    assert len(data["result_point"]) == 20 and len(data["inventory_count"]) > 0
    assert data["team"][0]["code_hash"].startswith("$argon2")
    assert {"access_failure", "instance_setting", "collaborative", "seminar"}.isdisjoint(data)
    assert data["history"] and all(entry["team_id"] == 1 for entry in data["history"])


def test_the_moved_team_opens_with_its_code_and_shows_the_same_work(team_file, demo_store, receiving):
    team_id = _moved_team(team_file.content, receiving)
    assert join_team(receiving, team_id, "demo-team-exempel").team_id == team_id
    assert get_team(receiving, team_id).collaborative_id == TARGET
    assert _diagram(receiving, team_id) == _diagram(demo_store, 1)
    assert [c.plan.title for c in list_cycles(receiving, team_id)] == [c.plan.title for c in list_cycles(demo_store, 1)]
    moved, original = list_measures(receiving, team_id)[0], list_measures(demo_store, 1)[0]
    assert moved.name == original.name
    assert measure_series(receiving, team_id, moved.id).points == measure_series(demo_store, 1, original.id).points


def _diagram(store, team_id) -> list:
    """The driver diagram by titles: which primary driver each driver is under, which driver each idea serves."""
    diagram = driver_diagram(store, team_id)
    title = {driver.id: driver.title for driver in diagram.drivers}
    return ([(driver.title, title.get(driver.parent_id)) for driver in diagram.drivers]
            + [(idea.title, title.get(idea.driver_id)) for idea in diagram.change_ideas])


def test_a_collaborative_keeps_its_facilitator_code_and_the_needs_its_supports_cover(demo_store, store,
                                                                                      collaborative_file):
    imported = import_backup(store, read_backup(collaborative_file.content), actor="cli")
    assert open_as_facilitator(store, imported.id, "demo-processledning").collaborative_id == imported.id
    [aby] = [o.team.id for o in list_teams(store, imported.id) if o.team.name.startswith("Fiktiva Åby")]
    original = _coverage(demo_store, 3)
    typed = {need.label for need in support_matrix(demo_store, 3).needs if need.id is not None}
    assert typed & {label for _support, labels in original for label in labels}  # ids inside need keys
    assert _coverage(store, aby) == original


def _coverage(store, team_id) -> list:
    matrix = support_matrix(store, team_id)
    return [(support.name, sorted(need.label for need in matrix.covered(support))) for support in matrix.supports]


def test_a_secondary_driver_under_a_primary_made_later_is_restored_under_it(demo_store, receiving):
    primary = add_driver(demo_store, 1, "Ny primär drivkraft", actor=ACTOR)
    older = next(driver for driver in list_drivers(demo_store, 1) if driver.parent_id is not None)
    assert older.id < primary.id
    move_driver(demo_store, 1, older.id, parent_id=primary.id, expected_version=older.version, actor=ACTOR)
    content = export_team(demo_store, 1).content
    team_id = _moved_team(content, receiving)
    assert (older.title, "Ny primär drivkraft") in _diagram(receiving, team_id)
    assert without_import_record(data_of(export_team(receiving, team_id).content)) == data_of(content)


def test_rows_removed_before_the_backup_keep_their_history_apart_from_every_row_that_exists(demo_store,
                                                                                             receiving):
    team = get_team(demo_store, 1)
    update_team(demo_store, 1, replace(team.details, members=(Member(MemberRole.PROCESS_LEAD, "Ny"),)),
                expected_version=team.version, actor=ACTOR)
    content = export_team(demo_store, 1).content
    data = data_of(content)
    gone = {entry["entity_id"] for entry in data["history"]
            if entry["entity"] == "team_member" and entry["action"] == "delete"}
    assert gone == {"-1", "-2", "-3", "-4"}
    assert [row["id"] for row in data["team_member"]] == [1]
    team_id = _moved_team(content, receiving)
    assert without_import_record(data_of(export_team(receiving, team_id).content)) == data
    assert [member.name for member in get_team(receiving, team_id).members] == ["Ny"]


def test_the_import_is_one_transaction(team_file, receiving, monkeypatch):
    before = every_row(receiving)

    def fail(*_args):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(restoring, "_record", fail)
    with pytest.raises(RuntimeError):
        _moved_team(team_file.content, receiving)
    assert every_row(receiving) == before


def test_the_preview_says_what_the_file_holds_when_and_by_what(collaborative_file):
    shown = preview(read_backup(collaborative_file.content))
    lines = shown.lines()
    assert lines[0].startswith("En säkerhetskopia av samverkan ”Tidigt stöd – exempelsamverkan (fiktiv)” "
                               "med 4 team:")
    assert "Exempelkommun – försörjningsstöd" in lines[0]
    assert lines[1].startswith("Gjord ") and "med version 0.1.0 av verktyget" in lines[1]
    assert "Team: 4" in lines and "PGSA-cykler: 4" in lines
    assert not any(line.startswith("Månadsrapporter") for line in lines)  # nothing of that kind: not listed


def test_a_collaborative_takes_its_meetings_notes_and_the_teams_questions_along(seminar_demo_store, store):
    from workshop.seminars import get_program
    from workshop.seminars.notes import MeetingNotesDetails, meeting_notes, save_meeting_notes
    from workshop.seminars.questions import ask_question, questions_for
    from workshop.session import team_link_sessions

    facilitator = open_as_facilitator(seminar_demo_store, 1, "demo-processledning")
    first, last = get_program(seminar_demo_store, 1).meetings[0], get_program(seminar_demo_store, 1).meetings[-1]
    written = meeting_notes(seminar_demo_store, 1).get(first.id)
    save_meeting_notes(seminar_demo_store, facilitator, first.id, MeetingNotesDetails("Vi lärde oss.", "Till experter"),
                       expected_version=written.version if written else 0)
    ask_question(seminar_demo_store, team_link_sessions(seminar_demo_store, facilitator)[3], last.id, "Vår fråga",
                 today=last.date)
    assert "team_question" not in data_of(export_team(seminar_demo_store, 3).content)  # the meeting's, not the team's
    moved = import_backup(store, read_backup(export_collaborative(seminar_demo_store, 1).content), actor="cli")
    moved_facilitator = open_as_facilitator(store, moved.id, "demo-processledning")
    moved_first = get_program(store, moved.id).meetings[0]
    assert meeting_notes(store, moved.id)[moved_first.id].learned == "Vi lärde oss."
    assert [(question.team, question.text) for question in questions_for(store, moved_facilitator)] == [
        (question.team, question.text) for question in questions_for(seminar_demo_store, facilitator)]
