"""The deployment files (deploy/, Dockerfile) as far as they can be checked without Kubernetes or Docker.

The hub configuration and deploy/kit-singleuser run for real in tests/e2e/test_hub.py; here the Zero to JupyterHub
values are held to the chart's keys and to the hub configuration, and the image to both.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
VALUES = yaml.safe_load((DEPLOY / "z2jh" / "values.yaml").read_text(encoding="utf-8"))
KIT_HOME = "/srv/genombrottskit"

# The keys of the chart's values.schema.yaml (Zero to JupyterHub 4) that the values use. Below these the chart passes
# values on unchecked: traitlets configuration, environment variables, Kubernetes network policy rules.
Z2JH_KEYS = {
    "hub", "hub.config", "singleuser", "singleuser.image", "singleuser.image.name", "singleuser.image.tag",
    "singleuser.cmd", "singleuser.extraEnv", "singleuser.storage", "singleuser.storage.type",
    "singleuser.startTimeout", "singleuser.memory", "singleuser.memory.guarantee", "singleuser.memory.limit",
    "singleuser.cpu", "singleuser.cpu.guarantee", "singleuser.cpu.limit", "singleuser.networkPolicy",
    "singleuser.networkPolicy.egress", "cull", "cull.enabled", "cull.timeout",
}
FREE_FORM = {"hub.config", "singleuser.extraEnv", "singleuser.networkPolicy.egress"}


def _paths(values: dict, prefix: str = ""):
    for key, value in values.items():
        path = f"{prefix}{key}"
        yield path
        if isinstance(value, dict) and path not in FREE_FORM:
            yield from _paths(value, path + ".")


def hub_config(monkeypatch, **environment) -> Config:
    """deploy/jupyterhub_config.py as JupyterHub loads it, with ``environment`` set for the hub."""
    for name in ("WORKSHOP_DB_URL", "GENOMBROTTSKIT_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    config = Config()
    path = DEPLOY / "jupyterhub_config.py"
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), {"get_config": lambda: config,
                                                                          "__file__": str(path)})
    return config


def test_the_values_use_only_keys_of_the_zero_to_jupyterhub_chart():
    assert set(_paths(VALUES)) <= Z2JH_KEYS
    assert VALUES["singleuser"]["storage"]["type"] in {"none", "static", "dynamic"}
    for name, value in VALUES["singleuser"]["extraEnv"].items():
        assert isinstance(value, str) or set(value) <= {"name", "value", "valueFrom"}, name


def test_the_hub_settings_in_the_values_are_real_jupyterhub_settings():
    from jupyterhub.app import JupyterHub

    for name in VALUES["hub"]["config"]["JupyterHub"]:
        assert JupyterHub.class_traits(config=True).get(name) is not None, name


def test_the_database_address_reaches_users_pods_from_a_secret_never_written_in_the_values():
    address = VALUES["singleuser"]["extraEnv"]["WORKSHOP_DB_URL"]
    assert set(address["valueFrom"]["secretKeyRef"]) == {"name", "key"}
    assert "postgresql" not in yaml.safe_dump(VALUES["singleuser"])


def test_the_values_start_what_the_hub_configuration_starts(monkeypatch):
    config = hub_config(monkeypatch, WORKSHOP_DB_URL="postgresql+psycopg://kit@db/kit", GENOMBROTTSKIT_HOME=KIT_HOME)
    assert config.Spawner.cmd == [VALUES["singleuser"]["cmd"]] == [f"{KIT_HOME}/deploy/kit-singleuser"]
    assert config.Spawner.environment == {"GENOMBROTTSKIT_HOME": KIT_HOME,
                                          "WORKSHOP_DB_URL": "postgresql+psycopg://kit@db/kit"}
    assert VALUES["singleuser"]["extraEnv"]["GENOMBROTTSKIT_HOME"] == KIT_HOME
    assert config.JupyterHub.default_url == VALUES["hub"]["config"]["JupyterHub"]["default_url"]
    assert config.JupyterHub.default_url.endswith("/voila/render/00_start.ipynb")


def test_the_hub_configuration_finds_the_kit_beside_it_when_no_folder_is_given(monkeypatch):
    config = hub_config(monkeypatch, WORKSHOP_DB_URL="postgresql+psycopg://kit@db/kit")
    (command,) = config.Spawner.cmd
    assert Path(command) == DEPLOY / "kit-singleuser"
    assert Path(command).stat().st_mode & 0o111


def test_a_hub_without_the_shared_database_does_not_start_and_says_why_in_swedish(monkeypatch):
    with pytest.raises(SystemExit) as stopped:
        hub_config(monkeypatch)
    assert "WORKSHOP_DB_URL saknas" in str(stopped.value)


def test_the_image_installs_the_pinned_kit_on_debian_and_starts_what_the_values_name():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim-(bookworm|trixie)$", dockerfile, re.M)
    assert "pip install -c constraints.txt -e '.[postgresql,hub]'" in dockerfile
    assert f"GENOMBROTTSKIT_HOME={KIT_HOME}" in dockerfile
    assert f'CMD ["{VALUES["singleuser"]["cmd"]}"]' in dockerfile
    assert re.search(r"--uid 1000\b", dockerfile)


def test_the_server_command_is_a_valid_shell_script_that_needs_the_hub():
    script = DEPLOY / "kit-singleuser"
    subprocess.run(["sh", "-n", str(script)], check=True)
    started = subprocess.run([str(script)], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert started.returncode != 0
    assert "JUPYTERHUB_SERVICE_URL" in started.stderr
