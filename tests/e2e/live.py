"""Starting a live Voilà with the demo data (or none, as a new installation), and opening pages of it in Chromium.

Shared by the browser tests (through conftest.py) and bench/page_load.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
START_PATH = "/voila/render/00_start.ipynb"
# Pool kernels start one at a time, each once the machine is quiet (workshop/hosting/refills.py): the kit's pools
# filled in 87 s on a quiet 2-core machine and took over 180 s on a slower one. The manager's own bound on the wait.
POOLS_FILL_TIMEOUT = 600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def kit_environment(data_dir: Path, root: Path, *, demo: bool) -> dict[str, str]:
    """The environment of a live server on a database in ``data_dir``, holding the demo collaborative with ``demo``
    (without, it is empty, as on a new installation)."""
    env = dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir), WORKSHOP_DB_URL=f"sqlite:///{data_dir / 'kit.sqlite'}",
               BOKEH_RESOURCES="inline")
    env.pop("QUERY_STRING", None)
    if demo:
        subprocess.run([sys.executable, "-m", "workshop.cli", "demo", "--if-empty"], env=env, cwd=root, check=True,
                       capture_output=True)
    return env


def start_voila(data_dir: Path, port: int, log_path: Path, root: Path = ROOT, *, demo: bool = True,
                options: tuple[str, ...] = ()) -> subprocess.Popen:
    """Voilà as ``workshop serve`` runs it, serving ``root/notebooks`` with ``root/voila.json``, on a database in
    ``data_dir`` (see ``kit_environment``); ``options`` are further Voilà options (``--KitVoila.max_kernels=1``)."""
    env = kit_environment(data_dir, root, demo=demo)
    log = log_path.open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "workshop.hosting.voila_app", "notebooks", "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1", *options],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def start_lab(data_dir: Path, folder: Path, port: int, token: str, log_path: Path) -> subprocess.Popen:
    """``workshop lab`` on ``folder`` (a copy of the kit's pages: running them in JupyterLab saves their outputs),
    with the demo data in ``data_dir``; JupyterLab's settings, workspaces and runtime files stay in ``data_dir``."""
    env = kit_environment(data_dir, ROOT, demo=True)
    config = data_dir / "jupyter-config"
    config.mkdir(exist_ok=True)
    # Containers often run the tests as root, which Jupyter Server refuses unless told.
    (config / "jupyter_server_config.json").write_text('{"ServerApp": {"allow_root": true}}')
    env.update(JUPYTER_TOKEN=token, JUPYTER_CONFIG_DIR=str(config), JUPYTER_RUNTIME_DIR=str(data_dir / "runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(data_dir / "lab-settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(data_dir / "lab-workspaces"))
    log = log_path.open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "workshop.cli", "lab", f"--folder={folder}", f"--port={port}", "--no-browser"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_until_serving(base_url: str, process: subprocess.Popen, timeout: float = 60,
                       probe: str = "/voila/static/voila.js") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited early")
        try:
            with urllib.request.urlopen(base_url + probe, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("the server did not start")


def wait_until_pools_filled(log_path: Path, root: Path = ROOT, timeout: float = POOLS_FILL_TIMEOUT) -> None:
    """Until each page's pool of preheated kernels has filled once, as a server is before its visitors come: a
    visit while a dozen kernels start at once on a small machine can take a minute, which no person meets."""
    pages = len(list((root / "notebooks").glob("*.ipynb")))
    deadline = time.monotonic() + timeout
    while log_path.read_text(errors="replace").count("is filled with") < pages:
        if time.monotonic() > deadline:
            raise TimeoutError("the server's kernel pools did not fill")
        time.sleep(0.5)


def stop(process: subprocess.Popen) -> None:
    """Stop a server the test started, killing it if it does not go within 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def open_start(context, url: str):
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(".gk-page h1", timeout=90_000)
    return page


DEMO_COLLABORATIVE = "Tidigt stöd – exempelsamverkan (fiktiv)"


def join_team(context, base_url: str, collaborative: str, team: str, code: str):
    """Open Start and join ``team`` of ``collaborative`` with its code, as a member would; returns the team's Start
    page."""
    page = open_start(context, base_url + START_PATH)
    join = page.locator(".gk-section").filter(has_text="Gå till ditt team")
    join.get_by_label("Samverkan").select_option(label=collaborative)
    join.get_by_label("Team", exact=True).select_option(label=team)
    join.get_by_label("Teamets kod").fill(code)
    page.get_by_role("button", name="Öppna teamets sida").click()
    page.get_by_role("heading", name="Teamets resa").wait_for()
    return page


def join_demo_team(context, base_url: str, team: str, code: str):
    """Join a team of the demo collaborative with its code; returns the team's Start page."""
    return join_team(context, base_url, DEMO_COLLABORATIVE, team, code)


def add_title(page, label: str, title: str) -> None:
    """Type a title into the driver diagram's field ``label`` and press its Add button."""
    field = page.get_by_label(label, exact=True)
    field.fill(title)
    field.locator("xpath=ancestor::div[contains(@class,'widget-hbox')][1]").get_by_role("button").click()


def wait_until_saved(page) -> None:
    """Until every part has saved (the page says "Sparat kl." and nothing is waiting)."""
    page.wait_for_function("document.body.innerText.includes('Sparat kl.') "
                           "&& !document.body.innerText.includes('Inte sparat än')")


def open_step(page, number: int, heading: str):
    """Follow the journey's link to step ``number`` and wait until its page shows ``heading``."""
    page.get_by_role("link", name=f"Öppna steg {number}").click()
    page.get_by_role("heading", name=heading).first.wait_for(timeout=90_000)
    return page


def stepper_step(page, number: int):
    """Step ``number`` in the journey stepper of a team's page: its link with number, title and status."""
    return page.get_by_role("navigation", name="Steg").get_by_role("listitem").nth(number - 1)


class NewTeam(NamedTuple):
    code: str
    link: str
    """The team's own link, absolute."""
    facilitator_link: str
    """The facilitator's bookmark of the collaborative's Start, absolute."""


def create_collaborative(context, base_url: str, collaborative: str, *,
                         period: tuple[dt.date, dt.date] | None = None) -> tuple[object, str]:
    """On Start, create ``collaborative`` (over ``period``, if given) as a facilitator would; returns the page, now
    the facilitator's Start, and the facilitator's bookmark of it, absolute."""
    page = open_start(context, base_url + START_PATH)
    show_form = page.get_by_role("button", name="Fyll i en ny samverkan")
    if show_form.count():  # on an empty installation the form is already open
        show_form.click()
    page.get_by_label("Samverkans namn").fill(collaborative)
    if period:
        page.get_by_label("Perioden börjar", exact=True).fill(period[0].isoformat())
        page.get_by_label("Perioden slutar", exact=True).fill(period[1].isoformat())
    page.get_by_role("button", name="Skapa samverkan").click()
    page.get_by_text(f"Samverkan ”{collaborative}” är skapad").wait_for()
    bookmark = page.get_by_role("link", name="Länk till den här sidan").first.get_attribute("href")
    return page, urljoin(f"{base_url}/voila/render/", bookmark)


def create_team(context, base_url: str, collaborative: str, team: str, *,
                period: tuple[dt.date, dt.date] | None = None) -> NewTeam:
    """Create ``collaborative`` (see :func:`create_collaborative`) and its team ``team`` as a facilitator would;
    returns the team's code and the links the facilitator keeps and hands out."""
    page, facilitator_link = create_collaborative(context, base_url, collaborative, period=period)
    page.get_by_label("Teamets namn").fill(team)
    page.get_by_label("Kommun", exact=True).fill(team.split(" – ")[0])
    code = page.get_by_label("Teamets kod", exact=True).input_value()
    page.get_by_role("button", name="Lägg till teamet").click()
    page.get_by_text("Ge teamet dess kod").wait_for()
    link = page.get_by_role("link", name="Teamets egen länk (skicka den till teamet)").get_attribute("href")
    page.close()
    return NewTeam(code, urljoin(f"{base_url}/voila/render/", link), facilitator_link)


def new_team(context, base_url: str, collaborative: str, team: str):
    """Create ``collaborative`` and its team ``team`` (see :func:`create_team`), then open the team's own link as
    its members would; returns the team's Start page (a new collaborative needs no demo data)."""
    team_page = open_start(context, create_team(context, base_url, collaborative, team).link)
    team_page.get_by_role("heading", name="Teamets resa").wait_for(timeout=90_000)
    return team_page


def screenshot_whole_page(page, path: Path) -> None:
    """A picture of the whole page: Voilà scrolls inside its own container, so a full-page screenshot would show one
    screen; the window is made as tall as the content for the picture, then set back."""
    height = page.evaluate("Math.max(...Array.from(document.querySelectorAll('body, body *'), e => e.scrollHeight))")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(height, 16_000)})
    page.screenshot(path=str(path))
    page.set_viewport_size(size)


def demo_team_links(store, notebook: str = "00_start.ipynb") -> dict[str, str]:
    """Each demo team's own link to ``notebook`` (path and query, as handed out), by team name."""
    from workshop.collaboratives import list_collaboratives
    from workshop.demo import DEMO_FILE
    from workshop.session import join_team as join
    from workshop.teams import list_teams

    codes = {team["name"]: team["code"] for team in json.loads(DEMO_FILE.read_text(encoding="utf-8"))["teams"]}
    # The demo collaborative by name: tests that ran before may have added their own to the same database.
    collaborative_id = {name: number for number, name in list_collaboratives(store)}[DEMO_COLLABORATIVE]
    sessions = {overview.team.name: join(store, overview.team.id, codes[overview.team.name])
                for overview in list_teams(store, collaborative_id)}
    return {name: "/voila/render/" + session.link(notebook) for name, session in sessions.items()}
