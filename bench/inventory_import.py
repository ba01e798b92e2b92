"""Benchmark: the kit's import of a 100 000-row export against bare pandas readers, side by side.

Generates a synthetic export (FIKTIVA UPPGIFTER) as CSV (semicolon, Windows-1252,
identity numbers and names) and as XLSX (title row, two sheets) in a temporary
folder. The kit's full path — read, remove identity numbers, validate,
summarize — is timed against ``pandas.read_csv`` of the same CSV and against
``pandas.read_excel(engine="openpyxl")`` of the same sheet. Goals: CSV ratio
≤ 2.0, XLSX ratio ≤ 0.5. Run: ``PYTHONPATH=. python bench/inventory_import.py``.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from sample_data.inventory.generate import REFERENCE, write
from workshop.inventory import read_export

ROWS = 100_000
CSV_REPEATS = 7  # best of: the least disturbed run
XLSX_REPEATS = 1  # openpyxl takes tens of seconds


def best_times(first, second, repeats: int) -> tuple[float, float]:
    """Best times of two functions run in turns, so that a busy machine slows both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(repeats):
        for index, function in enumerate((first, second)):
            start = time.perf_counter()
            function()
            best[index] = min(best[index], time.perf_counter() - start)
    return best[0], best[1]


def kit_import(path: Path):
    export = read_export(path)
    cases = export.cases(on=REFERENCE)
    return cases.problems, cases.summarize()


def peak_mb(function) -> float:
    tracemalloc.start()
    function()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="inventory-bench-") as folder:
        csv_path, xlsx_path = Path(folder) / "export.csv", Path(folder) / "export.xlsx"
        print(f"Generating {ROWS:,} synthetic rows as CSV and XLSX …", flush=True)
        write("semicolon", csv_path, ROWS)
        write("xlsx", xlsx_path, ROWS)
        print(f"CSV {csv_path.stat().st_size / 2**20:.1f} MB, XLSX {xlsx_path.stat().st_size / 2**20:.1f} MB")

        problems, inventory = kit_import(csv_path)
        assert inventory.total + inventory.excluded == ROWS, "the kit lost rows"
        bare_csv, kit_csv = best_times(lambda: pd.read_csv(csv_path, sep=";", encoding="cp1252"),
                                       lambda: kit_import(csv_path), CSV_REPEATS)
        bare_xlsx, kit_xlsx = best_times(
            lambda: pd.read_excel(xlsx_path, sheet_name="Klienter", header=2, engine="openpyxl"),
            lambda: kit_import(xlsx_path), XLSX_REPEATS)
        csv_peak = peak_mb(lambda: kit_import(csv_path))
        xlsx_peak = peak_mb(lambda: kit_import(xlsx_path))

    print(f"CSV : bare read_csv {bare_csv:.3f} s, kit {kit_csv:.3f} s, ratio {kit_csv / bare_csv:.2f} (goal ≤ 2.0)")
    print(f"XLSX: bare read_excel(openpyxl) {bare_xlsx:.3f} s, kit {kit_xlsx:.3f} s, "
          f"ratio {kit_xlsx / bare_xlsx:.2f} (goal ≤ 0.5)")
    print(f"Peak Python memory during the kit's import: CSV {csv_peak:.0f} MB, XLSX {xlsx_peak:.0f} MB")
    print(f"Peak resident memory of the whole run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"Rows with problems (excluded): {inventory.excluded}, total counted: {inventory.total}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
