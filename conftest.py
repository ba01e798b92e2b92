"""Every test run uses its own data folder and a demo database, never a real one.

The notebooks (nbval) run in kernels started by pytest; they inherit this
environment and so open the seeded demo database.
"""

import os
import tempfile
from pathlib import Path


def pytest_configure(config):
    data_dir = Path(tempfile.mkdtemp(prefix="genombrottskit-test-"))
    os.environ["WORKSHOP_DATA_DIR"] = str(data_dir)
    os.environ["WORKSHOP_DB_URL"] = f"sqlite:///{data_dir / 'demo.sqlite'}"
    os.environ["WORKSHOP_CONFIG"] = str(data_dir / "config.toml")
    os.environ.pop("QUERY_STRING", None)

    from workshop.demo import seed_demo
    from workshop.store import forget_stores, open_store

    seed_demo(open_store())
    forget_stores()
