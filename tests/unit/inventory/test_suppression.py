"""Small counts as "<5", other hidden cells as "x": no hidden count can be worked out, no marker lies.

The random tables are checked the way a careful reader would attack them: from the shown numbers,
the totals and what each marker says ("<5": 1–4, "x": any count), every value a hidden cell can
take is searched for. Each hidden cell must be able to take more than one.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from workshop.suppression import (
    HIDDEN_LABEL,
    THRESHOLD_VARIABLE,
    masked_label,
    suppress_counts,
    suppress_frame,
    suppression_legend,
    suppression_markers,
    suppression_threshold,
)
from workshop.suppression_pattern import Marker

# --- What a reader can work out ------------------------------------------------------------------


def _bounds(shown: str, threshold: int, cap: int) -> tuple[int, int]:
    """The values a cell can hold as far as a reader knows."""
    if shown == masked_label(threshold):
        return 1, threshold - 1
    if shown == HIDDEN_LABEL:
        return 0, cap
    value = int(shown.replace("\u00a0", "").replace(" ", ""))
    return value, value


def _tighten(bounds: dict, lines) -> bool:
    """Narrow every cell's range from its lines (inner cells add up to the total); False when one is empty."""
    while True:
        narrowed = False
        for inner, total in lines:
            terms = [(cell, 1) for cell in inner] + [(total, -1)]
            ranges = {cell: bounds[cell] if sign > 0 else (-bounds[cell][1], -bounds[cell][0]) for cell, sign in terms}
            low, high = sum(low for low, _high in ranges.values()), sum(high for _low, high in ranges.values())
            if low > 0 or high < 0:
                return False
            for cell, sign in terms:
                own_low, own_high = ranges[cell]
                new_low, new_high = max(own_low, own_high - high), min(own_high, own_low - low)
                new = (new_low, new_high) if sign > 0 else (-new_high, -new_low)
                if new != bounds[cell]:
                    bounds[cell] = new
                    narrowed = True
        if not narrowed:
            return True


def _fits(bounds: dict, lines) -> bool:
    """Whether some whole table of counts within ``bounds`` adds up in every line."""
    bounds = dict(bounds)
    if not _tighten(bounds, lines):
        return False
    open_cells = [cell for cell, (low, high) in bounds.items() if low < high]
    if not open_cells:
        return True
    cell = min(open_cells, key=lambda key: bounds[key][1] - bounds[key][0])
    low, high = bounds[cell]
    middle = (low + high) // 2
    return _fits({**bounds, cell: (low, middle)}, lines) or _fits({**bounds, cell: (middle + 1, high)}, lines)


def _worked_out(values: dict, shown: dict, lines, threshold: int) -> list:
    """Hidden cells that can hold only their own value, given what is shown."""
    cap = 2 * max(values.values()) + 2 * threshold
    bounds = {cell: _bounds(text, threshold, cap) for cell, text in shown.items()}
    found = []
    for cell, text in shown.items():
        if text not in (masked_label(threshold), HIDDEN_LABEL):
            continue
        low, high = bounds[cell]
        value = values[cell]
        below = low < value and _fits({**bounds, cell: (low, value - 1)}, lines)
        above = value < high and _fits({**bounds, cell: (value + 1, high)}, lines)
        if not below and not above:
            found.append(cell)
    return found


def _false_markers(values: dict, shown: dict, threshold: int) -> list:
    """Cells whose text says something untrue, and small counts left visible."""
    def true(value: int, text: str) -> bool:
        if text == masked_label(threshold):
            return 0 < value < threshold
        if text == HIDDEN_LABEL:
            return True
        return not 0 < value < threshold and _bounds(text, threshold, 0) == (value, value)
    return [cell for cell, text in shown.items() if not true(values[cell], text)]


def _small_line_sums(values: dict, shown: dict, lines, threshold: int) -> list:
    """Lines with a shown total whose hidden cells together hold fewer than the threshold."""
    hidden = (masked_label(threshold), HIDDEN_LABEL)
    return [line for line in lines if shown[line[1]] not in hidden
            and 0 < sum(values[cell] for cell in line[0] if shown[cell] in hidden) < threshold]


def _problems(values: dict, shown: dict, lines, threshold: int) -> dict:
    return {name: found for name, found in (
        ("worked out", _worked_out(values, shown, lines, threshold)),
        ("false", _false_markers(values, shown, threshold)),
        ("small line sums", _small_line_sums(values, shown, lines, threshold))) if found}


def _list_problems(counts: list[int], threshold: int) -> dict:
    shown_cells, total = suppress_counts({str(index): count for index, count in enumerate(counts)},
                                         threshold=threshold)
    values = {**{str(index): count for index, count in enumerate(counts)}, "total": sum(counts)}
    shown = {**shown_cells, "total": total}
    return _problems(values, shown, [(tuple(shown_cells), "total")], threshold)


def _table_problems(rows: list[list[int]], threshold: int) -> dict:
    frame = pd.DataFrame(rows, index=[f"r{row}" for row in range(len(rows))],
                         columns=[f"c{column}" for column in range(len(rows[0]))])
    shown_frame = suppress_frame(frame, threshold=threshold)
    full = frame.copy()
    full["Totalt"] = full.sum(axis=1)
    full.loc["Totalt"] = full.sum(axis=0)
    values = {(row, column): int(full.loc[row, column]) for row in full.index for column in full.columns}
    shown = {(row, column): shown_frame.loc[row, column] for row in full.index for column in full.columns}
    lines = ([(tuple((row, column) for column in frame.columns), (row, "Totalt")) for row in full.index]
             + [(tuple((row, column) for row in frame.index), ("Totalt", column)) for column in full.columns])
    return _problems(values, shown, lines, threshold)


