"""Small counts as "<5", with secondary suppression so no masked cell can be worked out from totals."""

from __future__ import annotations

import pandas as pd
import pytest

from workshop.suppression import (
    THRESHOLD_VARIABLE,
    suppress_counts,
    suppress_frame,
    suppression_mask,
    suppression_threshold,
)


def _recoverable(cells, mask) -> list[tuple[int, int]]:
    """Masked cells a reader could compute: alone in a row or column with a shown total."""
    rows, columns = len(mask), len(mask[0])
    found = []
    lines = ([[(r, c) for c in range(columns)] for r in range(rows)]
             + [[(r, c) for r in range(rows)] for c in range(columns)])
    for line in lines:
        masked = [cell for cell in line if mask[cell[0]][cell[1]]]
        if len(masked) == 1:
            found.append(masked[0])
    return found


def test_counts_from_one_to_four_are_masked_and_zeros_are_shown():
    shown, total = suppress_counts({"a": 0, "b": 3, "c": 10, "d": 12}, threshold=5)
    assert shown["a"] == "0" and shown["b"] == "<5"
    assert total == "25"


def test_a_single_masked_count_takes_the_smallest_other_with_it():
    shown, total = suppress_counts({"a": 3, "b": 10, "c": 12}, threshold=5)
    assert shown == {"a": "<5", "b": "<5", "c": "12"}
    assert total == "25"


def test_with_nothing_else_to_mask_the_total_is_masked():
    shown, total = suppress_counts({"a": 3, "b": 0}, threshold=5)
    assert shown["a"] == "<5" and total == "<5"


def test_nothing_is_masked_when_every_count_is_large_enough():
    shown, total = suppress_counts({"a": 5, "b": 9}, threshold=5)
    assert shown == {"a": "5", "b": "9"} and total == "14"


def test_a_two_dimensional_table_leaves_no_masked_cell_recoverable():
    cells = [[2, 30, 40], [25, 1, 33], [50, 60, 70], [0, 0, 4]]
    mask = suppression_mask(cells, threshold=5)
    assert mask[0][0] and mask[1][1] and mask[3][2]
    assert _recoverable(cells, mask) == []


@pytest.mark.parametrize("seed", range(20))
def test_random_tables_never_leave_a_masked_cell_recoverable(seed):
    import numpy as np

    cells = np.random.default_rng(seed).integers(0, 12, size=(5, 3)).tolist()
    assert _recoverable(cells, suppression_mask(cells, threshold=5)) == []


def test_a_frame_is_shown_with_totals_as_text():
    frame = pd.DataFrame({"kvinna": [3, 20], "man": [10, 30]}, index=["18-24", "25-29"])
    shown = suppress_frame(frame, threshold=5)
    assert shown.loc["18-24", "kvinna"] == "<5"
    assert list(shown.columns) == ["kvinna", "man", "Totalt"]
    assert shown.loc["Totalt", "Totalt"] == "63"
    assert (shown == "<5").sum().sum() >= 4  # one row and one column each need a second masked cell


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
