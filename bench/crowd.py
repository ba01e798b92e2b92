"""A seminar's crowd: N visitors open their team's page at the same moment, in Chromium, against the kit's server.

Prints failures (blank, failed or refused pages), median and p95 time-to-interactive (from the common start
until the page's heading shows), the server's CPU-seconds per visit (server and kernels, not the browsers,
while the crowd loads), and p95 divided by the CPU floor: N × CPU-seconds of one load (browser included, as
it shares this machine) ÷ cores. One load is measured alone, just before the crowd, as the browser, Voilà and
the kernel that served the page (not the pool's refill that may start meanwhile); a page's load is the median
of its loads (three of Start, one of each step), and the floor adds up the pages the crowd's visitors open.
Those loads also tell what a page's kernel costs the server once its tab closes, until it has gone.
Goals (issue 18): 0 failures at 40; CPU per visit <= 0.5 s with the pool filled before the crowd; p95/floor <= 2.

    .venv/bin/python bench/crowd.py [-n 40] [--steps] [--pool 40] [--root /path/to/kit] [--plain-voila] [--log FILE]

``--steps`` spreads the visitors over steps 1–6 instead of Start. ``--pool`` sizes the visited pages' pools
for the crowd (Start's, or each step's share), as docs/drift.md advises for a seminar; without it the pools
are those of voila.json. ``--root`` serves another checkout of the kit
(its own notebooks, voila.json and template) and ``--plain-voila`` runs ``voila`` instead of ``workshop serve``:
the two together measure an older version.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import async_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.live import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    demo_team_links,
    free_port,
    wait_until_pools_filled,
    wait_until_serving,
)

START = "00_start.ipynb"
STEPS = ["01_malgrupp.ipynb", "02_mal_och_matt.ipynb", "03_forandringar.ipynb", "04_pgsa.ipynb",
         "05_resultat.ipynb", "06_rapport.ipynb"]
SHOWN = ".gk-page h1"
# Loads measured one at a time before the crowd: at least this many, and each page the crowd visits as often.
# A page's load is the median of its loads; the floor adds up the crowd's pages so measured.
LOADS_ALONE = 3
FAILED = ".gk-cell-failed"
# A page whose HTML has all arrived without any cell output is blank for good: the executor sent it
# without the cell's output (what nbclient's short iopub_timeout did under load).
# Voilà sends each output as a script, which its JavaScript replaces with the rendered output.
CELL_OUTPUT = 'script[type="application/vnd.voila.cell-output+json"], .jp-OutputArea-output'


def _serving_folder(root: Path, work: Path, pools: dict[str, int]) -> Path:
    """A folder served like ``root``: its notebooks, and its voila.json with ``pools`` as the pool sizes."""
    folder = work / "served"
    folder.mkdir()
    (folder / "notebooks").symlink_to(root / "notebooks")
    settings = json.loads((root / "voila.json").read_text())
    configured = settings.setdefault("VoilaKernelManager", {}).setdefault("kernel_pools_config", {})
    configured.update({notebook: {"pool_size": size} for notebook, size in pools.items()})
    (folder / "voila.json").write_text(json.dumps(settings))
    return folder


def _start_server(root: Path, work: Path, plain: bool, pools: dict[str, int]) -> tuple[subprocess.Popen, str]:
    served = _serving_folder(root, work, pools)
    env = dict(os.environ, PYTHONPATH=str(root), JUPYTER_PATH=str(root / "share" / "jupyter"),
               WORKSHOP_DATA_DIR=str(work), WORKSHOP_DB_URL=f"sqlite:///{work / 'kit.sqlite'}",
               BOKEH_RESOURCES="inline")
    env.pop("QUERY_STRING", None)
    subprocess.run([sys.executable, "-m", "workshop.cli", "demo", "--if-empty"], cwd=root, env=env, check=True,
                   capture_output=True)
    port = free_port()
    module = "voila" if plain else "workshop.hosting.voila_app"
    log = (work / "server.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", module, "notebooks", "--no-browser", f"--port={port}",
                               "--Voila.ip=127.0.0.1"], cwd=served, env=env, stdout=log, stderr=subprocess.STDOUT)
    return server, f"http://127.0.0.1:{port}"


def _command(process: psutil.Process) -> str:
    """A process's command line, or "" once it has gone."""
    try:
        return " ".join(process.cmdline())
    except psutil.Error:
        return ""


