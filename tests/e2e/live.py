"""Starting a live Voilà with the demo data, and opening pages of it in Chromium.

Shared by the browser tests (through conftest.py) and bench/page_load.py.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
START_PATH = "/voila/render/00_start.ipynb"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_voila(data_dir: Path, port: int, log_path: Path, root: Path = ROOT) -> subprocess.Popen:
    """Voilà serving ``root/notebooks`` with ``root/voila.json``, on a demo database in ``data_dir``."""
    env = dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir), WORKSHOP_DB_URL=f"sqlite:///{data_dir / 'kit.sqlite'}",
               BOKEH_RESOURCES="inline")
    env.pop("QUERY_STRING", None)
    subprocess.run([sys.executable, "-m", "workshop.cli", "demo", "--if-empty"], env=env, cwd=root, check=True,
                   capture_output=True)
    log = log_path.open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "voila", "notebooks", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_until_serving(base_url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("voila exited early")
        try:
            with urllib.request.urlopen(base_url + "/voila/static/voila.js", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("voila did not start")


def open_start(context, url: str):
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(".gk-page h1", timeout=90_000)
    return page


DEMO_COLLABORATIVE = "Tidigt stöd – exempelsamverkan (fiktiv)"


def join_demo_team(context, base_url: str, team: str, code: str):
    """Open Start and join a demo team with its code, as a member would; returns the team's Start page."""
    page = open_start(context, base_url + START_PATH)
    join = page.locator(".gk-section").filter(has_text="Gå till ditt team")
    join.get_by_label("Samverkan").select_option(label=DEMO_COLLABORATIVE)
    join.get_by_label("Team", exact=True).select_option(label=team)
    join.get_by_label("Teamets kod").fill(code)
    page.get_by_role("button", name="Öppna teamets sida").click()
    page.get_by_role("heading", name="Teamets resa").wait_for()
    return page


def open_step(page, number: int, heading: str):
    """Follow the journey's link to step ``number`` and wait until its page shows ``heading``."""
    page.get_by_role("link", name=f"Öppna steg {number}").click()
    page.get_by_role("heading", name=heading).first.wait_for(timeout=90_000)
    return page