def _random_count(generator: random.Random, threshold: int) -> int:
    kind = generator.random()
    if kind < 0.25:
        return 0
    if kind < 0.65:
        return generator.randint(1, threshold - 1)
    return generator.randint(threshold, 4 * threshold)


# --- Examples ------------------------------------------------------------------------------------


def test_counts_from_one_to_four_are_masked_and_zeros_are_shown():
    shown, total = suppress_counts({"a": 0, "b": 3, "c": 10, "d": 12}, threshold=5)
    assert shown["a"] == "0" and shown["b"] == "<5"
    assert total == "25"


def test_two_small_counts_beside_a_shown_total_take_a_larger_one_with_them():
    shown, total = suppress_counts({"Praktik": 109, "SFI": 89, "A": 1, "B": 1}, threshold=5)
    assert shown == {"Praktik": "109", "SFI": "x", "A": "<5", "B": "<5"} and total == "200"
    assert _list_problems([109, 89, 1, 1], 5) == {}


def test_a_count_hidden_to_protect_another_is_marked_x_not_less_than_five():
    shown, total = suppress_counts({"a": 3, "b": 10, "c": 12}, threshold=5)
    assert shown == {"a": "<5", "b": "x", "c": "12"}
    assert total == "25"


def test_small_counts_at_the_top_of_their_range_are_not_given_away_by_the_total():
    # "<5" and "<5" beside a total of 8 would be 4 and 4.
    shown, total = suppress_counts({"a": 4, "b": 4}, threshold=5)
    assert total == "8" and HIDDEN_LABEL in shown.values()
    assert _list_problems([4, 4], 5) == _list_problems([4, 4, 0], 5) == {}


def test_a_small_total_is_masked_with_its_only_count():
    shown, total = suppress_counts({"a": 3, "b": 0}, threshold=5)
    assert shown == {"a": "<5", "b": "0"} and total == "<5"


def test_nothing_is_masked_when_every_count_is_large_enough():
    shown, total = suppress_counts({"a": 5, "b": 9}, threshold=5)
    assert shown == {"a": "5", "b": "9"} and total == "14"


def test_a_two_dimensional_table_leaves_no_masked_cell_recoverable():
    cells = [[2, 30, 40], [25, 1, 33], [50, 60, 70], [0, 0, 4]]
    markers = suppression_markers(cells, threshold=5)
    assert markers[0][0] is markers[1][1] is markers[3][2] is Marker.SMALL
    assert _table_problems(cells, 5) == {}


def test_a_frame_is_shown_with_totals_as_text():
    frame = pd.DataFrame({"kvinna": [3, 20], "man": [10, 30]}, index=["18-24", "25-29"])
    shown = suppress_frame(frame, threshold=5)
    assert shown.loc["18-24", "kvinna"] == "<5"
    assert list(shown.columns) == ["kvinna", "man", "Totalt"]
    assert shown.loc["Totalt", "Totalt"] == "63"
    assert (shown == "x").sum().sum() >= 3  # the row, the column and the cell across from the 3
    assert _table_problems([[3, 10], [20, 30]], 5) == {}


# --- Random tables ----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_random_lists_never_give_a_hidden_count_away_nor_mark_one_falsely(seed):
    generator = random.Random(seed)
    for _table in range(150):
        threshold = generator.randint(2, 6)
        counts = [_random_count(generator, threshold) for _count in range(generator.randint(1, 7))]
        assert _list_problems(counts, threshold) == {}, (counts, threshold)


@pytest.mark.parametrize("seed", range(4))
def test_random_tables_with_totals_never_give_a_hidden_count_away_nor_mark_one_falsely(seed):
    generator = random.Random(100 + seed)
    for _table in range(60):
        threshold = generator.randint(2, 6)
        width, height = generator.randint(1, 4), generator.randint(2, 5)
        rows = [[_random_count(generator, threshold) for _column in range(width)] for _row in range(height)]
        assert _table_problems(rows, threshold) == {}, (rows, threshold)


def test_the_reader_model_finds_what_the_old_masking_gave_away():
    # Two "<5" beside a shown total of 200 and shown 109 and 89: both are 1.
    values = {"Praktik": 109, "SFI": 89, "A": 1, "B": 1, "total": 200}
    shown = {"Praktik": "109", "SFI": "89", "A": "<5", "B": "<5", "total": "200"}
    lines = [(("Praktik", "SFI", "A", "B"), "total")]
    assert _problems(values, shown, lines, 5) == {"worked out": ["A", "B"], "small line sums": lines}
    assert _false_markers({"a": 30}, {"a": "<5"}, 5) == ["a"]


# --- Threshold and legend ---------------------------------------------------------------------------


def test_the_threshold_is_configurable(monkeypatch):
    monkeypatch.setenv(THRESHOLD_VARIABLE, "3")
    assert suppression_threshold() == 3
    assert suppress_counts({"a": 3, "b": 4}) == ({"a": "3", "b": "4"}, "7")
    assert suppress_counts({"a": 3, "b": 4}, threshold=5) == ({"a": "<5", "b": "<5"}, "7")


def test_the_threshold_can_come_from_the_config_file(monkeypatch, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("suppression_threshold = 10\n")
    monkeypatch.delenv(THRESHOLD_VARIABLE, raising=False)
    monkeypatch.setenv("WORKSHOP_CONFIG", str(config))
    assert suppression_threshold() == 10


def test_the_legend_explains_both_markers_with_the_installation_threshold(monkeypatch):
    monkeypatch.setenv(THRESHOLD_VARIABLE, "3")
    assert suppression_legend() == ("”<3” = färre än 3 (dolt för att skydda enskilda). ”x” = dolt för att de "
                                    "dolda talen inte ska kunna räknas fram.")