def _kernels(server: psutil.Process) -> int:
    return sum("ipykernel" in _command(child) for child in server.children(recursive=True))


def _wait_until_quiet(server: psutil.Process, timeout: float = 600) -> None:
    """Until the server and its kernels use under 5 % of one core for 5 s: the pools' kernels have done their
    imports and wait for visitors, as on a server filled before a seminar."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = _cpu_by_process(server)
        time.sleep(5)
        if sum(_grown(before, _cpu_by_process(server)).values()) < 0.25:
            return


# The page's outcome, looked for in the page itself every 100 ms: asking from here, 40 tabs × 10 times a second,
# took more processor time in the browser and Playwright's driver than the server spent on the pages.
OUTCOME = f"""() => {{
    if (document.querySelector({json.dumps(FAILED)})) return "failed";
    const heading = document.querySelector({json.dumps(SHOWN)});
    if (heading && heading.getClientRects().length) return "ok";
    if (document.readyState === "complete" && !document.querySelector({json.dumps(CELL_OUTPUT)})) return "blank";
    return false;
}}"""


async def _visit(browser, url: str, started: float, timeout: float, open_tabs: list | None = None
                 ) -> tuple[str, float]:
    """("ok" | "failed" | "blank" | "refused", seconds from the common start until it showed).

    The tab is closed afterwards, as a person closes it, unless it is kept in ``open_tabs``.
    """
    context = await browser.new_context()
    page = await context.new_page()
    try:
        response = await page.goto(url, wait_until="commit", timeout=timeout * 1000)
        if response is None or response.status != 200:
            return "refused", time.perf_counter() - started
        left = max(0.0, timeout - (time.perf_counter() - started))
        try:
            outcome = await page.wait_for_function(OUTCOME, polling=100, timeout=left * 1000)
        except PlaywrightTimeout:
            return "blank", time.perf_counter() - started
        return await outcome.json_value(), time.perf_counter() - started
    except Exception:  # a navigation that never finished is a failed visit, whatever Playwright says
        return "failed", time.perf_counter() - started
    finally:
        if open_tabs is None:
            await _close(page)
        else:
            open_tabs.append(page)


async def _close(page) -> None:
    await page.close(run_before_unload=True)  # as a tab is closed: its kernel leaves
    await page.context.close()


def _cpu_of(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def _cpu_by_process(root: psutil.Process, *, leaving_out: psutil.Process | None = None) -> dict[int, float]:
    """CPU-seconds of ``root`` itself (key 0) and of each of its live descendants (by pid), but ``leaving_out``'s."""
    left_out = set() if leaving_out is None else {leaving_out.pid} | {
        child.pid for child in leaving_out.children(recursive=True)}
    cpu = {0: _cpu_of(root)}
    for child in root.children(recursive=True):
        if child.pid in left_out:
            continue
        try:
            cpu[child.pid] = _cpu_of(child)
        except psutil.Error:
            continue
    return cpu


def _grown(before: dict[int, float], after: dict[int, float]) -> dict[int, float]:
    """CPU-seconds each process used between two readings; one started between them counts from zero."""
    return {pid: cpu - before.get(pid, 0.0) for pid, cpu in after.items()}


def _by_kind(cpu: dict[int, float]) -> dict[str, float]:
    """CPU-seconds of this process's descendants (not the server's) by kind of process: where the browsers' share
    of the crowd's CPU goes."""
    kinds: dict[str, float] = {}
    for pid, seconds in cpu.items():
        try:
            kind = "benchmark (Python)" if not pid else _process_kind(psutil.Process(pid))
        except psutil.Error:
            kind = "gone"
        kinds[kind] = kinds.get(kind, 0.0) + seconds
    return kinds


