"""Every page of the kit vs. a bare one-button ipywidgets page, served side by side by one Voilà.

Loads every page in turn (interleaved, so all see the same machine) and prints, for each, the median
time-to-interactive in Chromium (navigation until the page's first control is visible), the median time until
everything is there (``all s``: the charts and saved inventory a page draws once the browser has it), the resident
memory of the page's kernel, their ratios to the bare page and whether the page meets its goals; then the worst
ratios, and the Start page's time-to-interactive for one visitor with a preheated kernel (the pool of voila.json,
refilled between loads) divided by without.
Goals: Start time ratio <= 1.3, memory ratio <= 1.5; every other page time <= 1.5, memory <= 2.5.

    .venv/bin/python bench/page_load.py [--loads 5] [--pages "start visitor,05 results"] [--root OLDER_CHECKOUT]

``--root`` measures the pages, template and code of another checkout of the kit (an older one, for a before/after
table) with this one's benchmark.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import nbformat
import psutil
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.live import CHROMIUM, CHROMIUM_ARGS, demo_team_links, free_port, start_voila, wait_until_serving  # noqa: E402
from widgets.first_view import WAITING_CLASS  # noqa: E402
from workshop.store import Store  # noqa: E402

DEMO_TEAM = "Exempelkommun – försörjningsstöd"
FACILITATOR_CODE = "demo-processledning"
START_GOALS, PAGE_GOALS = (1.3, 1.5), (1.5, 2.5)
"""(time, memory) ratio to the bare page."""


def _visitor(_store: Store) -> str:
    return ""


def _team(store: Store) -> str:
    return urlsplit(demo_team_links(store)[DEMO_TEAM]).query


def _facilitator(store: Store) -> str:
    from workshop.session import open_as_facilitator

    return open_as_facilitator(store, 1, FACILITATOR_CODE).query()


def _member(store: Store) -> str:
    """The first member's link to the demo's first forum."""
    from workshop.forums.forums import list_forums
    from workshop.forums.links import member_links
    from workshop.session import open_as_facilitator

    facilitator = open_as_facilitator(store, 1, FACILITATOR_CODE)
    return member_links(store, facilitator, list_forums(store, facilitator)[0].id)[0].query()


class Target(NamedTuple):
    name: str
    notebook: str
    query: Callable[[Store], str]
    selector: str
    """What shows the page is usable: its first control."""
    goals: tuple[float, float] = PAGE_GOALS


BUTTON = ".gk-page .widget-button"
BARE = Target("bare", "bare.ipynb", _visitor, ".widget-button")
PAGES = (
    Target("start visitor", "00_start.ipynb", _visitor, BUTTON, START_GOALS),
    Target("start team", "00_start.ipynb", _team, BUTTON, START_GOALS),
    Target("start facilitator", "00_start.ipynb", _facilitator, BUTTON, START_GOALS),
    Target("01 inventory", "01_malgrupp.ipynb", _team, BUTTON),
    Target("02 aims", "02_mal_och_matt.ipynb", _team, BUTTON),
    Target("03 changes", "03_forandringar.ipynb", _team, BUTTON),
    Target("04 pdsa", "04_pgsa.ipynb", _team, BUTTON),
    Target("05 results", "05_resultat.ipynb", _team, BUTTON),
    Target("06 reports", "06_rapport.ipynb", _team, BUTTON),
    Target("07 program", "07_program.ipynb", _facilitator, BUTTON),
    Target("08 overview", "08_oversikt.ipynb", _facilitator, BUTTON),
    Target("09 cross-groups", "09_tvargrupper.ipynb", _facilitator, BUTTON),
    Target("10 presenter", "10_presentation.ipynb", _facilitator, BUTTON),
    Target("forums", "samverkansforum.ipynb", _facilitator, BUTTON),
    Target("forum answer", "samverkansforum_svar.ipynb", _member, BUTTON),
    Target("statement", "tillganglighet.ipynb", _visitor, ".gk-page .gk-footer a"),
    Target("user guide", "hjalp.ipynb", _visitor, ".gk-page .gk-footer a"),
)


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


def _load(browser, url: str, selector: str, server: psutil.Process) -> tuple[float, float, float]:
    before = _kernels(server)
    context = browser.new_context()
    page = context.new_page()
    try:
        started = time.perf_counter()
        page.goto(url, timeout=120_000)
        page.wait_for_selector(selector, state="visible", timeout=120_000)
        elapsed = time.perf_counter() - started
        # What the first view left for later (charts, a saved inventory: widgets/first_view.py) is there.
        page.wait_for_selector(f".{WAITING_CLASS}", state="detached", timeout=120_000)
        complete = time.perf_counter() - started
        page.wait_for_timeout(1000)  # let the kernel settle before reading its memory
        [kernel] = _kernels(server) - before
        return elapsed, complete, psutil.Process(kernel).memory_info().rss / 2**20
    finally:
        # As a tab is closed, so its kernel leaves: a run of every page stays under the server's cap of kernels.
        page.close(run_before_unload=True)
        context.close()


def page_urls(base_url: str, database: Path, targets: tuple[Target, ...]) -> dict[str, str]:
    """Each page's address, by name, on the server at ``base_url`` whose demo data is in ``database``."""
    store = Store(f"sqlite:///{database}")
    try:
        return {target.name: f"{base_url}/voila/render/{target.notebook}?{target.query(store)}"
                for target in targets}
    finally:
        store.close()


