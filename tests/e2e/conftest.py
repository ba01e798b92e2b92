"""A live Voilà on 127.0.0.1 with the demo data, and Debian's Chromium driven by Playwright.

Locally the browser tests skip when Chromium is missing; in CI (``CI`` or
``WORKSHOP_REQUIRE_BROWSER`` set) a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.e2e.live import (
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    start_voila,
    stop,
    wait_until_pools_filled,
    wait_until_serving,
)


def pytest_collection_modifyitems(items):
    """Everything under tests/e2e is a browser test (``make test`` runs them in their own process)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.e2e)


def _browser_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("WORKSHOP_REQUIRE_BROWSER"))


@pytest.fixture(scope="session")
def live_data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("e2e-data")


@pytest.fixture
def live_store(live_data_dir):
    """The live server's demo database, for checks that no page shows and for setting up a test's data."""
    from workshop.store import Store

    opened = Store(f"sqlite:///{live_data_dir / 'kit.sqlite'}")
    yield opened
    opened.close()


@contextmanager
def _serving(data_dir: Path, *, demo: bool):
    port = free_port()
    process = start_voila(data_dir, port, data_dir / "voila.log", demo=demo)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, process)
        wait_until_pools_filled(data_dir / "voila.log")
        yield base_url
    finally:
        stop(process)
    _assert_no_link_keys((data_dir / "voila.log").read_text(encoding="utf-8", errors="replace"))


def _assert_no_link_keys(log: str) -> None:
    """Every page these tests opened carried a link key; none of them may be in the server's log."""
    leaked = re.findall(r"[?&](?:key|member)=[^&\s]+", log)
    assert not leaked, f"link keys in the server log: {leaked[:3]}"


@pytest.fixture(scope="session")
def voila_url(live_data_dir):
    with _serving(live_data_dir, demo=True) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def empty_voila_url(tmp_path_factory):
    """A second live Voilà on an empty database, as on a new installation: for a brand-new facilitator or team.

    Tests sharing it create their own collaborative (see ``live.new_team``), so they never meet each other's data.
    """
    with _serving(tmp_path_factory.mktemp("e2e-empty"), demo=False) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if _browser_required():
            pytest.fail(f"Chromium is required for the browser tests but {CHROMIUM} is missing")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Recorder:
    """What a page asked for and complained about."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.sends_while_leaving = 0

    def attach(self, context) -> None:
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("page", self._watch)

    def _watch(self, page) -> None:
        leaving = {"page": False}

        def navigating(request) -> None:
            if request.is_navigation_request() and request.frame == page.main_frame:
                leaving["page"] = True

        def console(message) -> None:
            # Voilà disposes the kernel connection as a page is left (a reload, a link to the next step), and its
            # widget manager then says "Cannot send" for any widget message still on its way: Voilà's line, only
            # counted between leaving a page and the next one loading.
            if message.type != "error":
                return
            if leaving["page"] and message.text == "Cannot send":
                self.sends_while_leaving += 1
            else:
                self.console_errors.append(message.text)

        page.on("request", navigating)
        page.on("domcontentloaded", lambda _page: leaving.update(page=False))
        page.on("console", console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("response", self._check_response)

    def _check_response(self, response) -> None:
        # The shutdown beacon a page sends as it is left counts too: the served page sets the XSRF cookie it needs.
        if response.status >= 400:
            self.console_errors.append(f"{response.status} {response.url}")

    def kit_console_errors(self) -> list[str]:
        """Console errors and refused requests (Voilà's "Cannot send" while a page is left aside)."""
        return list(self.console_errors)

    def external_requests(self) -> list[str]:
        return [url for url in self.requests
                if not (url.startswith("http://127.0.0.1") or url.startswith("ws://127.0.0.1")
                        or url.startswith("data:") or url.startswith("blob:"))]


@pytest.fixture
def recorder():
    return Recorder()


@pytest.fixture
def new_context(browser, recorder):
    contexts = []

    def make():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
        context.set_default_timeout(60_000)
        recorder.attach(context)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        # Closed as a person closes tabs, so each page's kernel leaves: the shared server keeps its cap of kernels
        # for the tests that follow, as it would for the next visitors.
        pages = [page for page in context.pages if not page.is_closed()]
        for page in pages:
            with suppress(PlaywrightError):  # a page the test itself closed may be on its way out
                page.close(run_before_unload=True)
        for page in pages:
            with suppress(PlaywrightError):
                if not page.is_closed():
                    page.wait_for_event("close", timeout=10_000)
        context.close()
