"""Kernels for a crowd: preheated kernels serve exactly their own visitor, closed tabs free their kernels,
and a visitor past the cap is told so in Swedish."""

from __future__ import annotations

import json
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest

from tests.e2e.live import (
    POOLS_FILL_TIMEOUT,
    ROOT,
    START_PATH,
    demo_team_links,
    free_port,
    start_voila,
    stop,
    wait_until_serving,
)
from workshop.hosting.pool import notebooks_in, plan_pools


class Served:
    def __init__(self, base_url: str, process: subprocess.Popen, log: Path) -> None:
        self.base_url = base_url
        self.server = psutil.Process(process.pid)
        self.log = log

    def kernels(self) -> int:
        return len(self.kernel_command_lines())

    def kernel_command_lines(self) -> list[list[str]]:
        lines = []
        for child in self.server.children(recursive=True):
            try:
                command = child.cmdline()
            except psutil.Error:
                continue
            if "ipykernel" in " ".join(command):
                lines.append(command)
        return lines

    def log_lines(self, text: str) -> int:
        return self.log.read_text(errors="replace").count(text)

    def wait_for(self, condition, timeout: float, what: str) -> float:
        started = time.monotonic()
        while not condition():
            if time.monotonic() - started > timeout:
                pytest.fail(f"{what} not within {timeout:.0f} s")
            time.sleep(0.5)
        return time.monotonic() - started


@contextmanager
def _served(data_dir: Path, *options: str):
    port = free_port()
    log = data_dir / "voila.log"
    process = start_voila(data_dir, port, log, options=options)
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process)
        yield Served(f"http://127.0.0.1:{port}", process, log)
    finally:
        stop(process)


def _pool_total() -> int:
    settings = json.loads((ROOT / "voila.json").read_text())
    return plan_pools(notebooks_in(ROOT / "notebooks"), settings["VoilaKernelManager"]["kernel_pools_config"],
                      settings["VoilaConfiguration"]["default_pool_size"]).total


@pytest.fixture(scope="module")
def pooled(tmp_path_factory):
    """The kit served with the pools of voila.json, once they are full."""
    # Refills at once rather than after voila.json's fill_delay: these tests count kernels leaving with their tabs.
    with _served(tmp_path_factory.mktemp("pooled"), "--VoilaKernelManager.fill_delay=0") as served:
        served.wait_for(lambda: served.kernels() == _pool_total(), POOLS_FILL_TIMEOUT, "the kernel pools filling")
        yield served


def test_two_visitors_of_two_teams_at_once_each_get_their_own_team_from_a_pooled_kernel(pooled, live_store_of,
                                                                                         new_context):
    links = demo_team_links(live_store_of(pooled))
    (first, first_link), (second, second_link) = list(links.items())[:2]
    used_before = pooled.log_lines("Using pre-heated kernel")
    pages = {}
    for team, link in ((first, first_link), (second, second_link)):
        pages[team] = new_context().new_page()
        pages[team].goto(pooled.base_url + link, wait_until="commit")
    for page in pages.values():
        page.get_by_role("heading", name="Teamets resa").wait_for(timeout=90_000)
    assert pooled.log_lines("Using pre-heated kernel") == used_before + 2
    for team, page in pages.items():
        shown = page.inner_text("body")
        assert team in shown
        assert not [other for other in links if other != team and other in shown]
    for page in pages.values():
        page.close(run_before_unload=True)  # as a tab is closed: the page's unload handlers run
    pooled.wait_for(lambda: pooled.kernels() == _pool_total(), 60, "the two visitors' kernels leaving")


def test_a_pool_filling_at_once_starts_its_kernels_on_unix_sockets_and_none_dies(pooled):
    # Over TCP, kernels started in the same moment could draw the same free port: one died and was restarted.
    connection_files = [command[command.index("-f") + 1] for command in pooled.kernel_command_lines()]
    assert {json.loads(Path(file).read_text())["transport"] for file in connection_files} == {"ipc"}
    assert pooled.log_lines("Address already in use") == 0
    assert pooled.log_lines("restarting kernel") == 0


