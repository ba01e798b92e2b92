"""Where the kit keeps its data: one setting chooses the database.

Order: the environment variable ``WORKSHOP_DB_URL``; else ``db_url`` in the
config file (``WORKSHOP_CONFIG`` or ``config.toml`` in the user config
folder); else an SQLite file in the data folder (``WORKSHOP_DATA_DIR`` or the
user data folder), which is outside the repository.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

APP_NAME = "genombrottskit"
DB_URL_VARIABLE = "WORKSHOP_DB_URL"
CONFIG_VARIABLE = "WORKSHOP_CONFIG"
DATA_DIR_VARIABLE = "WORKSHOP_DATA_DIR"
CATALOG_DIR_VARIABLE = "WORKSHOP_CATALOG_DIR"
ACCESSIBILITY_CONTACT_VARIABLE = "WORKSHOP_ACCESSIBILITY_CONTACT"


def data_dir() -> Path:
    configured = os.environ.get(DATA_DIR_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


def config_file() -> Path:
    configured = os.environ.get(CONFIG_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME)) / "config.toml"


def _setting(variable: str, key: str) -> str:
    """The environment variable ``variable``; else ``key`` in the config file; else empty."""
    from_environment = os.environ.get(variable)
    if from_environment:
        return from_environment
    path = config_file()
    if path.is_file():
        with path.open("rb") as handle:
            configured = tomllib.load(handle).get(key)
        if configured:
            return str(configured)
    return ""


def database_url() -> str:
    return _setting(DB_URL_VARIABLE, "db_url") or f"sqlite:///{data_dir() / 'workshop.sqlite'}"


def catalog_dir() -> Path:
    """The folder of local knowledge-catalog entries (YAML files a facilitator or region adds)."""
    configured = _setting(CATALOG_DIR_VARIABLE, "catalog_dir")
    return Path(configured).expanduser() if configured else data_dir() / "katalog"


def accessibility_contact() -> str:
    """Where visitors report accessibility problems (an address, a phone number), set by the host; empty if unset."""
    return _setting(ACCESSIBILITY_CONTACT_VARIABLE, "accessibility_contact").strip()
