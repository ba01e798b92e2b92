"""JupyterHub for the kit: the hub logs people in; each user's server is the kit's pages on the shared database.

Each user gets ``deploy/kit-singleuser`` instead of ``jupyterhub-singleuser``: jhsingle-native-proxy checks the hub's
login and runs Voilà with the kit's ``voila.json``, so a hub user reaches the pages and nothing else. The kit's team
and facilitator codes still decide what a page shows: the hub only decides who may reach the pages at all.

The region chooses the authenticator (its own login: OAuth, LDAP ...) and the spawner (docs/drift.md); everything the
kit itself needs is here. Used as it is by ``jupyterhub -f deploy/jupyterhub_config.py`` on one server, loaded by the
Helm values in deploy/z2jh/values.yaml on Kubernetes (through the same variables), and by tests/e2e/test_hub.py.

Settings from the environment of the hub:
- ``WORKSHOP_DB_URL`` (required): the shared PostgreSQL database, handed to every user's server.
- ``GENOMBROTTSKIT_HOME``: the kit's folder on the users' servers (default: the folder this file is in, one up).
"""

import os
import sys
from pathlib import Path

c = get_config()  # type: ignore[name-defined]  # noqa: F821  (JupyterHub's config loader defines it)

kit_home = os.environ.get("GENOMBROTTSKIT_HOME") or str(Path(__file__).resolve().parent.parent)
database_url = os.environ.get("WORKSHOP_DB_URL")
if not database_url:
    sys.exit("WORKSHOP_DB_URL saknas: sätt den till den delade PostgreSQL-databasen "
             "(postgresql+psycopg://användare:lösenord@värd/databas). "
             "WORKSHOP_DB_URL is not set: set it to the shared PostgreSQL database.")

c.Spawner.cmd = [str(Path(kit_home) / "deploy" / "kit-singleuser")]
c.Spawner.environment = {"GENOMBROTTSKIT_HOME": kit_home, "WORKSHOP_DB_URL": database_url}
# Voilà starts on the first request, so the server is up within seconds; a busy machine may take longer.
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 300

# After logging in, people land on the kit's Start page (on their own server, started if need be).
c.JupyterHub.default_url = "/hub/user-redirect/voila/render/00_start.ipynb"
