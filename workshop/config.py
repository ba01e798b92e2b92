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


def database_url() -> str:
    from_environment = os.environ.get(DB_URL_VARIABLE)
    if from_environment:
        return from_environment
    path = config_file()
    if path.is_file():
        with path.open("rb") as handle:
            configured = tomllib.load(handle).get("db_url")
        if configured:
            return str(configured)
    return f"sqlite:///{data_dir() / 'workshop.sqlite'}"


def catalog_dir() -> Path:
    """The folder of local knowledge-catalog entries (YAML files a facilitator or region adds)."""
    from_environment = os.environ.get(CATALOG_DIR_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    path = config_file()
    if path.is_file():
        with path.open("rb") as handle:
            configured = tomllib.load(handle).get("catalog_dir")
        if configured:
            return Path(str(configured)).expanduser()
    return data_dir() / "katalog"
