"""The pages inside JupyterLab (`make lab`): a step page opened without a link asks for the team, joins it and saves."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.live import ROOT, free_port, start_lab, stop, wait_until_serving
from workshop.aims import active_aim
from workshop.store import Store

TOKEN = "lab-test-token"
DEMOBY = 4  # "Demoby – unga vuxna": no aim in the demo data


@pytest.fixture(scope="module")
def lab_url(tmp_path_factory):
    """``workshop lab`` on a copy of the kit's pages (running a page in JupyterLab saves its outputs into it)."""
    folder = tmp_path_factory.mktemp("lab-kit")
    shutil.copytree(ROOT / "notebooks", folder / "notebooks")
    data_dir = tmp_path_factory.mktemp("lab-data")
    port = free_port()
    process = start_lab(data_dir, folder, port, TOKEN, data_dir / "lab.log")
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, process, timeout=90, probe=f"/api/status?token={TOKEN}")
        yield base_url, data_dir
    finally:
        stop(process)


def test_a_step_page_joins_a_team_and_saves_inside_jupyterlab(lab_url, new_context, recorder):
    base_url, data_dir = lab_url
    page = new_context().new_page()
    page.goto(f"{base_url}/lab/tree/notebooks/02_mal_och_matt.ipynb?token={TOKEN}")
    page.locator(".jp-Notebook").wait_for(timeout=90_000)
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=90_000)  # the kernel has started
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()

    join = page.locator(".gk-section").filter(has_text="Gå till ditt team")
    join.get_by_label("Samverkan").select_option(label="Tidigt stöd – exempelsamverkan (fiktiv)", timeout=90_000)
    join.get_by_label("Team", exact=True).select_option(label="Demoby – unga vuxna")
    join.get_by_label("Teamets kod").fill("fel-kod-123")
    page.get_by_role("button", name="Öppna teamets sida").click()
    page.get_by_text("Koden stämmer inte.").wait_for()
    join.get_by_label("Teamets kod").fill("demo-team-demoby")
    page.get_by_role("button", name="Öppna teamets sida").click()
    # The page is the team's now (drawn anew in the notebook's kernel, which a busy machine makes slow).
    try:
        page.locator(".gk-header").get_by_text("Demoby – unga vuxna").wait_for(timeout=180_000)
    except PlaywrightTimeoutError as timeout:
        raise AssertionError(_what_the_page_and_server_said(page, data_dir)) from timeout

    page.get_by_label("Vad ska förändras", exact=True).fill("andelen unga vuxna med en plan")
    page.get_by_label("Vad ska förändras", exact=True).press("Tab")
    page.locator(".gk-autosave").filter(has_text="Sparat kl.").first.wait_for()

    store = Store(f"sqlite:///{data_dir / 'kit.sqlite'}")
    try:
        aim = active_aim(store, DEMOBY)
    finally:
        store.close()
    assert aim is not None and aim.what == "andelen unga vuxna med en plan"
    assert recorder.external_requests() == []
    assert recorder.page_errors == [] and recorder.console_errors == []


def _what_the_page_and_server_said(page, data_dir) -> str:
    """The page's messages, what the kernel wrote to stderr and the end of JupyterLab's log, for a join that did not
    arrive."""
    messages = page.locator(".gk-message").all_inner_texts()
    errors = page.locator('[data-mime-type="application/vnd.jupyter.stderr"]').all_inner_texts()
    log = (data_dir / "lab.log").read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
    return "The team's page did not come. Messages: {}\nstderr: {}\nJupyterLab's log:\n{}".format(
        messages, errors, "\n".join(log))
