"""Saving points, exclusions and phases: all of it or nothing, with history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.unit.results.blocks import SHIFT_VALUES, weekly_block
from workshop.errors import EditConflict, InvalidInput, NotFound
from workshop.improvement import ChartKind, MeasureDetails, add_measure
from workshop.results import (
    PointEntry,
    add_phase,
    measure_series,
    parse_csv,
    parse_pasted,
    remove_phase,
    remove_point,
    save_points,
    set_point_excluded,
)
from workshop.store.tables import HistoryRow

ACTOR = "team:1"


def _paste(store, measure, text):
    return save_points(store, 1, measure.id, parse_pasted(text, measure), actor=ACTOR)


@pytest.fixture
def fia(demo_store, stored):
    """The FIA measure with 24 weekly values."""
    _paste(demo_store, stored["Antal"], weekly_block(SHIFT_VALUES))
    return stored["Antal"]


def test_pasted_values_are_stored_in_time_order_with_decimal_commas(demo_store, fia):
    series = measure_series(demo_store, 1, fia.id)
    assert [point.value for point in series.points] == SHIFT_VALUES
    assert series.points[0].period.key == "2026-W36" and series.points[-1].period.key == "2027-W06"


def test_pasting_again_replaces_values_of_the_same_periods_and_keeps_notes(demo_store, fia):
    save_points(demo_store, 1, fia.id, [PointEntry("v. 36 2026", value="7", note="Ny rutin")], actor=ACTOR)
    saved = _paste(demo_store, fia, "v. 36 2026\t8\nv. 7 2027\t9")
    assert (saved.added, saved.updated) == (1, 1)
    first = saved.series.points[0]
    assert (first.value, first.note) == (8, "Ny rutin")
    assert saved.series.points[-1].period.label == "v. 7 2027"


def _refused(store, measure, text, message, *, csv=False):
    before = measure_series(store, 1, measure.id)
    with pytest.raises(InvalidInput, match=message):
        entries = parse_csv(text.encode(), measure) if csv else parse_pasted(text, measure)
        save_points(store, 1, measure.id, entries, actor=ACTOR)
    assert measure_series(store, 1, measure.id) == before


@pytest.mark.parametrize("text,message", [
    ("v. 36 2026\t1\nv. 37 2026\ttre", "Rad 2: ”tre” är inte ett tal"),
    ("v. 36 2026\t1\nv. 37 2026\t", "Rad 2: värdet saknas"),
    ("v. 36 2026\t1\nv. 37 2026\t-2", "Rad 2: ett antal kan inte vara negativt"),
    ("v. 36 2026\t1\nv. 36 2026\t2", "v. 36 2026 finns två gånger \\(Rad 1 och Rad 2\\)"),
    ("Vecka\tAntal\nv. 36 2026\t1\nv. 37 2026\t2", "Första raden ser ut som rubriker"),
    ("v. 36 2026\t1\t5\nv. 37 2026\t2\t5", "Rad 1 har 3 kolumner"),
    ("v. 36 2026\t1", "minst 2 rader"),
    ("mars 2026\t1\nv. 37 2026\t2", "Rad 1: ”mars 2026” är inte en period"),
])
def test_bad_counts_leave_the_stored_values_untouched(demo_store, fia, text, message):
    _refused(demo_store, fia, text, message)


@pytest.mark.parametrize("text,message", [
    ("jan 2026\t9\t0\nfeb 2026\t7\t22", "Rad 1: nämnaren måste vara större än 0 \\(nu 0\\)"),
    ("jan 2026\t30\t25\nfeb 2026\t7\t22", "Rad 1: täljaren \\(30\\) är större än nämnaren \\(25\\)"),
    ("jan 2026\t-1\t25\nfeb 2026\t7\t22", "Rad 1: täljaren kan inte vara negativ"),
    ("jan 2026\t9\nfeb 2026\t7\t22", "Rad 1: nämnaren saknas"),
    ("jan 2026\t9,5\t25\nfeb 2026\tx\t22", "Rad 2: ”x” är inte ett tal"),
])
def test_bad_shares_leave_the_stored_values_untouched(demo_store, stored, text, message):
    _paste(demo_store, stored["Andel"], "jan 2026\t9\t25\nfeb 2026\t7\t22")
    _refused(demo_store, stored["Andel"], text, message)


def test_a_bad_csv_file_leaves_the_stored_values_untouched(demo_store, fia):
    _refused(demo_store, fia, "Vecka;Antal\nv. 36 2026;1\nv. 37 2026;abc\n", "Rad 2: ”abc”", csv=True)


def test_a_chart_that_does_not_fit_the_data_is_refused_with_a_suggestion(demo_store):
    details = MeasureDetails("Antal återbesök", chart=ChartKind.C, frequency="week")
    counts = add_measure(demo_store, 1, details, actor=ACTOR)
    _paste(demo_store, counts, "v. 1 2026\t2\nv. 2 2026\t3")
    _refused(demo_store, counts, "v. 3 2026\t2,5\nv. 4 2026\t3",
             "v. 3 2026: 2,5 har decimaler, men C-diagram \\(antal\\) räknar hela händelser. "
             "Välj I-diagram \\(enskilda värden\\)")


def test_a_single_point_can_be_added_and_the_grid_edit_is_guarded_by_its_version(demo_store, fia):
    series = measure_series(demo_store, 1, fia.id)
    first = series.points[0]
    edit = PointEntry(first.period.key, value="4", note="Sjuk personal")
    saved = save_points(demo_store, 1, fia.id, [edit], actor=ACTOR, expected_versions={first.period.key: 1})
    assert (saved.series.points[0].value, saved.series.points[0].note, saved.series.points[0].version) == (
        4, "Sjuk personal", 2)
    with pytest.raises(EditConflict):
        save_points(demo_store, 1, fia.id, [edit], actor=ACTOR, expected_versions={first.period.key: 1})


def test_excluding_needs_a_reason_and_can_be_undone(demo_store, fia):
    point = measure_series(demo_store, 1, fia.id).points[3]
    with pytest.raises(InvalidInput, match="Fyll i varför punkten är exkluderad"):
        set_point_excluded(demo_store, 1, fia.id, point.period.key, "  ", expected_version=point.version, actor=ACTOR)
    series = set_point_excluded(demo_store, 1, fia.id, point.period.key, "Systemet låg nere",
                                expected_version=point.version, actor=ACTOR)
    assert series.points[3].excluded and series.points[3].exclusion_reason == "Systemet låg nere"
    series = set_point_excluded(demo_store, 1, fia.id, point.period.key, None,
                                expected_version=series.points[3].version, actor=ACTOR)
    assert not series.points[3].excluded


def test_excluding_so_many_points_that_a_phase_cannot_be_drawn_is_refused(demo_store, stored):
    measure = stored["Antal"]
    _paste(demo_store, measure, weekly_block([1, 2]))
    point = measure_series(demo_store, 1, measure.id).points[0]
    with pytest.raises(InvalidInput, match="Fas 1 skulle få färre än 2 punkter"):
        set_point_excluded(demo_store, 1, measure.id, point.period.key, "Fel", expected_version=1, actor=ACTOR)
    assert not measure_series(demo_store, 1, measure.id).points[0].excluded


def test_phases_are_confirmed_with_a_reason_and_recorded_in_history(demo_store, fia):
    with pytest.raises(InvalidInput, match="Fyll i varför en ny fas börjar"):
        add_phase(demo_store, 1, fia.id, "2026-W48", "", actor=ACTOR)
    series = add_phase(demo_store, 1, fia.id, "2026-W48", "FIA-samtal i alla nybesök", actor=ACTOR)
    assert [(phase.first_period.label, phase.reason) for phase in series.phases] == [
        ("v. 48 2026", "FIA-samtal i alla nybesök")]
    with pytest.raises(InvalidInput, match="En fas börjar redan v. 48 2026"):
        add_phase(demo_store, 1, fia.id, "2026-W48", "Igen", actor=ACTOR)
    with pytest.raises(InvalidInput, match="En ny fas börjar efter första punkten"):
        add_phase(demo_store, 1, fia.id, "2026-W36", "För tidigt", actor=ACTOR)
    with pytest.raises(InvalidInput, match="Fas 3 skulle få färre än 2 punkter"):
        add_phase(demo_store, 1, fia.id, "2027-W06", "Sista veckan", actor=ACTOR)
    with demo_store.reading() as session:
        recorded = [(row.entity, row.action) for row in session.scalars(select(HistoryRow).where(
            HistoryRow.team_id == 1, HistoryRow.entity.in_(["result_point", "result_phase"])))
            if row.changes.get("measure_id", [None, None])[1] == fia.id]
    assert recorded.count(("result_phase", "create")) == 1 and recorded.count(("result_point", "create")) == 24
    phase = series.phases[0]
    series = remove_phase(demo_store, 1, fia.id, phase.id, expected_version=phase.version, actor=ACTOR)
    assert series.phases == ()


def test_a_point_entered_by_mistake_can_be_removed(demo_store, fia):
    point = measure_series(demo_store, 1, fia.id).points[-1]
    series = remove_point(demo_store, 1, fia.id, point.period.key, expected_version=point.version, actor=ACTOR)
    assert len(series.points) == 23


def test_another_teams_measure_cannot_be_read_or_written(demo_store, fia):
    with pytest.raises(NotFound):
        measure_series(demo_store, 2, fia.id)
    with pytest.raises(NotFound):
        save_points(demo_store, 2, fia.id, [PointEntry("v. 1 2026", value=1)], actor="team:2")


def test_a_measure_that_is_removed_keeps_its_series(demo_store, fia):
    from workshop.improvement import set_measure_removed

    set_measure_removed(demo_store, 1, fia.id, True, expected_version=fia.version, actor=ACTOR)
    series = measure_series(demo_store, 1, fia.id)
    assert series.measure.removed and len(series.points) == 24


def test_every_bad_row_of_a_pasted_block_is_told_at_once_and_nothing_is_saved(demo_store, fia):
    block = "v. 36 2026\t1\nv. 37 2026\ttre\nv. 38 2026\t2\nv. 39 2026\t-2\nv. 36 2026\t4\nmars 2026\t5"
    _refused(demo_store, fia, block, "^Rad 2: ”tre” är inte ett tal; Rad 4: ett antal kan inte vara negativt \\(-2\\); "
             "v. 36 2026 finns två gånger \\(Rad 1 och Rad 5\\)[^;]*; Rad 6: ”mars 2026” är inte en period[^;]*\\.$")


def test_a_block_with_very_many_bad_rows_names_the_first_ten_and_counts_the_rest(demo_store, fia):
    block = "\n".join(f"v. {week} 2026\tx" for week in range(1, 26))
    _refused(demo_store, fia, block, "Rad 10: ”x” är inte ett tal; och 15 rader till med problem\\.$")
