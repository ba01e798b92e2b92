"""The PostgreSQL database the tests may reset, named by ``WORKSHOP_TEST_POSTGRES_URL``; unset skips those tests."""

from __future__ import annotations

import os

POSTGRES_URL = os.environ.get("WORKSHOP_TEST_POSTGRES_URL")
