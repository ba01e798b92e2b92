"""The kit under a real JupyterHub, on the shared PostgreSQL: the hub logs a person in, the team's code opens the team.

Locally the test skips when JupyterHub, jhsingle-native-proxy or configurable-http-proxy is missing, or no PostgreSQL
is given (WORKSHOP_TEST_POSTGRES_URL); in CI each of these is a failure.
"""

from __future__ import annotations

import os
import time
from urllib.parse import parse_qs, urlsplit

import psutil
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import emptied_postgres_url
from tests.e2e.hub import PASSWORD, missing_tools, running_hub, seed_demo
from tests.e2e.live import START_PATH, add_title, join_demo_team, open_step

TEAM = "Påhittsta – vuxenenheten"
DRIVER = "Samma bild för alla via hubben"


@pytest.fixture(scope="module")
def shared_database() -> str:
    """The shared PostgreSQL, emptied and given the demo collaborative."""
    url = emptied_postgres_url()
    seed_demo(url)
    return url


@pytest.fixture(scope="module")
def hub_folder(tmp_path_factory):
    """Where the hub keeps its state and its log, which holds the log of every user's server and page kernel."""
    return tmp_path_factory.mktemp("hub")


@pytest.fixture(scope="module")
def hub_url(shared_database, hub_folder):
    missing = missing_tools()
    if missing:
        message = "A real JupyterHub needs " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message + ": in CI the hub test must run, not be skipped")
        pytest.skip(message)
    with running_hub(hub_folder, shared_database) as url:
        yield url


def log_in(context, hub_url: str, name: str):
    page = context.new_page()
    page.goto(hub_url + "/hub/login")
    page.locator("#username_input").fill(name)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#login_submit").click()
    return page


def saved_drivers(database_url: str) -> list[tuple[str, str]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(
                "SELECT team.name, driver.title FROM driver JOIN team ON team.id = driver.team_id "
                "WHERE driver.title = :title"), {"title": DRIVER})]
    finally:
        engine.dispose()


def test_a_hub_user_reaches_the_kit_only_after_logging_in(hub_url, new_context):
    page = new_context().new_page()
    page.goto(hub_url + "/user/anna" + START_PATH)
    page.locator("#login_submit").wait_for()
    assert "/hub/login" in page.url
    assert page.locator(".gk-page").count() == 0


def test_a_team_saves_through_the_hub_into_the_shared_postgresql(hub_url, hub_folder, shared_database, new_context,
                                                                 recorder):
    context = new_context()
    landing = log_in(context, hub_url, "anna")
    # The hub starts Anna's server and sends her to the kit's Start page.
    landing.wait_for_selector(".gk-page h1", timeout=180_000)
    assert landing.url.startswith(hub_url + "/user/anna" + START_PATH)

    page = join_demo_team(context, hub_url + "/user/anna", TEAM, "demo-team-pahittsta")
    open_step(page, 2, "1. Vad vill vi åstadkomma?")
    assert page.url.startswith(hub_url + "/user/anna/")
    add_title(page, "Ny primär drivkraft", DRIVER)

    deadline = time.monotonic() + 30
    while not saved_drivers(shared_database) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert saved_drivers(shared_database) == [(TEAM, DRIVER)]
    assert recorder.page_errors == []
    # Anna's server is the kit's Voilà, holding kernels for her open pages only: no pool of one for every page.
    [server] = [process for process in psutil.process_iter(["cmdline"])
                if "workshop.hosting.voila_app" in (process.info["cmdline"] or [])
                and "--Voila.base_url=/user/anna/" in process.info["cmdline"]]
    kernels = [child for child in server.children(recursive=True) if "ipykernel" in " ".join(child.cmdline())]
    assert 1 <= len(kernels) <= len(context.pages) + 1  # + the kernel of the page just left, on its way out
    # Neither the team's code, nor the key of its links, nor what it wrote reaches the servers' log.
    link_key = parse_qs(urlsplit(page.url).query)["key"][0]
    log = (hub_folder / "jupyterhub.log").read_text(encoding="utf-8")
    assert [secret for secret in ("demo-team-pahittsta", link_key, DRIVER) if secret in log] == []