def chosen_pages(names: str | None) -> tuple[Target, ...]:
    if names is None:
        return PAGES
    known = {target.name: target for target in PAGES}
    unknown = [name for name in names.split(",") if name not in known]
    if unknown:
        raise SystemExit(f"unknown pages {unknown}; the pages are {list(known)}")
    return tuple(known[name] for name in names.split(","))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--pages", help="a comma-separated subset of the pages' names (all by default)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the kit checkout to measure")
    arguments = parser.parse_args()
    root = arguments.root.resolve()
    # An older checkout may not have every page yet.
    targets = (BARE, *(target for target in chosen_pages(arguments.pages)
                       if (root / "notebooks" / target.notebook).exists()))
    # The server and its kernels import the kit and find its template in ``root``.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, (str(root / "share" / "jupyter"),
                                                               os.environ.get("JUPYTER_PATH"))))

    work = Path(tempfile.mkdtemp(prefix="bench-page-load-"))
    shutil.copytree(root / "notebooks", work / "notebooks")
    _bare_notebook(work / "notebooks" / "bare.ipynb")
    # Serve the copied folder through the same settings (voila.json, template) as `make serve`.
    os.symlink(root / "voila.json", work / "voila.json")
    port = free_port()
    server = start_voila_in(work, port)
    base_url = f"http://127.0.0.1:{port}"
    results: dict[str, list[tuple[float, float, float]]] = {target.name: [] for target in targets}
    try:
        wait_until_serving(base_url, server)
        urls = page_urls(base_url, work / "data" / "kit.sqlite", targets)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for target in targets:  # warm-up: first loads pay for disk caches
                _load(browser, urls[target.name], target.selector, psutil.Process(server.pid))
            for _ in range(arguments.loads):
                for target in targets:  # interleaved: all see the same machine
                    try:
                        results[target.name].append(_load(browser, urls[target.name], target.selector,
                                                          psutil.Process(server.pid)))
                    except PlaywrightTimeout:  # a busy machine: one slow load must not lose the others
                        print(f"{target.name}: not usable within 120 s, load left out", file=sys.stderr)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    medians = {name: tuple(statistics.median(run[index] for run in runs) for index in range(3))
               for name, runs in results.items() if runs}
    _print_table(targets, medians, arguments.loads)  # before the preheated loads: a busy machine may fail them
    try:
        if PAGES[0] in targets:
            preheated = statistics.median(_preheated_start_times(work, arguments.loads))
            print(f"start, preheated: time-to-interactive {preheated:.2f} s; "
                  f"preheated / without: {preheated / medians[PAGES[0].name][0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _print_table(targets: tuple[Target, ...], medians: dict[str, tuple[float, ...]], loads: int) -> None:
    bare_seconds, _bare_complete, bare_rss = medians[BARE.name]
    print(f"loads per page: {loads} (median), machine: {os.cpu_count()} cores, load average "
          f"{' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    print(f"{'page':<18} {'TTI s':>6} {'all s':>6} {'RSS MB':>7} {'time×':>6} {'RSS×':>5}  goals      result")
    ratios = {}
    for target in (target for target in targets if target.name in medians):
        seconds, complete, rss = medians[target.name]
        time_ratio, rss_ratio = seconds / bare_seconds, rss / bare_rss
        ratios[target.name] = time_ratio, rss_ratio
        time_goal, rss_goal = target.goals
        verdict = "ok" if time_ratio <= time_goal and rss_ratio <= rss_goal else "MISS"
        goals = "" if target is BARE else f"≤{time_goal} ≤{rss_goal}"
        print(f"{target.name:<18} {seconds:6.2f} {complete:6.2f} {rss:7.0f} {time_ratio:6.2f} {rss_ratio:5.2f}  "
              f"{goals:<10} {'' if target is BARE else verdict}")
    for index, kind in enumerate(("time", "RSS")):
        worst = max((name for name in ratios if name != BARE.name), key=lambda name: ratios[name][index])
        print(f"worst {kind} ratio: {ratios[worst][index]:.2f} ({worst})")


def _preheated_start_times(work: Path, loads: int) -> list[float]:
    """Start's time-to-interactive from a filled pool, the pool refilled before each load."""
    data_dir = work / "data-preheated"
    data_dir.mkdir()
    port = free_port()
    log = work / "voila-preheated.log"
    # Refilled at once: each load waits for the refill anyway, and one visitor is measured, not a crowd.
    server = start_voila(data_dir, port, log, root=work, options=("--VoilaKernelManager.fill_delay=0",))
    base_url = f"http://127.0.0.1:{port}"
    notebook, selector = PAGES[0].notebook, PAGES[0].selector
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
