"""A real JupyterHub on 127.0.0.1 serving the kit as deploy/jupyterhub_config.py does, with a test login.

The hub runs pip's ``jupyterhub`` with npm's ``configurable-http-proxy`` and starts each user's server with
``deploy/kit-singleuser`` as local processes (JupyterHub's SimpleLocalProcessSpawner, meant for tests), so what a
browser reaches is the deployment's own configuration less the region's choice of login and spawner.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.e2e.live import ROOT, free_port

PASSWORD = "hubbens-testlosenord"
HUB_CONFIG = """\
c = get_config()
load_subconfig({deployed!r})
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {homes!r}
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.JupyterHub.db_url = "sqlite:///{folder}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = "{folder}/jupyterhub.pid"
# The kit under test, and its Voilà template, rather than whatever is installed.
c.Spawner.env_keep.append("JUPYTER_PATH")
"""


def missing_tools() -> list[str]:
    """What a real hub needs that this machine lacks."""
    missing = [] if shutil.which("configurable-http-proxy") else ["configurable-http-proxy (npm)"]
    for module, name in (("jupyterhub", "jupyterhub (pip)"), ("jhsingle_native_proxy", "jhsingle-native-proxy (pip)")):
        try:
            __import__(module)
        except ImportError:
            missing.append(name)
    return missing


def seed_demo(database_url: str) -> None:
    """The demo collaborative on the (empty) shared database, as a region's first `workshop demo` would add it."""
    env = dict(os.environ, WORKSHOP_DB_URL=database_url)
    subprocess.run([sys.executable, "-m", "workshop.cli", "demo"], env=env, cwd=ROOT, check=True, capture_output=True)


@contextmanager
def running_hub(folder: Path, database_url: str) -> Iterator[str]:
    """A JupyterHub serving the kit on ``database_url``; yields its address. Its log is ``folder/jupyterhub.log``."""
    port = free_port()
    config = folder / "test_config.py"
    config.write_text(HUB_CONFIG.format(
        deployed=str(ROOT / "deploy" / "jupyterhub_config.py"), password=PASSWORD, homes=str(folder / "{username}"),
        port=port, hub_port=free_port(), proxy_api_port=free_port(), folder=folder), encoding="utf-8")
    bin_dir = str(Path(sys.executable).parent)  # jupyterhub, jhsingle-native-proxy and voila of this environment
    env = dict(os.environ, WORKSHOP_DB_URL=database_url, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
               GENOMBROTTSKIT_HOME=str(ROOT))
    with (folder / "jupyterhub.log").open("w") as log:
        hub = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=folder, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, hub)
        yield url
    finally:
        _stop(hub)


def _wait_until_up(url: str, hub: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if hub.poll() is not None:
            raise RuntimeError("JupyterHub exited while starting (see jupyterhub.log)")
        try:
            with urllib.request.urlopen(url + "/hub/api", timeout=2):
                return
        except (OSError, urllib.error.HTTPError):
            time.sleep(0.5)
    raise TimeoutError("JupyterHub did not start (see jupyterhub.log)")


def _stop(hub: subprocess.Popen) -> None:
    """The hub stops its users' servers and its proxy as it shuts down; whatever is left of its group goes too."""
    hub.send_signal(signal.SIGTERM)
    try:
        hub.wait(timeout=30)
    except subprocess.TimeoutExpired:
        hub.kill()
        hub.wait()
    with suppress(ProcessLookupError):
        os.killpg(hub.pid, signal.SIGKILL)
