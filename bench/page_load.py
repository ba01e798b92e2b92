"""Start page and the facilitator's view of all teams vs. a bare one-button ipywidgets page, served side by side
by one Voilà.

Prints, for each page, the median time-to-interactive in Chromium (navigation
until the page's first button is visible) and the median resident memory of
the page's kernel, and each page's ratios to the bare page; then the Start page's time-to-interactive
for one visitor with a preheated kernel (the pool of voila.json, refilled between loads) divided by without.
Goals: Start time ratio <= 1.3, memory ratio <= 1.5; all teams (demo, as facilitator) time <= 1.5, memory <= 2.5.

    .venv/bin/python bench/page_load.py [--loads 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import psutil
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.live import CHROMIUM, CHROMIUM_ARGS, free_port, start_voila, wait_until_serving  # noqa: E402

PAGES = {"start": ("00_start.ipynb", ".gk-page .widget-button"), "bare": ("bare.ipynb", ".widget-button"),
         "teams": ("08_oversikt.ipynb", ".gk-page .widget-button")}
GOALS = {"start": (1.3, 1.5), "teams": (1.5, 2.5)}
"""(time, memory) ratio to the bare page."""


def _bare_notebook(path: Path) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("import ipywidgets"),
                      nbformat.v4.new_code_cell("ipywidgets.Button(description='OK')")]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)


def _kernels(server: psutil.Process) -> set[int]:
    pids = set()
    for child in server.children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                pids.add(child.pid)
        except psutil.Error:
            continue
    return pids


def _load(browser, url: str, selector: str, server: psutil.Process) -> tuple[float, float]:
    before = _kernels(server)
    context = browser.new_context()
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url, timeout=120_000)
    page.wait_for_selector(selector, state="visible", timeout=120_000)
    elapsed = time.perf_counter() - started
    page.wait_for_timeout(1000)  # let the kernel settle before reading its memory
    [kernel] = _kernels(server) - before
    rss_mb = psutil.Process(kernel).memory_info().rss / 2**20
    context.close()
    return elapsed, rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=7)
    arguments = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-page-load-"))
    notebooks = work / "notebooks"
    notebooks.mkdir()
    for page in ("00_start.ipynb", "08_oversikt.ipynb"):
        shutil.copy(ROOT / "notebooks" / page, notebooks)
    _bare_notebook(notebooks / "bare.ipynb")
    # Serve the copied folder through the same settings (voila.json, template) as `make serve`.
    os.symlink(ROOT / "voila.json", work / "voila.json")
    port = free_port()
    server = start_voila_in(work, port)
    base_url = f"http://127.0.0.1:{port}"
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in PAGES}
    try:
        wait_until_serving(base_url, server)
        queries = {"teams": "?" + _facilitator_query(work / "data"), "start": "", "bare": ""}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, (notebook, selector) in PAGES.items():  # warm-up: first loads pay for disk caches
                _load(browser, f"{base_url}/voila/render/{notebook}{queries[name]}", selector,
                      psutil.Process(server.pid))
            for _ in range(arguments.loads):
                for name, (notebook, selector) in PAGES.items():  # interleaved: all see the same machine
                    results[name].append(_load(browser, f"{base_url}/voila/render/{notebook}{queries[name]}",
                                               selector, psutil.Process(server.pid)))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    try:
        preheated = _preheated_start_times(work, arguments.loads)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    medians = {name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
               for name, runs in results.items()}
    print(f"loads per page: {arguments.loads} (median), machine: {os.cpu_count()} cores")
    for name, (seconds, rss) in medians.items():
        print(f"{name:>6}: time-to-interactive {seconds:.2f} s, kernel RSS {rss:.0f} MB")
    for name, (time_goal, rss_goal) in GOALS.items():
        time_ratio = medians[name][0] / medians["bare"][0]
        rss_ratio = medians[name][1] / medians["bare"][1]
        print(f"ratio {name}/bare: time {time_ratio:.2f} (goal <= {time_goal}), kernel RSS {rss_ratio:.2f} "
              f"(goal <= {rss_goal})")
    print(f" start, preheated: time-to-interactive {statistics.median(preheated):.2f} s; "
          f"preheated / without: {statistics.median(preheated) / medians['start'][0]:.2f}")


def _facilitator_query(data_dir: Path) -> str:
    """The demo facilitator's link parameters (signed with this database's secret)."""
    from workshop.session import open_as_facilitator
    from workshop.store import Store

    store = Store(f"sqlite:///{data_dir / 'kit.sqlite'}")
    try:
        return open_as_facilitator(store, 1, "demo-processledning").query()
    finally:
        store.close()

def _preheated_start_times(work: Path, loads: int) -> list[float]:
    """Start's time-to-interactive from a filled pool, the pool refilled before each load."""
    data_dir = work / "data-preheated"
    data_dir.mkdir()
    port = free_port()
    log = work / "voila-preheated.log"
    # Refilled at once: each load waits for the refill anyway, and one visitor is measured, not a crowd.
    server = start_voila(data_dir, port, log, root=work, options=("--VoilaKernelManager.fill_delay=0",))
    base_url = f"http://127.0.0.1:{port}"
    notebook, selector = PAGES["start"]
    times = []
    try:
        wait_until_serving(base_url, server)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for load in range(loads + 1):  # the first load warms disk caches and the browser
                _wait_for_log(log, f"Kernel pool of {notebook} is filled", times=load + 1)
                time.sleep(2)
                page = browser.new_context().new_page()
                started = time.perf_counter()
                page.goto(f"{base_url}/voila/render/{notebook}", timeout=120_000)
                page.wait_for_selector(selector, state="visible", timeout=120_000)
                if load:
                    times.append(time.perf_counter() - started)
                page.close(run_before_unload=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return times


def _wait_for_log(log: Path, line: str, times: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while log.read_text(errors="replace").count(line) < times:
        if time.monotonic() > deadline:
            raise TimeoutError(line)
        time.sleep(0.5)


def start_voila_in(work: Path, port: int):
    """Voilà serving ``work/notebooks`` with the demo data (the e2e helper, run from ``work``)."""
    data_dir = work / "data"
    data_dir.mkdir()
    # Without the pool: each load starts the kernel it measures.
    return start_voila(data_dir, port, work / "voila.log", root=work,
                       options=("--VoilaConfiguration.preheat_kernel=False",))


if __name__ == "__main__":
    main()