def test_thirty_closed_pages_give_their_kernels_back_within_a_minute(pooled, new_context):
    pool = _pool_total()
    context = new_context()
    pages = []
    for _batch in range(6):
        opened = [context.new_page() for _ in range(5)]
        for page in opened:
            page.goto(pooled.base_url + START_PATH, wait_until="commit")
        for page in opened:
            page.wait_for_selector(".gk-page h1", timeout=120_000)
        pages += opened
    assert pooled.kernels() >= 30  # every open page holds a kernel of its own
    for page in pages:
        page.close(run_before_unload=True)  # as a tab is closed: the page's unload handlers run
    waited = pooled.wait_for(lambda: pooled.kernels() == pool, 60, "the kernels of 30 closed pages leaving")
    print(f"30 closed pages: back to the pool's {pool} kernels after {waited:.1f} s")
    assert pooled.log_lines("Kernel shutdown") >= 30


def test_a_visitor_past_the_cap_is_told_in_swedish_that_the_server_is_full(tmp_path, new_context):
    with _served(tmp_path, "--KitVoila.max_kernels=1", "--VoilaConfiguration.preheat_kernel=False") as served:
        first = new_context().new_page()
        first.goto(served.base_url + START_PATH)
        first.wait_for_selector(".gk-page h1", timeout=90_000)
        refused = new_context().new_page()
        response = refused.goto(served.base_url + START_PATH)
        assert response.status == 503 and response.headers["retry-after"] == "60"
        assert refused.get_by_role("heading").inner_text() == "Servern är full just nu – försök igen om en minut"
        assert "Traceback" not in refused.content()
        assert served.kernels() == 1
        first.close(run_before_unload=True)
        served.wait_for(lambda: served.kernels() == 0, 60, "the first page's kernel leaving")
        # The kernel's process ends a moment before Voilà forgets the kernel: the next visit gets in right after.
        served.wait_for(lambda: refused.goto(served.base_url + START_PATH).status == 200, 20,
                        "a visitor let in once the first page's kernel left")
        refused.wait_for_selector(".gk-page h1", timeout=90_000)


@pytest.fixture
def live_store_of():
    from workshop.store import Store

    opened = []

    def open_for(served: Served) -> Store:
        store = Store(f"sqlite:///{served.log.parent / 'kit.sqlite'}")
        opened.append(store)
        return store

    yield open_for
    for store in opened:
        store.close()


def _notebook(path: Path, source: str) -> None:
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source)]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)


@pytest.fixture
def failing_pages(tmp_path):
    """The kit's settings and template serving two pages: one whose cell fails, one whose cell runs too long."""
    (tmp_path / "notebooks").mkdir()
    _notebook(tmp_path / "notebooks" / "fails.ipynb", "raise RuntimeError('secret detail')")
    _notebook(tmp_path / "notebooks" / "slow.ipynb", "import time\ntime.sleep(60)")
    (tmp_path / "voila.json").symlink_to(ROOT / "voila.json")
    data = tmp_path / "data"
    data.mkdir()
    port = free_port()
    process = start_voila(data, port, tmp_path / "voila.log", root=tmp_path, demo=False,
                          options=("--VoilaConfiguration.preheat_kernel=False", "--VoilaExecutor.timeout=3"))
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.parametrize("notebook", ["fails.ipynb", "slow.ipynb"])
def test_a_cell_that_fails_or_times_out_shows_a_swedish_message_not_a_blank_page(failing_pages, new_context,
                                                                                  notebook):
    page = new_context().new_page()
    page.goto(f"{failing_pages}/voila/render/{notebook}")
    message = page.get_by_role("alert")
    message.wait_for(timeout=90_000)
    assert message.inner_text().startswith("Sidan kunde inte visas färdigt.")
    assert "secret detail" not in page.content() and "Traceback" not in page.content()