def _process_kind(process: psutil.Process) -> str:
    command = " ".join(process.cmdline())
    if "--type=" in command:
        return command.split("--type=", 1)[1].split()[0]  # a Chromium renderer, gpu-process, utility …
    return "browser" if "chrom" in process.name() else process.name()  # Chromium's main process, Playwright's node


# The kernel Voilà gave the page, named in the page's configuration and in its kernel's command line.
KERNEL_ID = "() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"


async def _load_alone(browser, url: str, server: psutil.Process, timeout: float) -> tuple[float, float, float]:
    """Seconds and CPU-seconds of one load alone: the browser's processes, Voilà, and the kernel that served the page,
    not a pool's refill that starts meanwhile; and the CPU-seconds that kernel used leaving once the tab closed."""
    me = psutil.Process()
    server_before, browser_before = _cpu_by_process(server), _cpu_by_process(me, leaving_out=server)
    tabs: list = []
    _outcome, seconds = await _visit(browser, url, time.perf_counter(), timeout, tabs)
    kernel_id = await tabs[0].evaluate(KERNEL_ID)
    served = [child for child in server.children(recursive=True) if kernel_id in _command(child)]
    server_grown = _grown(server_before, _cpu_by_process(server))
    cpu = sum(_grown(browser_before, _cpu_by_process(me, leaving_out=server)).values()) + server_grown[0] + sum(
        server_grown[kernel.pid] for kernel in served)
    at_close = sum(_cpu_of(kernel) for kernel in served)
    await _close(tabs[0])
    leaving = sum([await _until_gone(kernel) for kernel in served]) - at_close
    return seconds, cpu, leaving


async def _until_gone(process: psutil.Process, longest: float = 60) -> float:
    """The CPU-seconds ``process`` had used when it ended (its last reading; an ended process has none), or after
    ``longest`` seconds if it is still there."""
    used = _cpu_of(process)
    deadline = time.monotonic() + longest
    with contextlib.suppress(psutil.Error):
        while time.monotonic() < deadline and process.status() != psutil.STATUS_ZOMBIE:
            used = _cpu_of(process)
            await asyncio.sleep(0.01)
    return used


