"""Every page built as its kernel builds it, each in a fresh interpreter, beside the bare one-button page: the
build's processor time (the notebook's cells, then what the browser sets off once it has the page: the charts and
saved inventory of widgets/first_view.py; steadier than the clock on a busy machine), the resident memory after it,
and which heavy libraries it loaded.

No browser and no server: a quick look at what a page's first view costs its kernel, before and after a change
(``page_load.py`` measures the pages themselves, in Chromium).

    .venv/bin/python bench/page_build.py [--runs 3] [--pages "start visitor,05 results"]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.page_load import BARE, Target, chosen_pages  # noqa: E402
from tests.e2e.live import kit_environment  # noqa: E402
from workshop.store import Store  # noqa: E402

HEAVY = ("pandas", "numpy", "bokeh", "jupyter_bokeh", "scipy", "docx", "pptx", "reportlab", "openpyxl")
_BUILD = """
import json, sys, time
import ipywidgets, psutil
cells = json.loads(sys.argv[1])
started = time.process_time()
namespace = {}
for cell in cells:
    exec(cell, namespace)
if "widgets.first_view" in sys.modules:  # the browser has the page: what waited for it is drawn
    sys.modules["widgets.first_view"].show_the_page()
print(json.dumps({"seconds": time.process_time() - started, "mb": psutil.Process().memory_info().rss / 2**20,
                  "heavy": sorted(name for name in json.loads(sys.argv[2]) if name in sys.modules)}))
"""


def _cells(target: Target) -> list[str]:
    if target is BARE:
        return ["import ipywidgets", "ipywidgets.Button(description='OK')"]
    notebook = json.loads((ROOT / "notebooks" / target.notebook).read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


def _build(target: Target, env: dict[str, str], query: str) -> dict:
    result = subprocess.run([sys.executable, "-c", _BUILD, json.dumps(_cells(target)), json.dumps(HEAVY)],
                            env=dict(env, QUERY_STRING=query), cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", help="a comma-separated subset of the pages' names (all by default)")
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-page-build-"))
    try:
        env = kit_environment(work, ROOT, demo=True)
        store = Store(env["WORKSHOP_DB_URL"])
        try:
            targets = [(target, target.query(store)) for target in (BARE, *chosen_pages(arguments.pages))]
        finally:
            store.close()
        runs = {target.name: [_build(target, env, query) for _ in range(arguments.runs)] for target, query in targets}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    bare_seconds, bare_mb = (statistics.median(run[key] for run in runs[BARE.name]) for key in ("seconds", "mb"))
    print(f"runs per page: {arguments.runs} (median); bare: {bare_seconds:.2f} s, {bare_mb:.0f} MB")
    print(f"{'page':<20}{'cpu s':>9}{'MB':>7}{'MB − bare':>11}  heavy libraries loaded")
    for name, page_runs in runs.items():
        seconds, mb = (statistics.median(run[key] for run in page_runs) for key in ("seconds", "mb"))
        print(f"{name:<20}{seconds:>9.2f}{mb:>7.0f}{mb - bare_mb:>11.0f}  {' '.join(page_runs[-1]['heavy']) or '–'}")


if __name__ == "__main__":
    main()