def _medians(loads: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Of loads of one page, the median of each measure."""
    cpu, seconds, leaving = (statistics.median(measure) for measure in zip(*loads, strict=True))
    return cpu, seconds, leaving


def _rounds_alone(pages: int) -> int:
    return max(1, LOADS_ALONE // pages)


@dataclass
class Crowd:
    """What one run measured: CPU in CPU-seconds, times in seconds."""

    alone: dict[int, tuple[float, float, float]]  # each page's median load alone: (CPU, time, CPU leaving)
    one_cpu: float  # a load alone, the mean over the crowd's visitors of their page's
    one_seconds: float
    results: list[tuple[str, float]]  # each visitor's outcome and time from the common start
    voila_cpu: float
    pool_cpu: float  # the kernels there when the crowd came, which served it
    newcomers_cpu: list[float]  # kernels started during the crowd: refills, or visitors the pool could not serve
    browsers_cpu: dict[str, float]  # by kind of process
    unshown: list[str]  # the HTML of each page that never showed


async def _measure(urls: list[str], pages: int, base_url: str, server: psutil.Process, timeout: float,
                   refills: bool) -> Crowd:
    """Visitor ``v`` opens ``urls[v]``, of page ``v % pages``."""
    me = psutil.Process()
    ready = _kernels(server)  # the filled pools

    async def refilled() -> None:
        """Until the visited page's kernel has left and the pool is full again (an older server: a moment)."""
        for _ in range(600 if refills else 0):
            if _kernels(server) == ready:
                break
            await asyncio.sleep(0.5)
        await asyncio.sleep(2)

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        await _visit(browser, base_url + urls[0], time.perf_counter(), timeout)  # warm-up: disk caches, browser
        await refilled()
        alone: dict[int, list[tuple[float, float, float]]] = {}
        for visitor in range(1, 1 + _rounds_alone(pages) * pages):
            seconds, cpu, leaving = await _load_alone(browser, base_url + urls[visitor % len(urls)], server, timeout)
            alone.setdefault(visitor % pages, []).append((cpu, seconds, leaving))
            await refilled()
        medians = {page: _medians(loads) for page, loads in alone.items()}
        before_crowd, browsers_before = _cpu_by_process(server), _cpu_by_process(me, leaving_out=server)
        started = time.perf_counter()
        tabs: list = []
        results = await asyncio.gather(*(_visit(browser, base_url + url, started, timeout, tabs) for url in urls))
        after_crowd = _cpu_by_process(server)  # every tab still open: no kernel has left yet
        browsers = _by_kind(_grown(browsers_before, _cpu_by_process(me, leaving_out=server)))
        unshown = [await tab.content() for tab in tabs if not await tab.locator(SHOWN).count()]
        for tab in tabs:
            await _close(tab)
        await browser.close()
    # Voilà, and the kernels that were there when the crowd came (the pool, which served it); kernels started
    # during the crowd are the pool's refills, or kernels started for visitors the pool could not serve.
    return Crowd(
        alone=medians,
        one_cpu=statistics.fmean(medians[visitor % pages][0] for visitor in range(len(urls))),
        one_seconds=statistics.fmean(medians[visitor % pages][1] for visitor in range(len(urls))),
        results=results, voila_cpu=after_crowd[0] - before_crowd[0],
        pool_cpu=sum(after_crowd[pid] - before_crowd[pid] for pid in before_crowd if pid and pid in after_crowd),
        newcomers_cpu=[cpu for pid, cpu in after_crowd.items() if pid not in before_crowd],
        browsers_cpu=browsers, unshown=unshown)


def _crowd_pools(notebooks: list[str], size: int) -> dict[str, int]:
    """Each visited page's share of ``size``, plus a kernel for each of the loads before the crowd (the warm-up
    and the loads measured alone): the crowd finds its pool full without waiting ``fill_delay`` for refills."""
    pools = {notebook: -(-size // len(notebooks)) + _rounds_alone(len(notebooks)) for notebook in notebooks}
    pools[notebooks[0]] += 1  # the warm-up
    return pools


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--visitors", type=int, default=40)
    parser.add_argument("--steps", action="store_true", help="spread the visitors over steps 1-6")
    parser.add_argument("--pool", type=int, default=0, help="kernels kept ready for the crowd's pages")
    parser.add_argument("--root", type=Path, default=ROOT, help="the kit checkout to serve")
    parser.add_argument("--plain-voila", action="store_true", help="run voila, not workshop serve")
    parser.add_argument("--timeout", type=float, default=600, help="seconds a visitor waits at most")
    parser.add_argument("--log", type=Path, help="keep the server's log in this file (and beside it, the HTML of "
                                                 "a page that never showed)")
    arguments = parser.parse_args()

    load_before = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="bench-crowd-"))
    root = arguments.root.resolve()
    notebooks = STEPS if arguments.steps else [START]
    pools = _crowd_pools(notebooks, arguments.pool) if arguments.pool else {}
    server_process, base_url = _start_server(root, work, arguments.plain_voila, pools)
    server = psutil.Process(server_process.pid)
    crowd: Crowd | None = None
    try:
        wait_until_serving(base_url, server_process, timeout=120)
        from workshop.store import Store

        store = Store(f"sqlite:///{work / 'kit.sqlite'}")
        links = [list(demo_team_links(store, notebook).values()) for notebook in notebooks]
        store.close()
        urls = [links[visitor % len(notebooks)][visitor % len(links[0])] for visitor in range(arguments.visitors)]
        filled_after = None
        if not arguments.plain_voila:
            # Each pool kernel waits up to 600 s from its request for a quiet machine, then starts anyway; the
            # last ones then start side by side, so a large pool fills in up to about twice that on 2 cores.
            started = time.monotonic()
            wait_until_pools_filled(work / "server.log", root, timeout=1800)
            filled_after = time.monotonic() - started
            _wait_until_quiet(server)
        load_at_crowd = os.getloadavg()[0]
        crowd = asyncio.run(_measure(urls, len(notebooks), base_url, server, arguments.timeout,
                                     refills=not arguments.plain_voila and not arguments.pool))
    finally:
        server_process.terminate()
        try:
            server_process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server_process.kill()
        if arguments.log:
            shutil.copyfile(work / "server.log", arguments.log)
            if crowd and crowd.unshown:  # what a visitor whose page never showed had in the browser
                arguments.log.with_suffix(".unshown.html").write_text(crowd.unshown[0])
        shutil.rmtree(work, ignore_errors=True)

    _report(crowd, arguments, notebooks, pools, filled_after, (load_before, load_at_crowd))


def _report(crowd: Crowd, arguments: argparse.Namespace, notebooks: list[str], pools: dict[str, int],
            filled_after: float | None, loads: tuple[float, float]) -> None:
    load_before, load_at_crowd = loads
    shown = [seconds for outcome, seconds in crowd.results if outcome == "ok"]
    failures = {outcome: sum(1 for o, _ in crowd.results if o == outcome)
                for outcome in ("failed", "blank", "refused")}
    cores = os.cpu_count() or 1
    floor = arguments.visitors * crowd.one_cpu / cores
    root = arguments.root.resolve()
    print(json.dumps({"visitors": arguments.visitors, "pages": "steps 1-6" if arguments.steps else "Start",
                      "server": "voila" if arguments.plain_voila else "workshop serve", "root": str(root),
                      "pools": pools or "voila.json"}))
    if filled_after is not None:
        print(f"the pools filled {filled_after:.0f} s after the server started serving")
    print(f"machine: {cores} cores, load average {load_before:.1f} before the server started and "
          f"{load_at_crowd:.1f} when the crowd came (others share it)")
    rounds = _rounds_alone(len(notebooks))
    print(f"one load alone (of each page the median of {rounds}, averaged over the crowd's pages): "
          f"{crowd.one_seconds:.2f} s, {crowd.one_cpu:.2f} CPU-s (server, kernels and browser)"
          + (": " + ", ".join(f"{notebooks[page]} {measured[0]:.2f} CPU-s"
                              for page, measured in sorted(crowd.alone.items()))
             if len(notebooks) > 1 else ""))
    leaving = [cpu for _cpu, _seconds, cpu in crowd.alone.values()]
    print(f"its kernel, once the tab closed, used {statistics.fmean(leaving):.2f} CPU-s until it had gone "
          "(a page's median, averaged over the crowd's pages)")
    print(f"failures: {sum(failures.values())} of {arguments.visitors} "
          + ", ".join(f"{outcome} {count}" for outcome, count in failures.items()))
    if shown:
        print(f"time-to-interactive: median {statistics.median(shown):.1f} s, p95 {_p95(shown):.1f} s")
        visitors = arguments.visitors
        print(f"server CPU per visit: {(crowd.voila_cpu + crowd.pool_cpu) / visitors:.2f} s (goal <= 0.5: Voilà "
              f"{crowd.voila_cpu / visitors:.2f} s and the kernels there when the crowd came "
              f"{crowd.pool_cpu / visitors:.2f} s), plus {sum(crowd.newcomers_cpu) / visitors:.2f} s in "
              f"{len(crowd.newcomers_cpu)} kernels started during the crowd (refills, or visitors the pool could "
              "not serve)")
        print(f"p95 / floor: {_p95(shown):.1f} / {floor:.1f} = {_p95(shown) / floor:.2f} (goal <= 2.0)")
        server_cpu = crowd.voila_cpu + crowd.pool_cpu + sum(crowd.newcomers_cpu)
        browsers_cpu = sum(crowd.browsers_cpu.values())
        print(f"the crowd's CPU on this machine: {server_cpu + browsers_cpu:.0f} s, of which the server and its "
              f"kernels {server_cpu:.0f} s and the browsers with Playwright {browsers_cpu:.0f} s ("
              + ", ".join(f"{kind} {cpu:.0f} s" for kind, cpu in sorted(crowd.browsers_cpu.items(),
                                                                        key=lambda kind_cpu: -kind_cpu[1])
                          if cpu >= 0.5) + ")")


if __name__ == "__main__":
    main()
